//! The embedded engine: a SQLite file, created 0600, WAL, foreign keys, a busy timeout.

use super::db::{Row, Value};
use crate::Error;
use crate::time::django_text;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ErrorCode, OpenFlags, ToSql};
use std::fs::OpenOptions;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::time::Duration;

/// How long a writer waits for another one before giving up with exit 6.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

impl ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::Owned(rusqlite::types::Value::Null),
            Value::Int(value) => ToSqlOutput::Owned((*value).into()),
            Value::Bool(value) => ToSqlOutput::Owned(i64::from(*value).into()),
            Value::Text(text) => ToSqlOutput::Borrowed(ValueRef::Text(text.as_bytes())),
            // Django's own text form on SQLite, so Django reads what authadm writes.
            Value::Time(time) => ToSqlOutput::Owned(django_text(*time).into()),
            Value::Blob(bytes) => ToSqlOutput::Borrowed(ValueRef::Blob(bytes)),
        })
    }
}

pub fn execute(conn: &Connection, sql: &str, params: &[Value]) -> Result<usize, Error> {
    Ok(conn.prepare_cached(sql)?.execute(rusqlite::params_from_iter(params))?)
}

pub fn query(conn: &Connection, sql: &str, params: &[Value]) -> Result<Vec<Row>, Error> {
    let mut statement = conn.prepare_cached(sql)?;
    let columns = statement.column_count();
    let mut rows = statement.query(rusqlite::params_from_iter(params))?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        let values = (0..columns).map(|index| row.get_ref(index).map(read)).collect::<Result<_, _>>()?;
        found.push(Row(values));
    }
    Ok(found)
}

/// A column as a [`Value`]; binary data too, so that one row holding it (written by another
/// program) is reported as that row's problem instead of failing the whole query.
fn read(value: ValueRef) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(value) => Value::Int(value),
        ValueRef::Text(bytes) => Value::Text(String::from_utf8_lossy(bytes).into_owned()),
        ValueRef::Real(value) => Value::Text(value.to_string()),
        ValueRef::Blob(bytes) => Value::Blob(bytes.to_vec()),
    }
}

/// Opens the file at `path` read-write (it exists by now) and sets the connection up.
pub fn open(path: &Path) -> Result<Connection, Error> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|err| open_error(path, &err))?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(|err| open_error(path, &err))?;
    Ok(conn)
}

/// Foreign keys for the cascades; WAL so readers never wait for the writer.
pub fn configure(conn: &Connection) -> Result<(), Error> {
    conn.pragma_update(None, "foreign_keys", true)?;
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") && !conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
        // A read-only file keeps its journal mode; reads work in either.
        let _: Result<String, _> = conn.query_row("PRAGMA journal_mode=WAL", [], |row| row.get(0));
    }
    Ok(())
}

/// Creates the file with mode 0600 before SQLite sees it (SQLite would use the umask); returns
/// whether it was created.
pub fn create_private_file(path: &Path) -> Result<bool, Error> {
    if let Ok(meta) = std::fs::metadata(path) {
        // An empty file (from `touch` or `mktemp`) is a new database to SQLite, which is about to
        // put password hashes in it: it gets the mode a file authadm creates would have. Failing
        // that (another owner's file), `doctor` reports the mode.
        if meta.is_file() && meta.len() == 0 {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        }
        return Ok(false);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.is_dir()
    {
        return Err(Error::Database(format!(
            "cannot create database {}: folder {} does not exist",
            path.display(),
            parent.display()
        )));
    }
    match OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(true),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(err) => Err(Error::Database(format!("cannot create database {}: {err}", path.display()))),
    }
}

fn open_error(path: &Path, err: &rusqlite::Error) -> Error {
    Error::Database(format!("cannot open database {}: {}", path.display(), describe(err)))
}

/// The library error for a SQLite error: busy is [`Error::Busy`], worth another try.
pub fn error(err: &rusqlite::Error) -> Error {
    match err.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::Busy(describe(err)),
        _ => Error::Database(describe(err)),
    }
}

/// One line a user can act on, for the SQLite errors people actually meet.
pub fn describe(err: &rusqlite::Error) -> String {
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => "the file is not a SQLite database (or it is encrypted or truncated)".into(),
        Some(ErrorCode::DatabaseCorrupt) => {
            "the database is corrupt (run `sqlite3 FILE 'PRAGMA integrity_check'`)".into()
        }
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            format!("the database stayed locked by another process for {}s; try again", BUSY_TIMEOUT.as_secs())
        }
        Some(ErrorCode::ReadOnly) => "the database is read-only (check the file's and its folder's permissions)".into(),
        Some(ErrorCode::CannotOpen) => "cannot open the file (check that it exists and its permissions)".into(),
        Some(ErrorCode::DiskFull) => "the disk is full".into(),
        _ => err.to_string(),
    }
}
