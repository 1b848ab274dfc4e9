//! The user database: Django's `auth_user` (never altered) plus authadm's own `authadm_` tables,
//! in a SQLite file or a shared PostgreSQL database. The rest of authadm sees one [`Store`]; the
//! engines differ only below [`db::Db`].
//!
//! Opening checks before it writes: a file that is not SQLite, a database of another
//! application, or one from a newer authadm is refused and left untouched.

pub mod allauth_emails;
pub mod attempts;
pub mod audit;
pub mod axes;
pub mod catalogue;
pub mod db;
pub mod django_source;
pub mod groups;
pub mod health;
pub mod import;
pub mod permissions;
pub mod pg_connect;
pub mod postgres;
pub(crate) mod removal;
mod schema;
pub mod second_factors;
pub mod sessions;
pub mod sqlite;
pub mod tokens;
pub mod user_model;
pub mod users;

use crate::Error;
use db::{Conn, Db, Engine};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use user_model::{Choice, UserModel};

pub use schema::SCHEMA_VERSION;

/// Where the database is: a SQLite file, or a PostgreSQL URL (with where its password may be).
/// `Debug` prints what `Display` does, so no debug print can show the URL's password.
#[derive(Clone)]
pub enum Target {
    File(PathBuf),
    Postgres { url: String, password_file: Option<PathBuf> },
}

impl Target {
    /// `--database`/`database`/`AUTHADM_DATABASE`: a `postgres://` URL selects PostgreSQL, anything
    /// else is a file path.
    pub fn new(database: &Path, password_file: Option<PathBuf>) -> Target {
        match database.to_str().filter(|text| pg_connect::is_postgres_url(text)) {
            Some(url) => Target::Postgres { url: url.to_owned(), password_file },
            None => Target::File(database.to_path_buf()),
        }
    }
}

/// What messages and `doctor` call the database: the path, or the URL without its password.
impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::File(path) => write!(f, "{}", path.display()),
            Target::Postgres { url, .. } => f.write_str(&pg_connect::redacted(url)),
        }
    }
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Target({self})")
    }
}

/// A SQLite write can meet a busy database even past `busy_timeout` (WAL recovery, a
/// checkpoint), and PostgreSQL can ask for a transaction again (deadlock); these retries, with
/// doubling sleeps from 5 ms, keep that from reaching the user.
const BUSY_RETRIES: u32 = 6;

/// Every authadm writer on a PostgreSQL database takes this transaction-scoped advisory lock
/// first, so writers queue as they do on SQLite's `BEGIN IMMEDIATE`: the lockout guard's
/// read-decide-reserve is then atomic across processes and hosts. The number is "authadm" in
/// ASCII; Django's own writes never take it and never wait for it.
const WRITER_LOCK: i64 = 0x0061_7574_6861_646d;

pub struct Store {
    db: Db,
    target: Target,
}

impl Store {
    /// Opens and migrates an existing database. A missing file is an error, not a new empty
    /// database: a mistyped path must not pass for "no such user" and leave a stray file behind.
    pub fn open_existing(target: &Target, model: &Choice) -> Result<Store, Error> {
        if let Target::File(path) = target
            && !path.exists()
        {
            return Err(Error::Database(format!(
                "no database at {}; pass --database FILE, or create one with `authadm user add`",
                path.display()
            )));
        }
        Store::open(target, model)
    }

    /// Opens (creating a SQLite file with mode 0600 if absent) and migrates the database, with
    /// its user model found (or as `[user_model]` names it).
    pub fn open(target: &Target, model: &Choice) -> Result<Store, Error> {
        match target {
            Target::File(path) => Store::open_file(path, model),
            Target::Postgres { url, password_file } => {
                let client = pg_connect::connect(url, password_file.as_deref())?;
                let db = Db::new(Conn::Postgres(Box::new(postgres::Postgres::new(client))));
                let mut store = Store { db, target: target.clone() };
                store.db.read_catalogue()?;
                let found = schema::inspect(&store.db, model).map_err(|err| store.name_in(err))?;
                store.migrate(found)?;
                Ok(store)
            }
        }
    }

    /// An existing database opened to look at (its user model, which lockout store it has)
    /// without creating, migrating or writing anything: `config check`.
    pub fn peek(target: &Target, model: &Choice) -> Result<Store, Error> {
        let mut db = match target {
            Target::File(path) if !path.exists() => {
                return Err(Error::Database(format!("no database at {}", path.display())));
            }
            Target::File(path) => Db::new(Conn::Sqlite(sqlite::open_read_only(path)?)),
            Target::Postgres { url, password_file } => {
                let client = pg_connect::connect(url, password_file.as_deref())?;
                Db::new(Conn::Postgres(Box::new(postgres::Postgres::new(client))))
            }
        };
        db.read_catalogue()?;
        let found = schema::inspect(&db, model)?;
        db.set_model(found.model);
        Ok(Store { db, target: target.clone() })
    }

