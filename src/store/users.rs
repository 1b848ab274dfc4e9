//! Rows of Django's `auth_user`, with authadm's per-user extras joined in.

use super::Store;
use super::db::{Db, Engine, Row, Value, args};
use super::schema::quoted;
use super::user_model::{UserId, UserModel};
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
    pub id: UserId,
    /// The value of the model's `USERNAME_FIELD`.
    pub username: String,
    /// The value of `EMAIL_FIELD`; empty where the model has none.
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub password: EncodedPassword,
    /// True where the model has no `is_active` (AbstractBaseUser's class attribute).
    pub is_active: bool,
    pub is_staff: bool,
    pub is_superuser: bool,
    /// `None` where the model has no `date_joined`.
    pub date_joined: Option<Timestamp>,
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
    /// The model's extra columns (`--field NAME=VALUE`), already in their types.
    pub fields: Vec<(String, Value)>,
}

/// A column of the model, or what Django reads where the model lacks it.
fn column_or(column: &Option<String>, absent: &str) -> String {
    column.as_ref().map_or_else(|| absent.to_string(), |c| format!("u.{}", quoted(c)))
}

/// A text column that a model may declare `null=True` (Django then writes NULL for a blank
/// value): read as empty, as the blank it stands for.
fn text_or_blank(column: &Option<String>) -> String {
    column.as_ref().map_or_else(|| "''".to_string(), |c| format!("coalesce(u.{}, '')", quoted(c)))
}

/// Whether the user's address is verified: where allauth keeps the addresses, whether their
/// primary row is (`EmailAddress.verified`, what the site's `EmailVerificationStage` reads),
/// else authadm's own flag.
fn email_verified(db: &Db) -> String {
    match db.emails() {
        Some(_) => format!(
            "CASE WHEN EXISTS (SELECT 1 FROM {} a WHERE a.user_id = u.{} AND a.\"primary\" AND a.verified) \
             THEN 1 ELSE 0 END",
            super::allauth_emails::ADDRESS,
            quoted(&db.model().id)
        ),
        None => "coalesce(x.email_verified, 0)".into(),
    }
}

/// The users as [`decode`] reads them, the user table aliased `u`.
fn select(db: &Db) -> String {
    let model = db.model();
    let q = |c: &str| format!("u.{}", quoted(c));
    format!(
        "SELECT {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {} \
         FROM {} u LEFT JOIN authadm_user_extra x ON x.user_id = u.{}",
        q(&model.id),
        q(&model.username),
        text_or_blank(&model.email),
        text_or_blank(&model.first_name),
        text_or_blank(&model.last_name),
        q(model.password),
        column_or(&model.is_active, "1"),
        column_or(&model.is_staff, "0"),
        column_or(&model.is_superuser, "0"),
        column_or(&model.date_joined, "NULL"),
        q(model.last_login),
        email_verified(db),
        quoted(&model.table),
        quoted(&model.id)
    )
}

/// A row of the user table holding a value Django never writes (another program put it there): which
/// user, which column and what it holds, so the row can be found and corrected.
#[derive(Debug, Clone)]
pub struct MalformedRow {
    pub id: UserId,
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
/// without a readable key (no Django table has one) fails the whole query.
fn from_row(row: &Row) -> Result<Result<User, MalformedRow>, Error> {
    let id = UserId::from_value(row.value(0))
        .ok_or_else(|| Error::Database(format!("a user row's primary key holds {}", row.value(0).described())))?;
    Ok(decode(id, row))
}

fn decode(id: UserId, row: &Row) -> Result<User, MalformedRow> {
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
        date_joined: time(9, "date_joined")?,
        last_login: time(10, "last_login")?,
        email_verified: flag(11, "email_verified")?,
    })
}

/// Every matching user; a malformed row among them is an error naming it.
fn query_all(db: &Db, filter: &str, params: &[Value]) -> Result<Vec<User>, Error> {
    let sql = format!("{} {filter}", select(db));
    db.query(&sql, params)?.iter().map(|row| Ok(from_row(row)??)).collect()
}

