//! Bearer tokens: made with 256 bits from the operating system, shown once, stored as SHA-256.

use crate::Error;
use crate::secret::Secret;
use crate::store::db::Db;
use crate::store::{Store, tokens as rows, tokens::TokenRow, users, users::User};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jiff::Timestamp;
use sha2::{Digest, Sha256};

/// Marks authadm's tokens so secret scanners (and people) can recognise a leaked one.
const PREFIX: &str = "aat_";

/// Why a token did not authenticate (said only with `--explain`).
#[derive(Debug, thiserror::Error)]
pub enum TokenRejection {
    #[error("no such token")]
    Unknown,
    #[error("token #{0} was revoked")]
    Revoked(i64),
    #[error("token #{0} has expired")]
    Expired(i64),
    #[error("token #{0} belongs to an inactive user")]
    InactiveUser(i64),
}

pub fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Makes a token for `user`; the returned secret is the only copy of it there will ever be.
pub fn create(
    store: &Store,
    user: &User,
    name: Option<&str>,
    expires: Option<Timestamp>,
    now: Timestamp,
) -> Result<(TokenRow, Secret), Error> {
    let mut bytes = zeroize::Zeroizing::new([0u8; 32]);
    getrandom::fill(bytes.as_mut()).map_err(|err| Error::Database(format!("no randomness available: {err}")))?;
    let token = Secret::new(format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes.as_ref())));
    let row = store.write(|db| {
        let id = rows::insert(db, user.id, name, &digest(token.expose()), now, expires)?;
        crate::store::audit::insert_event(db, now, "token_created", Some(&user.username), &format!("token #{id}"))?;
        rows::find_by_id(db, id)?.ok_or_else(|| Error::Database("the new token vanished".into()))
    })?;
    Ok((row, token))
}

/// The token backend's check: active, unexpired, unrevoked token of an active user.
pub fn authenticate(store: &Store, token: &Secret, now: Timestamp) -> Result<Result<User, TokenRejection>, Error> {
    // Looked up by digest: what timing could reveal is about a SHA-256, never the token itself.
    let Some(row) = rows::find_by_digest(store.db(), &digest(token.expose()))? else {
        return Ok(Err(TokenRejection::Unknown));
    };
    if row.revoked.is_some() {
        return Ok(Err(TokenRejection::Revoked(row.id)));
    }
    if row.expires.is_some_and(|expires| expires <= now) {
        return Ok(Err(TokenRejection::Expired(row.id)));
    }
    match users::find_by_id(store, row.user_id)? {
        Some(user) if user.is_active => Ok(Ok(user)),
        _ => Ok(Err(TokenRejection::InactiveUser(row.id))),
    }
}

/// Records a successful use, for `token list`, in the login's transaction.
pub(crate) fn mark_used(db: &Db, token: &Secret, now: Timestamp) -> Result<(), Error> {
    rows::touch(db, &digest(token.expose()), now)
}

pub fn list(store: &Store, user: Option<&User>) -> Result<Vec<TokenRow>, Error> {
    rows::list(store.db(), user.map(|u| u.id))
}

/// Revokes token `id`; an already revoked one is not an error (the outcome is the same).
pub fn revoke(store: &Store, id: i64, now: Timestamp) -> Result<TokenRow, Error> {
    store.write(|db| {
        let mut row = rows::find_by_id(db, id)?.ok_or_else(|| Error::NotFound(format!("no token with id {id}")))?;
        if rows::revoke(db, id, now)? {
            crate::store::audit::insert_event(db, now, "token_revoked", Some(&row.username), &format!("token #{id}"))?;
            // The row as it is now; one already revoked keeps its earlier time.
            row.revoked = Some(now);
        }
        Ok(row)
    })
}
