//! Reading another Django project's SQLite database, the source of `import django`: opened
//! read-only, never created, its users read as typed rows in one pass.

use super::db::{Conn, Db, Value};
use super::import::{self as import_rows, ImportedUser};
use super::schema::quoted;
use super::sqlite;
use super::user_model::{self, Choice, IdKind};
use crate::Error;
use crate::time::parse_django_text;
use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

/// A Django database opened to be read, with its user model's table and copied columns.
pub struct DjangoSource {
    db: Db,
    path: PathBuf,
    table: String,
    id: String,
    columns: [String; 10],
    /// Whether a unique index (Django's `unique=True`) keeps its usernames unique.
    username_unique: bool,
}

/// The schema name the source is attached under on a SQLite target's connection.
const ATTACHED: &str = "authadm_import_source";

/// A source row holding a value Django would not have written (a boolean as text, a date that
/// does not parse): copied as it is, it would break every later read of the user.
#[derive(Debug)]
pub struct MalformedSourceRow {
    /// The row's username, or empty when that is what is malformed.
    pub username: String,
    pub column: &'static str,
    /// What the column holds: `None` for NULL, else its integer or its text. Never a password,
    /// since a password that is text is not malformed.
    pub holds: Option<SourceValue>,
    pub wanted: &'static str,
}

/// A malformed column's value, for a message.
#[derive(Debug)]
pub enum SourceValue {
    Int(i64),
    Text(String),
}

impl DjangoSource {
    /// Opens the database at `path` read-only, and checks it has Django's user table.
    pub fn open(path: &Path) -> Result<DjangoSource, Error> {
        if !path.is_file() {
            return Err(Error::Database(format!("cannot open {}: no such file", path.display())));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let cannot = |err: rusqlite::Error| {
            Error::Database(format!("cannot open {}: {}", path.display(), sqlite::describe(&err)))
        };
        let conn = Connection::open_with_flags(path, flags).map_err(cannot)?;
        let mut db = Db::new(Conn::Sqlite(conn));
        db.read_catalogue().map_err(|err| match err {
            Error::Database(why) => Error::Database(format!("{} is not a Django database ({why})", path.display())),
            other => other,
        })?;
        // An import copies AbstractUser's columns, `username` the key: a source whose email is
        // unique too is no ambiguity here.
        let by_username = Choice { username_field: Some("username".into()), ..Choice::default() };
        let choice = if db.has_table("auth_user") { Choice::default() } else { by_username };
        let model = user_model::detect(&db, &choice)
            .map_err(|err| Error::Database(format!("{}: {err}", path.display())))?
            .ok_or_else(|| {
                Error::Database(format!(
                    "{} is not a Django database: neither auth_user nor another table has Django's user columns \
                     (password, last_login)",
                    path.display()
                ))
            })?;
        let columns = model.abstract_user_columns()?;
        let username_unique = db.catalogue().unique_columns(&db, &model.table)?.iter().any(|c| c == columns[0]);
        let source = DjangoSource {
            table: quoted(&model.table),
            id: quoted(&model.id),
            columns: columns.map(quoted),
            username_unique,
            db,
            path: path.to_path_buf(),
        };
        // Probing the columns up front turns a foreign file into one clear message.
        source.conn().prepare(&format!("{} LIMIT 0", source.select(&source.table))).map_err(|err| {
            Error::Database(format!(
                "{} is not a Django database with a usable {} table ({})",
                path.display(),
                model.table,
                sqlite::describe(&err)
            ))
        })?;
        Ok(source)
    }

    fn conn(&self) -> &Connection {
        self.db.sqlite().expect("a source is a SQLite file")
    }

    /// The users of `table` (the source's, or the same attached), their columns in
    /// [`ImportedUser`]'s order.
    fn select(&self, table: &str) -> String {
        format!("SELECT {} FROM {table}", self.columns.join(", "))
    }

    /// The source's user table as the target's connection sees it once [`Self::attach`]ed.
    fn attached_table(&self) -> String {
        format!("{}.{}", quoted(ATTACHED), self.table)
    }

    /// A username the source's user table holds more than once (Django keeps them unique). Read
    /// only where no unique index rules it out: a scan of Django's 100,000 usernames is 5 % of
    /// benches/run.sh figure 6's import.
    pub fn repeated_username(&self) -> Result<Option<String>, Error> {
        if self.username_unique {
            return Ok(None);
        }
        let (table, username) = (&self.table, &self.columns[0]);
        let sql = format!("SELECT {username} FROM {table} GROUP BY {username} HAVING count(*) > 1 LIMIT 1");
        Ok(self.conn().query_row(&sql, [], |row| row.get(0)).optional()?)
    }

    pub fn count_users(&self) -> Result<usize, Error> {
        let total: i64 =
            self.conn().query_row(&format!("SELECT count(*) FROM {}", self.table), [], |row| row.get(0))?;
        Ok(usize::try_from(total).unwrap_or_default())
    }

    /// Calls `each` with every user in id order, or with what is wrong with its row; stops at
    /// the first error `each` returns. The user borrows the row: `each` keeps what it needs.
    pub fn each_user(
        &self,
        each: impl FnMut(Result<ImportedUser<Cow<str>>, MalformedSourceRow>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        read_users(self.conn(), &format!("{} ORDER BY {}", self.select(&self.table), self.id), each)
    }

    /// Attaches the source, read-only, to the target's connection `db` for the set-wise copy,
    /// [`Self::copy_attached`], which checks each row as it copies it, in the target's
    /// transaction. Only to a SQLite target whose model has integer keys (a UUID key is made per
    /// user, in Rust): false for others. Outside a transaction; [`Self::detach`] after it.
    pub fn attach(&self, db: &Db) -> Result<bool, Error> {
        if db.sqlite().is_none() || db.model().id_kind == IdKind::Uuid {
            return Ok(false);
        }
        // The real path: the target's connection refuses symbolic links (SQLITE_OPEN_NOFOLLOW),
        // and the source may be one.
        let path = std::fs::canonicalize(&self.path)
            .map_err(|err| Error::Database(format!("cannot open {}: {err}", self.path.display())))?;
        db.execute(&format!("ATTACH ?1 AS {}", quoted(ATTACHED)), &[Value::from(sqlite::read_only_uri(&path))])?;
        Ok(true)
    }

    pub fn detach(&self, db: &Db) -> Result<(), Error> {
        db.batch(&format!("DETACH {}", quoted(ATTACHED)))
    }

    /// Whether two of the attached source's users have the same username or non-empty email
    /// once folded, as `store::users::clash` folds them on SQLite (ASCII `lower`): the
    /// conflicts `case_insensitive_identity` reports.
    pub fn has_folded_repeats(&self, db: &Db) -> Result<bool, Error> {
        let (table, username, email) = (self.attached_table(), &self.columns[0], &self.columns[5]);
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM {table} GROUP BY lower({username}) HAVING count(*) > 1) \
             OR EXISTS (SELECT 1 FROM {table} WHERE {email} <> '' GROUP BY lower({email}) HAVING count(*) > 1)"
        );
        Ok(db.query_one(&sql, &[])?.int(0)? == 1)
    }

