//! What operators do with lockouts: list the keys with failures (axes' `axes_list_attempts`) and
//! clear them (the `axes_reset*` family).

use super::{Counter, Lock, Policy};
use crate::Error;
use crate::store::Store;
use crate::store::attempts::{self, CounterRow, KeyFilter};
use crate::store::audit as rows;
use jiff::Timestamp;

/// One lockout key and its state at `now`.
#[derive(Debug, Clone)]
pub struct KeyState {
    /// The account's username or the name tried; `None` for address-only keys.
    pub username: Option<String>,
    pub ip: Option<String>,
    pub counter: Counter,
    /// `None`: failures counted, not locked (yet).
    pub lock: Option<Lock>,
}

/// Keys matching `filter` whose failures still count; only locked ones unless `all`.
pub fn status(
    store: &Store,
    policy: &Policy,
    filter: &KeyFilter,
    all: bool,
    now: Timestamp,
) -> Result<Vec<KeyState>, Error> {
    let rows = attempts::counters(store.conn(), filter)?;
    Ok(rows
        .into_iter()
        .filter(|row| policy.lockout.alive(&row.counter, now))
        .map(|row| state(policy, row, now))
        .filter(|state| all || state.lock.is_some())
        .collect())
}

/// What [`reset`] cleared.
#[derive(Debug, Clone)]
pub struct Cleared {
    /// Every counter removed, expired ones included.
    pub keys: Vec<KeyState>,
    /// Attempts taken out of the rate-limit windows (they stay in the audit).
    pub window_hits: usize,
}

/// Clears the counters matching `filter` and their rate-limit windows, in one transaction, and
/// records a `lockout_reset` event naming what was cleared.
pub fn reset(store: &Store, policy: &Policy, filter: &KeyFilter, what: &str, now: Timestamp) -> Result<Cleared, Error> {
    attempts::write_retrying(store, |conn| {
        let keys: Vec<KeyState> =
            attempts::counters(conn, filter)?.into_iter().map(|row| state(policy, row, now)).collect();
        attempts::delete_counters(conn, filter)?;
        let window_hits = match policy.rate_limits.longest_period() {
            Some(period) => {
                attempts::clear_windows(conn, filter, now.checked_sub(period).unwrap_or(Timestamp::MIN), false)?
            }
            None => 0,
        };
        let detail = format!("{what}: {} key(s) cleared, {window_hits} rate-limit hit(s) cleared", keys.len());
        let username = keys.iter().find_map(|k| k.username.as_deref());
        rows::insert_event(conn, now, "lockout_reset", username, &detail)?;
        Ok(Cleared { keys, window_hits })
    })
}

fn state(policy: &Policy, row: CounterRow, now: Timestamp) -> KeyState {
    KeyState {
        username: row.username,
        ip: Some(row.key.ip).filter(|ip| !ip.is_empty()),
        lock: policy.lockout.lock(&row.counter, now),
        counter: row.counter,
    }
}
