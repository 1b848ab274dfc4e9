//! The project's user model (`AUTH_USER_MODEL`): which table holds the users and which of
//! Django's columns it has, found once when the database is opened (or named in the settings'
//! `[user_model]`). Every query on the users takes its names from the [`UserModel`] in force, so a
//! custom model changes nothing above the store.

use super::catalogue::Column;
use super::db::{Db, Value};
use crate::Error;
use serde::Deserialize;

/// `[user_model]` in the settings: what overrides detection, in Django's names.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The model's `db_table`.
    pub table: Option<String>,
    /// Django's `USERNAME_FIELD`.
    pub username_field: Option<String>,
    /// Django's `EMAIL_FIELD`.
    pub email_field: Option<String>,
}

/// The type of the user table's primary key, as Django's fields make it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// `AutoField` (and `BigAutoField` on SQLite, where both are `integer`).
    Integer,
    /// `BigAutoField` on PostgreSQL.
    BigInt,
    /// `UUIDField(primary_key=True)`: 32 hex characters on SQLite, `uuid` on PostgreSQL.
    Uuid,
}

impl IdKind {
    pub fn as_str(self) -> &'static str {
        match self {
            IdKind::Integer => "integer",
            IdKind::BigInt => "bigint",
            IdKind::Uuid => "uuid",
        }
    }
}

/// A user's primary key: an integer, or a UUID (which Django's `str(user.pk)` writes hyphenated,
/// as in a session's `_auth_user_id`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UserId {
    Int(i64),
    Uuid(u128),
}

impl UserId {
    /// A new random (version 4) UUID key: Django's `default=uuid.uuid4` is Python's, not the
    /// database's, so whoever inserts a row must make one.
    pub fn new_uuid() -> Result<UserId, Error> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|err| Error::Database(format!("no randomness for a UUID: {err}")))?;
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        Ok(UserId::Uuid(u128::from_be_bytes(bytes)))
    }

    /// Reads a key column: an integer, or a UUID as 32 hex digits (SQLite's form, and the form
    /// the PostgreSQL side reads `uuid` into) or hyphenated.
    pub fn from_value(value: &Value) -> Option<UserId> {
        match value {
            Value::Int(id) => Some(UserId::Int(*id)),
            Value::Text(text) => {
                let hex: String = text.chars().filter(|c| *c != '-').collect();
                (hex.len() == 32).then(|| u128::from_str_radix(&hex, 16).ok()).flatten().map(UserId::Uuid)
            }
            _ => None,
        }
    }
}

/// What [`Display`](std::fmt::Display) writes: a number, or a hyphenated UUID.
impl std::str::FromStr for UserId {
    type Err = ();
    fn from_str(text: &str) -> Result<UserId, ()> {
        match text.parse() {
            Ok(id) => Ok(UserId::Int(id)),
            Err(_) if text.contains('-') => UserId::from_value(&Value::Text(text.into())).ok_or(()),
            Err(_) => Err(()),
        }
    }
}

/// `str(user.pk)`: the number, or the hyphenated UUID.
impl std::fmt::Display for UserId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UserId::Int(id) => write!(f, "{id}"),
            UserId::Uuid(uuid) => {
                let hex = format!("{uuid:032x}");
                write!(f, "{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
            }
        }
    }
}

/// As the database keeps it: the integer, or Django's 32 hex digits (which the PostgreSQL side
/// binds to `uuid`).
impl From<UserId> for Value {
    fn from(id: UserId) -> Value {
        match id {
            UserId::Int(id) => Value::Int(id),
            UserId::Uuid(uuid) => Value::Text(format!("{uuid:032x}")),
        }
    }
}

impl serde::Serialize for UserId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            UserId::Int(id) => serializer.serialize_i64(*id),
            UserId::Uuid(_) => serializer.collect_str(self),
        }
    }
}

/// What a column of the model holds, for turning `--field NAME=VALUE` into a value of its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum ColumnKind {
    Text,
    Integer,
    Bool,
    Time,
    /// Anything else (decimals, dates, JSON): passed as text for the database to convert.
    Other,
}

/// A column of the model beyond the ones authadm knows by name.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ExtraColumn {
    pub name: String,
    pub kind: ColumnKind,
    /// NOT NULL without a database default: Django's model defaults are Python's, so an insert
    /// without a value fails.
    pub required: bool,
    /// The declared type, for messages and PostgreSQL's casts.
    pub declared: String,
}