    /// Copies every user of the attached source into the target's user table in one
    /// `INSERT … SELECT`, in id order: the `sqlite3` shell's own copy (benches/run.sh figure 6's
    /// reference), whose `WHERE` hands each row to `check` as SQLite reads it, so that the source
    /// is read once (a scan of its own before the copy was 15-18 % of the import). A row is
    /// copied when `check` says so. An error from `check`, or a row whose text is not UTF-8 (the
    /// batch path copies it made valid, SQLite's copy would keep its bytes), stops the copy and
    /// undoes what it wrote. Returns how many rows it copied and `state` as `check` left it, or
    /// `None` for text that is not UTF-8.
    ///
    /// `check` sees the rows in id order as long as SQLite reads them in that order, which it
    /// does for Django's tables: an integer key is the rowid, a UUID key has its unique index.
    pub fn copy_attached<S: Send + 'static>(
        &self,
        db: &Db,
        state: S,
        check: RowCheck<S>,
    ) -> Result<Option<(usize, S)>, Error> {
        let conn = db.sqlite().expect("the source is attached to a SQLite target");
        let copying = Arc::new(Mutex::new(Copying { state, stopped: None }));
        let in_function = Arc::clone(&copying);
        // Not deterministic: SQLite must call it once per row, and only in this statement.
        let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DIRECTONLY;
        conn.create_scalar_function(CHECK, 10, flags, move |ctx| {
            let mut copying = in_function.lock().unwrap_or_else(PoisonError::into_inner);
            checked_row(ctx, &mut copying.state, check).map_err(|stopped| {
                copying.stopped = Some(stopped);
                rusqlite::Error::UserFunctionError("the import stopped at this row".into())
            })
        })?;
        let copied = self.insert_checked(db);
        // Removing the function drops its reference to `copying`.
        conn.remove_function(CHECK, 10)?;
        let copying = Arc::into_inner(copying).expect("the function held the only other reference");
        let Copying { state, stopped } = copying.into_inner().unwrap_or_else(PoisonError::into_inner);
        match (copied, stopped) {
            (Ok(copied), _) => Ok(Some((copied, state))),
            (Err(_), Some(Stopped::Inexact)) => Ok(None),
            (Err(_), Some(Stopped::Failed(err))) | (Err(err), None) => Err(err),
        }
    }

    /// The `INSERT … SELECT` of [`Self::copy_attached`], in a savepoint: a copy stopped at a
    /// row leaves the transaction as it was before (SQLite undoes a failed statement itself
    /// only where its planner expected a failure could come after a write).
    fn insert_checked(&self, db: &Db) -> Result<usize, Error> {
        let model = db.model();
        let columns = self.columns.join(", ");
        let insert = format!(
            "INSERT INTO main.{} ({}) SELECT {columns} FROM {} WHERE {CHECK}({columns}) ORDER BY {}",
            quoted(&model.table),
            import_rows::columns(model)?,
            self.attached_table(),
            self.id
        );
        db.batch("SAVEPOINT authadm_import")?;
        let copied = db.execute(&insert, &[]);
        let end = if copied.is_ok() {
            "RELEASE authadm_import"
        } else {
            "ROLLBACK TO authadm_import; RELEASE authadm_import"
        };
        db.batch(end)?;
        copied
    }
}