fn query_first(db: &Db, filter: &str, params: &[Value]) -> Result<Option<User>, Error> {
    let row = db.query_opt(&format!("{} {filter}", select(db)), params)?;
    row.as_ref().map(|row| Ok(from_row(row)??)).transpose()
}

pub fn find_by_username(store: &Store, username: &str) -> Result<Option<User>, Error> {
    find_by_username_in(store.db(), username)
}

pub(crate) fn find_by_username_in(db: &Db, username: &str) -> Result<Option<User>, Error> {
    query_first(db, &format!("WHERE u.{} = ?1", quoted(&db.model().username)), args![username])
}

pub fn find_by_id(store: &Store, id: UserId) -> Result<Option<User>, Error> {
    query_first(store.db(), &format!("WHERE u.{} = ?1", quoted(&store.model().id)), args![id])
}

/// `username__iexact`, through an index: ASCII case folded on SQLite (as Django's `LIKE`
/// there), the database's case rules on PostgreSQL (as Django's `UPPER` there).
pub fn find_by_username_iexact(store: &Store, username: &str) -> Result<Vec<User>, Error> {
    let model = store.model();
    let (id, name) = (quoted(&model.id), quoted(&model.username));
    query_all(store.db(), &format!("WHERE lower(u.{name}) = lower(?1) ORDER BY u.{id}"), args![username])
}

/// `email__iexact`, through an index; nothing where the model has no email field.
pub fn find_by_email_iexact(store: &Store, email: &str) -> Result<Vec<User>, Error> {
    // Only an address can match: a blank identifier would otherwise find every account without
    // an email (what `user add` gives in scripts), under a lockout key that is not theirs.
    let model = store.model();
    let Some(column) = model.email.as_deref().filter(|_| email.contains('@')) else {
        return Ok(Vec::new());
    };
    let (id, column) = (quoted(&model.id), quoted(column));
    query_all(store.db(), &format!("WHERE lower(u.{column}) = lower(?1) ORDER BY u.{id}"), args![email])
}

/// The usable hash of the account after `identifier` in username order (else the first), other
/// than `except`: what an attempt without a checkable hash of its own is verified against, so
/// that its time follows the hashes the database holds (`identity::Resolution::stand_in`).
pub fn stand_in_password(
    store: &Store,
    identifier: &str,
    except: Option<UserId>,
) -> Result<Option<EncodedPassword>, Error> {
    let model = store.model();
    let (table, id, password, username) =
        (quoted(&model.table), quoted(&model.id), quoted(model.password), quoted(&model.username));
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
    /// Only members of the group with this id (the model's `<table>_groups`, present only on a
    /// Django project's database, hence in the query only when asked for).
    pub group: Option<i64>,
    /// Stale accounts: no login since then, and (never having logged in) joined before then, as
    /// `lastlog --before` counts "never logged in" among the old.
    pub last_login_before: Option<Timestamp>,
    /// Only users who never logged in.
    pub never_logged_in: bool,
    /// Only users who joined before then (none on a model without `date_joined`).
    pub joined_before: Option<Timestamp>,
    /// Only users whose password is usable (`Some(true)`) or unusable (`Some(false)`).
    pub usable_password: Option<bool>,
}

/// What `user list`, `export` and `doctor` read: the users, and the rows that could not be read
/// as users, left out so that one bad row does not hide every other user.
#[derive(Default)]
pub struct Listing {
    pub users: Vec<User>,
    pub malformed: Vec<MalformedRow>,
}

