//! Rows of `authadm_token`: SHA-256 digests of bearer tokens, never the tokens themselves.

use crate::Error;
use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension, Row, params};

#[derive(Debug, Clone)]
pub struct TokenRow {
    pub id: i64,
    pub user_id: i64,
    pub username: String,
    pub name: Option<String>,
    pub digest: String,
    pub created: Timestamp,
    pub expires: Option<Timestamp>,
    pub revoked: Option<Timestamp>,
    pub last_used: Option<Timestamp>,
}

const SELECT: &str = "SELECT t.id, t.user_id, u.username, t.name, t.digest, t.created_us, t.expires_us, \
     t.revoked_us, t.last_used_us FROM authadm_token t JOIN auth_user u ON u.id = t.user_id";

fn micros(value: Option<i64>) -> Option<Timestamp> {
    value.and_then(|us| Timestamp::from_microsecond(us).ok())
}

fn from_row(row: &Row) -> rusqlite::Result<TokenRow> {
    Ok(TokenRow {
        id: row.get(0)?,
        user_id: row.get(1)?,
        username: row.get(2)?,
        name: row.get(3)?,
        digest: row.get(4)?,
        created: micros(row.get(5)?).unwrap_or(Timestamp::UNIX_EPOCH),
        expires: micros(row.get(6)?),
        revoked: micros(row.get(7)?),
        last_used: micros(row.get(8)?),
    })
}

pub(crate) fn insert(
    conn: &Connection,
    user_id: i64,
    name: Option<&str>,
    digest: &str,
    created: Timestamp,
    expires: Option<Timestamp>,
) -> Result<i64, Error> {
    conn.execute(
        "INSERT INTO authadm_token (user_id, name, digest, created_us, expires_us) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![user_id, name, digest, created.as_microsecond(), expires.map(|t| t.as_microsecond())],
    )?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn find_by_digest(conn: &Connection, digest: &str) -> Result<Option<TokenRow>, Error> {
    let sql = format!("{SELECT} WHERE t.digest = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([digest], from_row).optional()?)
}

pub(crate) fn find_by_id(conn: &Connection, id: i64) -> Result<Option<TokenRow>, Error> {
    let sql = format!("{SELECT} WHERE t.id = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([id], from_row).optional()?)
}

pub(crate) fn list(conn: &Connection, user_id: Option<i64>) -> Result<Vec<TokenRow>, Error> {
    let sql = format!("{SELECT} WHERE ?1 IS NULL OR t.user_id = ?1 ORDER BY t.id");
    let rows = conn.prepare(&sql)?.query_map([user_id], from_row)?.collect::<Result<_, _>>()?;
    Ok(rows)
}

pub(crate) fn revoke(conn: &Connection, id: i64, now: Timestamp) -> Result<bool, Error> {
    let changed = conn.execute(
        "UPDATE authadm_token SET revoked_us = ?2 WHERE id = ?1 AND revoked_us IS NULL",
        params![id, now.as_microsecond()],
    )?;
    Ok(changed > 0)
}

/// Revokes every live token of a user; returns how many.
pub(crate) fn revoke_all_of_user(conn: &Connection, user_id: i64, now: Timestamp) -> Result<usize, Error> {
    Ok(conn.execute(
        "UPDATE authadm_token SET revoked_us = ?2 WHERE user_id = ?1 AND revoked_us IS NULL",
        params![user_id, now.as_microsecond()],
    )?)
}

pub(crate) fn touch(conn: &Connection, id: i64, now: Timestamp) -> Result<(), Error> {
    conn.execute("UPDATE authadm_token SET last_used_us = ?2 WHERE id = ?1", params![id, now.as_microsecond()])?;
    Ok(())
}