/// The SQL function [`DjangoSource::copy_attached`] registers, for its statement only.
const CHECK: &str = "authadm_import_check";

/// What [`DjangoSource::copy_attached`] asks of each row: whether to copy it.
pub type RowCheck<S> = fn(&mut S, Result<ImportedUser<Cow<str>>, MalformedSourceRow>) -> Result<bool, Error>;

/// The caller's state, and why the copy stopped, shared with the SQL function.
struct Copying<S> {
    state: S,
    stopped: Option<Stopped>,
}

enum Stopped {
    /// A text that is not UTF-8.
    Inexact,
    Failed(Error),
}

/// The row whose columns the SQL function was called with, checked as [`read_users`] hands
/// rows over, then by `check`.
fn checked_row<S>(ctx: &Context<'_>, state: &mut S, check: RowCheck<S>) -> Result<bool, Stopped> {
    let mut values: [Column; 10] = Default::default();
    for (index, value) in values.iter_mut().enumerate() {
        *value = column(ctx.get_raw(index)).map_err(Stopped::Failed)?;
    }
    let row = decode(values);
    if row.as_ref().is_ok_and(|user| !user.is_exact()) {
        return Err(Stopped::Inexact);
    }
    check(state, row).map_err(Stopped::Failed)
}

/// Hands `each` the users `select` reads from `conn`, each borrowing its row.
fn read_users(
    conn: &Connection,
    select: &str,
    mut each: impl FnMut(Result<ImportedUser<Cow<str>>, MalformedSourceRow>) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut select = conn.prepare(select)?;
    let mut rows = select.query([])?;
    while let Some(row) = rows.next()? {
        let mut values: [Column; 10] = Default::default();
        for (index, value) in values.iter_mut().enumerate() {
            *value = column(row.get_ref(index)?)?;
        }
        each(decode(values))?;
    }
    Ok(())
}

/// A source column: Django's SQLite columns hold integers and text only.
#[derive(Default)]
enum Column<'a> {
    #[default]
    Null,
    Int(i64),
    Text(Cow<'a, str>),
}

fn column(value: ValueRef<'_>) -> Result<Column<'_>, Error> {
    Ok(match value {
        ValueRef::Null => Column::Null,
        ValueRef::Integer(value) => Column::Int(value),
        // `from_utf8` first: it checks valid text several times faster than the lossy walk.
        ValueRef::Text(text) => Column::Text(match std::str::from_utf8(text) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(text),
        }),
        ValueRef::Real(_) | ValueRef::Blob(_) => {
            return Err(Error::Database(
                "the source's user table holds a number or binary data where Django keeps text".into(),
            ));
        }
    })
}

/// The user of a row, checked as before: booleans, then datetimes, then texts.
fn decode(mut values: [Column<'_>; 10]) -> Result<ImportedUser<Cow<'_, str>>, MalformedSourceRow> {
    // Made only for a malformed row: a row that is whole copies nothing here.
    let bad = |values: &[Column], index: usize, column: &'static str, wanted: &'static str| MalformedSourceRow {
        username: match &values[0] {
            Column::Text(text) => text.to_string(),
            _ => String::new(),
        },
        column,
        holds: match &values[index] {
            Column::Null => None,
            Column::Int(n) => Some(SourceValue::Int(*n)),
            Column::Text(text) => Some(SourceValue::Text(text.to_string())),
        },
        wanted,
    };
    for (index, column) in [(3, "is_superuser"), (6, "is_staff"), (7, "is_active")] {
        if !matches!(values[index], Column::Int(0 | 1)) {
            return Err(bad(&values, index, column, "0 or 1"));
        }
    }
    for (index, column, nullable) in [(8, "date_joined", false), (2, "last_login", true)] {
        match &values[index] {
            Column::Null if nullable => {}
            Column::Text(text) if parse_django_text(text).is_some() => {}
            _ => return Err(bad(&values, index, column, "a datetime")),
        }
    }
    for (index, column) in [(0, "username"), (1, "password"), (5, "email"), (9, "first_name"), (4, "last_name")] {
        if !matches!(values[index], Column::Text(_)) {
            return Err(bad(&values, index, column, "text"));
        }
    }
    let flag = |index: usize| matches!(values[index], Column::Int(1));
    let (is_superuser, is_staff, is_active) = (flag(3), flag(6), flag(7));
    let mut take = |index: usize| match std::mem::replace(&mut values[index], Column::Null) {
        Column::Text(text) => Some(text),
        _ => None,
    };
    Ok(ImportedUser {
        username: take(0).unwrap_or_default(),
        password: take(1).unwrap_or_default(),
        last_login: take(2),
        is_superuser,
        last_name: take(4).unwrap_or_default(),
        email: take(5).unwrap_or_default(),
        is_staff,
        is_active,
        date_joined: take(8).unwrap_or_default(),
        first_name: take(9).unwrap_or_default(),
    })
}