    fn open_file(path: &Path, model: &Choice) -> Result<Store, Error> {
        let created = sqlite::create_private_file(path)?;
        let file_id = sqlite::file_id(path);
        let mut db = Db::new(Conn::Sqlite(sqlite::open(path)?));
        db.watch_file(path, file_id);
        let mut store = Store { db, target: Target::File(path.to_path_buf()) };
        let found = match store.db.read_catalogue().and_then(|()| schema::inspect(&store.db, model)) {
            Ok(found) => found,
            Err(err) => {
                if created {
                    let _ = std::fs::remove_file(path);
                }
                return Err(store.name_in(err));
            }
        };
        if let Some(conn) = store.db.sqlite() {
            sqlite::configure(conn)?;
        }
        store.migrate(found)?;
        Ok(store)
    }

    /// Takes the model found, and brings the schema to this build's; the catalogue is read again
    /// when that made authadm's tables (or Django's `auth_user`, in a new database).
    fn migrate(&mut self, found: schema::Found) -> Result<(), Error> {
        self.db.set_model(found.model.clone());
        if schema::migrate(self, &found)? {
            self.db.read_catalogue()?;
        }
        Ok(())
    }

    /// SQLite in WAL mode goes on committing to a file deleted or replaced since it was opened, and
    /// what it commits there is lost: a write checks first that the path still names that file.
    fn check_file(&self) -> Result<(), Error> {
        self.db.replaced_file().map_or(Ok(()), Err)
    }

    /// Prefixes a database error with which database it is about.
    fn name_in(&self, err: Error) -> Error {
        match err {
            Error::Database(message) => Error::Database(format!("{}: {message}", self.target)),
            other => other,
        }
    }

    pub fn target(&self) -> &Target {
        &self.target
    }

    /// The SQLite file, when the store is one.
    pub fn file(&self) -> Option<&Path> {
        match &self.target {
            Target::File(path) => Some(path),
            Target::Postgres { .. } => None,
        }
    }

    pub fn engine(&self) -> Engine {
        self.db.engine()
    }

    /// The user model in force.
    pub fn model(&self) -> &UserModel {
        self.db.model()
    }

    /// django-allauth's address table, when the site has it: its rows are the users' addresses.
    pub fn emails(&self) -> Option<&allauth_emails::Tables> {
        self.db.emails()
    }

    pub(crate) fn db(&self) -> &Db {
        &self.db
    }

    /// Runs `body` in a transaction that holds the writer's lock from its first statement, so
    /// two writers queue instead of failing half-way; retried when the engine reports it busy.
    /// An error rolls everything back.
    pub fn write<T>(&self, mut body: impl FnMut(&Db) -> Result<T, Error>) -> Result<T, Error> {
        let started = Instant::now();
        let mut delay = Duration::from_millis(5);
        for _ in 0..BUSY_RETRIES {
            match self.write_once(&mut body) {
                // Past the busy timeout, a lock held by another process is final: waiting it out
                // again per retry would multiply the wait the message states.
                Err(Error::Busy(_)) if started.elapsed() < sqlite::BUSY_TIMEOUT => {
                    std::thread::sleep(delay);
                    delay *= 2;
                }
                done => return done,
            }
        }
        self.write_once(&mut body)
    }

    fn write_once<T>(&self, body: &mut impl FnMut(&Db) -> Result<T, Error>) -> Result<T, Error> {
        match self.db.engine() {
            Engine::Sqlite => self.db.batch("BEGIN IMMEDIATE")?,
            Engine::Postgres => {
                // Read committed whatever the database's default: each statement after the lock
                // must see what the previous lock holder committed.
                self.db.batch("BEGIN ISOLATION LEVEL READ COMMITTED")?;
                self.db.execute("SELECT pg_advisory_xact_lock(?1)", db::args![WRITER_LOCK]).inspect_err(|_| {
                    let _ = self.db.batch("ROLLBACK");
                })?;
            }
        }
        // A failed COMMIT leaves SQLite's transaction open (a deferred foreign key), so roll back
        // after the body or the commit fails.
        let done = body(&self.db).and_then(|value| {
            self.check_file()?;
            self.db.commit().map(|()| value)
        });
        if done.is_err() {
            let _ = self.db.batch("ROLLBACK");
        }
        done
    }
}

#[cfg(test)]
mod tests {
    use super::Target;
    use std::path::Path;

    #[test]
    fn debug_output_never_shows_the_password() {
        let target = Target::new(Path::new("postgres://alice:s3cret@db/app"), None);
        assert_eq!(format!("{target:?}"), "Target(postgres://alice@db/app)");
    }
}
