//! Rows of Django's `auth_user`, with authadm's per-user extras joined in.

use super::Store;
use super::db::{Db, Engine, Row, Value, args};
use super::user_table::{AUTH_USER, UserTable};
use crate::Error;
use jiff::Timestamp;

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

/// The users as [`decode`] reads them, the user table aliased `u`.
fn select() -> String {
    let t = &AUTH_USER;
    format!(
        "SELECT u.{}, u.{}, u.{}, u.{}, u.{}, u.{}, u.{}, u.{}, u.{}, u.{}, u.{}, coalesce(x.email_verified, 0) \
         FROM {} u LEFT JOIN authadm_user_extra x ON x.user_id = u.{}",
        t.id,
        t.username,
        t.email,
        t.first_name,
        t.last_name,
        t.password,
        t.is_active,
        t.is_staff,
        t.is_superuser,
        t.date_joined,
        t.last_login,
        t.table,
        t.id
    )
}

/// A row of `auth_user` holding a value Django never writes (another program put it there): which
/// user, which column and what it holds, so the row can be found and corrected.
#[derive(Debug, Clone)]
pub struct MalformedRow {
    pub id: i64,
    pub column: &'static str,
    /// [`Value::described`]; never a password, since a password that is text is not malformed.
    pub holds: String,
    pub wanted: &'static str,
}

impl std::fmt::Display for MalformedRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "user id {}: `{}` holds {}, not {}", self.id, self.column, self.holds, self.wanted)
    }
}

/// A command on that very user: exit 6, saying what to correct.
impl From<MalformedRow> for Error {
    fn from(row: MalformedRow) -> Self {
        Error::Database(format!("{row}; correct that column with SQL (Django never writes such a value)"))
    }
}

/// One row of [`select`]: the user, or the first of its columns that cannot be read. Only a row
/// without an id (no Django table has one) fails the whole query.
fn from_row(row: &Row) -> Result<Result<User, MalformedRow>, Error> {
    Ok(decode(row.int(0)?, row))
}

fn decode(id: i64, row: &Row) -> Result<User, MalformedRow> {
    let bad = |index: usize, column: &'static str, wanted: &'static str| MalformedRow {
        id,
        column,
        holds: row.value(index).described(),
        wanted,
    };
    let text = |index, column| row.text(index).map_err(|_| bad(index, column, "text"));
    let flag = |index, column| row.bool(index).map_err(|_| bad(index, column, "a boolean"));
    let time = |index, column| row.opt_time(index).map_err(|_| bad(index, column, "a datetime"));
    Ok(User {
        id,
        username: text(1, "username")?,
        email: text(2, "email")?,
        first_name: text(3, "first_name")?,
        last_name: text(4, "last_name")?,
        password: EncodedPassword(text(5, "password")?),
        is_active: flag(6, "is_active")?,
        is_staff: flag(7, "is_staff")?,
        is_superuser: flag(8, "is_superuser")?,
        date_joined: time(9, "date_joined")?.unwrap_or(Timestamp::UNIX_EPOCH),
        last_login: time(10, "last_login")?,
        email_verified: flag(11, "email_verified")?,
    })
}

/// Every matching user; a malformed row among them is an error naming it.
fn query_all(db: &Db, filter: &str, params: &[Value]) -> Result<Vec<User>, Error> {
    db.query(&format!("{} {filter}", select()), params)?.iter().map(|row| Ok(from_row(row)??)).collect()
}

fn query_first(db: &Db, filter: &str, params: &[Value]) -> Result<Option<User>, Error> {
    let row = db.query_opt(&format!("{} {filter}", select()), params)?;
    row.as_ref().map(|row| Ok(from_row(row)??)).transpose()
}

pub fn find_by_username(store: &Store, username: &str) -> Result<Option<User>, Error> {
    find_by_username_in(store.db(), username)
}

pub(crate) fn find_by_username_in(db: &Db, username: &str) -> Result<Option<User>, Error> {
    query_first(db, &format!("WHERE u.{} = ?1", AUTH_USER.username), args![username])
}

pub fn find_by_id(store: &Store, id: i64) -> Result<Option<User>, Error> {
    query_first(store.db(), &format!("WHERE u.{} = ?1", AUTH_USER.id), args![id])
}

/// `username__iexact`, through an index: ASCII case folded on SQLite (as Django's `LIKE`
/// there), the database's case rules on PostgreSQL (as Django's `UPPER` there).
pub fn find_by_username_iexact(store: &Store, username: &str) -> Result<Vec<User>, Error> {
    let (id, name) = (AUTH_USER.id, AUTH_USER.username);
    query_all(store.db(), &format!("WHERE lower(u.{name}) = lower(?1) ORDER BY u.{id}"), args![username])
}

