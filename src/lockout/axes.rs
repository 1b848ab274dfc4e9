//! The site's lockout state in django-axes' tables, read as axes' database handler reads it.
//!
//! axes/handlers/database.py counts a request's failures as `max` over the lockout parameters
//! of `Sum("failures_since_start")` over the rows whose fields equal the request's for that
//! parameter (`filter_user_attempts`), only rows with `attempt_time__gte` now minus
//! `AXES_COOLOFF_TIME` when one is set (`get_user_attempts`); it is locked when that reaches
//! `AXES_FAILURE_LIMIT` (handlers/base.py `is_locked`). A lockout key here is one parameter's
//! fields with their values, and its failures that sum.

use super::{KeyShape, KeyState, Lock, Lockout};
use crate::Error;
use crate::store::Store;
use crate::store::attempts::Counter;
use crate::store::audit as rows;
use crate::store::axes::{self as table, AttemptRow, Filter, Recorded, Tables};
use crate::store::db::Db;
use jiff::Timestamp;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::net::IpAddr;

/// axes/helpers.py `get_client_user_agent`: `request.META.get("HTTP_USER_AGENT", "<unknown>")`.
pub const UNKNOWN_AGENT: &str = "<unknown>";

/// A login's failure on axes' store, counted before its password is checked.
#[derive(Debug, Clone)]
pub struct Reserved {
    tables: Tables,
    /// `None` when no lockout parameter applies to the attempt (nothing recorded).
    recorded: Option<Recorded>,
    keys: Vec<Filter>,
    /// `AXES_RESET_ON_SUCCESS`: a success deletes the keys' rows instead of giving back.
    reset_on_success: bool,
}

/// The attempt's keys: each lockout parameter with the attempt's values (a parameter needing
/// the address does not apply without one; an allow-listed address has none).
pub fn keys_of(lockout: &Lockout, username: &str, ip: Option<IpAddr>, user_agent: &str) -> Vec<Filter> {
    if ip.is_some_and(|ip| lockout.never_lockout.iter().any(|net| net.contains(ip))) {
        return Vec::new();
    }
    let mut keys: Vec<Filter> = Vec::new();
    for shape in lockout.parameters.iter().filter(|shape| !shape.ip || ip.is_some()) {
        let key = Filter {
            username: shape.username.then(|| username.to_string()),
            ip: ip.filter(|_| shape.ip).map(|ip| ip.to_string()),
            user_agent: shape.user_agent.then(|| user_agent.to_string()),
        };
        if !keys.iter().any(|k| k.username == key.username && k.ip == key.ip && k.user_agent == key.user_agent) {
            keys.push(key);
        }
    }
    keys
}

/// The strictest lock on the attempt's keys at `now`: `get_failures` (the max over them of the
/// summed failures) against the limit.
pub fn lock_of(db: &Db, lockout: &Lockout, keys: &[Filter], now: Timestamp) -> Result<Option<Lock>, Error> {
    let mut strictest = None;
    for key in keys {
        let rows = table::attempts(db, key)?;
        strictest = strictest.max(lock_of_rows(lockout, &rows, now));
    }
    Ok(strictest)
}

/// The lock of one key's rows.
fn lock_of_rows(lockout: &Lockout, rows: &[AttemptRow], now: Timestamp) -> Option<Lock> {
    let alive: Vec<&AttemptRow> = rows.iter().filter(|row| counts(lockout, row, now)).collect();
    if alive.is_empty() {
        return None;
    }
    let key = KeyState {
        username: None,
        ip: None,
        user_agent: None,
        counter: Counter { failures: 0, first: now, last: now },
        lock: None,
        attempts_left: 0,
        shape: None,
    };
    state(lockout, key, &alive).lock
}

/// Whether a row's failures still count at `now` (`attempt_time__gte` now minus the cool-off).
fn counts(lockout: &Lockout, row: &AttemptRow, now: Timestamp) -> bool {
    lockout.cooloff.is_none_or(|cooloff| now.checked_sub(cooloff).is_ok_and(|t| row.time >= t))
}

/// Records the attempt's failure as axes' handler does (expired rows cleaned first), if any
/// lockout parameter applies to it.
pub fn reserve(
    db: &Db,
    tables: Tables,
    lockout: &Lockout,
    keys: Vec<Filter>,
    client: (&str, Option<&str>, &str),
    now: Timestamp,
) -> Result<Reserved, Error> {
    let reset_on_success = lockout.reset_on_success;
    if keys.is_empty() {
        return Ok(Reserved { tables, recorded: None, keys, reset_on_success });
    }
    let expires_at = lockout.cooloff.filter(|_| lockout.use_attempt_expiration).and_then(|c| now.checked_add(c).ok());
    if let Some(threshold) = lockout.cooloff.and_then(|cooloff| now.checked_sub(cooloff).ok()) {
        table::delete_expired(db, &tables, threshold)?;
    }
    let recorded = table::record_failure(db, &tables, client, expires_at, now)?;
    Ok(Reserved { tables, recorded: Some(recorded), keys, reset_on_success })
}

