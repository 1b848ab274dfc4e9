//! `import django`: copy the users of another Django database into this one, their hashes as
//! they are (no re-hashing: users keep their passwords, and Django's formats all verify here).
//!
//! One transaction, prepared statements and one pass over the source: 100,000 users take well
//! under a second, and an interrupted import leaves the target as it was.

use crate::Error;
use crate::hashers::{self, PasswordHashers};
use crate::store::Store;
use crate::store::db::{Db, Value};
use rusqlite::{Connection, OpenFlags};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// What to do with a user whose username the target already has.
#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum OnDuplicate {
    /// Keep the target's user as it is.
    Skip,
    /// Overwrite the target's user with the source's fields and hash (its id stays).
    Update,
}

#[derive(Debug, Default)]
pub struct Report {
    pub inserted: usize,
    pub updated: usize,
    pub skipped: usize,
    /// Usable hashes of formats not in `password_hashers`, by algorithm: those users cannot log
    /// in until the format is added.
    pub unverifiable: BTreeMap<String, usize>,
}

/// Django's `auth_user` columns copied, in this order; the id is the target's own.
const COLUMNS: &str =
    "username, password, last_login, is_superuser, last_name, email, is_staff, is_active, date_joined, first_name";
/// Users per batch, and so how often `progress` is called: one lookup and one multi-row insert
/// per batch instead of two statements per user, which on PostgreSQL are network round trips
/// (100,000 users: 40 s of round trips otherwise). 1,000 × 10 parameters stays under both
/// engines' limits on parameters per statement.
const BATCH: usize = 1000;

/// Copies every user of the Django database at `source` into `store`; `progress(done, total)`
/// is called after every [`BATCH`] users and at the end.
pub fn import_django(
    store: &Store,
    source: &Path,
    on_duplicate: OnDuplicate,
    hashers: &PasswordHashers,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Report, Error> {
    if let Some(target) = store.file() {
        refuse_same_file(target, source)?;
    }
    let src = open_source(source)?;
    let total: i64 = src.query_row("SELECT count(*) FROM auth_user", [], |row| row.get(0))?;
    let total = usize::try_from(total).unwrap_or_default();
    let configured = hashers.algorithms();
    // The source is read inside the transaction, so a retried transaction reads it again whole.
    store.write(|db| {
        let mut select = src.prepare(&format!("SELECT {COLUMNS} FROM auth_user ORDER BY id"))?;
        let mut rows = select.query([])?;
        let mut report = Report::default();
        let mut batch: Vec<Vec<Value>> = Vec::with_capacity(BATCH);
        let mut done = 0;
        loop {
            let row = rows.next()?;
            if let Some(row) = row {
                let values: Vec<Value> =
                    (0..10).map(|i| source_value(row.get_ref(i)?)).collect::<Result<_, Error>>()?;
                let (Value::Text(_), Value::Text(password)) = (&values[0], &values[1]) else {
                    return Err(Error::Database(format!(
                        "{}: a user has no text username or password",
                        source.display()
                    )));
                };
                let algorithm = hashers::algorithm_of(password);
                if hashers::is_usable(password) && !configured.contains(&algorithm) {
                    *report.unverifiable.entry(algorithm.to_string()).or_default() += 1;
                }
                batch.push(values);
            }
            if batch.len() == BATCH || (row.is_none() && !batch.is_empty()) {
                done += batch.len();
                copy_batch(db, std::mem::take(&mut batch), on_duplicate, &mut report)?;
                progress(done, total);
            }
            if row.is_none() {
                break;
            }
        }
        if done == 0 {
            progress(0, total);
        }
        Ok(report)
    })
}

/// Inserts the batch's new usernames in one statement; skips or updates the others.
fn copy_batch(db: &Db, batch: Vec<Vec<Value>>, on_duplicate: OnDuplicate, report: &mut Report) -> Result<(), Error> {
    let names: Vec<Value> = batch.iter().map(|values| values[0].clone()).collect();
    let lookup = format!("SELECT username, id FROM auth_user WHERE username IN ({})", placeholders(1, names.len()));
    let existing: HashMap<String, i64> =
        db.query(&lookup, &names)?.iter().map(|row| Ok((row.text(0)?, row.int(1)?))).collect::<Result<_, Error>>()?;
    let (old, new): (Vec<_>, Vec<_>) =
        batch.into_iter().partition(|values| matches!(&values[0], Value::Text(name) if existing.contains_key(name)));
    if !new.is_empty() {
        let groups: Vec<String> = (0..new.len()).map(|row| format!("({})", placeholders(row * 10 + 1, 10))).collect();
        let insert = format!("INSERT INTO auth_user ({COLUMNS}) VALUES {}", groups.join(", "));
        report.inserted += db.execute(&insert, &new.concat())?;
    }
    for mut values in old {
        if on_duplicate == OnDuplicate::Skip {
            report.skipped += 1;
            continue;
        }
        let Value::Text(name) = &values[0] else { continue };
        values[0] = Value::Int(existing[name]);
        db.execute(UPDATE, &values)?;
        report.updated += 1;
    }
    Ok(())
}

const UPDATE: &str = "UPDATE auth_user SET password = ?2, last_login = ?3, is_superuser = ?4, last_name = ?5, \
                      email = ?6, is_staff = ?7, is_active = ?8, date_joined = ?9, first_name = ?10 WHERE id = ?1";

/// `?first, ?first+1, ...`, `count` of them.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("?{n}")).collect::<Vec<_>>().join(", ")
}

/// A source column as a store value; Django's SQLite columns hold integers and text only.
fn source_value(value: rusqlite::types::ValueRef) -> Result<Value, Error> {
    use rusqlite::types::ValueRef;
    Ok(match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(value) => Value::Int(value),
        ValueRef::Text(text) => Value::Text(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Real(_) | ValueRef::Blob(_) => {
            return Err(Error::Database(
                "the source's auth_user holds a number or binary data where Django keeps text".into(),
            ));
        }
    })
}

/// Importing a database into itself would only "update" every user with its own values.
fn refuse_same_file(target: &Path, source: &Path) -> Result<(), Error> {
    let same = match (std::fs::canonicalize(target), std::fs::canonicalize(source)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(Error::Usage(format!("{} is the database being imported into", source.display())));
    }
    Ok(())
}

/// Read-only, never created: the source is someone else's database.
fn open_source(source: &Path) -> Result<Connection, Error> {
    if !source.is_file() {
        return Err(Error::Database(format!("cannot open {}: no such file", source.display())));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(source, flags).map_err(|err| {
        Error::Database(format!("cannot open {}: {}", source.display(), crate::store::sqlite::describe(&err)))
    })?;
    // Probing the columns up front turns a foreign file into one clear message.
    conn.prepare(&format!("SELECT {COLUMNS} FROM auth_user LIMIT 0")).map_err(|err| {
        Error::Database(format!(
            "{} is not a Django database with a usable auth_user table ({})",
            source.display(),
            crate::store::sqlite::describe(&err)
        ))
    })?;
    Ok(conn)
}
