//! Rows of `authadm_attempt` (every recorded login attempt: the audit and the rate-limit windows)
//! and `authadm_lockout` (axes' `AccessAttempt`: failures per lockout key).
//!
//! Times are integer microseconds since the epoch, so windows and `--since` are index ranges.

use super::Store;
use crate::Error;
use crate::lockout::{Counter, Key};
use jiff::Timestamp;
use rusqlite::{Connection, ErrorCode, OptionalExtension, Transaction, TransactionBehavior, params};
use std::time::Duration;
use unicode_normalization::UnicodeNormalization;

/// Reason of a row whose attempt has been counted but not yet decided; it counts as a failure,
/// so a process killed mid-check buys no free attempt.
pub const PENDING: &str = "pending";

/// Beyond `busy_timeout`, SQLite can still answer "busy" at once (WAL recovery, a checkpoint);
/// these retries, with doubling sleeps from 5 ms, keep that from reaching the user.
const BUSY_RETRIES: u32 = 6;

/// [`Store::write`], retried when SQLite reports the database busy or locked.
pub(crate) fn write_retrying<T>(
    store: &Store,
    mut body: impl FnMut(&Connection) -> Result<T, Error>,
) -> Result<T, Error> {
    let mut delay = Duration::from_millis(5);
    for _ in 0..BUSY_RETRIES {
        let tx = match Transaction::new_unchecked(store.conn(), TransactionBehavior::Immediate) {
            Ok(tx) => tx,
            Err(err) if is_busy(&err) => {
                std::thread::sleep(delay);
                delay *= 2;
                continue;
            }
            Err(err) => return Err(err.into()),
        };
        let value = body(&tx)?;
        match tx.commit() {
            Ok(()) => return Ok(value),
            Err(err) if is_busy(&err) => {
                std::thread::sleep(delay);
                delay *= 2;
            }
            Err(err) => return Err(err.into()),
        }
    }
    store.write(body)
}

fn is_busy(err: &rusqlite::Error) -> bool {
    matches!(err.sqlite_error_code(), Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked))
}

/// Who a username-bearing key counts against: `u:<id>` for an account, `n:<name>` otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub key: String,
    pub user_id: Option<i64>,
}

impl Subject {
    /// The key an identifier has when it names no account (NFKC, lowercased).
    pub fn unresolved(identifier: &str) -> Subject {
        Subject { key: format!("n:{}", identifier.to_lowercase().nfkc().collect::<String>()), user_id: None }
    }
}

/// The account an identifier reaches: exact username, else the one username equal ignoring ASCII
/// case, else the one account with that email; so `alice`, `ALICE` and `alice@example.com` share
/// one counter.
pub(crate) fn resolve_subject(conn: &Connection, identifier: &str) -> Result<Subject, Error> {
    let exact: Option<i64> = conn
        .prepare_cached("SELECT id FROM auth_user WHERE username = ?1")?
        .query_row([identifier], |r| r.get(0))
        .optional()?;
    let mut id = exact;
    if id.is_none() {
        id = only_one(conn, "SELECT id FROM auth_user WHERE lower(username) = lower(?1) LIMIT 2", identifier)?;
    }
    if id.is_none() && identifier.contains('@') {
        id = only_one(conn, "SELECT id FROM auth_user WHERE lower(email) = lower(?1) LIMIT 2", identifier)?;
    }
    Ok(match id {
        Some(id) => Subject { key: format!("u:{id}"), user_id: Some(id) },
        None => Subject::unresolved(identifier),
    })
}

fn only_one(conn: &Connection, sql: &str, value: &str) -> Result<Option<i64>, Error> {
    let ids: Vec<i64> = conn.prepare_cached(sql)?.query_map([value], |r| r.get(0))?.collect::<Result<_, _>>()?;
    Ok(if ids.len() == 1 { Some(ids[0]) } else { None })
}

fn micros(us: i64) -> Timestamp {
    Timestamp::from_microsecond(us).unwrap_or(Timestamp::UNIX_EPOCH)
}

