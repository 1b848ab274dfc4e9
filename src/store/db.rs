//! One SQL surface over both engines, so the store's queries are written once.
//!
//! Statements use SQLite's `?N` placeholders; the PostgreSQL side rewrites them to `$N`. Values
//! travel as [`Value`] and come back as [`Row`]s, converted to each engine's column types at the
//! edge (Django keeps booleans as integers and datetimes as text on SQLite, as `boolean` and
//! `timestamptz` on PostgreSQL), so callers never see the difference.

use super::catalogue::{Catalogue, Column};
use super::user_model::{UserId, UserModel};
use super::{postgres::Postgres, sqlite};
use crate::Error;
use crate::time::parse_django_text;
use jiff::Timestamp;

/// A parameter or a column value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Text(String),
    Bool(bool),
    /// A Django datetime column (`last_login`, `date_joined`); authadm's own tables keep
    /// integer microseconds instead.
    Time(Timestamp),
    /// Binary data: never in a column authadm or Django writes, but another program may have
    /// put it in one, and a reader must be able to say where.
    Blob(Vec<u8>),
}

impl Value {
    /// What a column holds, for a message about a value that should not be there. Text is
    /// quoted only in part, so a long value does not drown the message.
    pub fn described(&self) -> String {
        match self {
            Value::Null => "NULL".into(),
            Value::Int(n) => format!("the integer {n}"),
            Value::Text(text) => format!("the text `{}`", text.chars().take(40).collect::<String>()),
            Value::Bool(value) => format!("the boolean {value}"),
            Value::Time(time) => format!("the datetime {time}"),
            Value::Blob(bytes) => format!("binary data ({} bytes)", bytes.len()),
        }
    }
}

impl From<i64> for Value {
    fn from(value: i64) -> Self {
        Value::Int(value)
    }
}
impl From<u32> for Value {
    fn from(value: u32) -> Self {
        Value::Int(value.into())
    }
}
impl From<bool> for Value {
    fn from(value: bool) -> Self {
        Value::Bool(value)
    }
}
impl From<&str> for Value {
    fn from(value: &str) -> Self {
        Value::Text(value.to_owned())
    }
}
impl From<&String> for Value {
    fn from(value: &String) -> Self {
        Value::Text(value.clone())
    }
}
impl From<String> for Value {
    fn from(value: String) -> Self {
        Value::Text(value)
    }
}
impl From<Timestamp> for Value {
    fn from(value: Timestamp) -> Self {
        Value::Time(value)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Self {
        value.map_or(Value::Null, Into::into)
    }
}

/// Builds a parameter list: `args![id, name, None::<i64>]`.
macro_rules! args {
    ($($value:expr),* $(,)?) => { &[$($crate::store::db::Value::from($value)),*][..] };
}
pub(crate) use args;

/// One result row, read by column index.
#[derive(Debug, Clone)]
pub struct Row(pub(crate) Vec<Value>);

impl Row {
    pub fn value(&self, index: usize) -> &Value {
        self.0.get(index).unwrap_or(&Value::Null)
    }

    pub fn into_values(self) -> Vec<Value> {
        self.0
    }

    pub fn opt_int(&self, index: usize) -> Result<Option<i64>, Error> {
        match self.value(index) {
            Value::Null => Ok(None),
            Value::Int(value) => Ok(Some(*value)),
            Value::Bool(value) => Ok(Some((*value).into())),
            other => Err(unexpected(index, "an integer", other)),
        }
    }

    pub fn int(&self, index: usize) -> Result<i64, Error> {
        self.opt_int(index)?.ok_or_else(|| unexpected(index, "an integer", &Value::Null))
    }

    pub fn opt_text(&self, index: usize) -> Result<Option<String>, Error> {
        match self.value(index) {
            Value::Null => Ok(None),
            Value::Text(value) => Ok(Some(value.clone())),
            other => Err(unexpected(index, "text", other)),
        }
    }

    pub fn text(&self, index: usize) -> Result<String, Error> {
        self.opt_text(index)?.ok_or_else(|| unexpected(index, "text", &Value::Null))
    }

    pub fn bool(&self, index: usize) -> Result<bool, Error> {
        match self.value(index) {
            Value::Bool(value) => Ok(*value),
            Value::Int(value) => Ok(*value != 0),
            other => Err(unexpected(index, "a boolean", other)),
        }
    }

    /// A Django datetime: text on SQLite (unparseable text reads as absent, as before), a
    /// timestamp on PostgreSQL.
    pub fn opt_time(&self, index: usize) -> Result<Option<Timestamp>, Error> {
        match self.value(index) {
            Value::Null => Ok(None),
            Value::Time(value) => Ok(Some(*value)),
            Value::Text(text) => Ok(parse_django_text(text)),
            other => Err(unexpected(index, "a datetime", other)),
        }
    }

    /// A user's key: an integer, or a UUID.
    pub fn user_id(&self, index: usize) -> Result<UserId, Error> {
        UserId::from_value(self.value(index)).ok_or_else(|| unexpected(index, "a user id", self.value(index)))
    }

    /// Integer microseconds since the epoch, as authadm's own tables keep times.
    pub fn micros(&self, index: usize) -> Result<Option<Timestamp>, Error> {
        Ok(self.opt_int(index)?.map(|us| Timestamp::from_microsecond(us).unwrap_or(Timestamp::UNIX_EPOCH)))
    }
}

fn unexpected(index: usize, wanted: &str, found: &Value) -> Error {
    Error::Database(format!("column {index} holds {} where {wanted} was expected", found.described()))
}

/// Which engine a [`Db`] runs on, for the few statements that must differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// A connection to either engine.
pub enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Postgres>),
}

