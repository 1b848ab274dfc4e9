//! django-axes' tables, where the site runs axes' database handler (`AXES_HANDLER` default,
//! `axes.handlers.database.AxesDatabaseHandler`): the site's own lockout state, which authadm
//! reads and writes as that handler does. axes' cache handler keeps no tables.

use super::db::Db;
use crate::Error;

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
