//! Rows of `authadm_attempt` (every recorded login attempt: the audit and the rate-limit windows)
//! and `authadm_lockout` (axes' `AccessAttempt`: failures per lockout key).
//!
//! Times are integer microseconds since the epoch, so windows and `--since` are index ranges.

use super::db::{Db, Row, args};
use super::schema::quoted;
use super::user_model::UserId;
use crate::Error;
use jiff::Timestamp;
use unicode_normalization::UnicodeNormalization;

/// A lockout key: `subject` is the account or name part (`""` when the key has none), `ip` the
/// address part (`""` when the key has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub subject: String,
    pub ip: String,
}

/// The failures counted against one key (axes' `AccessAttempt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    pub failures: u32,
    pub first: Timestamp,
    pub last: Timestamp,
}

/// Reason of a row whose attempt has been counted but not yet decided; it counts as a failure,
/// so a process killed mid-check buys no free attempt.
pub const PENDING: &str = "pending";

/// Who a username-bearing key counts against: `u:<id>` for an account, `n:<name>` otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub key: String,
    pub user_id: Option<UserId>,
}

impl Subject {
    /// The key of an account.
    pub fn account(id: UserId) -> Subject {
        Subject { key: format!("u:{id}"), user_id: Some(id) }
    }

    /// The key an identifier has when it names no account (NFKC, lowercased).
    pub fn unresolved(identifier: &str) -> Subject {
        Subject { key: format!("n:{}", identifier.to_lowercase().nfkc().collect::<String>()), user_id: None }
    }
}

/// The account an identifier reaches: exact username, else the one username equal ignoring ASCII
/// case, else the one account with that email; so `alice`, `ALICE` and `alice@example.com` share
/// one counter.
pub(crate) fn resolve_subject(db: &Db, identifier: &str) -> Result<Subject, Error> {
    let model = db.model();
    let (table, id, username) = (quoted(&model.table), quoted(&model.id), quoted(&model.username));
    let exact = format!("SELECT {id} FROM {table} WHERE {username} = ?1");
    let mut found = db.query_opt(&exact, args![identifier])?.map(|r| r.user_id(0)).transpose()?;
    if found.is_none() {
        let sql = format!("SELECT {id} FROM {table} WHERE lower({username}) = lower(?1) LIMIT 2");
        found = only_one(db, &sql, identifier)?;
    }
    if let (None, Some(email)) = (found, model.email.as_deref().filter(|_| identifier.contains('@'))) {
        let sql = format!("SELECT {id} FROM {table} WHERE lower({}) = lower(?1) LIMIT 2", quoted(email));
        found = only_one(db, &sql, identifier)?;
    }
    let id = found;
    Ok(match id {
        Some(id) => Subject::account(id),
        None => Subject::unresolved(identifier),
    })
}

/// The name a subject key stands for: the account's username, or the name tried.
pub(crate) fn subject_name(db: &Db, subject: &str) -> Result<Option<String>, Error> {
    if let Some(name) = subject.strip_prefix("n:") {
        return Ok(Some(name.to_string()));
    }
    let Some(id) = subject.strip_prefix("u:").and_then(|id| id.parse::<UserId>().ok()) else { return Ok(None) };
    let model = db.model();
    let sql =
        format!("SELECT {} FROM {} WHERE {} = ?1", quoted(&model.username), quoted(&model.table), quoted(&model.id));
    db.query_opt(&sql, args![id])?.map(|row| row.text(0)).transpose()
}

fn only_one(db: &Db, sql: &str, value: &str) -> Result<Option<UserId>, Error> {
    let rows = db.query(sql, args![value])?;
    Ok(if let [row] = rows.as_slice() { Some(row.user_id(0)?) } else { None })
}

/// A counter from its `failures, first_us, last_us` columns starting at `at`.
fn counter_at(row: &Row, at: usize) -> Result<Counter, Error> {
    let failures = u32::try_from(row.int(at)?).unwrap_or(u32::MAX);
    let time = |index| Ok::<_, Error>(row.micros(index)?.unwrap_or(Timestamp::UNIX_EPOCH));
    Ok(Counter { failures, first: time(at + 1)?, last: time(at + 2)? })
}

pub(crate) fn counter(db: &Db, key: &Key) -> Result<Option<Counter>, Error> {
    db.query_opt(
        "SELECT failures, first_us, last_us FROM authadm_lockout WHERE subject = ?1 AND ip = ?2",
        args![&key.subject, &key.ip],
    )?
    .map(|row| counter_at(&row, 0))
    .transpose()
}

pub(crate) fn save_counter(db: &Db, key: &Key, subject: &Subject, name: &str, counter: &Counter) -> Result<(), Error> {
    let user_id = if key.subject.is_empty() { None } else { subject.user_id };
    let name = (!key.subject.is_empty()).then_some(name);
    db.execute(
        "INSERT INTO authadm_lockout (subject, ip, user_id, name, failures, first_us, last_us) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(subject, ip) DO UPDATE SET user_id = excluded.user_id, \
         name = excluded.name, failures = excluded.failures, first_us = excluded.first_us, last_us = excluded.last_us",
        args![
            &key.subject,
            &key.ip,
            user_id,
            name,
            counter.failures,
            counter.first.as_microsecond(),
            counter.last.as_microsecond()
        ],
    )?;
    Ok(())
}

