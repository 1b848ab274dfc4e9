//! Schema versions and forward migrations. The version lives in `authadm_schema`; Django's own
//! tables are created only when absent (a fresh database) and never altered.

use super::Store;
use crate::Error;
use rusqlite::Connection;

/// The newest schema this build knows; a database with a higher one is refused.
pub const SCHEMA_VERSION: i64 = 2;

/// `auth_user` exactly as Django 5.2's migrations leave it on SQLite.
const DJANGO_AUTH_USER: &str = r#"CREATE TABLE IF NOT EXISTS "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, "last_name" varchar(150) NOT NULL, "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL);"#;

const DJANGO_COLUMNS: &[&str] = &[
    "id",
    "password",
    "last_login",
    "is_superuser",
    "username",
    "last_name",
    "email",
    "is_staff",
    "is_active",
    "date_joined",
    "first_name",
];

/// Migration N (1-based) takes the schema from version N-1 to N.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE authadm_user_extra (
    user_id INTEGER PRIMARY KEY REFERENCES auth_user(id) ON DELETE CASCADE,
    email_verified INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE authadm_token (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES auth_user(id) ON DELETE CASCADE,
    name TEXT,
    digest TEXT NOT NULL UNIQUE,
    created_us INTEGER NOT NULL,
    expires_us INTEGER,
    revoked_us INTEGER,
    last_used_us INTEGER
);
CREATE INDEX authadm_token_user ON authadm_token(user_id);
"#,
    ATTEMPTS_AND_LOCKOUTS,
];

/// Migration 2: login attempts (audit and rate-limit windows), lockout counters, and events.
/// `failed` and the partial index keep `audit failed-logins --since` an index range scan.
const ATTEMPTS_AND_LOCKOUTS: &str = r#"
CREATE TABLE authadm_attempt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time_us INTEGER NOT NULL,
    username TEXT NOT NULL,
    subject TEXT NOT NULL,
    ip TEXT,
    reason TEXT NOT NULL,
    backend TEXT,
    failed INTEGER NOT NULL,
    cleared INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX authadm_attempt_time ON authadm_attempt(time_us);
CREATE INDEX authadm_attempt_subject ON authadm_attempt(subject, time_us);
CREATE INDEX authadm_attempt_ip ON authadm_attempt(ip, time_us);
CREATE INDEX authadm_attempt_failed ON authadm_attempt(time_us, ip, username, subject) WHERE failed = 1;
CREATE INDEX authadm_attempt_failed_ip ON authadm_attempt(ip, time_us, subject) WHERE failed = 1;
CREATE TABLE authadm_lockout (
    subject TEXT NOT NULL,
    ip TEXT NOT NULL,
    user_id INTEGER REFERENCES auth_user(id) ON DELETE CASCADE,
    name TEXT,
    failures INTEGER NOT NULL,
    first_us INTEGER NOT NULL,
    last_us INTEGER NOT NULL,
    PRIMARY KEY (subject, ip)
);
CREATE INDEX authadm_lockout_user ON authadm_lockout(user_id);
CREATE TABLE authadm_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time_us INTEGER NOT NULL,
    kind TEXT NOT NULL,
    username TEXT,
    detail TEXT NOT NULL
);
CREATE INDEX authadm_event_time ON authadm_event(time_us);
"#;

/// authadm's indexes on Django's table: Django may drop them when it rebuilds `auth_user`, so
/// they are checked on every open rather than made once by a migration.
const AUTH_USER_INDEXES: &[(&str, &str)] = &[
    ("authadm_auth_user_username_ci", "CREATE INDEX authadm_auth_user_username_ci ON auth_user(lower(username))"),
    ("authadm_auth_user_email_ci", "CREATE INDEX authadm_auth_user_email_ci ON auth_user(lower(email))"),
];

/// What [`inspect`] found, before anything was written.
pub struct Found {
    version: i64,
}

/// Reads what the file holds and refuses what authadm must not touch.
pub fn inspect(conn: &Connection) -> Result<Found, Error> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let has = |name: &str| tables.iter().any(|t| t == name);
    let version = if has("authadm_schema") {
        conn.query_row("SELECT max(version) FROM authadm_schema", [], |row| row.get::<_, Option<i64>>(0))?.unwrap_or(0)
    } else {
        0
    };
    if version > SCHEMA_VERSION {
        return Err(Error::Database(format!(
            "the database has schema version {version}, made by a newer authadm (this one knows up to {SCHEMA_VERSION}); upgrade authadm"
        )));
    }
    if has("auth_user") {
        check_django_columns(conn)?;
    } else if !tables.is_empty() && !tables.iter().all(|t| t.starts_with("sqlite_")) {
        return Err(Error::Database(
            "this SQLite database belongs to another application: it has tables but no auth_user".into(),
        ));
    }
    Ok(Found { version })
}

fn check_django_columns(conn: &Connection) -> Result<(), Error> {
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('auth_user')")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    match DJANGO_COLUMNS.iter().find(|c| !columns.iter().any(|have| have == *c)) {
        None => Ok(()),
        Some(missing) => {
            Err(Error::Database(format!("its auth_user table is not Django's: column `{missing}` is missing")))
        }
    }
}

/// Brings the schema to [`SCHEMA_VERSION`] in one transaction, re-reading the version under the
/// write lock so two processes opening a new database at once migrate it once.
pub fn migrate(store: &Store, found: Found) -> Result<(), Error> {
    if found.version == SCHEMA_VERSION && indexes_present(store.conn())? {
        return Ok(());
    }
    store.write(|conn| {
        conn.execute_batch(DJANGO_AUTH_USER)?;
        conn.execute_batch("CREATE TABLE IF NOT EXISTS authadm_schema (version INTEGER NOT NULL)")?;
        let current: i64 =
            conn.query_row("SELECT coalesce(max(version), 0) FROM authadm_schema", [], |row| row.get(0))?;
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
            conn.execute_batch(sql)?;
            conn.execute("INSERT INTO authadm_schema (version) VALUES (?1)", [index as i64 + 1])?;
        }
        for (name, sql) in AUTH_USER_INDEXES {
            if !index_exists(conn, name)? {
                conn.execute_batch(sql)?;
            }
        }
        Ok(())
    })
}

fn indexes_present(conn: &Connection) -> Result<bool, Error> {
    for (name, _) in AUTH_USER_INDEXES {
        if !index_exists(conn, name)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn index_exists(conn: &Connection, name: &str) -> Result<bool, Error> {
    Ok(conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?1", [name], |row| {
        row.get::<_, i64>(0)
    })? > 0)
}
