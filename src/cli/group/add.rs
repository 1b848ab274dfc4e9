//! `group add`.

use super::GroupJson;
use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::groups;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm group add editors\n  authadm user modify alice --add-group editors")]
pub struct Args {
    /// The new group's name (at most 150 characters, unique; exit 5 when taken)
    name: String,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let group = groups::add(&session.store()?, &args.name, session.now)?;
    if session.out.json() {
        session.out.print_json(&GroupJson::from(&group));
    } else {
        session.out.line(&format!("Added group `{}`.", group.name));
    }
    Ok(exit::OK)
}
