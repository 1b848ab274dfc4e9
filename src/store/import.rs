//! Writing imported users: Django's user rows copied from another database, in batches (one
//! lookup and one multi-row insert per batch, as network round trips count on PostgreSQL).

use super::db::{Db, Value};
use super::schema::quoted;
use super::user_model::{IdKind, UserId, UserModel};
use crate::Error;
use crate::time::parse_django_text;
use std::borrow::Cow;
use std::collections::HashMap;

/// A Django user as another database has it, its id left out (the target gives its own). The
/// datetimes stay Django's text, checked to parse, so that they are copied as they are. Its texts
/// are `String`s, or `Cow`s borrowing the source's row while it is only being checked.
#[derive(Debug, Clone)]
pub struct ImportedUser<S = String> {
    pub username: S,
    pub password: S,
    pub last_login: Option<S>,
    pub is_superuser: bool,
    pub last_name: S,
    pub email: S,
    pub is_staff: bool,
    pub is_active: bool,
    pub date_joined: S,
    pub first_name: S,
}

impl ImportedUser<Cow<'_, str>> {
    pub fn into_owned(self) -> ImportedUser {
        ImportedUser {
            username: self.username.into_owned(),
            password: self.password.into_owned(),
            last_login: self.last_login.map(Cow::into_owned),
            is_superuser: self.is_superuser,
            last_name: self.last_name.into_owned(),
            email: self.email.into_owned(),
            is_staff: self.is_staff,
            is_active: self.is_active,
            date_joined: self.date_joined.into_owned(),
            first_name: self.first_name.into_owned(),
        }
    }

    /// Whether every text is the source's own bytes: none had to be made valid UTF-8 (which the
    /// batch path copies made valid, and SQLite's own copy would copy as they are).
    pub fn is_exact(&self) -> bool {
        let texts = [&self.username, &self.password, &self.last_name, &self.email, &self.date_joined, &self.first_name];
        texts.into_iter().chain(&self.last_login).all(|text| matches!(text, Cow::Borrowed(_)))
    }
}

impl ImportedUser {
    /// The values of [`UserModel::abstract_user_columns`], as Django's
    /// SQLite source holds them: booleans as integers, datetimes as text.
    fn values(&self) -> [Value; 10] {
        [
            Value::from(&self.username),
            Value::from(&self.password),
            Value::from(self.last_login.as_ref()),
            Value::Int(self.is_superuser.into()),
            Value::from(&self.last_name),
            Value::from(&self.email),
            Value::Int(self.is_staff.into()),
            Value::Int(self.is_active.into()),
            Value::from(&self.date_joined),
            Value::from(&self.first_name),
        ]
    }
}

/// A target user with an imported user's username: its id, and its values of the copied fields.
pub struct Existing {
    pub id: UserId,
    values: Vec<Value>,
}

/// The index of the password among [`ImportedUser::values`].
const PASSWORD: usize = 1;
/// The indexes of the datetimes among [`ImportedUser::values`].
const DATETIMES: [usize; 2] = [2, 8];

impl Existing {
    /// Whether the user already has the imported values, compared as values, not as each
    /// engine keeps them: booleans as integers (SQLite) or `boolean` (PostgreSQL), datetimes as
    /// Django's text or `timestamptz`.
    pub fn holds(&self, user: &ImportedUser) -> bool {
        let comparable = |column: usize, value: &Value| match value {
            Value::Bool(flag) => Value::Int(i64::from(*flag)),
            Value::Text(text) if DATETIMES.contains(&column) => {
                parse_django_text(text).map_or_else(|| value.clone(), Value::Time)
            }
            other => other.clone(),
        };
        self.values
            .iter()
            .zip(user.values().iter())
            .enumerate()
            .all(|(column, (a, b))| comparable(column, a) == comparable(column, b))
    }

    /// Whether the imported user's hash differs from the one the target has.
    pub fn password_differs(&self, user: &ImportedUser) -> bool {
        self.values[PASSWORD] != Value::from(&user.password)
    }
}

/// The copied columns of the target's model, quoted and joined.
pub(super) fn columns(model: &UserModel) -> Result<String, Error> {
    Ok(model.abstract_user_columns()?.map(quoted).join(", "))
}

/// Whether the target has no users: then no source user can be a duplicate, an update or a
/// conflict with an account of the target's, and the whole source can be copied set-wise.
pub(crate) fn no_users(db: &Db) -> Result<bool, Error> {
    let sql = format!("SELECT NOT EXISTS (SELECT 1 FROM {})", quoted(&db.model().table));
    Ok(db.query_one(&sql, &[])?.int(0)? == 1)
}

