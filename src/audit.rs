//! What happened to an account: login attempts (axes' `AccessFailureLog`), events such as lockout
//! resets, and pruning old rows (axes' `axes_reset_logs`). Attempts are recorded here, for the
//! login and its lockout guard; events by the commands. No row holds a password.

use crate::Error;
use crate::login::attempt::{Attempt, Reason};
use crate::store::Store;
use crate::store::attempts::{self, KeyFilter, NewAttempt};
use crate::store::audit::{self as rows, AuditTable};
use crate::store::db::Db;
use jiff::Timestamp;

pub use crate::store::audit::{AttemptFilter, AttemptRow, Group, GroupBy};

/// Rows deleted per transaction by [`prune`], so writers queue behind short transactions only.
const PRUNE_BATCH: u32 = 5_000;

/// The keys `--user NAME` stands for: the account it names (as logins resolve it) and the name
/// itself, so attempts made before the account existed are found too.
pub fn user_filter(store: &Store, name: &str) -> Result<KeyFilter, Error> {
    let name = crate::accounts::normalize_username(name);
    let subject = attempts::resolve_subject(store.db(), &name)?;
    let unresolved = attempts::Subject::unresolved(&name);
    Ok(KeyFilter { subject: Some(subject.key), name: Some(unresolved.key), ip: None })
}

/// Records a login attempt under the subject its identifier resolved to; a `None` reason is a
/// pending attempt (the guard's reservation), a failure until [`finish_attempt`] says otherwise.
pub(crate) fn record_attempt(
    db: &Db,
    attempt: &Attempt,
    reason: Option<Reason>,
    backend: Option<&str>,
    now: Timestamp,
) -> Result<i64, Error> {
    let row = NewAttempt {
        time: now,
        username: attempt.identifier,
        subject: &attempt.resolution.subject.key,
        ip: attempt.ip,
        reason: reason.map_or(attempts::PENDING, Reason::as_str),
        backend,
    };
    attempts::insert_attempt(db, &row)
}

/// Completes a pending attempt with how the login ended.
pub(crate) fn finish_attempt(db: &Db, row: i64, reason: Reason, backend: Option<&str>) -> Result<(), Error> {
    attempts::finish_attempt(db, row, reason.as_str(), backend)
}

/// Failed attempts, newest first.
pub fn failed_logins(store: &Store, filter: &AttemptFilter) -> Result<Vec<AttemptRow>, Error> {
    rows::failed(store.db(), filter)
}

/// Failed attempts counted per username or address, most failures first.
pub fn failed_logins_grouped(store: &Store, filter: &AttemptFilter, by: GroupBy) -> Result<Vec<Group>, Error> {
    rows::grouped(store.db(), filter, by)
}

/// [`failed_logins`] with the site's own failures from django-axes' failure log, newest first;
/// `username` (`--user`) is compared with those as the site saw it.
pub fn failed_logins_with_axes(
    store: &Store,
    filter: &AttemptFilter,
    username: Option<&str>,
) -> Result<Vec<AttemptRow>, Error> {
    let mut found = rows::failed(store.db(), filter)?;
    found.extend(crate::store::axes::failures(store.db(), filter, username)?);
    found.sort_by_key(|row| std::cmp::Reverse(row.time));
    found.truncate(filter.limit as usize);
    Ok(found)
}

/// [`failed_logins_grouped`] with the site's failures counted in the same groups.
pub fn failed_logins_grouped_with_axes(
    store: &Store,
    filter: &AttemptFilter,
    username: Option<&str>,
    by: GroupBy,
) -> Result<Vec<Group>, Error> {
    // Every group of both, so the merged order (and the limit) is over the sums.
    let every = AttemptFilter {
        since: filter.since,
        until: filter.until,
        subject: filter.subject.clone(),
        name: filter.name.clone(),
        ip: filter.ip.clone(),
        limit: u32::MAX,
    };
    let mut groups = rows::grouped(store.db(), &every, by)?;
    for site in crate::store::axes::failures_grouped(store.db(), &every, username, by)? {
        match groups.iter_mut().find(|group| group.key == site.key) {
            Some(group) => {
                group.failures += site.failures;
                group.first = group.first.min(site.first);
                group.last = group.last.max(site.last);
            }
            None => groups.push(site),
        }
    }
    groups.sort_by(|a, b| b.failures.cmp(&a.failures).then_with(|| a.key.cmp(&b.key)));
    groups.truncate(filter.limit as usize);
    Ok(groups)
}

/// Deletes the rows of django-axes' access and failure logs older than `before`, in one
/// transaction (axes' own commands delete in one statement each); returns how many of each.
pub fn prune_axes_logs(
    store: &Store,
    tables: &crate::store::axes::Tables,
    before: Timestamp,
) -> Result<(usize, usize), Error> {
    store.write(|db| crate::store::axes::delete_logs(db, tables, before))
}

/// Account events newest first (`audit events`): who was added, changed, removed, got a new
/// password or token, had a lockout cleared.
pub fn events(
    store: &Store,
    since: Option<Timestamp>,
    username: Option<&str>,
    kind: Option<&str>,
    limit: u32,
) -> Result<Vec<rows::EventRow>, Error> {
    rows::events(store.db(), since, username, kind, limit)
}

/// How many rows [`prune`] removed.
#[derive(Debug, Default, Clone, Copy)]
pub struct Pruned {
    pub attempts: usize,
    pub events: usize,
}

/// Deletes attempts and events older than `before`, in batches. Lockout counters live apart, so
/// pruning never lifts a lock.
pub fn prune(store: &Store, before: Timestamp) -> Result<Pruned, Error> {
    let mut pruned = Pruned::default();
    for (table, total) in [(AuditTable::Attempts, &mut pruned.attempts), (AuditTable::Events, &mut pruned.events)] {
        loop {
            let deleted = store.write(|db| rows::prune_batch(db, table, before, PRUNE_BATCH))?;
            *total += deleted;
            if deleted < PRUNE_BATCH as usize {
                break;
            }
        }
    }
    Ok(pruned)
}
