//! Audit queries over `authadm_attempt` and `authadm_event`: failed logins (listed or grouped),
//! events, and batched pruning. Failed-login queries say `failed = 1` so the partial index
//! `authadm_attempt_failed (time_us, ip, username)` answers them by range scan.

use crate::Error;
use jiff::Timestamp;
use rusqlite::{Connection, params};

/// Which failed attempts to read; `None` fields match everything.
#[derive(Debug)]
pub struct AttemptFilter {
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    /// The keys of the account named by `--user` (see `store::attempts::KeyFilter`).
    pub subject: Option<String>,
    pub name: Option<String>,
    pub ip: Option<String>,
    pub limit: u32,
}

impl AttemptFilter {
    fn range(&self) -> (i64, i64) {
        (self.since.map_or(i64::MIN, |t| t.as_microsecond()), self.until.map_or(i64::MAX, |t| t.as_microsecond()))
    }
}

#[derive(Debug, Clone)]
pub struct AttemptRow {
    pub time: Timestamp,
    pub username: String,
    pub ip: Option<String>,
    pub reason: String,
    pub backend: Option<String>,
}

#[derive(Debug, Clone, Copy)]
pub enum GroupBy {
    User,
    Ip,
}

#[derive(Debug, Clone)]
pub struct Group {
    /// The username as typed, or the address (`None` for attempts without one).
    pub key: Option<String>,
    pub failures: i64,
    pub first: Timestamp,
    pub last: Timestamp,
}

const FAILED_WHERE: &str = "failed = 1 AND time_us >= ?1 AND time_us < ?2 \
     AND (?3 IS NULL OR subject IN (?3, ?4)) AND (?5 IS NULL OR ip = ?5)";

fn micros(us: i64) -> Timestamp {
    Timestamp::from_microsecond(us).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// Newest first.
pub(crate) fn failed(conn: &Connection, filter: &AttemptFilter) -> Result<Vec<AttemptRow>, Error> {
    let (since, until) = filter.range();
    let sql = format!(
        "SELECT time_us, username, ip, reason, backend FROM authadm_attempt WHERE {FAILED_WHERE} \
         ORDER BY time_us DESC, id DESC LIMIT ?6"
    );
    let rows = conn
        .prepare(&sql)?
        .query_map(params![since, until, filter.subject, filter.name, filter.ip, filter.limit], |r| {
            Ok(AttemptRow {
                time: micros(r.get(0)?),
                username: r.get(1)?,
                ip: r.get(2)?,
                reason: r.get(3)?,
                backend: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The SQL of [`grouped`], public so a test can check its query plan. By address, the ip-first
/// partial index lets SQLite count each address in one streaming pass; a time-first range scan
/// would sort every row of the window first (measured over a million rows: 0.2 s against 0.55 s).
pub fn grouped_sql(by: GroupBy) -> String {
    let (column, index) = match by {
        GroupBy::User => ("username", ""),
        GroupBy::Ip => ("ip", " INDEXED BY authadm_attempt_failed_ip"),
    };
    format!(
        "SELECT {column}, count(*), min(time_us), max(time_us) FROM authadm_attempt{index} WHERE {FAILED_WHERE} \
         GROUP BY {column} ORDER BY 2 DESC, 1 LIMIT ?6"
    )
}

/// Most failures first.
pub(crate) fn grouped(conn: &Connection, filter: &AttemptFilter, by: GroupBy) -> Result<Vec<Group>, Error> {
    let (since, until) = filter.range();
    let groups = conn
        .prepare(&grouped_sql(by))?
        .query_map(params![since, until, filter.subject, filter.name, filter.ip, filter.limit], |r| {
            Ok(Group { key: r.get(0)?, failures: r.get(1)?, first: micros(r.get(2)?), last: micros(r.get(3)?) })
        })?
        .collect::<Result<_, _>>()?;
    Ok(groups)
}

/// Deletes up to `batch` rows older than `before` from `table`; returns how many.
pub(crate) fn prune_batch(conn: &Connection, table: AuditTable, before: Timestamp, batch: u32) -> Result<usize, Error> {
    let table = match table {
        AuditTable::Attempts => "authadm_attempt",
        AuditTable::Events => "authadm_event",
    };
    let sql = format!(
        "DELETE FROM {table} WHERE id IN (SELECT id FROM {table} WHERE time_us < ?1 ORDER BY time_us LIMIT ?2)"
    );
    Ok(conn.prepare_cached(&sql)?.execute(params![before.as_microsecond(), batch])?)
}

#[derive(Debug, Clone, Copy)]
pub enum AuditTable {
    Attempts,
    Events,
}

pub(crate) fn insert_event(
    conn: &Connection,
    now: Timestamp,
    kind: &str,
    username: Option<&str>,
    detail: &str,
) -> Result<(), Error> {
    conn.prepare_cached("INSERT INTO authadm_event (time_us, kind, username, detail) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![now.as_microsecond(), kind, username, detail])?;
    Ok(())
}

/// One row of `authadm_event`.
#[derive(Debug, Clone)]
pub struct EventRow {
    pub time: Timestamp,
    pub kind: String,
    pub username: Option<String>,
    pub detail: String,
}

/// Events newest first, optionally of one user (as recorded) and one kind.
pub(crate) fn events(
    conn: &Connection,
    since: Option<Timestamp>,
    username: Option<&str>,
    kind: Option<&str>,
    limit: u32,
) -> Result<Vec<EventRow>, Error> {
    let rows = conn
        .prepare_cached(
            "SELECT time_us, kind, username, detail FROM authadm_event WHERE time_us >= ?1 \
             AND (?2 IS NULL OR username = ?2) AND (?3 IS NULL OR kind = ?3) ORDER BY time_us DESC, id DESC LIMIT ?4",
        )?
        .query_map(params![since.map_or(i64::MIN, |t| t.as_microsecond()), username, kind, limit], |row| {
            Ok(EventRow { time: micros(row.get(0)?), kind: row.get(1)?, username: row.get(2)?, detail: row.get(3)? })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
