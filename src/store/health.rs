//! Read-only looks at the database for `doctor`: what the engine says about itself.

use super::Store;
use super::db::{Db, Engine};
use crate::Error;

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
    matches!(store.db(), Db::Sqlite(conn) if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true))
}

/// `PRAGMA journal_mode`, lowercased (`wal` is what authadm sets).
pub fn journal_mode(store: &Store) -> Result<String, Error> {
    Ok(store.db().query_one("PRAGMA journal_mode", &[])?.text(0)?.to_ascii_lowercase())
}

/// authadm's case-insensitive indexes on `auth_user` that are missing (on PostgreSQL only the
/// table's owner can add them), as the statements that would add them.
pub fn missing_indexes(store: &Store) -> Result<Vec<&'static str>, Error> {
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
