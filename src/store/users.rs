//! Rows of Django's `auth_user`, with authadm's per-user extras joined in.

use super::Store;
use crate::Error;
use crate::time::{django_text, parse_django_text};
use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension, Row, params};

/// An encoded password hash: kept out of `Debug` output so it never reaches a log.
#[derive(Clone)]
pub struct EncodedPassword(String);

impl EncodedPassword {
    pub fn new(encoded: String) -> Self {
        EncodedPassword(encoded)
    }
    pub fn encoded(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for EncodedPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EncodedPassword(***)")
    }
}

#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub password: EncodedPassword,
    pub is_active: bool,
    pub is_staff: bool,
    pub is_superuser: bool,
    pub date_joined: Timestamp,
    pub last_login: Option<Timestamp>,
    pub email_verified: bool,
}

/// A user about to be inserted.
pub struct NewUser {
    pub username: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub password: EncodedPassword,
    pub is_active: bool,
    pub is_staff: bool,
    pub is_superuser: bool,
    pub date_joined: Timestamp,
}

const SELECT: &str = "SELECT u.id, u.username, u.email, u.first_name, u.last_name, u.password, u.is_active, \
     u.is_staff, u.is_superuser, u.date_joined, u.last_login, coalesce(x.email_verified, 0) \
     FROM auth_user u LEFT JOIN authadm_user_extra x ON x.user_id = u.id";

fn from_row(row: &Row) -> rusqlite::Result<User> {
    let time = |index: usize| -> rusqlite::Result<Option<Timestamp>> {
        Ok(row.get::<_, Option<String>>(index)?.and_then(|text| parse_django_text(&text)))
    };
    Ok(User {
        id: row.get(0)?,
        username: row.get(1)?,
        email: row.get(2)?,
        first_name: row.get(3)?,
        last_name: row.get(4)?,
        password: EncodedPassword(row.get(5)?),
        is_active: row.get(6)?,
        is_staff: row.get(7)?,
        is_superuser: row.get(8)?,
        date_joined: time(9)?.unwrap_or(Timestamp::UNIX_EPOCH),
        last_login: time(10)?,
        email_verified: row.get(11)?,
    })
}

fn query_all(conn: &Connection, filter: &str, args: impl rusqlite::Params) -> Result<Vec<User>, Error> {
    let sql = format!("{SELECT} {filter}");
    let users = conn.prepare_cached(&sql)?.query_map(args, from_row)?.collect::<Result<_, _>>()?;
    Ok(users)
}

pub fn find_by_username(store: &Store, username: &str) -> Result<Option<User>, Error> {
    find_by_username_in(store.conn(), username)
}

