//! Rows of `authadm_token`: SHA-256 digests of bearer tokens, never the tokens themselves.

use super::db::{Db, Row, Value, args};
use super::schema::quoted;
use super::user_model::{UserId, UserModel};
use crate::Error;
use jiff::Timestamp;

#[derive(Debug, Clone)]
pub struct TokenRow {
    pub id: i64,
    pub user_id: UserId,
    pub username: String,
    pub name: Option<String>,
    pub digest: String,
    pub created: Timestamp,
    pub expires: Option<Timestamp>,
    pub revoked: Option<Timestamp>,
    pub last_used: Option<Timestamp>,
    /// Whether its user may log in at all: the token backend refuses inactive users' tokens.
    pub user_active: bool,
}

/// Tokens with their user's name and state, the user table aliased `u`.
fn columns(model: &UserModel) -> String {
    let (table, id, username) = (quoted(&model.table), quoted(&model.id), quoted(&model.username));
    // A model without `is_active` has every user active (AbstractBaseUser's class attribute).
    let is_active = model.is_active.as_ref().map_or_else(|| "1".to_string(), |c| format!("u.{}", quoted(c)));
    format!(
        "SELECT t.id, t.user_id, u.{username}, t.name, t.digest, t.created_us, t.expires_us, \
         t.revoked_us, t.last_used_us, {is_active} FROM authadm_token t JOIN {table} u ON u.{id} = t.user_id"
    )
}

fn from_row(row: &Row) -> Result<TokenRow, Error> {
    Ok(TokenRow {
        id: row.int(0)?,
        user_id: row.user_id(1)?,
        username: row.text(2)?,
        name: row.opt_text(3)?,
        digest: row.text(4)?,
        created: row.micros(5)?.unwrap_or(Timestamp::UNIX_EPOCH),
        expires: row.micros(6)?,
        revoked: row.micros(7)?,
        last_used: row.micros(8)?,
        user_active: row.bool(9)?,
    })
}

fn select(db: &Db, filter: &str, params: &[Value]) -> Result<Vec<TokenRow>, Error> {
    db.query(&format!("{} {filter}", columns(db.model())), params)?.iter().map(from_row).collect()
}

pub(crate) fn insert(
    db: &Db,
    user_id: UserId,
    name: Option<&str>,
    digest: &str,
    created: Timestamp,
    expires: Option<Timestamp>,
) -> Result<i64, Error> {
    db.query_one(
        "INSERT INTO authadm_token (user_id, name, digest, created_us, expires_us) VALUES (?1, ?2, ?3, ?4, ?5) \
         RETURNING id",
        args![user_id, name, digest, created.as_microsecond(), expires.map(|t| t.as_microsecond())],
    )?
    .int(0)
}

pub(crate) fn find_by_digest(db: &Db, digest: &str) -> Result<Option<TokenRow>, Error> {
    Ok(select(db, "WHERE t.digest = ?1", args![digest])?.into_iter().next())
}

pub(crate) fn find_by_id(db: &Db, id: i64) -> Result<Option<TokenRow>, Error> {
    Ok(select(db, "WHERE t.id = ?1", args![id])?.into_iter().next())
}

pub(crate) fn list(db: &Db, user_id: Option<UserId>) -> Result<Vec<TokenRow>, Error> {
    select(db, "WHERE t.user_id = ?1 OR ?1 IS NULL ORDER BY t.id", args![user_id])
}

pub(crate) fn revoke(db: &Db, id: i64, now: Timestamp) -> Result<bool, Error> {
    let changed = db.execute(
        "UPDATE authadm_token SET revoked_us = ?2 WHERE id = ?1 AND revoked_us IS NULL",
        args![id, now.as_microsecond()],
    )?;
    Ok(changed > 0)
}

/// Revokes every live token of a user; returns how many.
pub(crate) fn revoke_all_of_user(db: &Db, user_id: UserId, now: Timestamp) -> Result<usize, Error> {
    db.execute(
        "UPDATE authadm_token SET revoked_us = ?2 WHERE user_id = ?1 AND revoked_us IS NULL",
        args![user_id, now.as_microsecond()],
    )
}

pub(crate) fn touch(db: &Db, digest: &str, now: Timestamp) -> Result<(), Error> {
    db.execute("UPDATE authadm_token SET last_used_us = ?2 WHERE digest = ?1", args![digest, now.as_microsecond()])?;
    Ok(())
}
