//! django-axes' tables, where the site runs axes' database handler (`AXES_HANDLER` default,
//! `axes.handlers.database.AxesDatabaseHandler`): the site's own lockout state, which authadm
//! reads and writes as that handler does. axes' cache handler keeps no tables.

use super::audit::{AttemptFilter, AttemptRow as Failure, Group, GroupBy};
use super::db::{Db, Engine, Row, args};
use crate::Error;
use jiff::Timestamp;

/// axes/models.py `AccessAttempt`: one row per (username, ip_address, user_agent) that failed,
/// with `failures_since_start` and the time of its last failure (`attempt_time`).
pub const ATTEMPT: &str = "axes_accessattempt";

/// Which of axes' tables the database has; [`ATTEMPT`] is always there when this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tables {
    /// `AccessAttemptExpiration` (axes 8, migration 0010): `expires_at` per attempt, written when
    /// `AXES_USE_ATTEMPT_EXPIRATION`.
    pub expiration: bool,
    /// `AccessFailureLog` (migration 0008): every failure, when `AXES_ENABLE_ACCESS_FAILURE_LOG`.
    pub failure_log: bool,
    /// `AccessLog`: every success, unless `AXES_DISABLE_ACCESS_LOG`.
    pub access_log: bool,
}

impl Tables {
    /// The tables present, for `doctor` and `config check`.
    pub fn names(&self) -> Vec<&'static str> {
        let optional = [
            (self.expiration, "axes_accessattemptexpiration"),
            (self.failure_log, "axes_accessfailurelog"),
            (self.access_log, "axes_accesslog"),
        ];
        std::iter::once(ATTEMPT).chain(optional.iter().filter(|t| t.0).map(|t| t.1)).collect()
    }
}

/// axes' tables, if `manage.py migrate` made them in this database.
pub fn detect(db: &Db) -> Option<Tables> {
    db.has_table(ATTEMPT).then(|| Tables {
        expiration: db.has_table("axes_accessattemptexpiration"),
        failure_log: db.has_table("axes_accessfailurelog"),
        access_log: db.has_table("axes_accesslog"),
    })
}

/// One `axes_accessattempt` row, as the lockout counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptRow {
    /// The username the site saw (`None`: the form gave none).
    pub username: Option<String>,
    pub ip: Option<String>,
    pub user_agent: String,
    /// `failures_since_start`.
    pub failures: u32,
    /// `attempt_time`: the handler sets it at every failure, so it is the row's last failure.
    pub time: Timestamp,
}

/// Which rows a command names, as axes' reset commands filter them; `None` matches every row.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub username: Option<String>,
    pub ip: Option<String>,
    /// Only in a key with axes' `"user_agent"` parameter; no reset command filters by it.
    pub user_agent: Option<String>,
}

impl Filter {
    pub fn matches(&self, row: &AttemptRow) -> bool {
        self.username.as_ref().is_none_or(|u| row.username.as_ref() == Some(u))
            && self.ip.as_ref().is_none_or(|ip| row.ip.as_ref() == Some(ip))
            && self.user_agent.as_ref().is_none_or(|agent| row.user_agent == *agent)
    }
}

/// `ip_address` as text: a `GenericIPAddressField` is `inet` on PostgreSQL (`host()` drops
/// the `/32`) and text on SQLite.
fn ip_text(db: &Db) -> &'static str {
    match db.engine() {
        Engine::Sqlite => "ip_address",
        Engine::Postgres => "host(ip_address)",
    }
}

fn attempt_row(row: &Row) -> Result<AttemptRow, Error> {
    Ok(AttemptRow {
        username: row.opt_text(0)?,
        ip: row.opt_text(1)?,
        user_agent: row.text(2)?,
        failures: u32::try_from(row.int(3)?).unwrap_or(u32::MAX),
        time: row.opt_time(4)?.unwrap_or(Timestamp::UNIX_EPOCH),
    })
}

/// The attempt rows matching `filter`, newest first.
pub(crate) fn attempts(db: &Db, filter: &Filter) -> Result<Vec<AttemptRow>, Error> {
    let sql = format!(
        "SELECT username, {ip}, user_agent, failures_since_start, attempt_time FROM {ATTEMPT} \
         WHERE (username = ?1 OR ?1 IS NULL) AND ({ip} = ?2 OR ?2 IS NULL) AND (user_agent = ?3 OR ?3 IS NULL) \
         ORDER BY attempt_time DESC, id",
        ip = ip_text(db)
    );
    let params = args![filter.username.as_ref(), filter.ip.as_ref(), filter.user_agent.as_ref()];
    db.query(&sql, params)?.iter().map(attempt_row).collect()
}

