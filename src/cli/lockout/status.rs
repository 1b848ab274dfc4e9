//! `lockout status`.

use super::{KeyJson, TABLE_HEADER, axes_filter, key_filter, table_row};
use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::lockout::{self, KeyState, Source};

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

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let in_force = lockout::in_force(&store, &session.settings.lockout.lockout)?;
    let source = in_force.source;
    // Each key goes to the output as the store reads it: 60,000 locked keys are never all held
    // (benches/run.sh figure 5).
    let list = |each: &mut dyn FnMut(KeyState) -> Result<(), Error>| match source {
        Source::Axes => {
            let filter = axes_filter(args.user.as_deref(), args.ip);
            lockout::axes::status(&store, &in_force.lockout, &filter, args.all, session.now)?
                .into_iter()
                .try_for_each(each)
        }
        Source::Authadm => {
            let filter = key_filter(&store, args.user.as_deref(), args.ip)?;
            lockout::status(&store, &session.settings.lockout, &filter, args.all, session.now, each)
        }
    };
    if session.out.json() {
        let mut json = session.out.json_list("locked");
        list(&mut |state| {
            json.push(&KeyJson::new(&state, source));
            Ok(())
        })?;
        json.finish();
        return Ok(exit::OK);
    }
    let mut rows = Vec::new();
    list(&mut |state| {
        rows.push(table_row(&state));
        Ok(())
    })?;
    if rows.is_empty() {
        session.out.note(if args.all { "No key has failures." } else { "Nothing is locked." });
    } else {
        session.out.table(TABLE_HEADER, rows);
    }
    Ok(exit::OK)
}