/// Undoes a reservation after a success: the key forgets it (or everything, on `reset_on_success`).
/// `reset_on_success`: a success forgets the key's failures.
pub(crate) fn clear_counter(db: &Db, key: &Key) -> Result<(), Error> {
    db.execute("DELETE FROM authadm_lockout WHERE subject = ?1 AND ip = ?2", args![&key.subject, &key.ip])?;
    Ok(())
}

/// Undoes a successful attempt's reservation (made at `reserved_at`): one failure fewer, the
/// last failure back to what it was unless another attempt has counted since, and no row left
/// at zero, so the success neither counts nor keeps old failures alive longer.
pub(crate) fn give_back_failure(
    db: &Db,
    key: &Key,
    reserved_at: Timestamp,
    last_before: Option<Timestamp>,
) -> Result<(), Error> {
    db.execute(
        "UPDATE authadm_lockout SET failures = failures - 1, \
         last_us = CASE WHEN last_us = ?3 THEN coalesce(?4, last_us) ELSE last_us END \
         WHERE subject = ?1 AND ip = ?2 AND failures > 0",
        args![&key.subject, &key.ip, reserved_at.as_microsecond(), last_before.map(|t| t.as_microsecond())],
    )?;
    db.execute(
        "DELETE FROM authadm_lockout WHERE subject = ?1 AND ip = ?2 AND failures <= 0",
        args![&key.subject, &key.ip],
    )?;
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

pub(crate) fn insert_attempt(db: &Db, attempt: &NewAttempt) -> Result<i64, Error> {
    db.query_one(
        "INSERT INTO authadm_attempt (time_us, username, subject, ip, reason, backend, failed) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        args![
            attempt.time.as_microsecond(),
            attempt.username,
            attempt.subject,
            attempt.ip,
            attempt.reason,
            attempt.backend,
            attempt.reason != "ok"
        ],
    )?
    .int(0)
}

pub(crate) fn finish_attempt(db: &Db, id: i64, reason: &str, backend: Option<&str>) -> Result<(), Error> {
    db.execute(
        "UPDATE authadm_attempt SET reason = ?2, backend = ?3, failed = ?4 WHERE id = ?1",
        args![id, reason, backend, reason != "ok"],
    )?;
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
    db: &Db,
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
    match db.query_opt(&sql, args![value, since.as_microsecond(), n.saturating_sub(1)])? {
        Some(row) => row.micros(0),
        None => Ok(None),
    }
}

/// Takes the rows matching a filter out of every rate-limit window after `since` (allauth clears
/// `login_failed` on success; `lockout reset` clears what it names). The audit keeps them.
pub(crate) fn clear_windows(
    db: &Db,
    filter: &KeyFilter,
    since: Timestamp,
    failures_only: bool,
) -> Result<usize, Error> {
    db.execute(
        "UPDATE authadm_attempt SET cleared = 1 WHERE cleared = 0 AND time_us > ?1 \
         AND (subject IN (?2, ?3) OR ?2 IS NULL) AND (ip = ?4 OR ?4 IS NULL) AND (?5 = 0 OR failed = 1)",
        args![since.as_microsecond(), filter.subject.as_ref(), filter.name.as_ref(), filter.ip.as_ref(), failures_only],
    )
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

pub(crate) fn counters(db: &Db, filter: &KeyFilter) -> Result<Vec<CounterRow>, Error> {
    let mut rows = Vec::new();
    each_counter(db, filter, 0, None, |row| {
        rows.push(row);
        Ok(())
    })?;
    Ok(rows)
}

/// Each row of [`counters`], as the engine reads it, without the rows that have fewer than
/// `min_failures` or whose last failure is before `last_from`: a prefilter, so `lockout status`
/// over 100,000 counters joins, sorts and builds only the few it may show (benches/run.sh figure
/// 5: 101 ms before, 43 ms after), and hands them on one by one, so 60,000 locked keys are never
/// all in memory.
pub(crate) fn each_counter(
    db: &Db,
    filter: &KeyFilter,
    min_failures: u32,
    last_from: Option<Timestamp>,
    mut each: impl FnMut(CounterRow) -> Result<(), Error>,
) -> Result<(), Error> {
    let last_from = last_from.map_or(i64::MIN, |t| t.as_microsecond());
    let model = db.model();
    let (table, id, username) = (quoted(&model.table), quoted(&model.id), quoted(&model.username));
    let sql = format!(
        "SELECT c.subject, c.ip, coalesce(u.{username}, c.name), c.failures, c.first_us, c.last_us \
         FROM authadm_lockout c LEFT JOIN {table} u ON u.{id} = c.user_id \
         WHERE (c.subject IN (?1, ?2) OR ?1 IS NULL) AND (c.ip = ?3 OR ?3 IS NULL) \
         AND c.failures >= ?4 AND c.last_us >= ?5 \
         ORDER BY c.last_us DESC, c.subject, c.ip"
    );
    let params = args![filter.subject.as_ref(), filter.name.as_ref(), filter.ip.as_ref(), min_failures, last_from];
    db.for_each(&sql, params, |row| {
        each(CounterRow {
            key: Key { subject: row.text(0)?, ip: row.text(1)? },
            username: row.opt_text(2)?,
            counter: counter_at(&row, 3)?,
        })
    })
}

pub(crate) fn delete_counters(db: &Db, filter: &KeyFilter) -> Result<usize, Error> {
    db.execute(
        "DELETE FROM authadm_lockout WHERE (subject IN (?1, ?2) OR ?1 IS NULL) AND (ip = ?3 OR ?3 IS NULL)",
        args![filter.subject.as_ref(), filter.name.as_ref(), filter.ip.as_ref()],
    )
}
