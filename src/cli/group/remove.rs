//! `group remove`: asks on a terminal; scripts pass `--yes`.

use crate::Error;
use crate::cli::{Session, input};
use crate::error::exit;
use crate::groups;
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm group remove interns\n  authadm group remove interns --yes --json")]
pub struct Args {
    /// The group's name
    name: String,
    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
}

/// `{"name": str, "memberships": int, "permissions": int}`: the links removed with the group.
#[derive(Serialize)]
struct RemovedJson<'a> {
    name: &'a str,
    memberships: usize,
    permissions: usize,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let group = groups::show(&store, &args.name)?;
    let question = format!(
        "Remove group `{}` with its {} membership(s) and {} permission link(s)?",
        group.name,
        group.members.len(),
        group.permissions.len()
    );
    if !input::confirm(session, &question, args.yes)? {
        session.out.note("Nothing removed.");
        return Ok(exit::NEGATIVE);
    }
    let unlinked = groups::remove(&store, &args.name, session.now)?;
    if session.out.json() {
        let (memberships, permissions) = (unlinked.memberships, unlinked.permissions);
        session.out.print_json(&RemovedJson { name: &args.name, memberships, permissions });
    } else {
        session.out.line(&format!(
            "Removed group `{}` ({} membership(s), {} permission link(s)).",
            args.name, unlinked.memberships, unlinked.permissions
        ));
    }
    Ok(exit::OK)
}