/// Deletes the attempt rows matching `filter` as axes' `reset_attempts` does
/// (axes/handlers/database.py: `AccessAttempt.objects.filter(ip_address=..., username=...)
/// .delete()`), with the expiration rows Django's ORM cascades to first (the foreign key has no
/// `ON DELETE CASCADE` in the database). Returns the attempt rows deleted.
pub(crate) fn delete_attempts(db: &Db, tables: &Tables, filter: &Filter) -> Result<Vec<AttemptRow>, Error> {
    let rows = attempts(db, filter)?;
    let matching = format!(
        "SELECT id FROM {ATTEMPT} WHERE (username = ?1 OR ?1 IS NULL) AND ({} = ?2 OR ?2 IS NULL) \
         AND (user_agent = ?3 OR ?3 IS NULL)",
        ip_text(db)
    );
    let params = args![filter.username.as_ref(), filter.ip.as_ref(), filter.user_agent.as_ref()];
    if tables.expiration {
        let sql = format!("DELETE FROM axes_accessattemptexpiration WHERE access_attempt_id IN ({matching})");
        db.execute(&sql, params)?;
    }
    db.execute(&format!("DELETE FROM {ATTEMPT} WHERE id IN ({matching})"), params)?;
    Ok(rows)
}

/// What a failure from one client changed, to give back if the attempt then succeeds: its row,
/// and that row's time before (`None`: the failure created it).
#[derive(Debug, Clone, Copy)]
pub struct Recorded {
    id: i64,
    before: Option<Timestamp>,
    at: Timestamp,
}

/// `username`, `ip_address` and `user_agent` compared as Django's `get_or_create` does, where a
/// `None` is `IS NULL`.
fn same_client(db: &Db) -> String {
    let same = match db.engine() {
        Engine::Sqlite => "IS",
        Engine::Postgres => "IS NOT DISTINCT FROM",
    };
    format!("username {same} ?1 AND {} {same} ?2 AND user_agent = ?3", ip_text(db))
}

/// Deletes the attempts whose failures no longer count, as `clean_expired_user_attempts` does
/// before each failure: `attempt_time__lte` now minus `AXES_COOLOFF_TIME` (with
/// `AXES_USE_ATTEMPT_EXPIRATION`, `expires_at__lte` now, which axes keeps at the last failure plus
/// the same cool-off).
pub(crate) fn delete_expired(db: &Db, tables: &Tables, threshold: Timestamp) -> Result<(), Error> {
    let expired = format!("SELECT id FROM {ATTEMPT} WHERE attempt_time <= ?1");
    if tables.expiration {
        db.execute(
            &format!("DELETE FROM axes_accessattemptexpiration WHERE access_attempt_id IN ({expired})"),
            args![threshold],
        )?;
    }
    db.execute(&format!("DELETE FROM {ATTEMPT} WHERE id IN ({expired})"), args![threshold])?;
    Ok(())
}

/// One more failure for the client, as `user_login_failed` records it:
/// `AccessAttempt.objects.select_for_update().get_or_create(username=..., ip_address=...,
/// user_agent=..., defaults={"failures_since_start": 1, ...})`, else `failures_since_start + 1`
/// and `attempt_time` now. With `expires_at` (`AXES_USE_ATTEMPT_EXPIRATION`: now plus the
/// cool-off), the attempt's expiration row is created, or moved to the later of the two.
pub(crate) fn record_failure(
    db: &Db,
    tables: &Tables,
    client: (&str, Option<&str>, &str),
    expires_at: Option<Timestamp>,
    now: Timestamp,
) -> Result<Recorded, Error> {
    let (username, ip, user_agent) = client;
    let find = format!("SELECT id, attempt_time FROM {ATTEMPT} WHERE {}", same_client(db));
    let found = db.query_opt(&find, args![username, ip, user_agent])?;
    let recorded = match found {
        Some(row) => {
            let (id, time) = (row.int(0)?, row.opt_time(1)?);
            let sql = format!(
                "UPDATE {ATTEMPT} SET failures_since_start = failures_since_start + 1, attempt_time = ?2 WHERE id = ?1"
            );
            db.execute(&sql, args![id, now])?;
            Recorded { id, before: time, at: now }
        }
        None => {
            let ip_value = match db.engine() {
                Engine::Sqlite => "?2",
                Engine::Postgres => "CAST(CAST(?2 AS text) AS inet)",
            };
            let sql = format!(
                "INSERT INTO {ATTEMPT} (username, ip_address, user_agent, http_accept, path_info, attempt_time, \
                 get_data, post_data, failures_since_start) \
                 VALUES (?1, {ip_value}, ?3, '', 'authadm login-test', ?4, '', '', 1) RETURNING id"
            );
            let id = db.query_one(&sql, args![username, ip, user_agent, now])?.int(0)?;
            Recorded { id, before: None, at: now }
        }
    };
    if let (true, Some(end)) = (tables.expiration, expires_at) {
        let existing = "SELECT count(*) FROM axes_accessattemptexpiration WHERE access_attempt_id = ?1";
        let sql = match db.query_one(existing, args![recorded.id])?.int(0)? {
            0 => "INSERT INTO axes_accessattemptexpiration (access_attempt_id, expires_at) VALUES (?1, ?2)",
            _ => {
                "UPDATE axes_accessattemptexpiration SET expires_at = ?2 WHERE access_attempt_id = ?1 AND expires_at < ?2"
            }
        };
        db.execute(sql, args![recorded.id, end])?;
    }
    Ok(recorded)
}