/// A many-to-many table from the user to `auth_group` or `auth_permission` (PermissionsMixin),
/// named `<table>_groups` and `<table>_user_permissions` by Django, with `<model>_id` pointing to
/// the user.
#[derive(Debug, Clone)]
pub struct Link {
    pub table: String,
    pub user_column: String,
}

/// The user model in force.
#[derive(Debug, Clone)]
pub struct UserModel {
    pub table: String,
    pub id: String,
    pub id_kind: IdKind,
    /// `USERNAME_FIELD`'s column: the value USER arguments and the JSON `username` stand for.
    pub username: String,
    /// `EMAIL_FIELD`'s column, where the model has one.
    pub email: Option<String>,
    pub password: &'static str,
    pub last_login: &'static str,
    /// Django's optional columns (AbstractUser's and PermissionsMixin's), where present.
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub is_active: Option<String>,
    pub is_staff: Option<String>,
    pub is_superuser: Option<String>,
    pub date_joined: Option<String>,
    pub extra: Vec<ExtraColumn>,
    pub groups: Option<Link>,
    pub permissions: Option<Link>,
    /// How the model was found, for `doctor` and `config check`.
    pub found_by: FoundBy,
}

/// Whether detection or the settings chose the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FoundBy {
    Detected,
    Settings,
    /// A new database: authadm makes Django's default `auth_user`.
    Default,
}

/// The optional columns authadm knows, as Django names them.
pub const OPTIONAL: [&str; 6] = ["first_name", "last_name", "is_active", "is_staff", "is_superuser", "date_joined"];

impl UserModel {
    /// Django's `auth.User`, what authadm creates in an empty database.
    pub fn django_default() -> UserModel {
        let some = |name: &str| Some(name.to_string());
        UserModel {
            table: "auth_user".into(),
            id: "id".into(),
            id_kind: IdKind::Integer,
            username: "username".into(),
            email: some("email"),
            password: "password",
            last_login: "last_login",
            first_name: some("first_name"),
            last_name: some("last_name"),
            is_active: some("is_active"),
            is_staff: some("is_staff"),
            is_superuser: some("is_superuser"),
            date_joined: some("date_joined"),
            extra: Vec::new(),
            groups: Some(Link { table: "auth_user_groups".into(), user_column: "user_id".into() }),
            permissions: Some(Link { table: "auth_user_user_permissions".into(), user_column: "user_id".into() }),
            found_by: FoundBy::Default,
        }
    }

    /// The optional column named so, if the model has it.
    pub fn optional(&self, name: &str) -> Option<&str> {
        match name {
            "first_name" => self.first_name.as_deref(),
            "last_name" => self.last_name.as_deref(),
            "is_active" => self.is_active.as_deref(),
            "is_staff" => self.is_staff.as_deref(),
            "is_superuser" => self.is_superuser.as_deref(),
            "date_joined" => self.date_joined.as_deref(),
            _ => None,
        }
    }

    /// A flag or field that needs a column the model lacks: exit 2, naming it.
    pub fn require(&self, column: &str, flag: &str) -> Result<&str, Error> {
        self.optional(column).ok_or_else(|| {
            Error::Input(format!("the user model ({}) has no `{column}` column; leave out {flag}", self.table))
        })
    }

    /// Whether the username field holds an email address (`USERNAME_FIELD = "email"`), which
    /// Django normalises with `normalize_email` rather than checks as a username.
    pub fn username_is_email(&self) -> bool {
        self.email.as_deref() == Some(self.username.as_str())
    }

    /// Whether this is Django's default `auth_user`.
    pub fn is_default_table(&self) -> bool {
        self.table == "auth_user"
    }

