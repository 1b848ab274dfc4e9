//! `lockout status`.

use super::{KeyJson, TABLE_HEADER, key_filter, table_rows};
use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::lockout;
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm lockout status\n  authadm lockout status --user alice --all --json")]
pub struct Args {
    /// Only keys of this account (or name tried)
    #[arg(long, value_name = "USER")]
    user: Option<String>,
    /// Only keys of this client address
    #[arg(long, value_name = "ADDR", value_parser = crate::lockout::client_ip)]
    ip: Option<std::net::IpAddr>,
    /// Also keys that have failures but are not locked yet
    #[arg(long)]
    all: bool,
}

#[derive(Serialize)]
struct StatusJson<'a> {
    locked: Vec<KeyJson<'a>>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let filter = key_filter(&store, args.user.as_deref(), args.ip)?;
    let states = lockout::status(&store, &session.settings.lockout, &filter, args.all, session.now)?;
    if session.out.json() {
        session.out.print_json(&StatusJson { locked: states.iter().map(KeyJson::from).collect() });
    } else if states.is_empty() {
        session.out.note(if args.all { "No key has failures." } else { "Nothing is locked." });
    } else {
        session.out.table(TABLE_HEADER, table_rows(&states));
    }
    Ok(exit::OK)
}
