//! `lockout reset`: by user, address, both, or everything (which asks on a terminal).

use super::{KeyJson, TABLE_HEADER, axes_filter, key_filter, table_rows};
use crate::Error;
use crate::cli::{Session, input};
use crate::error::exit;
use crate::lockout::{self, Source};
use serde::Serialize;

#[derive(clap::Args)]
#[command(
    group(clap::ArgGroup::new("target").required(true).multiple(true).args(["user", "ip", "all"])),
    after_help = "Examples:\n  authadm lockout reset --user alice\n  authadm lockout reset --user alice --ip 192.0.2.7\n  \
                  authadm lockout reset --all --yes"
)]
pub struct Args {
    /// Clear every key of this account (or name tried; on axes' store, the username as the site saw it)
    #[arg(long, value_name = "USER")]
    user: Option<String>,
    /// Clear every key of this address (with --user: only the keys of both)
    #[arg(long, value_name = "ADDR", value_parser = crate::lockout::client_ip)]
    ip: Option<std::net::IpAddr>,
    /// Clear every lockout key
    #[arg(long, conflicts_with_all = ["user", "ip"])]
    all: bool,
    /// Do not ask for confirmation (--all asks on a terminal)
    #[arg(long, short)]
    yes: bool,
}

#[derive(Serialize)]
struct ResetJson<'a> {
    cleared: Vec<KeyJson<'a>>,
    rate_limit_hits_cleared: usize,
    /// On axes' store: the attempt rows deleted, the count axes' own reset commands print.
    #[serde(skip_serializing_if = "Option::is_none")]
    attempts_removed: Option<usize>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    if args.all && !input::confirm(session, "Clear every lockout and rate-limit window?", args.yes)? {
        session.out.note("Nothing cleared.");
        return Ok(exit::NEGATIVE);
    }
    let store = session.store()?;
    let what = match (&args.user, &args.ip) {
        (Some(user), Some(ip)) => format!("user {user} from {ip}"),
        (Some(user), None) => format!("user {user}"),
        (None, Some(ip)) => format!("address {ip}"),
        (None, None) => "all keys".to_string(),
    };
    let in_force = lockout::in_force(&store, &session.settings.lockout.lockout)?;
    if let Some(tables) = in_force.axes {
        let filter = axes_filter(args.user.as_deref(), args.ip);
        let (keys, removed) = lockout::axes::reset(&store, &tables, &in_force.lockout, &filter, &what, session.now)?;
        if session.out.json() {
            let cleared = keys.iter().map(|key| KeyJson::new(key, Source::Axes)).collect();
            session.out.print_json(&ResetJson { cleared, rate_limit_hits_cleared: 0, attempts_removed: Some(removed) });
        } else if removed == 0 {
            session.out.line(&format!("Nothing to clear for {what} in axes' attempts."));
        } else {
            session.out.line(&format!("Removed {removed} axes attempt row(s) for {what}."));
            session.out.table(TABLE_HEADER, table_rows(&keys));
        }
        return Ok(exit::OK);
    }
    let filter = key_filter(&store, args.user.as_deref(), args.ip)?;
    let cleared = lockout::reset(&store, &session.settings.lockout, &filter, &what, session.now)?;
    if session.out.json() {
        session.out.print_json(&ResetJson {
            cleared: cleared.keys.iter().map(|key| KeyJson::new(key, Source::Authadm)).collect(),
            rate_limit_hits_cleared: cleared.window_hits,
            attempts_removed: None,
        });
        return Ok(exit::OK);
    }
    if cleared.keys.is_empty() && cleared.window_hits == 0 {
        session.out.line(&format!("Nothing to clear for {what}."));
        return Ok(exit::OK);
    }
    session.out.line(&format!(
        "Cleared {} lockout key(s) and {} rate-limit hit(s) for {what}.",
        cleared.keys.len(),
        cleared.window_hits
    ));
    if !cleared.keys.is_empty() {
        session.out.table(TABLE_HEADER, table_rows(&cleared.keys));
    }
    Ok(exit::OK)
}