pub fn list(store: &Store, filter: &ListFilter) -> Result<Listing, Error> {
    let model = store.model();
    let pattern = filter.search.as_ref().map(|s| format!("%{}%", escape_like(s)));
    // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE is the same search there.
    let like = match store.engine() {
        Engine::Sqlite => "LIKE",
        Engine::Postgres => "ILIKE",
    };
    let searched = [Some(&model.username), model.email.as_ref(), model.first_name.as_ref(), model.last_name.as_ref()];
    let search = searched
        .into_iter()
        .flatten()
        .map(|column| format!("u.{} {like} ?1 ESCAPE '\\'", quoted(column)))
        .collect::<Vec<_>>()
        .join(" OR ");
    let mut conditions = vec![format!("({search} OR ?1 IS NULL)")];
    let mut params = args![pattern].to_vec();
    if let Some(active) = filter.active {
        match &model.is_active {
            Some(column) => conditions.push(format!("u.{} = ?{}", quoted(column), push(&mut params, active))),
            // Every user of a model without `is_active` is active.
            None if !active => conditions.push("1 = 0".into()),
            None => {}
        }
    }
    if let Some(group) = filter.group {
        let link = groups_link(model)?;
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM {} ug WHERE ug.{} = u.{} AND ug.group_id = ?{})",
            quoted(&link.table),
            quoted(&link.user_column),
            quoted(&model.id),
            push(&mut params, group)
        ));
    }
    conditions.extend(activity_conditions(model, filter, &mut params));
    let sql =
        format!("{} WHERE {} ORDER BY u.{}", select(store.db()), conditions.join(" AND "), quoted(&model.username));
    let mut listing = Listing::default();
    for row in store.db().query(&sql, &params)? {
        match from_row(&row)? {
            Ok(user) => listing.users.push(user),
            Err(malformed) => listing.malformed.push(malformed),
        }
    }
    Ok(listing)
}

/// The login-history and password filters of [`ListFilter`], as SQL conditions.
fn activity_conditions(model: &UserModel, filter: &ListFilter, params: &mut Vec<Value>) -> Vec<String> {
    let last_login = format!("u.{}", quoted(model.last_login));
    // A model without `date_joined` cannot say when its users joined: none "joined before".
    let joined_before = |params: &mut Vec<Value>, at: Timestamp| match &model.date_joined {
        Some(column) => format!("u.{} < ?{}", quoted(column), push(params, at)),
        None => "1 = 0".into(),
    };
    let mut conditions = Vec::new();
    if let Some(at) = filter.last_login_before {
        let never = match model.date_joined {
            Some(_) => format!("({last_login} IS NULL AND {})", joined_before(params, at)),
            None => format!("{last_login} IS NULL"),
        };
        conditions.push(format!("({last_login} < ?{} OR {never})", push(params, at)));
    }
    if filter.never_logged_in {
        conditions.push(format!("{last_login} IS NULL"));
    }
    if let Some(at) = filter.joined_before {
        conditions.push(joined_before(params, at));
    }
    if let Some(usable) = filter.usable_password {
        let op = if usable { "<>" } else { "=" };
        conditions.push(format!("substr(u.{}, 1, 1) {op} '!'", quoted(model.password)));
    }
    conditions
}

/// Adds a parameter; returns its number.
fn push(params: &mut Vec<Value>, value: impl Into<Value>) -> usize {
    params.push(value.into());
    params.len()
}