/// Undoes [`record_failure`] after the attempt succeeded: one failure fewer, the time back unless
/// another failure has counted since, and the row gone (with its expiration) when it was new and
/// nothing else counted in it.
pub(crate) fn give_back(db: &Db, tables: &Tables, recorded: &Recorded) -> Result<(), Error> {
    let sql = format!(
        "UPDATE {ATTEMPT} SET failures_since_start = failures_since_start - 1, \
         attempt_time = CASE WHEN attempt_time = ?2 THEN coalesce(?3, attempt_time) ELSE attempt_time END WHERE id = ?1"
    );
    db.execute(&sql, args![recorded.id, recorded.at, recorded.before])?;
    let emptied = format!("SELECT id FROM {ATTEMPT} WHERE id = ?1 AND failures_since_start <= 0");
    if tables.expiration {
        let sql = format!("DELETE FROM axes_accessattemptexpiration WHERE access_attempt_id IN ({emptied})");
        db.execute(&sql, args![recorded.id])?;
    }
    db.execute(&format!("DELETE FROM {ATTEMPT} WHERE id IN ({emptied})"), args![recorded.id])?;
    Ok(())
}

/// `FAILURE_LOG`'s rows matching a filter (`--user` as the username the site saw).
fn failure_where(db: &Db) -> String {
    format!(
        "(attempt_time >= ?1 OR ?1 IS NULL) AND (attempt_time < ?2 OR ?2 IS NULL) AND (username = ?3 OR ?3 IS NULL) \
         AND ({} = ?4 OR ?4 IS NULL)",
        ip_text(db)
    )
}

fn failure_params(filter: &AttemptFilter, username: Option<&str>) -> [super::db::Value; 5] {
    [filter.since.into(), filter.until.into(), username.into(), filter.ip.as_ref().into(), filter.limit.into()]
}

/// axes/models.py `AccessFailureLog`: one row per failure the site saw, when
/// `AXES_ENABLE_ACCESS_FAILURE_LOG`; `locked_out` marks those refused by the lockout.
const FAILURE_LOG: &str = "axes_accessfailurelog";

/// The site's failures, newest first, as failed-login rows.
pub(crate) fn failures(db: &Db, filter: &AttemptFilter, username: Option<&str>) -> Result<Vec<Failure>, Error> {
    let sql = format!(
        "SELECT attempt_time, username, {}, locked_out FROM {FAILURE_LOG} WHERE {} \
         ORDER BY attempt_time DESC, id DESC LIMIT ?5",
        ip_text(db),
        failure_where(db)
    );
    db.query(&sql, &failure_params(filter, username))?
        .iter()
        .map(|row| {
            Ok(Failure {
                time: row.opt_time(0)?.unwrap_or(Timestamp::UNIX_EPOCH),
                username: row.opt_text(1)?.unwrap_or_default(),
                ip: row.opt_text(2)?,
                reason: if row.bool(3)? { "locked_out" } else { "invalid_credentials" }.into(),
                backend: None,
                from_axes: true,
            })
        })
        .collect()
}

/// The site's failures counted per username or address.
pub(crate) fn failures_grouped(
    db: &Db,
    filter: &AttemptFilter,
    username: Option<&str>,
    by: GroupBy,
) -> Result<Vec<Group>, Error> {
    let column = match by {
        GroupBy::User => "username".to_string(),
        GroupBy::Ip => ip_text(db).to_string(),
    };
    let sql = format!(
        "SELECT {column}, count(*), min(attempt_time), max(attempt_time) FROM {FAILURE_LOG} WHERE {} \
         GROUP BY {column} ORDER BY 2 DESC, 1 LIMIT ?5",
        failure_where(db)
    );
    let time = |row: &Row, at| Ok::<_, Error>(row.opt_time(at)?.unwrap_or(Timestamp::UNIX_EPOCH));
    db.query(&sql, &failure_params(filter, username))?
        .iter()
        .map(|row| {
            Ok(Group { key: row.opt_text(0)?, failures: row.int(1)?, first: time(row, 2)?, last: time(row, 3)? })
        })
        .collect()
}

/// Deletes the rows of axes' logs present with `attempt_time` at or before `before`, as axes'
/// `reset_logs` (`axes_accesslog`) and `reset_failure_logs` (`axes_accessfailurelog`) do with
/// `age_days` (`attempt_time__lte`); returns how many of each.
pub(crate) fn delete_logs(db: &Db, tables: &Tables, before: Timestamp) -> Result<(usize, usize), Error> {
    let delete = |present: bool, table: &str| match present {
        true => db.execute(&format!("DELETE FROM {table} WHERE attempt_time <= ?1"), args![before]),
        false => Ok(0),
    };
    Ok((delete(tables.access_log, "axes_accesslog")?, delete(tables.failure_log, FAILURE_LOG)?))
}
