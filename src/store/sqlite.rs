//! The embedded engine: a SQLite file, created 0600, WAL, foreign keys, a busy timeout.

use super::db::{Row, Value};
use crate::Error;
use crate::time::django_text;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ErrorCode, OpenFlags, ToSql};
use std::borrow::Cow;
use std::fs::OpenOptions;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
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
    let mut found = Vec::new();
    for_each(conn, sql, params, &mut |row| {
        found.push(row);
        Ok(())
    })?;
    Ok(found)
}

/// Hands each row to `each` as SQLite steps to it, holding none of the others.
pub fn for_each(
    conn: &Connection,
    sql: &str,
    params: &[Value],
    each: &mut dyn FnMut(Row) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut statement = conn.prepare_cached(sql)?;
    let columns = statement.column_count();
    let mut rows = statement.query(rusqlite::params_from_iter(params))?;
    while let Some(row) = rows.next()? {
        let values = (0..columns).map(|index| row.get_ref(index).map(read)).collect::<Result<_, _>>()?;
        each(Row(values))?;
    }
    Ok(())
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

/// Opens the file at `path` read-write (it exists by now) and sets the connection up. SQLite opens
/// a file it cannot write read-only by itself; on a read-only file system it then cannot read a
/// WAL database either (it needs a `-shm` file it cannot create), so such a file is opened as
/// immutable, which it is, when no `-wal` file holds changes that reading it so would miss.
pub fn open(path: &Path) -> Result<Connection, Error> {
    // URI filenames for `ATTACH`, which takes its flags from the connection's: `import django`
    // attaches its source as `file:…?mode=ro`, never to be written. `./` keeps a relative path
    // that begins with `file:` a path.
    let literal = if path.as_os_str().as_bytes().starts_with(b"file:") {
        Cow::Owned(Path::new(".").join(path))
    } else {
        Cow::Borrowed(path)
    };
    let conn = connect(&literal, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_URI)?;
    if !conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) || wal_file(path).exists() {
        return Ok(conn);
    }
    match conn.query_row("PRAGMA schema_version", [], |_| Ok(())) {
        Err(err) if err.sqlite_error_code() == Some(ErrorCode::CannotOpen) => {
            connect(Path::new(&immutable_uri(path)), OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI)
        }
        _ => Ok(conn),
    }
}

/// Opens the file only to read it: what looking at a database without changing it needs.
pub fn open_read_only(path: &Path) -> Result<Connection, Error> {
    connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
}

fn connect(path: &Path, flags: OpenFlags) -> Result<Connection, Error> {
    // NOFOLLOW: a symbolic link put at the path after authadm looked at it is still refused.
    let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_NOFOLLOW;
    let conn = Connection::open_with_flags(path, flags).map_err(|err| open_error(path, &err))?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(|err| open_error(path, &err))?;
    Ok(conn)
}

fn wal_file(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// `file:PATH?immutable=1`.
fn immutable_uri(path: &Path) -> String {
    format!("{}?immutable=1", file_uri(path))
}

/// `file:PATH?mode=ro`: the file opened to be read only, whatever the connection's flags.
pub fn read_only_uri(path: &Path) -> String {
    format!("{}?mode=ro", file_uri(path))
}

/// `file:PATH`, every byte of the path but the plainest percent-encoded.
fn file_uri(path: &Path) -> String {
    let encoded: String = path
        .as_os_str()
        .as_bytes()
        .iter()
        .map(|&byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'.' | b'_' | b'-' => char::from(byte).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect();
    format!("file:{encoded}")
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

/// Creates the file with mode 0600 before SQLite sees it (SQLite would use the umask), after
/// refusing what is there if it is not authadm's to use; returns whether it was created.
pub fn create_private_file(path: &Path) -> Result<bool, Error> {
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        refuse_foreign(path, &meta)?;
        // An empty file (from `touch` or `mktemp`) is a new database to SQLite, which is about to
        // put password hashes in it: it gets the mode a file authadm creates would have.
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

/// A symbolic link at the path would have authadm chmod and write whatever file it points to,
/// and a file of another user stays theirs: they can chmod it back and read every hash, and root
/// writing it would leave root's `-wal` and `-shm` files beside it, which its owner cannot open.
/// Both are refused, as ssh refuses keys it does not own, root included.
fn refuse_foreign(path: &Path, meta: &std::fs::Metadata) -> Result<(), Error> {
    if meta.file_type().is_symlink() {
        return Err(Error::Database(format!(
            "{} is a symbolic link; authadm opens only a database file itself: give the file's real path",
            path.display()
        )));
    }
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me {
        return Err(Error::Database(format!(
            "{} belongs to uid {}, not to the user running authadm (uid {me}): its owner can read the password \
             hashes whatever its mode; run authadm as that user, or give a file of your own",
            path.display(),
            meta.uid()
        )));
    }
    Ok(())
}

/// Where a folder anyone may write to (without the sticky bit, which `/tmp` has) holds the
/// database, anyone can delete or replace the file, or put a link in its place: the warning
/// `doctor` and every command give, or `None`.
pub fn open_folder_warning(path: &Path) -> Option<String> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mode = std::fs::metadata(folder).ok()?.permissions().mode();
    (mode & 0o002 != 0 && mode & 0o1000 == 0).then(|| {
        format!(
            "folder {} is writable by anyone (mode {:04o}, no sticky bit): anyone can delete or replace the database",
            folder.display(),
            mode & 0o7777
        )
    })
}

/// Which file the path names (device and inode), without following a link; `None` if none.
pub fn file_id(path: &Path) -> Option<(u64, u64)> {
    std::fs::symlink_metadata(path).ok().map(|meta| (meta.dev(), meta.ino()))
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
        Some(ErrorCode::ReadOnly) => "the database is read-only: check the permissions of the file and its folder, \
             its immutable attribute (lsattr), and whether its file system is mounted read-only"
            .into(),
        Some(ErrorCode::CannotOpen) => "cannot open the file (check that it exists and its permissions)".into(),
        Some(ErrorCode::DiskFull) => "the disk is full".into(),
        _ => err.to_string(),
    }
}