pub(crate) fn find_by_username_in(conn: &Connection, username: &str) -> Result<Option<User>, Error> {
    let sql = format!("{SELECT} WHERE u.username = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([username], from_row).optional()?)
}

pub fn find_by_id(store: &Store, id: i64) -> Result<Option<User>, Error> {
    let sql = format!("{SELECT} WHERE u.id = ?1");
    Ok(store.conn().prepare_cached(&sql)?.query_row([id], from_row).optional()?)
}

/// `username__iexact`: ASCII case folded, as Django's `LIKE` on SQLite, through an index.
pub fn find_by_username_iexact(store: &Store, username: &str) -> Result<Vec<User>, Error> {
    query_all(store.conn(), "WHERE lower(u.username) = lower(?1) ORDER BY u.id", [username])
}

/// `email__iexact`, through an index.
pub fn find_by_email_iexact(store: &Store, email: &str) -> Result<Vec<User>, Error> {
    query_all(store.conn(), "WHERE lower(u.email) = lower(?1) ORDER BY u.id", [email])
}

/// Filters of `user list`.
#[derive(Default)]
pub struct ListFilter {
    pub active: Option<bool>,
    /// Substring of username, email, first or last name (ASCII case ignored).
    pub search: Option<String>,
}

pub fn list(store: &Store, filter: &ListFilter) -> Result<Vec<User>, Error> {
    let pattern = filter.search.as_ref().map(|s| format!("%{}%", escape_like(s)));
    query_all(
        store.conn(),
        "WHERE (?1 IS NULL OR u.is_active = ?1) AND (?2 IS NULL OR u.username LIKE ?2 ESCAPE '\\' \
         OR u.email LIKE ?2 ESCAPE '\\' OR u.first_name LIKE ?2 ESCAPE '\\' OR u.last_name LIKE ?2 ESCAPE '\\') \
         ORDER BY u.username",
        params![filter.active, pattern],
    )
}

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// Inserts within the caller's transaction; returns the new id.
pub(crate) fn insert(conn: &Connection, user: &NewUser) -> Result<i64, Error> {
    conn.execute(
        "INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email, is_staff, \
         is_active, date_joined, first_name) VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            user.password.encoded(),
            user.is_superuser,
            user.username,
            user.last_name,
            user.email,
            user.is_staff,
            user.is_active,
            django_text(user.date_joined),
            user.first_name
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Whether another account has this username, or (when `case_insensitive`) one differing only by
/// ASCII case, or that email ignoring case. Returns the clashing description.
pub(crate) fn clash(
    conn: &Connection,
    username: &str,
    email: &str,
    case_insensitive: bool,
    except_id: Option<i64>,
) -> Result<Option<String>, Error> {
    let except = except_id.unwrap_or(-1);
    let exact: Option<String> = conn
        .query_row("SELECT username FROM auth_user WHERE username = ?1 AND id != ?2", params![username, except], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(existing) = exact {
        return Ok(Some(format!("a user named `{existing}` already exists")));
    }
    if !case_insensitive {
        return Ok(None);
    }
    let folded: Option<String> = conn
        .query_row(
            "SELECT username FROM auth_user WHERE lower(username) = lower(?1) AND id != ?2",
            params![username, except],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(existing) = folded {
        return Ok(Some(format!("a user named `{existing}` already exists (names are compared ignoring case)")));
    }
    if email.is_empty() {
        return Ok(None);
    }
    let by_email: Option<String> = conn
        .query_row(
            "SELECT username FROM auth_user WHERE lower(email) = lower(?1) AND id != ?2",
            params![email, except],
            |r| r.get(0),
        )
        .optional()?;
    Ok(by_email.map(|existing| format!("user `{existing}` already has the email address `{email}`")))
}

/// The editable fields of `user modify`; `None` leaves a field as it is.
#[derive(Default)]
pub struct Changes {
    pub email: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub is_active: Option<bool>,
    pub is_staff: Option<bool>,
    pub is_superuser: Option<bool>,
    pub email_verified: Option<bool>,
}

impl Changes {
    /// Which fields change, for the audit log (names and flags; no values of free-text fields).
    pub fn describe(&self) -> String {
        let texts = [("email", &self.email), ("first_name", &self.first_name), ("last_name", &self.last_name)];
        let flags = [
            ("is_active", self.is_active),
            ("is_staff", self.is_staff),
            ("is_superuser", self.is_superuser),
            ("email_verified", self.email_verified),
        ];
        let changed: Vec<String> = texts
            .iter()
            .filter(|(_, value)| value.is_some())
            .map(|(name, _)| name.to_string())
            .chain(flags.iter().filter_map(|(name, value)| value.map(|v| format!("{name}={v}"))))
            .collect();
        if changed.is_empty() { "nothing changed".into() } else { changed.join(", ") }
    }
}

pub(crate) fn update(conn: &Connection, id: i64, changes: &Changes) -> Result<(), Error> {
    conn.execute(
        "UPDATE auth_user SET email = coalesce(?2, email), first_name = coalesce(?3, first_name), \
         last_name = coalesce(?4, last_name), is_active = coalesce(?5, is_active), \
         is_staff = coalesce(?6, is_staff), is_superuser = coalesce(?7, is_superuser) WHERE id = ?1",
        params![
            id,
            changes.email,
            changes.first_name,
            changes.last_name,
            changes.is_active,
            changes.is_staff,
            changes.is_superuser
        ],
    )?;
    if let Some(verified) = changes.email_verified {
        conn.execute(
            "INSERT INTO authadm_user_extra (user_id, email_verified) VALUES (?1, ?2) \
             ON CONFLICT(user_id) DO UPDATE SET email_verified = excluded.email_verified",
            params![id, verified],
        )?;
    }
    Ok(())
}

pub(crate) fn set_password(conn: &Connection, id: i64, encoded: &str) -> Result<(), Error> {
    conn.execute("UPDATE auth_user SET password = ?2 WHERE id = ?1", params![id, encoded])?;
    Ok(())
}

pub(crate) fn set_last_login(conn: &Connection, id: i64, now: Timestamp) -> Result<(), Error> {
    conn.execute("UPDATE auth_user SET last_login = ?2 WHERE id = ?1", params![id, django_text(now)])?;
    Ok(())
}

/// Deletes the user; authadm's rows go with it (`ON DELETE CASCADE`).
pub(crate) fn delete(conn: &Connection, id: i64) -> Result<(), Error> {
    conn.execute("DELETE FROM auth_user WHERE id = ?1", [id])?;
    Ok(())
}
