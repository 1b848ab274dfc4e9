//! Django's database sessions: whose each one is, ending a user's, and pruning expired ones.
//!
//! Whose a session is comes from its payload alone (`django/core/signing.py`): the text before
//! the first `:` of `session_data` is URL-safe base64 (no padding) of compact JSON, zlib'd when
//! it starts with `.`. The signature after it is not checked (that needs the site's
//! `SECRET_KEY`), so authadm never says a session is valid, only whose it claims to be; Django
//! itself refuses a tampered one. A payload that does not decode belongs to nobody.

use crate::Error;
use crate::store::db::Db;
use crate::store::user_model::UserId;
use crate::store::users::User;
use crate::store::{Store, audit as audit_rows, sessions as session_rows};
use base64::Engine;
use jiff::Timestamp;
use std::collections::HashMap;
use std::io::Read;

/// How much of a session key is ever shown: enough to tell sessions apart, far too little to
/// use one (a key is 32 characters of `[a-z0-9]`).
pub const KEY_PREFIX_CHARS: usize = 6;

/// A decompressed payload larger than this is no session Django wrote (its cookie-sized data
/// is far smaller): reading stops there rather than inflating without bound.
const MAX_PAYLOAD_BYTES: u64 = 1 << 20;

/// `django.contrib.auth.SESSION_KEY`: the logged-in user's primary key, as a string.
const USER_ID_KEY: &str = "_auth_user_id";

/// One session as authadm shows it.
pub struct SessionInfo {
    /// The user the payload names, when it decodes and that user exists.
    pub user: Option<String>,
    pub expires: Option<Timestamp>,
    pub key_prefix: String,
}

/// The user id a session's data names, or `None` when it names none (anonymous) or is malformed.
pub fn user_id_of(session_data: &str) -> Option<String> {
    let payload = session_data.split(':').next()?;
    let (compressed, encoded) = match payload.strip_prefix('.') {
        Some(rest) => (true, rest),
        None => (false, payload),
    };
    let mut json = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(encoded).ok()?;
    if compressed {
        let mut inflated = Vec::new();
        flate2::read::ZlibDecoder::new(json.as_slice()).take(MAX_PAYLOAD_BYTES).read_to_end(&mut inflated).ok()?;
        json = inflated;
    }
    match serde_json::from_slice::<serde_json::Value>(&json).ok()?.get(USER_ID_KEY)? {
        serde_json::Value::String(id) => Some(id.clone()),
        serde_json::Value::Number(id) => Some(id.to_string()),
        _ => None,
    }
}

/// Every session (or only `user`'s), soonest expiry first.
pub fn list(store: &Store, user: Option<&User>) -> Result<Vec<SessionInfo>, Error> {
    let db = store.db();
    session_rows::require(db)?;
    let wanted = user.map(|user| user.id);
    // A user has many sessions: each name is looked up once.
    let mut names: HashMap<UserId, Option<String>> = HashMap::new();
    let mut listed = Vec::new();
    for row in session_rows::all(db)? {
        let id = user_id_of(&row.data).and_then(|id| id.parse::<UserId>().ok());
        if wanted.is_some() && id != wanted {
            continue;
        }
        let user = match id {
            Some(id) => match names.get(&id) {
                Some(name) => name.clone(),
                None => names.entry(id).or_insert(session_rows::username_of(db, id)?).clone(),
            },
            None => None,
        };
        listed.push(SessionInfo { user, expires: row.expires, key_prefix: prefix(&row.key) });
    }
    Ok(listed)
}

fn prefix(key: &str) -> String {
    key.chars().take(KEY_PREFIX_CHARS).collect()
}

/// Logs `user` out everywhere: deletes every session naming them, in one audited transaction.
pub fn revoke(store: &Store, user: &User, now: Timestamp) -> Result<usize, Error> {
    session_rows::require(store.db())?;
    store.write(|db| {
        let ended = end_all_of(db, user.id)?;
        let detail = format!("{ended} session(s) ended");
        audit_rows::insert_event(db, now, "sessions_revoked", Some(&user.username), &detail)?;
        Ok(ended)
    })
}

/// Deletes the sessions naming user `id` within the caller's transaction; none where the
/// database keeps no sessions (authadm's own database, a cookie or cache session engine).
pub(crate) fn end_all_of(db: &Db, id: UserId) -> Result<usize, Error> {
    let mut ended = 0;
    for key in keys_of(db, id)? {
        ended += session_rows::delete(db, &key)?;
    }
    Ok(ended)
}

/// How many sessions name user `id` (0 where there is no session table).
pub(crate) fn count_of(db: &Db, id: UserId) -> Result<usize, Error> {
    Ok(keys_of(db, id)?.len())
}

fn keys_of(db: &Db, id: UserId) -> Result<Vec<String>, Error> {
    if !db.has_table(session_rows::TABLE) {
        return Ok(Vec::new());
    }
    let names = |row: &session_rows::SessionRow| user_id_of(&row.data).and_then(|named| named.parse().ok()) == Some(id);
    Ok(session_rows::all(db)?.into_iter().filter(names).map(|row| row.key).collect())
}

/// Django's `clearsessions`: deletes the expired rows; returns how many.
pub fn prune(store: &Store, now: Timestamp) -> Result<usize, Error> {
    session_rows::require(store.db())?;
    store.write(|db| {
        let pruned = session_rows::delete_expired(db, now)?;
        if pruned > 0 {
            audit_rows::insert_event(db, now, "sessions_pruned", None, &format!("{pruned} expired session(s)"))?;
        }
        Ok(pruned)
    })
}

#[cfg(test)]
mod tests {
    use super::user_id_of;

    /// Made by Django 5.2's `SessionStore().encode(...)`: a compressed payload naming user 7, and
    /// an uncompressed one naming user 42.
    #[test]
    fn the_user_id_comes_from_djangos_payloads() {
        let compressed = ".eJyrVopPLC3JiC8tTi2Kz0xRslIyV9JBFktKTM5OzQNJpGQl5qXn6yXn55UUZSbpgZToQWWL9XzzU1JznKBqUQzI\
                          SCzOAOpOpBAo1QIAzTs-kw:1xWYUE:HGQSvJGq_rFP_yGzy9r2hQPzXAmv-Gju068N3yMNaWg";
        assert_eq!(user_id_of(compressed).as_deref(), Some("7"));
        let plain = "eyJfYXV0aF91c2VyX2lkIjoiNDIifQ:1xWYUE:6b1gu3lWaXOUB7obKF8vebUZ0Il0gYGpIAEe0MVDDPc";
        assert_eq!(user_id_of(plain).as_deref(), Some("42"));
        let anonymous = format!("{}:1vOJ1v:sig", base64_url(r#"{"cart":[1,2]}"#));
        assert_eq!(user_id_of(&anonymous), None);
        for malformed in ["", ":", "!!!:x", ".!!!:x", ".e30:x", "e30", "bnVsbA:ts:sig", "WzFd:ts:sig"] {
            assert_eq!(user_id_of(malformed), None, "{malformed:?}");
        }
    }

    #[test]
    fn a_compressed_payload_is_inflated() {
        use flate2::{Compression, write::ZlibEncoder};
        use std::io::Write;
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
        encoder
            .write_all(r#"{"_auth_user_id":"7","pad":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#.as_bytes())
            .unwrap();
        let payload = encoder.finish().unwrap();
        use base64::Engine;
        let data = format!(".{}:ts:sig", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(payload));
        assert_eq!(user_id_of(&data).as_deref(), Some("7"));
    }

    fn base64_url(text: &str) -> String {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
    }
}
