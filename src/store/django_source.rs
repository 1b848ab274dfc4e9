//! Reading another Django project's SQLite database, the source of `import django`: opened
//! read-only, never created, its users read as typed rows in one pass.

use super::db::{Conn, Db};
use super::import::ImportedUser;
use super::schema::quoted;
use super::sqlite;
use super::user_model::{self, Choice};
use crate::Error;
use crate::time::parse_django_text;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::Path;

/// A Django database opened to be read, with its user model's table and copied columns.
pub struct DjangoSource {
    db: Db,
    table: String,
    id: String,
    columns: [String; 10],
}

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
        let columns = model.abstract_user_columns()?.map(quoted);
        let source = DjangoSource { table: quoted(&model.table), id: quoted(&model.id), columns, db };
        // Probing the columns up front turns a foreign file into one clear message.
        source.conn().prepare(&format!("{} LIMIT 0", source.select())).map_err(|err| {
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

    /// The source's users, their columns in [`ImportedUser`]'s order.
    fn select(&self) -> String {
        format!("SELECT {} FROM {}", self.columns.join(", "), self.table)
    }

    /// A username the source's user table holds more than once (Django keeps them unique).
    pub fn repeated_username(&self) -> Result<Option<String>, Error> {
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
    /// the first error `each` returns.
    pub fn each_user(
        &self,
        mut each: impl FnMut(Result<ImportedUser, MalformedSourceRow>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut select = self.conn().prepare(&format!("{} ORDER BY {}", self.select(), self.id))?;
        let mut rows = select.query([])?;
        while let Some(row) = rows.next()? {
            let values: Vec<Column> = (0..10).map(|i| column(row.get_ref(i)?)).collect::<Result<_, Error>>()?;
            each(decode(values))?;
        }
        Ok(())
    }
}

/// A source column: Django's SQLite columns hold integers and text only.
enum Column {
    Null,
    Int(i64),
    Text(String),
}

fn column(value: ValueRef) -> Result<Column, Error> {
    Ok(match value {
        ValueRef::Null => Column::Null,
        ValueRef::Integer(value) => Column::Int(value),
        ValueRef::Text(text) => Column::Text(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Real(_) | ValueRef::Blob(_) => {
            return Err(Error::Database(
                "the source's user table holds a number or binary data where Django keeps text".into(),
            ));
        }
    })
}

/// The user of a row, checked as before: booleans, then datetimes, then texts.
fn decode(mut values: Vec<Column>) -> Result<ImportedUser, MalformedSourceRow> {
    let username = match &values[0] {
        Column::Text(text) => text.clone(),
        _ => String::new(),
    };
    let bad = |column: &'static str, value: &Column, wanted: &'static str| MalformedSourceRow {
        username: username.clone(),
        column,
        holds: match value {
            Column::Null => None,
            Column::Int(n) => Some(SourceValue::Int(*n)),
            Column::Text(text) => Some(SourceValue::Text(text.clone())),
        },
        wanted,
    };
    for (index, column) in [(3, "is_superuser"), (6, "is_staff"), (7, "is_active")] {
        if !matches!(values[index], Column::Int(0 | 1)) {
            return Err(bad(column, &values[index], "0 or 1"));
        }
    }
    for (index, column, nullable) in [(8, "date_joined", false), (2, "last_login", true)] {
        match &values[index] {
            Column::Null if nullable => {}
            Column::Text(text) if parse_django_text(text).is_some() => {}
            other => return Err(bad(column, other, "a datetime")),
        }
    }
    for (index, column) in [(0, "username"), (1, "password"), (5, "email"), (9, "first_name"), (4, "last_name")] {
        if !matches!(values[index], Column::Text(_)) {
            return Err(bad(column, &values[index], "text"));
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