/// `email__iexact`, through an index.
pub fn find_by_email_iexact(store: &Store, email: &str) -> Result<Vec<User>, Error> {
    // Only an address can match: a blank identifier would otherwise find every account without
    // an email (what `user add` gives in scripts), under a lockout key that is not theirs.
    if !email.contains('@') {
        return Ok(Vec::new());
    }
    let (id, column) = (AUTH_USER.id, AUTH_USER.email);
    query_all(store.db(), &format!("WHERE lower(u.{column}) = lower(?1) ORDER BY u.{id}"), args![email])
}

/// The usable hash of the account after `identifier` in username order (else the first), other
/// than `except`: what an attempt without a checkable hash of its own is verified against, so
/// that its time follows the hashes the database holds (`identity::Resolution::stand_in`).
pub fn stand_in_password(
    store: &Store,
    identifier: &str,
    except: Option<i64>,
) -> Result<Option<EncodedPassword>, Error> {
    let UserTable { table, id, password, username, .. } = AUTH_USER;
    let usable = |except: &str| format!("substr({password}, 1, 1) <> '!' AND ({id} <> {except} OR {except} IS NULL)");
    let after = format!(
        "SELECT {password} FROM {table} WHERE {username} >= ?1 AND {} ORDER BY {username} LIMIT 1",
        usable("?2")
    );
    let first = format!("SELECT {password} FROM {table} WHERE {} ORDER BY {username} LIMIT 1", usable("?1"));
    for (sql, params) in [(after, args![identifier, except]), (first, args![except])] {
        // A password that is not text (another program's malformed row) stands in for nothing.
        if let Some(Ok(encoded)) = store.db().query_opt(&sql, params)?.map(|row| row.text(0)) {
            return Ok(Some(EncodedPassword(encoded)));
        }
    }
    Ok(None)
}

/// Filters of `user list`.
#[derive(Default)]
pub struct ListFilter {
    pub active: Option<bool>,
    /// Substring of username, email, first or last name (ASCII case ignored).
    pub search: Option<String>,
    /// Only members of the group with this id (`auth_user_groups`, present only on a Django
    /// project's database, hence in the query only when asked for).
    pub group: Option<i64>,
}

/// What `user list`, `export` and `doctor` read: the users, and the rows that could not be read
/// as users, left out so that one bad row does not hide every other user.
#[derive(Default)]
pub struct Listing {
    pub users: Vec<User>,
    pub malformed: Vec<MalformedRow>,
}

pub fn list(store: &Store, filter: &ListFilter) -> Result<Listing, Error> {
    let pattern = filter.search.as_ref().map(|s| format!("%{}%", escape_like(s)));
    // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE is the same search there.
    let like = match store.engine() {
        Engine::Sqlite => "LIKE",
        Engine::Postgres => "ILIKE",
    };
    let t = &AUTH_USER;
    let search = [t.username, t.email, t.first_name, t.last_name]
        .map(|column| format!("u.{column} {like} ?2 ESCAPE '\\'"))
        .join(" OR ");
    let member = match filter.group {
        Some(_) => {
            format!("AND EXISTS (SELECT 1 FROM auth_user_groups ug WHERE ug.user_id = u.{} AND ug.group_id = ?3)", t.id)
        }
        None => String::new(),
    };
    let sql = format!(
        "{} WHERE (u.{active} = ?1 OR ?1 IS NULL) AND ({search} OR ?2 IS NULL) {member} ORDER BY u.{name}",
        select(),
        active = t.is_active,
        name = t.username
    );
    let mut params = args![filter.active, pattern].to_vec();
    params.extend(filter.group.map(Value::from));
    let mut listing = Listing::default();
    for row in store.db().query(&sql, &params)? {
        match from_row(&row)? {
            Ok(user) => listing.users.push(user),
            Err(malformed) => listing.malformed.push(malformed),
        }
    }
    Ok(listing)
}

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// Inserts within the caller's transaction; returns the new id.
pub(crate) fn insert(db: &Db, user: &NewUser) -> Result<i64, Error> {
    let t = &AUTH_USER;
    let sql = format!(
        "INSERT INTO {} ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}) \
         VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING {}",
        t.table,
        t.password,
        t.last_login,
        t.is_superuser,
        t.username,
        t.last_name,
        t.email,
        t.is_staff,
        t.is_active,
        t.date_joined,
        t.first_name,
        t.id
    );
    db.query_one(
        &sql,
        args![
            user.password.encoded(),
            user.is_superuser,
            &user.username,
            &user.last_name,
            &user.email,
            user.is_staff,
            user.is_active,
            user.date_joined,
            &user.first_name
        ],
    )?
    .int(0)
}

