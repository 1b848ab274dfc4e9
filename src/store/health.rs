//! Read-only looks at the database file for `doctor`: what SQLite says about itself.

use super::Store;
use crate::Error;

/// The schema version recorded in `authadm_schema`.
pub fn schema_version(store: &Store) -> Result<i64, Error> {
    Ok(store.conn().query_row("SELECT coalesce(max(version), 0) FROM authadm_schema", [], |row| row.get(0))?)
}

/// `PRAGMA integrity_check`: `["ok"]` for a sound file, else SQLite's descriptions (at most 20).
pub fn integrity_check(store: &Store) -> Result<Vec<String>, Error> {
    let mut statement = store.conn().prepare("PRAGMA integrity_check(20)")?;
    let rows = statement.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
    Ok(rows)
}

/// `PRAGMA journal_mode`, lowercased (`wal` is what authadm sets).
pub fn journal_mode(store: &Store) -> Result<String, Error> {
    let mode: String = store.conn().query_row("PRAGMA journal_mode", [], |row| row.get(0))?;
    Ok(mode.to_ascii_lowercase())
}