/// After a right password: on a login (`logged_in`), `AXES_RESET_ON_SUCCESS` deletes the
/// attempt's keys' rows (`reset_user_attempts`, on `user_logged_in`); otherwise, and when a second
/// factor still stands between the password and the login, the reserved failure is given back.
pub fn release(db: &Db, reserved: &Reserved, logged_in: bool) -> Result<(), Error> {
    let Some(recorded) = &reserved.recorded else { return Ok(()) };
    if reserved.reset_on_success && logged_in {
        for key in &reserved.keys {
            table::delete_attempts(db, &reserved.tables, key)?;
        }
        return Ok(());
    }
    table::give_back(db, &reserved.tables, recorded)
}

/// Keys with failures among axes' rows that concern `filter`; only locked ones unless `all`.
pub fn status(
    store: &Store,
    lockout: &Lockout,
    filter: &Filter,
    all: bool,
    now: Timestamp,
) -> Result<Vec<KeyState>, Error> {
    // A key sums every row with its values, so rows are read whole and the filter picks keys.
    let rows = table::attempts(store.db(), &Filter::default())?;
    Ok(keys(lockout, &rows, filter, now).into_iter().filter(|key| all || key.lock.is_some()).collect())
}

/// Deletes the rows `filter` names, as `axes_reset` (no filter), `axes_reset_username`,
/// `axes_reset_ip` and `axes_reset_ip_username` do, and records a `lockout_reset` event.
/// Returns the keys those rows formed and how many rows went (the count axes prints).
pub fn reset(
    store: &Store,
    tables: &Tables,
    lockout: &Lockout,
    filter: &Filter,
    what: &str,
    now: Timestamp,
) -> Result<(Vec<KeyState>, usize), Error> {
    store.write(|db| {
        let deleted = table::delete_attempts(db, tables, filter)?;
        let detail = format!("{what}: {} axes attempt row(s) removed", deleted.len());
        rows::insert_event(db, now, "lockout_reset", filter.username.as_deref(), &detail)?;
        Ok((keys(lockout, &deleted, &Filter::default(), now), deleted.len()))
    })
}

/// What makes one key: its username, address and user agent, and the parameter that forms it.
type KeyId = (Option<String>, Option<String>, Option<String>, KeyShape);

/// The keys the rows form under the lockout parameters, each with its state at `now`, keeping
/// those with a row `filter` matches; newest first.
fn keys(lockout: &Lockout, rows: &[AttemptRow], filter: &Filter, now: Timestamp) -> Vec<KeyState> {
    let alive: Vec<&AttemptRow> = rows.iter().filter(|row| counts(lockout, row, now)).collect();
    let mut keys: Vec<(KeyState, Vec<&AttemptRow>)> = Vec::new();
    // Where each key is in `keys`, so that grouping stays linear in the rows (`lockout status`
    // reads every row of the table).
    let mut index: HashMap<KeyId, usize> = HashMap::new();
    for shape in &lockout.parameters {
        for row in &alive {
            let username = if shape.username { row.username.clone() } else { None };
            let ip = if shape.ip { row.ip.clone() } else { None };
            let user_agent = shape.user_agent.then(|| row.user_agent.clone());
            match index.entry((username.clone(), ip.clone(), user_agent.clone(), *shape)) {
                Entry::Occupied(at) => keys[*at.get()].1.push(row),
                Entry::Vacant(slot) => {
                    slot.insert(keys.len());
                    let counter = Counter { failures: 0, first: row.time, last: row.time };
                    let shape = Some(*shape);
                    let key = KeyState { username, ip, user_agent, counter, lock: None, attempts_left: 0, shape };
                    keys.push((key, vec![row]));
                }
            }
        }
    }
    let mut states: Vec<KeyState> = keys
        .into_iter()
        .filter(|(_, members)| members.iter().any(|row| filter.matches(row)))
        .map(|(key, members)| state(lockout, key, &members))
        .collect();
    states.sort_by_key(|state| std::cmp::Reverse(state.counter.last));
    states
}