/// An open connection, and the user model of its database (found when the store opened it), so
/// that every query on the users, inside a transaction too, names the model's table and columns.
pub struct Db {
    conn: Conn,
    model: UserModel,
    /// The SQLite file and its device and inode when opened, to tell a read failing because the
    /// file was removed meanwhile (SQLite then reports a disk I/O error) from other failures.
    file: Option<(std::path::PathBuf, Option<(u64, u64)>)>,
    /// django-allauth's address table, where the site has it (found when the store opened it), so
    /// the user queries read `email_verified` from it.
    emails: Option<super::allauth_emails::Tables>,
    /// The tables, columns and indexes, read once when the store opened the database.
    catalogue: Catalogue,
}

impl Db {
    /// A connection whose database's user model is not known yet: Django's default until
    /// [`Db::set_model`].
    pub fn new(conn: Conn) -> Db {
        Db { conn, model: UserModel::django_default(), file: None, emails: None, catalogue: Catalogue::default() }
    }

    /// Remembers which file this connection opened (see [`Db::replaced_file`]).
    pub fn watch_file(&mut self, path: &std::path::Path, id: Option<(u64, u64)>) {
        self.file = Some((path.to_path_buf(), id));
    }

    /// An error naming the file, when it is no longer the one opened: whatever SQLite said
    /// (committing to the deleted file, or a disk I/O error once its WAL went with it), the
    /// cause is the removal.
    pub fn replaced_file(&self) -> Option<Error> {
        let (path, id) = self.file.as_ref()?;
        (sqlite::file_id(path) != *id).then(|| {
            Error::Database(format!(
                "{}: the database file was removed or replaced while authadm had it open; nothing was written",
                path.display()
            ))
        })
    }

    fn explained(&self, err: Error) -> Error {
        match err {
            Error::Database(message) if message.contains("disk I/O error") => {
                self.replaced_file().unwrap_or(Error::Database(message))
            }
            other => other,
        }
    }

    pub fn set_model(&mut self, model: UserModel) {
        self.model = model;
    }

    pub fn model(&self) -> &UserModel {
        &self.model
    }

    /// Reads the catalogue (again, after authadm made its tables), and with it finds allauth's
    /// address table (see [`Db::emails`]).
    pub fn read_catalogue(&mut self) -> Result<(), Error> {
        self.catalogue = Catalogue::read(self)?;
        self.emails = super::allauth_emails::detect(self)?;
        Ok(())
    }

    /// The database's tables as the store found them on opening.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The table's columns (see [`Catalogue::columns`]).
    pub(crate) fn columns(&self, table: &str) -> Result<&[Column], Error> {
        self.catalogue.columns(self, table)
    }

    /// Whether the table has that column (none where there is no such table).
    pub fn has_column(&self, table: &str, column: &str) -> Result<bool, Error> {
        Ok(self.columns(table)?.iter().any(|c| c.name == column))
    }

    /// allauth's address table, when it holds the site's addresses.
    pub fn emails(&self) -> Option<&super::allauth_emails::Tables> {
        self.emails.as_ref()
    }

    /// The SQLite connection, when the database is a file.
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match &self.conn {
            Conn::Sqlite(conn) => Some(conn),
            Conn::Postgres(_) => None,
        }
    }

    pub fn engine(&self) -> Engine {
        match self.conn {
            Conn::Sqlite(_) => Engine::Sqlite,
            Conn::Postgres(_) => Engine::Postgres,
        }
    }

    /// Runs a statement; returns how many rows it changed.
    pub fn execute(&self, sql: &str, params: &[Value]) -> Result<usize, Error> {
        match &self.conn {
            Conn::Sqlite(conn) => sqlite::execute(conn, sql, params).map_err(|err| self.explained(err)),
            Conn::Postgres(pg) => pg.execute(sql, params),
        }
    }

    pub fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>, Error> {
        match &self.conn {
            Conn::Sqlite(conn) => sqlite::query(conn, sql, params).map_err(|err| self.explained(err)),
            Conn::Postgres(pg) => pg.query(sql, params),
        }
    }

    /// Each row in turn, handed to `each` as the engine produces it: a listing of many
    /// thousands of rows (`lockout status`) never holds them all.
    pub fn for_each(
        &self,
        sql: &str,
        params: &[Value],
        mut each: impl FnMut(Row) -> Result<(), Error>,
    ) -> Result<(), Error> {
        match &self.conn {
            Conn::Sqlite(conn) => sqlite::for_each(conn, sql, params, &mut each).map_err(|err| self.explained(err)),
            Conn::Postgres(pg) => pg.for_each(sql, params, &mut each),
        }
    }

    /// The first row, if any.
    pub fn query_opt(&self, sql: &str, params: &[Value]) -> Result<Option<Row>, Error> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The first row; a query that must answer (an aggregate, `RETURNING`).
    pub fn query_one(&self, sql: &str, params: &[Value]) -> Result<Row, Error> {
        self.query_opt(sql, params)?.ok_or_else(|| Error::Database(format!("no row from: {sql}")))
    }

    /// Whether a table exists (see [`Catalogue::has_table`]).
    pub fn has_table(&self, name: &str) -> bool {
        self.catalogue.has_table(name)
    }

    /// Several statements without parameters (schema changes).
    pub fn batch(&self, sql: &str) -> Result<(), Error> {
        match &self.conn {
            Conn::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Conn::Postgres(pg) => pg.batch(sql),
        }
    }

    /// Ends the open transaction; if that fails the engine has rolled it back, except where the
    /// error says the outcome is unknown.
    pub fn commit(&self) -> Result<(), Error> {
        match &self.conn {
            Conn::Sqlite(conn) => Ok(conn.execute_batch("COMMIT")?),
            Conn::Postgres(pg) => pg.commit(),
        }
    }
}
