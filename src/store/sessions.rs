//! Rows of Django's `django_session` (the database and cached_db session engines): read whole,
//! since whose a session is lies inside its encoded data, and deleted by key.

use super::db::{Db, args};
use super::schema::quoted;
use super::user_model::UserId;
use crate::Error;
use jiff::Timestamp;

pub const TABLE: &str = "django_session";

/// One session row. The key is a bearer credential: it stays inside the library, which hands
/// out a prefix at most.
pub struct SessionRow {
    pub key: String,
    pub data: String,
    pub expires: Option<Timestamp>,
}

/// Refuses a database without the table: the signed-cookie and cache-only engines keep no rows,
/// and authadm never makes Django's tables.
pub(crate) fn require(db: &Db) -> Result<(), Error> {
    if db.has_table(TABLE) {
        return Ok(());
    }
    Err(Error::Database(format!(
        "this database has no {TABLE} table: sessions are kept there only in a Django project's database \
         with django.contrib.sessions migrated and a database-backed SESSION_ENGINE (db or cached_db); \
         the signed_cookies and cache engines keep no rows to list or end"
    )))
}

/// Every row, soonest expiry first. A value that is not text (never written by Django) reads
/// as empty data, which decodes to no user.
pub(crate) fn all(db: &Db) -> Result<Vec<SessionRow>, Error> {
    let rows = db.query(
        &format!("SELECT session_key, session_data, expire_date FROM {TABLE} ORDER BY expire_date, session_key"),
        &[],
    )?;
    rows.iter()
        .map(|row| {
            Ok(SessionRow {
                key: row.text(0)?,
                data: row.opt_text(1).ok().flatten().unwrap_or_default(),
                expires: row.opt_time(2).ok().flatten(),
            })
        })
        .collect()
}

/// The username of user `id`, if one exists: what a session names, read without the rest of the
/// row so that another column's odd value cannot hide whose session it is.
pub(crate) fn username_of(db: &Db, id: UserId) -> Result<Option<String>, Error> {
    let model = db.model();
    let sql =
        format!("SELECT {} FROM {} WHERE {} = ?1", quoted(&model.username), quoted(&model.table), quoted(&model.id));
    let row = db.query_opt(&sql, args![id])?;
    Ok(row.and_then(|row| row.opt_text(0).ok().flatten()))
}

pub(crate) fn delete(db: &Db, key: &str) -> Result<usize, Error> {
    db.execute(&format!("DELETE FROM {TABLE} WHERE session_key = ?1"), args![key])
}

/// `clearsessions`: `DELETE ... WHERE expire_date < now`.
pub(crate) fn delete_expired(db: &Db, now: Timestamp) -> Result<usize, Error> {
    db.execute(&format!("DELETE FROM {TABLE} WHERE expire_date < ?1"), args![now])
}
