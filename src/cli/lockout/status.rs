//! `lockout status`.

use super::{KeyJson, TABLE_HEADER, axes_filter, key_filter, table_rows};
use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::lockout::{self, Source};
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm lockout status\n  authadm lockout status --user alice --all --json")]
pub struct Args {
    /// Only keys of this account (or name tried; on axes' store, the username as the site saw it)
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
    let in_force = lockout::in_force(&store, &session.settings.lockout.lockout)?;
    let states = match in_force.source {
        Source::Axes => {
            let filter = axes_filter(args.user.as_deref(), args.ip);
            lockout::axes::status(&store, &in_force.lockout, &filter, args.all, session.now)?
        }
        Source::Authadm => {
            let filter = key_filter(&store, args.user.as_deref(), args.ip)?;
            lockout::status(&store, &session.settings.lockout, &filter, args.all, session.now)?
        }
    };
    if session.out.json() {
        let locked = states.iter().map(|state| KeyJson::new(state, in_force.source)).collect();
        session.out.print_json(&StatusJson { locked });
    } else if states.is_empty() {
        session.out.note(if args.all { "No key has failures." } else { "Nothing is locked." });
    } else {
        session.out.table(TABLE_HEADER, table_rows(&states));
    }
    Ok(exit::OK)
}
