//! `user deactivate`: stale accounts switched off in one transaction, as an operator would with
//! `chage -E` or `usermod -L` over `lastlog --before`'s list.

use super::list::Activity;
use crate::Error;
use crate::accounts;
use crate::cli::{Session, input};
use crate::error::exit;
use crate::store::users::{self, ListFilter};
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 0 done (or nothing to do), 1 not confirmed, 2 no filter given.\n\n\
    Examples:\n  authadm user deactivate --last-login-before 90d --dry-run\n  \
    authadm user deactivate --last-login-before 90d --exclude admin --yes --json\n  \
    authadm user deactivate --never-logged-in --joined-before 30d --yes")]
pub struct Args {
    #[command(flatten)]
    activity: Activity,
    /// Leave this user active whatever the filters say (repeatable)
    #[arg(long, value_name = "USER")]
    exclude: Vec<String>,
    /// Show who would be deactivated; change nothing
    #[arg(long)]
    dry_run: bool,
    /// Do not ask for confirmation (asked on a terminal)
    #[arg(long, short)]
    yes: bool,
}

#[derive(Serialize)]
struct DeactivatedJson<'a> {
    deactivated: Vec<&'a str>,
    dry_run: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    if !args.activity.is_stale_filter() {
        return Err(Error::Usage("say which accounts are stale: --last-login-before WHEN or --never-logged-in".into()));
    }
    let store = session.store()?;
    let excluded: Vec<String> =
        args.exclude.iter().map(|name| accounts::normalize_login(store.model(), name)).collect();
    let filter = args.activity.apply(ListFilter { active: Some(true), ..ListFilter::default() }, session.now);
    let mut stale = users::list(&store, &filter)?.users;
    stale.retain(|user| !excluded.contains(&user.username));
    let names: Vec<&str> = stale.iter().map(|user| user.username.as_str()).collect();
    let question = format!("Deactivate {} user(s), ending their sessions and tokens?", names.len());
    if !args.dry_run && !names.is_empty() && !input::confirm(session, &question, args.yes)? {
        session.out.note("Nothing changed.");
        return Ok(exit::NEGATIVE);
    }
    if !args.dry_run {
        accounts::deactivate(&store, &stale, session.now)?;
    }
    if session.out.json() {
        session.out.print_json(&DeactivatedJson { deactivated: names, dry_run: args.dry_run });
    } else {
        let verb = if args.dry_run { "Would deactivate" } else { "Deactivated" };
        let list = if names.is_empty() { String::new() } else { format!(": {}", names.join(", ")) };
        session.out.line(&format!("{verb} {} user(s){list}.", names.len()));
    }
    Ok(exit::OK)
}