pub(crate) fn counter(conn: &Connection, key: &Key) -> Result<Option<Counter>, Error> {
    Ok(conn
        .prepare_cached("SELECT failures, first_us, last_us FROM authadm_lockout WHERE subject = ?1 AND ip = ?2")?
        .query_row([&key.subject, &key.ip], |r| {
            Ok(Counter { failures: r.get(0)?, first: micros(r.get(1)?), last: micros(r.get(2)?) })
        })
        .optional()?)
}

pub(crate) fn save_counter(
    conn: &Connection,
    key: &Key,
    subject: &Subject,
    name: &str,
    counter: &Counter,
) -> Result<(), Error> {
    let user_id = if key.subject.is_empty() { None } else { subject.user_id };
    let name = (!key.subject.is_empty()).then_some(name);
    conn.prepare_cached(
        "INSERT INTO authadm_lockout (subject, ip, user_id, name, failures, first_us, last_us) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(subject, ip) DO UPDATE SET user_id = excluded.user_id, \
         name = excluded.name, failures = excluded.failures, first_us = excluded.first_us, last_us = excluded.last_us",
    )?
    .execute(params![
        key.subject,
        key.ip,
        user_id,
        name,
        counter.failures,
        counter.first.as_microsecond(),
        counter.last.as_microsecond()
    ])?;
    Ok(())
}

/// Undoes a reservation after a success: the key forgets it (or everything, on `reset_on_success`).
pub(crate) fn release_counter(conn: &Connection, key: &Key, reset: bool) -> Result<(), Error> {
    let sql = if reset {
        "DELETE FROM authadm_lockout WHERE subject = ?1 AND ip = ?2"
    } else {
        "UPDATE authadm_lockout SET failures = max(failures - 1, 0) WHERE subject = ?1 AND ip = ?2"
    };
    conn.prepare_cached(sql)?.execute([&key.subject, &key.ip])?;
    Ok(())
}

/// One attempt to record; never holds the password.
pub struct NewAttempt<'a> {
    pub time: Timestamp,
    /// As typed (NFKC-normalised).
    pub username: &'a str,
    pub subject: &'a str,
    pub ip: Option<&'a str>,
    pub reason: &'a str,
    pub backend: Option<&'a str>,
}

pub(crate) fn insert_attempt(conn: &Connection, attempt: &NewAttempt) -> Result<i64, Error> {
    conn.prepare_cached(
        "INSERT INTO authadm_attempt (time_us, username, subject, ip, reason, backend, failed) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        attempt.time.as_microsecond(),
        attempt.username,
        attempt.subject,
        attempt.ip,
        attempt.reason,
        attempt.backend,
        attempt.reason != "ok"
    ])?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn finish_attempt(conn: &Connection, id: i64, reason: &str, backend: Option<&str>) -> Result<(), Error> {
    conn.prepare_cached("UPDATE authadm_attempt SET reason = ?2, backend = ?3, failed = ?4 WHERE id = ?1")?
        .execute(params![id, reason, backend, reason != "ok"])?;
    Ok(())
}

