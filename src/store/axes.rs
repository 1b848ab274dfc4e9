//! django-axes' tables, where the site runs axes' database handler (`AXES_HANDLER` default,
//! `axes.handlers.database.AxesDatabaseHandler`): the site's own lockout state, which authadm
//! reads and writes as that handler does. axes' cache handler keeps no tables.

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
pub fn detect(db: &Db) -> Result<Option<Tables>, Error> {
    if !db.has_table(ATTEMPT)? {
        return Ok(None);
    }
    Ok(Some(Tables {
        expiration: db.has_table("axes_accessattemptexpiration")?,
        failure_log: db.has_table("axes_accessfailurelog")?,
        access_log: db.has_table("axes_accesslog")?,
    }))
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
}

impl Filter {
    pub fn matches(&self, row: &AttemptRow) -> bool {
        self.username.as_ref().is_none_or(|u| row.username.as_ref() == Some(u))
            && self.ip.as_ref().is_none_or(|ip| row.ip.as_ref() == Some(ip))
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
         WHERE (username = ?1 OR ?1 IS NULL) AND ({ip} = ?2 OR ?2 IS NULL) ORDER BY attempt_time DESC, id",
        ip = ip_text(db)
    );
    db.query(&sql, args![filter.username.as_ref(), filter.ip.as_ref()])?.iter().map(attempt_row).collect()
}

/// Deletes the attempt rows matching `filter` as axes' `reset_attempts` does
/// (axes/handlers/database.py: `AccessAttempt.objects.filter(ip_address=..., username=...)
/// .delete()`), with the expiration rows Django's ORM cascades to first (the foreign key has no
/// `ON DELETE CASCADE` in the database). Returns the attempt rows deleted.
pub(crate) fn delete_attempts(db: &Db, tables: &Tables, filter: &Filter) -> Result<Vec<AttemptRow>, Error> {
    let rows = attempts(db, filter)?;
    let matching = format!(
        "SELECT id FROM {ATTEMPT} WHERE (username = ?1 OR ?1 IS NULL) AND ({} = ?2 OR ?2 IS NULL)",
        ip_text(db)
    );
    let params = args![filter.username.as_ref(), filter.ip.as_ref()];
    if tables.expiration {
        let sql = format!("DELETE FROM axes_accessattemptexpiration WHERE access_attempt_id IN ({matching})");
        db.execute(&sql, params)?;
    }
    db.execute(&format!("DELETE FROM {ATTEMPT} WHERE id IN ({matching})"), params)?;
    Ok(rows)
}