/// A key's failures, and its lock: with a cool-off it lifts when enough of its newest rows age
/// out that the rest sum below the limit, i.e. at the row that brings the newest ones to it.
fn state(lockout: &Lockout, mut key: KeyState, members: &[&AttemptRow]) -> KeyState {
    let failures = members.iter().fold(0u32, |sum, row| sum.saturating_add(row.failures));
    key.counter = Counter {
        failures,
        first: members.iter().map(|row| row.time).min().unwrap_or(key.counter.first),
        last: members.iter().map(|row| row.time).max().unwrap_or(key.counter.last),
    };
    key.attempts_left = lockout.failure_limit.saturating_sub(failures);
    if failures >= lockout.failure_limit {
        key.lock = Some(match lockout.cooloff {
            None => Lock::UntilReset,
            Some(cooloff) => {
                let mut newest: Vec<&AttemptRow> = members.to_vec();
                newest.sort_by_key(|row| std::cmp::Reverse(row.time));
                let mut sum = 0u32;
                let at = newest.iter().find(|row| {
                    sum = sum.saturating_add(row.failures);
                    sum >= lockout.failure_limit
                });
                let at = at.map_or(key.counter.last, |row| row.time);
                Lock::Until(at.checked_add(cooloff).unwrap_or(Timestamp::MAX))
            }
        });
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + secs).unwrap()
    }

    fn row(username: &str, ip: &str, failures: u32, secs: i64) -> AttemptRow {
        AttemptRow {
            username: Some(username.into()),
            ip: Some(ip.into()),
            user_agent: String::new(),
            failures,
            time: at(secs),
        }
    }

    fn lockout(toml: &str) -> Lockout {
        Settings::from_toml(toml, None).unwrap().lockout.lockout.for_source(super::super::Source::Axes)
    }

    #[test]
    fn keys_sum_the_rows_of_each_parameter_and_lift_with_the_newest_that_reach_the_limit() {
        let lockout = lockout("[lockout]\ncooloff = \"1h\"\nlockout_parameters = [\"ip_address\", \"username\"]\n");
        let rows = [row("bob", "192.0.2.1", 2, 0), row("amy", "192.0.2.1", 1, 10), row("bob", "192.0.2.9", 1, 20)];
        let states = keys(&lockout, &rows, &Filter::default(), at(30));
        let found: Vec<_> = states
            .iter()
            .map(|s| (s.username.as_deref(), s.ip.as_deref(), s.counter.failures, s.lock, s.attempts_left))
            .collect();
        assert_eq!(
            found,
            [
                (None, Some("192.0.2.9"), 1, None, 2),
                (Some("bob"), None, 3, Some(Lock::Until(at(3600))), 0),
                (None, Some("192.0.2.1"), 3, Some(Lock::Until(at(3600))), 0),
                (Some("amy"), None, 1, None, 2),
            ]
        );
        // Past the cool-off of the first row, bob's and the address's sums fall below the limit.
        assert!(keys(&lockout, &rows, &Filter::default(), at(3601)).iter().all(|s| s.lock.is_none()));
        let amy = Filter { username: Some("amy".into()), ..Filter::default() };
        let theirs: Vec<_> = keys(&lockout, &rows, &amy, at(30)).into_iter().map(|s| s.counter.failures).collect();
        assert_eq!(theirs, [3, 1], "amy's own key, and the address key her row counts in");
    }

    /// axes' `"user_agent"` parameter: rows of other agents are other keys, and an attempt's key
    /// carries its agent (`<unknown>` without one, as axes records it).
    #[test]
    fn user_agent_keys_split_by_agent() {
        let lockout = lockout("[lockout]\nlockout_parameters = [[\"username\", \"user_agent\"]]\n");
        let agent = |mut row: AttemptRow, agent: &str| {
            row.user_agent = agent.into();
            row
        };
        let rows = [agent(row("bob", "192.0.2.1", 3, 0), "curl"), agent(row("bob", "192.0.2.2", 1, 5), "firefox")];
        let states = keys(&lockout, &rows, &Filter::default(), at(10));
        let found: Vec<_> = states.iter().map(|s| (s.user_agent.as_deref(), s.counter.failures, s.lock)).collect();
        assert_eq!(found, [(Some("firefox"), 1, None), (Some("curl"), 3, Some(Lock::UntilReset))]);
        let ip = Some("192.0.2.9".parse().unwrap());
        let [key] = keys_of(&lockout, "bob", ip, UNKNOWN_AGENT).try_into().unwrap();
        assert_eq!(
            (key.username.as_deref(), key.ip, key.user_agent.as_deref()),
            (Some("bob"), None, Some("<unknown>"))
        );
    }

    #[test]
    fn without_cooloff_axes_locks_until_reset() {
        let lockout = lockout("");
        let states = keys(&lockout, &[row("bob", "192.0.2.1", 3, 0)], &Filter::default(), at(1_000_000));
        assert_eq!(states.len(), 1, "axes' default parameters: the address alone");
        assert_eq!((states[0].username.as_deref(), states[0].lock), (None, Some(Lock::UntilReset)));
    }
}