    /// `--field NAME=VALUE`: the extra column and the value in its type.
    pub fn field_value(&self, name: &str, text: &str) -> Result<(&ExtraColumn, Value), Error> {
        let Some(column) = self.extra.iter().find(|c| c.name == name) else {
            let names: Vec<&str> = self.extra.iter().map(|c| c.name.as_str()).collect();
            let valid =
                if names.is_empty() { "it has none".to_string() } else { format!("they are: {}", names.join(", ")) };
            return Err(Error::Input(format!(
                "--field {name}: the user model ({}) has no such extra column; {valid}",
                self.table
            )));
        };
        let bad = |wanted: &str| Error::Input(format!("--field {name}={text}: `{name}` wants {wanted}"));
        let value = match column.kind {
            ColumnKind::Integer => Value::Int(text.trim().parse().map_err(|_| bad("an integer"))?),
            ColumnKind::Bool => Value::Bool(match text.trim().to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" => true,
                "false" | "0" | "no" => false,
                _ => return Err(bad("true or false")),
            }),
            ColumnKind::Time => Value::Time(text.trim().parse().map_err(|_| bad("an RFC 3339 time"))?),
            ColumnKind::Text | ColumnKind::Other => Value::Text(text.to_string()),
        };
        Ok((column, value))
    }

    /// The columns `import django` copies, AbstractUser's, in [`ImportedUser`]'s order; a model
    /// without one of them (or that logs in by another field, or requires extra columns) is one
    /// an import cannot fill as Django would: refused, naming why.
    ///
    /// [`ImportedUser`]: super::import::ImportedUser
    pub fn abstract_user_columns(&self) -> Result<[&str; 10], Error> {
        let refuse = |why: String| {
            Error::Input(format!(
                "import django copies the columns of Django's AbstractUser, and the user model {} {why}",
                self.table
            ))
        };
        if self.username != "username" {
            return Err(refuse(format!("logs in by `{}`, not `username`", self.username)));
        }
        if let Some(required) = self.required_fields().next() {
            return Err(refuse(format!("requires `{}`, which a Django user table does not have", required.name)));
        }
        let column = |name: &str| -> Result<&str, Error> {
            let found =
                if name == "email" { self.email.as_deref().filter(|e| *e == "email") } else { self.optional(name) };
            found.ok_or_else(|| refuse(format!("has no `{name}` column")))
        };
        Ok([
            self.username.as_str(),
            self.password,
            self.last_login,
            column("is_superuser")?,
            column("last_name")?,
            column("email")?,
            column("is_staff")?,
            column("is_active")?,
            column("date_joined")?,
            column("first_name")?,
        ])
    }

    /// The extra columns an insert must be given a value for.
    pub fn required_fields(&self) -> impl Iterator<Item = &ExtraColumn> {
        self.extra.iter().filter(|c| c.required)
    }
}

/// The model in force as `doctor` and `config check` show it.
#[derive(Debug, serde::Serialize)]
pub struct Summary<'a> {
    pub table: &'a str,
    pub found_by: FoundBy,
    pub id_type: &'static str,
    pub username_field: &'a str,
    pub email_field: Option<&'a str>,
    /// Which of Django's optional columns (AbstractUser's, PermissionsMixin's) it has.
    pub optional_columns: Vec<&'static str>,
    pub missing_columns: Vec<&'static str>,
    /// Its other columns; `user add --field NAME=VALUE` must give the required ones.
    pub extra_fields: Vec<ExtraSummary<'a>>,
    pub groups_table: Option<&'a str>,
    pub user_permissions_table: Option<&'a str>,
}

#[derive(Debug, serde::Serialize)]
pub struct ExtraSummary<'a> {
    pub name: &'a str,
    pub required: bool,
}

impl UserModel {
    pub fn summary(&self) -> Summary<'_> {
        let (optional_columns, missing_columns) = OPTIONAL.iter().partition(|name| self.optional(name).is_some());
        Summary {
            table: &self.table,
            found_by: self.found_by,
            id_type: self.id_kind.as_str(),
            username_field: &self.username,
            email_field: self.email.as_deref(),
            optional_columns,
            missing_columns,
            extra_fields: self.extra.iter().map(|c| ExtraSummary { name: &c.name, required: c.required }).collect(),
            groups_table: self.groups.as_ref().map(|link| link.table.as_str()),
            user_permissions_table: self.permissions.as_ref().map(|link| link.table.as_str()),
        }
    }

    /// One line: the table, how it was found, its key and fields, what it lacks and adds.
    pub fn describe(&self) -> String {
        let summary = self.summary();
        let found_by = match self.found_by {
            FoundBy::Detected => "detected",
            FoundBy::Settings => "from [user_model]",
            FoundBy::Default => "Django's default",
        };
        let mut line = format!(
            "{} ({found_by}): {} key, USERNAME_FIELD `{}`, EMAIL_FIELD {}",
            self.table,
            summary.id_type,
            self.username,
            self.email.as_deref().map_or_else(|| "none".to_string(), |e| format!("`{e}`"))
        );
        if !summary.missing_columns.is_empty() {
            line.push_str(&format!("; without {}", summary.missing_columns.join(", ")));
        }
        if !self.extra.is_empty() {
            let extra: Vec<String> = self
                .extra
                .iter()
                .map(|c| if c.required { format!("{} (required)", c.name) } else { c.name.clone() })
                .collect();
            line.push_str(&format!("; extra fields {}", extra.join(", ")));
        }
        if self.groups.is_none() {
            line.push_str("; no groups or permissions of its own");
        }
        line
    }
}

