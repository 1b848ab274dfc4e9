//! `user remove`: asks on a terminal; scripts pass `--yes`.

use crate::Error;
use crate::accounts;
use crate::cli::output::RemovedJson;
use crate::cli::{Session, input};
use crate::error::exit;

#[derive(clap::Args)]
#[command(after_help = "Deleted with the user: their group and permission links, admin-log rows, the rows of allauth \
                  (email addresses, confirmations, mfa), django-otp devices, DRF's authtoken_token, authadm's \
                  tokens, and their sessions. A table authadm does not know that holds rows pointing to the user stops the removal (exit 5, \
                  naming the table and column; nothing is deleted). django-axes rows stay, as with Django.\n\n\
                  Examples:\n  authadm user remove mallory --dry-run\n  authadm user remove mallory\n  \
                  authadm user remove mallory --yes --no-input --json")]
pub struct Args {
    /// The username
    user: String,
    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
    /// Show what would be deleted (rows per table), deleting nothing
    #[arg(long)]
    dry_run: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = accounts::find(&store, &args.user)?;
    if args.dry_run {
        let plan = accounts::removal_plan(&store, &user)?;
        if session.out.json() {
            session.out.print_json(&RemovedJson::new(&user, &plan, true));
        } else {
            session.out.line(&format!("Would remove user `{}`, deleting:", user.username));
            session.out.removal_counts(&plan);
        }
        return Ok(exit::OK);
    }
    let question = format!(
        "Remove user `{}` (id {}), their sessions and their rows in the site's tables?",
        user.username, user.id
    );
    if !input::confirm(session, &question, args.yes)? {
        session.out.note("Nothing removed.");
        return Ok(exit::NEGATIVE);
    }
    let removed = accounts::remove(&store, &user, session.now)?;
    if session.out.json() {
        session.out.print_json(&RemovedJson::new(&user, &removed, false));
    } else {
        session.out.line(&format!("Removed user `{}`, deleting:", user.username));
        session.out.removal_counts(&removed);
    }
    Ok(exit::OK)
}
