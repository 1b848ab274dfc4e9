//! What operators do with lockouts: list the keys with failures (axes' `axes_list_attempts`) and
//! clear them (the `axes_reset*` family).

use super::{Lock, Policy};
use crate::Error;
use crate::store::Store;
use crate::store::attempts::{self, Counter, CounterRow, KeyFilter};
use crate::store::audit as rows;
use jiff::Timestamp;

/// One lockout key and its state at `now`.
#[derive(Debug, Clone)]
pub struct KeyState {
    /// The account's username or the name tried; `None` for address-only keys.
    pub username: Option<String>,
    pub ip: Option<String>,
    /// On axes' store, for a key with the `"user_agent"` parameter.
    pub user_agent: Option<String>,
    pub counter: Counter,
    /// `None`: failures counted, not locked (yet).
    pub lock: Option<Lock>,
    /// Failures the key may still take before it locks (0 once locked).
    pub attempts_left: u32,
    /// The lockout parameter the key is made of, on axes' store (where one row counts in a key
    /// of each parameter); authadm's counters are each their own key.
    pub shape: Option<super::KeyShape>,
}

/// Hands `each` the keys matching `filter` whose failures still count, newest first, one at a
/// time as the store reads them; only locked ones unless `all`.
pub fn status(
    store: &Store,
    policy: &Policy,
    filter: &KeyFilter,
    all: bool,
    now: Timestamp,
    mut each: impl FnMut(KeyState) -> Result<(), Error>,
) -> Result<(), Error> {
    // Only a prefilter (never stricter than `alive` and `lock`, which still decide): the
    // counters that can be locked, or with `all` still alive.
    let min_failures = if all { 0 } else { policy.lockout.failure_limit };
    let last_from = policy.lockout.cooloff.and_then(|cooloff| now.checked_sub(cooloff).ok());
    attempts::each_counter(store.db(), filter, min_failures, last_from, |row| {
        if !policy.lockout.alive(&row.counter, now) {
            return Ok(());
        }
        let state = state(policy, row, now);
        if all || state.lock.is_some() { each(state) } else { Ok(()) }
    })
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
    store.write(|db| {
        let keys: Vec<KeyState> =
            attempts::counters(db, filter)?.into_iter().map(|row| state(policy, row, now)).collect();
        attempts::delete_counters(db, filter)?;
        let window_hits = match policy.rate_limits.longest_period() {
            Some(period) => {
                attempts::clear_windows(db, filter, now.checked_sub(period).unwrap_or(Timestamp::MIN), false)?
            }
            None => 0,
        };
        let detail = format!("{what}: {} key(s) cleared, {window_hits} rate-limit hit(s) cleared", keys.len());
        // A `--user` reset is that account's (or name's) event; an address or everything is no one's.
        let username = filter.subject.as_deref().map(|subject| attempts::subject_name(db, subject)).transpose()?;
        rows::insert_event(db, now, "lockout_reset", username.flatten().as_deref(), &detail)?;
        Ok(Cleared { keys, window_hits })
    })
}

fn state(policy: &Policy, row: CounterRow, now: Timestamp) -> KeyState {
    KeyState {
        username: row.username,
        ip: Some(row.key.ip).filter(|ip| !ip.is_empty()),
        user_agent: None,
        lock: policy.lockout.lock(&row.counter, now),
        attempts_left: policy.lockout.failure_limit.saturating_sub(row.counter.failures),
        shape: None,
        counter: row.counter,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::store::attempts::Key;
    use crate::store::attempts::Subject;
    use jiff::SignedDuration;

    /// The SQL prefilter of `status` must drop nothing the policy would show: compare it with the
    /// policy applied to every row, around both edges (the failure limit and the cool-off's end).
    #[test]
    fn status_shows_exactly_what_the_policy_says_around_both_edges() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&crate::store::Target::File(dir.path().join("t.db")), &Default::default()).unwrap();
        let now = Timestamp::from_second(1_800_000_000).unwrap();
        for (toml, all) in [
            ("[lockout]\nfailure_limit = 3\ncooloff = \"1h\"\n", false),
            ("[lockout]\nfailure_limit = 3\ncooloff = \"1h\"\n", true),
            ("[lockout]\nfailure_limit = 3\n", false),
            ("[lockout]\nfailure_limit = 3\n", true),
        ] {
            let policy = Settings::from_toml(toml, None).unwrap().lockout;
            let mut expected = Vec::new();
            store
                .write(|db| {
                    db.execute("DELETE FROM authadm_lockout", &[])?;
                    let mut n = 0;
                    for failures in [1, 2, 3, 4] {
                        for ago_us in [0, 1, 3_599_999_999, 3_600_000_000, 3_600_000_001, 90_000_000_000] {
                            n += 1;
                            let last = now - SignedDuration::from_micros(ago_us);
                            let counter = Counter { failures, first: last - SignedDuration::from_secs(5), last };
                            let key = Key { subject: format!("n:k{n}"), ip: String::new() };
                            let subject = Subject { key: key.subject.clone(), user_id: None };
                            attempts::save_counter(db, &key, &subject, &format!("k{n}"), &counter)?;
                            let shown = policy.lockout.alive(&counter, now)
                                && (all || policy.lockout.lock(&counter, now).is_some());
                            if shown {
                                expected.push(format!("k{n}"));
                            }
                        }
                    }
                    Ok(())
                })
                .unwrap();
            let mut got = Vec::new();
            status(&store, &policy, &KeyFilter::default(), all, now, |state| {
                got.push(state.username.unwrap());
                Ok(())
            })
            .unwrap();
            got.sort();
            expected.sort();
            assert_eq!(got, expected, "{toml} all={all}");
            assert!(!got.is_empty());
        }
    }
}
