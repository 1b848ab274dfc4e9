//! `group list`.

use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::groups;
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm group list\n  authadm group list --json")]
pub struct Args {}

/// `{"groups": [{"name": str, "members": int}]}`.
#[derive(Serialize)]
struct ListJson<'a> {
    groups: Vec<EntryJson<'a>>,
}

#[derive(Serialize)]
struct EntryJson<'a> {
    name: &'a str,
    members: i64,
}

pub fn run(session: &Session, _args: Args) -> Result<u8, Error> {
    let found = groups::list(&session.store()?)?;
    if session.out.json() {
        let groups = found.iter().map(|g| EntryJson { name: &g.name, members: g.members }).collect();
        session.out.print_json(&ListJson { groups });
        return Ok(exit::OK);
    }
    let rows = found.iter().map(|g| vec![g.name.clone(), g.members.to_string()]).collect();
    session.out.table(&["group", "members"], rows);
    Ok(exit::OK)
}
