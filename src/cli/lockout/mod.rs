//! `authadm lockout ...`: one file per verb.

mod reset;
mod status;

use super::Session;
use crate::Error;
use crate::lockout::{KeyState, Source};
use crate::store::Store;
use crate::store::attempts::KeyFilter;
use crate::store::axes;
use crate::time::rfc3339;
use clap::Subcommand;
use serde::Serialize;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum LockoutCommand {
    /// Locked keys with their failures and when the lock lifts (with --all, keys counting too)
    Status(status::Args),
    /// Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)
    Reset(reset::Args),
}

pub fn run(session: &Session, command: LockoutCommand) -> Result<u8, Error> {
    match command {
        LockoutCommand::Status(args) => status::run(session, args),
        LockoutCommand::Reset(args) => reset::run(session, args),
    }
}

/// `--user` and `--ip` as a key filter; `--user` names an account or just a name tried.
fn key_filter(store: &Store, user: Option<&str>, ip: Option<std::net::IpAddr>) -> Result<KeyFilter, Error> {
    let mut filter = match user {
        Some(name) => crate::audit::user_filter(store, name)?,
        None => KeyFilter::default(),
    };
    filter.ip = ip.map(|ip| ip.to_string());
    Ok(filter)
}

/// `--user` and `--ip` as axes' reset commands take them: the username exactly as the site saw
/// it (axes keys by that string, not by account), and the address.
fn axes_filter(user: Option<&str>, ip: Option<std::net::IpAddr>) -> axes::Filter {
    axes::Filter { username: user.map(str::to_owned), ip: ip.map(|ip| ip.to_string()), user_agent: None }
}

/// The contract's lockout entry, plus `is_locked` (false for keys `--all` adds).
#[derive(Serialize)]
struct KeyJson<'a> {
    username: Option<&'a str>,
    ip: Option<&'a str>,
    /// Only for a key with axes' `"user_agent"` parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    user_agent: Option<&'a str>,
    failures: u32,
    first_failure: String,
    last_failure: String,
    locked_until: Option<String>,
    is_locked: bool,
    attempts_left: Option<u32>,
    source: Source,
}

impl<'a> KeyJson<'a> {
    fn new(state: &'a KeyState, source: Source) -> Self {
        KeyJson {
            username: state.username.as_deref(),
            ip: state.ip.as_deref(),
            user_agent: state.user_agent.as_deref(),
            failures: state.counter.failures,
            first_failure: rfc3339(state.counter.first),
            last_failure: rfc3339(state.counter.last),
            locked_until: state.lock.and_then(|lock| lock.until()).map(rfc3339),
            is_locked: state.lock.is_some(),
            attempts_left: Some(state.attempts_left),
            source,
        }
    }
}

/// One table row per key, for people.
fn table_rows(states: &[KeyState]) -> Vec<Vec<String>> {
    states.iter().map(table_row).collect()
}

/// A key's table row.
fn table_row(s: &KeyState) -> Vec<String> {
    let lock = match s.lock {
        None => "not locked".to_string(),
        Some(lock) => lock.until().map_or_else(|| "until reset".into(), rfc3339),
    };
    vec![
        s.username.clone().unwrap_or_else(|| "-".into()),
        s.ip.clone().unwrap_or_else(|| "-".into()),
        s.counter.failures.to_string(),
        rfc3339(s.counter.first),
        rfc3339(s.counter.last),
        lock,
    ]
}

const TABLE_HEADER: &[&str] = &["user", "ip", "failures", "first failure", "last failure", "locked until"];
