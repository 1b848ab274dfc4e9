//! `user remove`: asks on a terminal; scripts pass `--yes`.

use crate::Error;
use crate::accounts;
use crate::cli::output::UserJson;
use crate::cli::{Session, input};
use crate::error::exit;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm user remove mallory\n  authadm user remove mallory --yes --no-input")]
pub struct Args {
    /// The username
    user: String,
    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = accounts::find(&store, &args.user)?;
    let question = format!("Remove user `{}` (id {}) and their tokens?", user.username, user.id);
    if !input::confirm(session, &question, args.yes)? {
        session.out.note("Nothing removed.");
        return Ok(exit::NEGATIVE);
    }
    accounts::remove(&store, &user, session.now)?;
    if session.out.json() {
        session.out.print_json(&UserJson::from(&user));
    } else {
        session.out.line(&format!("Removed user `{}`.", user.username));
    }
    Ok(exit::OK)
}