/// The model's link table to `auth_group`; a model without PermissionsMixin has none.
pub(crate) fn groups_link(model: &UserModel) -> Result<&super::user_model::Link, Error> {
    model.groups.as_ref().ok_or_else(|| {
        Error::Input(format!("the user model ({}) has no groups (no {}_groups table)", model.table, model.table))
    })
}

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// Inserts within the caller's transaction, only the columns the model has; returns the new id.
/// A UUID key is made here, as Django's `default=uuid.uuid4` would.
pub(crate) fn insert(db: &Db, user: &NewUser) -> Result<UserId, Error> {
    let model = db.model();
    let mut columns: Vec<String> = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    let mut casts: Vec<Option<String>> = Vec::new();
    let mut put = |column: &str, value: Value, cast: Option<String>| {
        columns.push(quoted(column));
        params.push(value);
        casts.push(cast);
    };
    if model.id_kind == super::user_model::IdKind::Uuid {
        put(&model.id, UserId::new_uuid()?.into(), None);
    }
    put(model.password, user.password.encoded().into(), None);
    put(&model.username, user.username.as_str().into(), None);
    if let Some(email) = model.email.as_deref().filter(|email| *email != model.username) {
        put(email, user.email.as_str().into(), None);
    }
    let optional: [(&Option<String>, Value); 6] = [
        (&model.first_name, user.first_name.as_str().into()),
        (&model.last_name, user.last_name.as_str().into()),
        (&model.is_active, user.is_active.into()),
        (&model.is_staff, user.is_staff.into()),
        (&model.is_superuser, user.is_superuser.into()),
        (&model.date_joined, user.date_joined.into()),
    ];
    for (column, value) in optional {
        if let Some(column) = column {
            put(column, value, None);
        }
    }
    for (name, value) in &user.fields {
        put(name, value.clone(), text_cast(db, model, name));
    }
    let placeholders: Vec<String> = casts
        .iter()
        .enumerate()
        .map(|(index, cast)| match cast {
            // As text first: PostgreSQL would give the parameter itself the target type.
            Some(declared) => format!("CAST(CAST(?{} AS text) AS {declared})", index + 1),
            None => format!("?{}", index + 1),
        })
        .collect();
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({}) RETURNING {}",
        quoted(&model.table),
        columns.join(", "),
        placeholders.join(", "),
        quoted(&model.id)
    );
    let row = db.query_one(&sql, &params)?;
    UserId::from_value(row.value(0)).ok_or_else(|| Error::Database("the new user's key could not be read".into()))
}

/// The PostgreSQL type an extra column's text value is cast to: the database converts what
/// authadm passes as text (dates, decimals, JSON, ...); SQLite stores any value as given.
fn text_cast(db: &Db, model: &UserModel, name: &str) -> Option<String> {
    let column = model.extra.iter().find(|c| c.name == name)?;
    (db.engine() == Engine::Postgres && column.kind == super::user_model::ColumnKind::Other)
        .then(|| column.declared.clone())
}