/// Whether another account has this username, or (when `case_insensitive`) one differing only by
/// ASCII case, or that email ignoring case. Returns the clashing description.
pub(crate) fn clash(
    db: &Db,
    username: &str,
    email: &str,
    case_insensitive: bool,
    except_id: Option<i64>,
) -> Result<Option<String>, Error> {
    let except = except_id.unwrap_or(-1);
    let UserTable { table, id, username: name, email: mail, .. } = AUTH_USER;
    let other = |condition: &str, value: &str| -> Result<Option<String>, Error> {
        let sql = format!("SELECT {name} FROM {table} WHERE {condition} AND {id} != ?2");
        db.query_opt(&sql, args![value, except])?.map(|row| row.text(0)).transpose()
    };
    let exact = other(&format!("{name} = ?1"), username)?;
    if let Some(existing) = exact {
        return Ok(Some(format!("a user named `{existing}` already exists")));
    }
    if !case_insensitive {
        return Ok(None);
    }
    let folded = other(&format!("lower({name}) = lower(?1)"), username)?;
    if let Some(existing) = folded {
        return Ok(Some(format!("a user named `{existing}` already exists (names are compared ignoring case)")));
    }
    if email.is_empty() {
        return Ok(None);
    }
    let by_email = other(&format!("lower({mail}) = lower(?1)"), email)?;
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

pub(crate) fn update(db: &Db, id: i64, changes: &Changes) -> Result<(), Error> {
    let t = &AUTH_USER;
    let fields = [t.email, t.first_name, t.last_name, t.is_active, t.is_staff, t.is_superuser];
    let sets: Vec<String> =
        fields.iter().zip(2..).map(|(field, n)| format!("{field} = coalesce(?{n}, {field})")).collect();
    db.execute(
        &format!("UPDATE {} SET {} WHERE {} = ?1", t.table, sets.join(", "), t.id),
        args![
            id,
            changes.email.as_ref(),
            changes.first_name.as_ref(),
            changes.last_name.as_ref(),
            changes.is_active,
            changes.is_staff,
            changes.is_superuser
        ],
    )?;
    if let Some(verified) = changes.email_verified {
        db.execute(
            "INSERT INTO authadm_user_extra (user_id, email_verified) VALUES (?1, ?2) \
             ON CONFLICT(user_id) DO UPDATE SET email_verified = excluded.email_verified",
            args![id, verified],
        )?;
    }
    Ok(())
}

pub(crate) fn set_password(db: &Db, id: i64, encoded: &str) -> Result<(), Error> {
    let UserTable { table, id: key, password, .. } = AUTH_USER;
    db.execute(&format!("UPDATE {table} SET {password} = ?2 WHERE {key} = ?1"), args![id, encoded])?;
    Ok(())
}

/// Replaces the hash a login checked with its upgrade, unless a password change committed since
/// (the login hashes outside the transaction): writing then would bring the old password back.
pub(crate) fn upgrade_password(db: &Db, id: i64, checked: &str, upgraded: &str) -> Result<(), Error> {
    let UserTable { table, id: key, password, .. } = AUTH_USER;
    let sql = format!("UPDATE {table} SET {password} = ?3 WHERE {key} = ?1 AND {password} = ?2");
    db.execute(&sql, args![id, checked, upgraded])?;
    Ok(())
}

pub(crate) fn set_last_login(db: &Db, id: i64, now: Timestamp) -> Result<(), Error> {
    let UserTable { table, id: key, last_login, .. } = AUTH_USER;
    db.execute(&format!("UPDATE {table} SET {last_login} = ?2 WHERE {key} = ?1"), args![id, now])?;
    Ok(())
}

/// Deletes the user; authadm's rows go with it (`ON DELETE CASCADE`).
pub(crate) fn delete(db: &Db, id: i64) -> Result<(), Error> {
    db.execute(&format!("DELETE FROM {} WHERE {} = ?1", AUTH_USER.table, AUTH_USER.id), args![id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Target;

    /// A login hashes outside the transaction; a set-password that commits meanwhile must win.
    #[test]
    fn an_upgrade_never_overwrites_a_password_changed_since_the_check() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&Target::File(dir.path().join("t.db"))).unwrap();
        let user = NewUser {
            username: "alice".into(),
            email: String::new(),
            first_name: String::new(),
            last_name: String::new(),
            password: EncodedPassword::new("checked-hash".into()),
            is_active: true,
            is_staff: false,
            is_superuser: false,
            date_joined: Timestamp::UNIX_EPOCH,
        };
        let id = store.write(|db| insert(db, &user)).unwrap();
        let stored = || find_by_id(&store, id).unwrap().unwrap().password.encoded().to_string();
        store.write(|db| set_password(db, id, "changed-since")).unwrap();
        store.write(|db| upgrade_password(db, id, "checked-hash", "upgraded")).unwrap();
        assert_eq!(stored(), "changed-since");
        store.write(|db| upgrade_password(db, id, "changed-since", "upgraded")).unwrap();
        assert_eq!(stored(), "upgraded");
    }
}