/// What a rate limit counts against: a column of the attempt and its value.
#[derive(Debug, Clone, Copy)]
pub enum Scoped<'a> {
    Ip(&'a str),
    Subject(&'a str),
}

/// The `n`-th newest counted attempt after `since` (1-based), if there are that many: the
/// window is full, and frees up when that one ages out. Refused attempts never count.
pub(crate) fn nth_newest(
    conn: &Connection,
    scoped: Scoped,
    since: Timestamp,
    failures_only: bool,
    n: u32,
) -> Result<Option<Timestamp>, Error> {
    let (column, value) = match scoped {
        Scoped::Ip(ip) => ("ip", ip),
        Scoped::Subject(subject) => ("subject", subject),
    };
    let reasons =
        if failures_only { "'pending', 'invalid_credentials'" } else { "'pending', 'invalid_credentials', 'ok'" };
    let sql = format!(
        "SELECT time_us FROM authadm_attempt WHERE {column} = ?1 AND time_us > ?2 AND cleared = 0 \
         AND reason IN ({reasons}) ORDER BY time_us DESC LIMIT 1 OFFSET ?3"
    );
    let found: Option<i64> = conn
        .prepare_cached(&sql)?
        .query_row(params![value, since.as_microsecond(), n.saturating_sub(1)], |r| r.get(0))
        .optional()?;
    Ok(found.map(micros))
}

/// Takes the rows matching a filter out of every rate-limit window after `since` (allauth clears
/// `login_failed` on success; `lockout reset` clears what it names). The audit keeps them.
pub(crate) fn clear_windows(
    conn: &Connection,
    filter: &KeyFilter,
    since: Timestamp,
    failures_only: bool,
) -> Result<usize, Error> {
    Ok(conn
        .prepare_cached(
            "UPDATE authadm_attempt SET cleared = 1 WHERE cleared = 0 AND time_us > ?1 \
             AND (?2 IS NULL OR subject IN (?2, ?3)) AND (?4 IS NULL OR ip = ?4) AND (?5 = 0 OR failed = 1)",
        )?
        .execute(params![since.as_microsecond(), filter.subject, filter.name, filter.ip, failures_only])?)
}

/// Which lockout keys a command names; `None` fields match everything.
#[derive(Debug, Default)]
pub struct KeyFilter {
    /// The account's key (`u:<id>`), or the name's key when there is no such account.
    pub subject: Option<String>,
    /// The name's own key (`n:<name>`), so counters made before the account existed match too.
    pub name: Option<String>,
    pub ip: Option<String>,
}

/// A row of `authadm_lockout`, for `lockout status` and `lockout reset`.
#[derive(Debug, Clone)]
pub struct CounterRow {
    pub key: Key,
    /// The account's current username, or the name tried; `None` for address-only keys.
    pub username: Option<String>,
    pub counter: Counter,
}

pub(crate) fn counters(conn: &Connection, filter: &KeyFilter) -> Result<Vec<CounterRow>, Error> {
    counters_at_least(conn, filter, 0, None)
}

/// [`counters`] without the rows that have fewer than `min_failures` or whose last failure is
/// before `last_from`: a prefilter, so `lockout status` over 100,000 counters joins, sorts and
/// builds only the few it may show (benches/run.sh figure 5: 101 ms before, 43 ms after).
pub(crate) fn counters_at_least(
    conn: &Connection,
    filter: &KeyFilter,
    min_failures: u32,
    last_from: Option<Timestamp>,
) -> Result<Vec<CounterRow>, Error> {
    let last_from = last_from.map_or(i64::MIN, |t| t.as_microsecond());
    let rows = conn
        .prepare_cached(
            "SELECT c.subject, c.ip, coalesce(u.username, c.name), c.failures, c.first_us, c.last_us \
             FROM authadm_lockout c LEFT JOIN auth_user u ON u.id = c.user_id \
             WHERE (?1 IS NULL OR c.subject IN (?1, ?2)) AND (?3 IS NULL OR c.ip = ?3) \
             AND c.failures >= ?4 AND c.last_us >= ?5 \
             ORDER BY c.last_us DESC, c.subject, c.ip",
        )?
        .query_map(params![filter.subject, filter.name, filter.ip, min_failures, last_from], |r| {
            Ok(CounterRow {
                key: Key { subject: r.get(0)?, ip: r.get(1)? },
                username: r.get(2)?,
                counter: Counter { failures: r.get(3)?, first: micros(r.get(4)?), last: micros(r.get(5)?) },
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub(crate) fn delete_counters(conn: &Connection, filter: &KeyFilter) -> Result<usize, Error> {
    Ok(conn
        .prepare_cached(
            "DELETE FROM authadm_lockout WHERE (?1 IS NULL OR subject IN (?1, ?2)) AND (?3 IS NULL OR ip = ?3)",
        )?
        .execute(params![filter.subject, filter.name, filter.ip])?)
}
