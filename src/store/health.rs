//! Read-only looks at the database for `doctor`: what the engine says about itself.

use super::Store;
use super::db::Engine;
use crate::Error;
use std::io::Read;
use std::path::Path;

/// The schema version recorded in `authadm_schema`.
pub fn schema_version(store: &Store) -> Result<i64, Error> {
    super::schema::recorded_version(store.db())
}

/// `PRAGMA integrity_check`: `["ok"]` for a sound file, else SQLite's descriptions (at most 20).
pub fn integrity_check(store: &Store) -> Result<Vec<String>, Error> {
    store.db().query("PRAGMA integrity_check(20)", &[])?.iter().map(|row| row.text(0)).collect()
}

/// Whether SQLite could open the file only for reading (its mode, its immutable attribute, a
/// read-only file system): every write, a recorded login included, then fails.
pub fn read_only(store: &Store) -> bool {
    store.db().sqlite().is_some_and(|conn| conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true))
}

/// `PRAGMA journal_mode`, lowercased (`wal` is what authadm sets). A file on read-only storage,
/// opened as immutable, reports `delete` whatever it is: its header says then.
pub fn journal_mode(store: &Store) -> Result<String, Error> {
    let mode = store.db().query_one("PRAGMA journal_mode", &[])?.text(0)?.to_ascii_lowercase();
    Ok(if mode == "delete" && read_only(store) && store.file().is_some_and(header_says_wal) {
        "wal".into()
    } else {
        mode
    })
}

/// Bytes 18 and 19 of a SQLite file, its read and write versions, are 2 in WAL mode.
fn header_says_wal(path: &Path) -> bool {
    let mut header = [0; 20];
    std::fs::File::open(path).and_then(|mut file| file.read_exact(&mut header)).is_ok() && header[18..] == [2, 2]
}

/// authadm's case-insensitive indexes on `auth_user` that are missing (on PostgreSQL only the
/// table's owner can add them), as the statements that would add them.
pub fn missing_indexes(store: &Store) -> Result<Vec<String>, Error> {
    super::schema::missing_indexes(store.db())
}

/// The PostgreSQL server's version and whether this connection is encrypted.
pub fn postgres_connection(store: &Store) -> Result<(String, bool), Error> {
    debug_assert_eq!(store.engine(), Engine::Postgres);
    let row = store.db().query_one(
        "SELECT current_setting('server_version'), coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)",
        &[],
    )?;
    Ok((row.text(0)?, row.bool(1)?))
}