/// Finds the user model: the `[user_model]` table, or the one table with AbstractBaseUser's
/// `password` and `last_login`. `Ok(None)`: no candidate (a new database, or another
/// application's: the caller decides).
pub fn detect(db: &Db, choice: &Choice) -> Result<Option<UserModel>, Error> {
    let catalogue = db.catalogue();
    let (table, found_by) = match &choice.table {
        Some(table) => {
            if !catalogue.has_table(table) {
                return Err(Error::Usage(format!(
                    "[user_model] table = \"{table}\": the database has no such table{}",
                    list_candidates(db)?
                )));
            }
            (table.clone(), FoundBy::Settings)
        }
        None => {
            let candidates = candidates(db)?;
            match candidates.as_slice() {
                // A table named as Django's own that is not: said so, rather than "no user table".
                [] if catalogue.has_table("auth_user") => ("auth_user".to_string(), FoundBy::Detected),
                [] => return Ok(None),
                [one] => (one.to_string(), FoundBy::Detected),
                several => {
                    return Err(Error::Database(format!(
                        "several tables look like Django's user table ({}); set `table` in the settings' \
                         [user_model] section to the table of AUTH_USER_MODEL",
                        several.join(", ")
                    )));
                }
            }
        }
    };
    let model = describe(db, &table, choice)?;
    let found_by =
        if choice.username_field.is_some() || choice.email_field.is_some() { FoundBy::Settings } else { found_by };
    Ok(Some(UserModel { found_by, ..model }))
}

/// Tables with AbstractBaseUser's columns, authadm's own aside.
fn candidates(db: &Db) -> Result<Vec<&str>, Error> {
    let mut found = Vec::new();
    for table in db.catalogue().tables().filter(|t| !t.starts_with("authadm_") && !t.starts_with("sqlite_")) {
        if db.has_column(table, "password")? && db.has_column(table, "last_login")? {
            found.push(table);
        }
    }
    Ok(found)
}

fn list_candidates(db: &Db) -> Result<String, Error> {
    let found = candidates(db)?;
    Ok(if found.is_empty() {
        " (and none has Django's user columns, password and last_login)".into()
    } else {
        format!(" (tables with Django's user columns: {})", found.join(", "))
    })
}

fn describe(db: &Db, table: &str, choice: &Choice) -> Result<UserModel, Error> {
    let columns = db.columns(table)?;
    let has = |name: &str| columns.iter().any(|c| c.name == name);
    let refuse = |what: String| Error::Database(format!("its {table} table is not Django's user table: {what}"));
    for needed in ["password", "last_login"] {
        if !has(needed) {
            return Err(refuse(format!("it has no `{needed}` column")));
        }
    }
    let keys: Vec<&Column> = columns.iter().filter(|c| c.primary_key).collect();
    let [key] = keys.as_slice() else {
        return Err(refuse("it has no single-column primary key".into()));
    };
    let id_kind = id_kind(&key.declared).ok_or_else(|| {
        refuse(format!("its primary key `{}` is of type {}, which authadm does not support", key.name, key.declared))
    })?;
    let username = username_field(db, table, columns, choice)?;
    let email = match &choice.email_field {
        Some(field) if !has(field) => {
            return Err(Error::Usage(format!(
                "[user_model] email_field = \"{field}\": table {table} has no such column"
            )));
        }
        Some(field) => Some(field.clone()),
        None => has("email").then(|| "email".to_string()),
    };
    let present = |name: &str| has(name).then(|| name.to_string());
    let known = |name: &str| {
        name == key.name
            || name == username
            || Some(name) == email.as_deref()
            || ["password", "last_login"].contains(&name)
            || OPTIONAL.contains(&name)
    };
    let extra = columns
        .iter()
        .filter(|c| !known(&c.name))
        .map(|c| ExtraColumn {
            name: c.name.clone(),
            kind: column_kind(&c.declared),
            required: c.not_null && !c.has_default,
            declared: c.declared.clone(),
        })
        .collect();
    Ok(UserModel {
        table: table.to_string(),
        id: key.name.clone(),
        id_kind,
        username,
        email,
        password: "password",
        last_login: "last_login",
        first_name: present("first_name"),
        last_name: present("last_name"),
        is_active: present("is_active"),
        is_staff: present("is_staff"),
        is_superuser: present("is_superuser"),
        date_joined: present("date_joined"),
        extra,
        groups: link(db, &format!("{table}_groups"), "group_id")?,
        permissions: link(db, &format!("{table}_user_permissions"), "permission_id")?,
        found_by: FoundBy::Detected,
    })
}