/// The target's users with the batch's usernames, by username.
pub(crate) fn existing(db: &Db, batch: &[ImportedUser]) -> Result<HashMap<String, Existing>, Error> {
    let model = db.model();
    let names: Vec<Value> = batch.iter().map(|user| Value::from(&user.username)).collect();
    let lookup = format!(
        "SELECT {}, {} FROM {} WHERE {} IN ({})",
        quoted(&model.id),
        columns(model)?,
        quoted(&model.table),
        quoted(&model.username),
        placeholders(1, names.len())
    );
    db.query(&lookup, &names)?
        .into_iter()
        .map(|row| {
            let (id, name) = (row.user_id(0)?, row.text(1)?);
            Ok((name, Existing { id, values: row.into_values().split_off(1) }))
        })
        .collect()
}

/// Inserts the users in one statement; returns how many. A UUID key is made per user, as
/// Django's `default=uuid.uuid4` would.
pub(crate) fn insert_all(db: &Db, users: &[ImportedUser]) -> Result<usize, Error> {
    if users.is_empty() {
        return Ok(0);
    }
    let model = db.model();
    let uuid = model.id_kind == IdKind::Uuid;
    let width = if uuid { 11 } else { 10 };
    let groups: Vec<String> =
        (0..users.len()).map(|row| format!("({})", placeholders(row * width + 1, width))).collect();
    let key = if uuid { format!("{}, ", quoted(&model.id)) } else { String::new() };
    let insert =
        format!("INSERT INTO {} ({key}{}) VALUES {}", quoted(&model.table), columns(model)?, groups.join(", "));
    let mut values: Vec<Value> = Vec::with_capacity(users.len() * width);
    for user in users {
        if uuid {
            values.push(UserId::new_uuid()?.into());
        }
        values.extend(user.values());
    }
    db.execute(&insert, &values)
}

/// Overwrites every field of the user `id` but its username with the imported user's.
pub(crate) fn replace(db: &Db, id: UserId, user: &ImportedUser) -> Result<(), Error> {
    let model = db.model();
    let mut values = user.values().to_vec();
    let fields = model.abstract_user_columns()?;
    // The username (first) matches already: its place holds the id.
    values[0] = id.into();
    let sets: Vec<String> =
        fields.iter().enumerate().skip(1).map(|(i, field)| format!("{} = ?{}", quoted(field), i + 1)).collect();
    let update = format!("UPDATE {} SET {} WHERE {} = ?1", quoted(&model.table), sets.join(", "), quoted(&model.id));
    db.execute(&update, &values)?;
    Ok(())
}

/// A username and email case-folded by the database, as `store::users::clash` folds them (ASCII
/// on SQLite, the database's rules on PostgreSQL).
pub struct Folded {
    /// Whether the row is an imported user's rather than an account the target holds.
    pub imported: bool,
    pub username: String,
    pub folded_username: String,
    pub folded_email: String,
}

/// The batch's users folded, and the target's accounts whose folded username or email one of
/// them has.
pub(crate) fn folded_identities(db: &Db, batch: &[ImportedUser]) -> Result<Vec<Folded>, Error> {
    let model = db.model();
    let [username, .., email, _, _, _, _] = model.abstract_user_columns()?.map(quoted);
    let table = quoted(&model.table);
    let rows: Vec<String> = (0..batch.len()).map(|row| format!("({})", placeholders(row * 2 + 1, 2))).collect();
    // One branch per index (`lower(username)`, `lower(email)`), so each lookup uses its own.
    let sql = format!(
        "WITH src (name, email) AS (VALUES {}) \
         SELECT 0, name, lower(name), lower(email) FROM src \
         UNION ALL SELECT 1, {username}, lower({username}), lower({email}) FROM {table} \
         WHERE lower({username}) IN (SELECT lower(name) FROM src) \
         UNION ALL SELECT 1, {username}, lower({username}), lower({email}) FROM {table} \
         WHERE lower({email}) IN (SELECT lower(email) FROM src WHERE email <> '')",
        rows.join(", ")
    );
    let params: Vec<Value> =
        batch.iter().flat_map(|user| [Value::from(&user.username), Value::from(&user.email)]).collect();
    db.query(&sql, &params)?
        .iter()
        .map(|row| {
            Ok(Folded {
                imported: row.int(0)? == 0,
                username: row.text(1)?,
                folded_username: row.text(2)?,
                folded_email: row.text(3)?,
            })
        })
        .collect()
}

/// `?first, ?first+1, ...`, `count` of them.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("?{n}")).collect::<Vec<_>>().join(", ")
}