/// Whether another account has this username, or (when `case_insensitive`) one differing only by
/// ASCII case, or that email ignoring case. Returns the clashing description.
pub(crate) fn clash(
    db: &Db,
    username: &str,
    email: &str,
    case_insensitive: bool,
    except_id: Option<UserId>,
) -> Result<Option<String>, Error> {
    let model = db.model();
    let (table, id, name) = (quoted(&model.table), quoted(&model.id), quoted(&model.username));
    let other = |condition: &str, value: &str| -> Result<Option<String>, Error> {
        let sql = format!("SELECT {name} FROM {table} WHERE {condition} AND ({id} <> ?2 OR ?2 IS NULL)");
        db.query_opt(&sql, args![value, except_id])?.map(|row| row.text(0)).transpose()
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
    let Some(mail) = model.email.as_deref().filter(|_| !email.is_empty()) else {
        return Ok(None);
    };
    let by_email = other(&format!("lower({}) = lower(?1)", quoted(mail)), email)?;
    Ok(by_email.map(|existing| format!("user `{existing}` already has the email address `{email}`")))
}

/// The editable fields of `user modify`; `None` leaves a field as it is.
#[derive(Default, Clone)]
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

/// Writes the changes to the columns the model has (the caller refused changes to columns it
/// lacks, [`UserModel::require`]).
pub(crate) fn update(db: &Db, id: UserId, changes: &Changes) -> Result<(), Error> {
    let model = db.model();
    let fields: [(&Option<String>, Value); 6] = [
        (&model.email, changes.email.as_ref().into()),
        (&model.first_name, changes.first_name.as_ref().into()),
        (&model.last_name, changes.last_name.as_ref().into()),
        (&model.is_active, changes.is_active.into()),
        (&model.is_staff, changes.is_staff.into()),
        (&model.is_superuser, changes.is_superuser.into()),
    ];
    let mut params = vec![Value::from(id)];
    let mut sets = Vec::new();
    for (column, value) in fields {
        if let (Some(column), false) = (column, value == Value::Null) {
            sets.push(format!("{} = ?{}", quoted(column), push(&mut params, value)));
        }
    }
    if !sets.is_empty() {
        let sql = format!("UPDATE {} SET {} WHERE {} = ?1", quoted(&model.table), sets.join(", "), quoted(&model.id));
        db.execute(&sql, &params)?;
    }
    if let Some(verified) = changes.email_verified {
        db.execute(
            "INSERT INTO authadm_user_extra (user_id, email_verified) VALUES (?1, ?2) \
             ON CONFLICT(user_id) DO UPDATE SET email_verified = excluded.email_verified",
            args![id, verified],
        )?;
    }
    Ok(())
}

/// `UPDATE <users> SET <column> = ?2 WHERE <key> = ?1`, for one of the columns every model has.
fn set_column(db: &Db, column: &str, id: UserId, value: Value) -> Result<(), Error> {
    let model = db.model();
    let sql = format!("UPDATE {} SET {} = ?2 WHERE {} = ?1", quoted(&model.table), quoted(column), quoted(&model.id));
    db.execute(&sql, &[id.into(), value])?;
    Ok(())
}

/// The model's email field (nothing where it has none): allauth's `user_email(user, email,
/// commit=True)`.
pub(crate) fn set_email(db: &Db, id: UserId, email: &str) -> Result<(), Error> {
    match db.model().email.clone() {
        Some(column) => set_column(db, &column, id, email.into()),
        None => Ok(()),
    }
}

pub(crate) fn set_password(db: &Db, id: UserId, encoded: &str) -> Result<(), Error> {
    set_column(db, db.model().password, id, encoded.into())
}

/// Replaces the hash a login checked with its upgrade, unless a password change committed since
/// (the login hashes outside the transaction): writing then would bring the old password back.
pub(crate) fn upgrade_password(db: &Db, id: UserId, checked: &str, upgraded: &str) -> Result<(), Error> {
    let model = db.model();
    let (table, key, password) = (quoted(&model.table), quoted(&model.id), quoted(model.password));
    let sql = format!("UPDATE {table} SET {password} = ?3 WHERE {key} = ?1 AND {password} = ?2");
    db.execute(&sql, args![id, checked, upgraded])?;
    Ok(())
}

pub(crate) fn set_last_login(db: &Db, id: UserId, now: Timestamp) -> Result<(), Error> {
    set_column(db, db.model().last_login, id, now.into())
}

/// Deletes the user; authadm's rows go with it (`ON DELETE CASCADE`).
pub(crate) fn delete(db: &Db, id: UserId) -> Result<(), Error> {
    let model = db.model();
    db.execute(&format!("DELETE FROM {} WHERE {} = ?1", quoted(&model.table), quoted(&model.id)), args![id])?;
    Ok(())
}

/// The model's extra columns of one user, for `user show --json`'s `fields`.
pub fn extra_fields(store: &Store, id: UserId) -> Result<Vec<(String, Value)>, Error> {
    let model = store.model();
    if model.extra.is_empty() {
        return Ok(Vec::new());
    }
    // Text on PostgreSQL for the types the store does not read (dates, decimals, JSON, arrays).
    let read = |c: &super::user_model::ExtraColumn| match (store.engine(), c.kind) {
        (Engine::Postgres, super::user_model::ColumnKind::Other | super::user_model::ColumnKind::Text) => {
            format!("{}::text", quoted(&c.name))
        }
        _ => quoted(&c.name),
    };
    let columns: Vec<String> = model.extra.iter().map(read).collect();
    let sql = format!("SELECT {} FROM {} WHERE {} = ?1", columns.join(", "), quoted(&model.table), quoted(&model.id));
    let values = store.db().query_opt(&sql, args![id])?.map(Row::into_values).unwrap_or_default();
    Ok(model.extra.iter().map(|c| c.name.clone()).zip(values).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Target;

    /// A login hashes outside the transaction; a set-password that commits meanwhile must win.
    #[test]
    fn an_upgrade_never_overwrites_a_password_changed_since_the_check() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&Target::File(dir.path().join("t.db")), &Default::default()).unwrap();
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
            fields: Vec::new(),
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
