//! What happened to an account: failed logins (axes' `AccessFailureLog`), events such as lockout
//! resets, and pruning old rows (axes' `axes_reset_logs`). Rows are written by the lockout guard
//! and by the commands; this module reads them and removes old ones. No row holds a password.

use crate::Error;
use crate::store::Store;
use crate::store::attempts::{self, KeyFilter};
use crate::store::audit::{self as rows, AuditTable};
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

/// Failed attempts, newest first.
pub fn failed_logins(store: &Store, filter: &AttemptFilter) -> Result<Vec<AttemptRow>, Error> {
    rows::failed(store.db(), filter)
}

/// Failed attempts counted per username or address, most failures first.
pub fn failed_logins_grouped(store: &Store, filter: &AttemptFilter, by: GroupBy) -> Result<Vec<Group>, Error> {
    rows::grouped(store.db(), filter, by)
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
