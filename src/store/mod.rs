//! The SQLite database: Django's `auth_user` (never altered) plus authadm's own `authadm_` tables.
//!
//! Opening checks before it writes: a file that is not SQLite, a SQLite file of another
//! application, or a database from a newer authadm is refused and left byte-for-byte untouched.

pub mod attempts;
pub mod audit;
pub mod health;
pub mod pg_connect;
mod schema;
pub mod tokens;
pub mod users;

use crate::Error;
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};
use std::fs::OpenOptions;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use schema::SCHEMA_VERSION;

/// How long a writer waits for another one before giving up with exit 6.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens and migrates an existing database. A missing file is an error, not a new empty
    /// database: a mistyped path must not pass for "no such user" and leave a stray file behind.
    pub fn open_existing(path: &Path) -> Result<Store, Error> {
        if !path.exists() {
            return Err(Error::Database(format!(
                "no database at {}; pass --database FILE, or create one with `authadm user add`",
                path.display()
            )));
        }
        Store::open(path)
    }

    /// Opens (creating with mode 0600 if absent) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let created = create_private_file(path)?;
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|err| open_error(path, &err))?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(|err| open_error(path, &err))?;
        let store = Store { conn, path: path.to_path_buf() };
        let found = schema::inspect(&store.conn).map_err(|err| match err {
            Error::Database(msg) => Error::Database(format!("{}: {msg}", path.display())),
            other => other,
        });
        let found = match found {
            Ok(found) => found,
            Err(err) => {
                if created {
                    let _ = std::fs::remove_file(path);
                }
                return Err(err);
            }
        };
        store.configure()?;
        schema::migrate(&store, found)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so two
    /// writers queue on `busy_timeout` instead of failing half-way with "database is locked".
    pub fn write<T>(&self, body: impl FnOnce(&Connection) -> Result<T, Error>) -> Result<T, Error> {
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let value = body(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    fn configure(&self) -> Result<(), Error> {
        self.conn.pragma_update(None, "foreign_keys", true)?;
        let mode: String = self.conn.query_row("PRAGMA journal_mode", [], |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") && !self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
            // A read-only file keeps its journal mode; reads work in either.
            let _: Result<String, _> = self.conn.query_row("PRAGMA journal_mode=WAL", [], |row| row.get(0));
        }
        Ok(())
    }
}

/// Creates the file with mode 0600 before SQLite sees it (SQLite would use the umask); returns
/// whether it was created.
fn create_private_file(path: &Path) -> Result<bool, Error> {
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
    Error::Database(format!("cannot open database {}: {}", path.display(), describe_sqlite_error(err)))
}

/// One line a user can act on, for the SQLite errors people actually meet.
pub fn describe_sqlite_error(err: &rusqlite::Error) -> String {
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