/// `USERNAME_FIELD` is not in the database: `username` when the table has it unique, else a
/// unique `email`; where both are unique either could be it, so the settings must say.
fn username_field(db: &Db, table: &str, columns: &[Column], choice: &Choice) -> Result<String, Error> {
    let column = |name: &str| columns.iter().find(|c| c.name == name);
    if let Some(field) = &choice.username_field {
        return match column(field) {
            Some(_) => Ok(field.clone()),
            None => Err(Error::Usage(format!(
                "[user_model] username_field = \"{field}\": table {table} has no such column"
            ))),
        };
    }
    // Django's own `auth.User` logs in by username, whatever a copy of its table lacks.
    if table == "auth_user" && column("username").is_some() {
        return Ok("username".into());
    }
    let unique = db.catalogue().unique_columns(db, table)?;
    let unique = |name: &str| unique.iter().any(|c| c == name);
    match (unique("username"), unique("email")) {
        (true, false) => Ok("username".into()),
        (false, true) => Ok("email".into()),
        (true, true) => Err(Error::Database(format!(
            "table {table} has both a unique `username` and a unique `email`, so its USERNAME_FIELD could be \
             either; set `username_field` in the settings' [user_model] section"
        ))),
        (false, false) => Err(Error::Database(format!(
            "table {table} has neither a unique `username` nor a unique `email` column; set `username_field` \
             in the settings' [user_model] section to the model's USERNAME_FIELD"
        ))),
    }
}

fn id_kind(declared: &str) -> Option<IdKind> {
    match declared.to_ascii_lowercase().as_str() {
        "integer" | "int4" | "serial" => Some(IdKind::Integer),
        "bigint" | "int8" | "bigserial" => Some(IdKind::BigInt),
        "uuid" | "char(32)" => Some(IdKind::Uuid),
        _ => None,
    }
}

/// The kind of a declared type, by its base name (`varchar(150)` is `varchar`); arrays and
/// every type the store does not read itself are `Other`, passed and read as text.
fn column_kind(declared: &str) -> ColumnKind {
    let declared = declared.to_ascii_lowercase();
    if declared.ends_with(']') {
        return ColumnKind::Other;
    }
    let base = declared.split('(').next().unwrap_or("").trim();
    match base {
        "varchar" | "char" | "text" | "character varying" | "character" => ColumnKind::Text,
        "integer" | "bigint" | "smallint" | "int" | "int2" | "int4" | "int8" => ColumnKind::Integer,
        "bool" | "boolean" => ColumnKind::Bool,
        "datetime" | "timestamp with time zone" | "timestamp without time zone" | "timestamp" => ColumnKind::Time,
        _ => ColumnKind::Other,
    }
}

/// The link table, if present, with the column that points to the user (`<model>_id`, whatever
/// the model's name).
fn link(db: &Db, name: &str, other: &str) -> Result<Option<Link>, Error> {
    let user_column = db.columns(name)?.iter().map(|c| &c.name).find(|c| *c != "id" && *c != other);
    Ok(user_column.map(|user_column| Link { table: name.to_string(), user_column: user_column.clone() }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_keys_read_and_print_as_django_does() {
        let id = UserId::from_value(&Value::Text("550e8400e29b41d4a716446655440000".into())).unwrap();
        assert_eq!(id.to_string(), "550e8400-e29b-41d4-a716-446655440000");
        assert_eq!(Value::from(id), Value::Text("550e8400e29b41d4a716446655440000".into()));
        assert_eq!(UserId::from_value(&Value::Text("550e8400-e29b-41d4-a716-446655440000".into())), Some(id));
        assert_eq!(UserId::from_value(&Value::Text("nope".into())), None);
        let fresh = UserId::new_uuid().unwrap().to_string();
        assert_eq!(&fresh[14..15], "4", "version 4: {fresh}");
    }
}
