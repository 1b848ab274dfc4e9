//! What the database holds (its tables, their columns, their indexes, and which user table
//! authadm's rows refer to), read in one statement when the store opens.
//!
//! Every question authadm asks of the schema is answered from it: which table is the user
//! model, and whether the site has Django's sessions, groups and permissions, django-axes',
//! django-allauth's and django-otp's tables. Asked one by one, those were a dozen statements on
//! every open and every login, each a network round trip on PostgreSQL; a `login-test` there is
//! now the catalogue, the schema version and the lookup (issue 21's figure 8).
//!
//! The apps' tables are made by the site's `manage.py migrate`, never by authadm, so what the
//! catalogue read at open stays true for the command's life; the store reads it again after
//! its own migration made tables.

use super::db::{Db, Engine, args};
use crate::Error;
use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};

/// A column as the catalogue describes it.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub name: String,
    pub declared: String,
    pub not_null: bool,
    pub has_default: bool,
    pub primary_key: bool,
}

/// What is known of one table; on SQLite its columns and unique ones are read when first asked
/// (see [`Catalogue`]).
#[derive(Debug, Default)]
struct Table {
    indexes: Vec<String>,
    columns: OnceCell<Vec<Column>>,
    /// Its key, and the sole columns of its one-column unique indexes and constraints; not of
    /// partial ones (`WHERE`, Django's conditional `UniqueConstraint`), which leave repeats.
    unique: OnceCell<Vec<String>>,
}

/// The schema, as found when the store opened the database.
///
/// On PostgreSQL everything comes in one statement, as every statement is a round trip. On
/// SQLite, where a statement is a function call, names come first and each table's columns when
/// first asked: each `pragma_table_info` is a statement SQLite prepares, and reading every
/// table's up front cost a `login-test` more instructions than its lookup (callgrind).
#[derive(Debug, Default)]
pub struct Catalogue {
    /// By name, so listings come in one order on both engines.
    tables: BTreeMap<String, Table>,
    /// The table `authadm_token.user_id` refers to, where authadm's tables exist.
    token_owner: OnceCell<Option<String>>,
}

/// Tables and indexes by name.
const SQLITE: &str = "SELECT type, tbl_name, name FROM sqlite_master WHERE type IN ('table', 'index')";

/// One statement, one row per fact, each naming its table by oid: `column` rows (every table of
/// the current schema, then the column's name, type, NOT NULL, default and number; a table without
/// columns has one row without them), `index` rows (the index's name, whether it is the one-column
/// primary key, whether it is a one-column unique index on every row, not a partial one, and the
/// number of its first column) and the `reference` row of authadm's token table (the oid it
/// refers to, and its name as `regclass` shows it: schema-qualified when outside the schema).
///
/// The client joins the rows by oid. On a new connection the server reads every catalogue and
/// index its planner opens into its caches first, and planning took most of the statement's time
/// (`log_planner_stats`: 2.5 to 3.9 ms of about 5 on a fresh connection): with five relations
/// instead of eleven (the table names, the key and index columns and the referenced table no
/// longer joined in SQL) the statement went from about 8 ms to about 6 (medians of `\timing` on
/// fresh connections, psql), the same facts.
const POSTGRES: &str = r#"
SELECT 'column', c.oid, c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       a.atthasdef OR a.attidentity <> '', a.attnum
  FROM pg_class c
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = to_regnamespace(quote_ident(current_schema())) AND c.relkind IN ('r', 'p')
UNION ALL
SELECT 'index', i.indrelid, x.relname::text, NULL, NULL, i.indisprimary AND i.indnatts = 1,
       i.indisunique AND i.indnatts = 1 AND i.indpred IS NULL, i.indkey[0]
  FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
 WHERE x.relnamespace = to_regnamespace(quote_ident(current_schema()))
UNION ALL
SELECT 'reference', k.confrelid, k.confrelid::regclass::text, NULL, NULL, false, false, 0
  FROM pg_constraint k
 WHERE k.conrelid = to_regclass(quote_ident(current_schema()) || '.authadm_token') AND k.contype = 'f'
 ORDER BY 8"#;

const SQLITE_COLUMNS: &str =
    r#"SELECT name, type, "notnull", dflt_value IS NOT NULL, pk > 0 FROM pragma_table_info(?1) ORDER BY cid"#;

const SQLITE_UNIQUE: &str = r#"SELECT (SELECT name FROM pragma_index_info(i.name)) FROM pragma_index_list(?1) i
 WHERE i."unique" = 1 AND i.partial = 0 AND (SELECT count(*) FROM pragma_index_info(i.name)) = 1"#;

const SQLITE_TOKEN_OWNER: &str =
    r#"SELECT "table" FROM pragma_foreign_key_list('authadm_token') WHERE "from" = 'user_id'"#;

impl Catalogue {
    /// Reads the catalogue: all of it on PostgreSQL, the names of tables and indexes on SQLite.
    pub fn read(db: &Db) -> Result<Catalogue, Error> {
        match db.engine() {
            Engine::Sqlite => Catalogue::read_names(db),
            Engine::Postgres => Catalogue::read_whole(db),
        }
    }

    fn read_names(db: &Db) -> Result<Catalogue, Error> {
        let mut catalogue = Catalogue::default();
        for row in db.query(SQLITE, &[])? {
            let table = catalogue.tables.entry(row.text(1)?).or_default();
            if row.text(0)? == "index" {
                table.indexes.push(row.text(2)?);
            }
        }
        Ok(catalogue)
    }

    fn read_whole(db: &Db) -> Result<Catalogue, Error> {
        /// A [`Table`] being filled: its columns with their numbers.
        #[derive(Default)]
        struct Rows {
            columns: Vec<(i64, Column)>,
            indexes: Vec<String>,
            unique: Vec<String>,
        }
        let mut tables: BTreeMap<String, Rows> = BTreeMap::new();
        let mut names: HashMap<i64, String> = HashMap::new();
        let mut index_rows = Vec::new();
        let mut referenced = None;
        // ORDER BY puts each table's columns in their order; indexes are placed after the loop,
        // once every table's columns are known.
        for row in db.query(POSTGRES, &[])? {
            let (kind, oid) = (row.text(0)?, row.int(1)?);
            match kind.as_str() {
                "column" => {
                    let table = row.text(2)?;
                    let rows = tables.entry(table.clone()).or_default();
                    names.insert(oid, table);
                    if let Some(name) = row.opt_text(3)? {
                        let column = Column {
                            name,
                            declared: row.text(4)?,
                            not_null: row.bool(5)?,
                            has_default: row.bool(6)?,
                            primary_key: false,
                        };
                        rows.columns.push((row.int(7)?, column));
                    }
                }
                "index" => index_rows.push((oid, row.text(2)?, row.bool(5)?, row.bool(6)?, row.int(7)?)),
                _ => referenced = Some((oid, row.text(2)?)),
            }
        }
        for (oid, index, primary_key, unique, number) in index_rows {
            let Some(rows) = names.get(&oid).and_then(|table| tables.get_mut(table)) else { continue };
            // An index on an expression (`lower(email)`) has no first column: number 0.
            if let Some((_, column)) = rows.columns.iter_mut().find(|(n, _)| *n == number) {
                column.primary_key |= primary_key;
                if primary_key || unique {
                    rows.unique.push(column.name.clone());
                }
            }
            rows.indexes.push(index);
        }
        let tables = tables
            .into_iter()
            .map(|(name, Rows { columns, indexes, unique })| {
                let columns = columns.into_iter().map(|(_, column)| column).collect::<Vec<_>>();
                (name, Table { indexes, columns: OnceCell::from(columns), unique: OnceCell::from(unique) })
            })
            .collect();
        // A referenced table outside the current schema keeps its qualified name (`other.users`):
        // it is not the user model in force, which is what the owner is compared with.
        let token_owner = referenced.map(|(oid, shown)| names.get(&oid).cloned().unwrap_or(shown));
        Ok(Catalogue { tables, token_owner: OnceCell::from(token_owner) })
    }

    /// Whether the table exists (in the current schema on PostgreSQL): the tables of Django's
    /// apps are there only where the site installed the app and ran its migrations.
    pub fn has_table(&self, name: &str) -> bool {
        self.tables.contains_key(name)
    }

    /// Every table, by name.
    pub fn tables(&self) -> impl Iterator<Item = &str> {
        self.tables.keys().map(String::as_str)
    }

    /// Whether an index of that name exists on any table.
    pub fn has_index(&self, name: &str) -> bool {
        self.tables.values().any(|t| t.indexes.iter().any(|index| index == name))
    }

    /// The table's columns in their order, or none when there is no such table.
    pub(crate) fn columns(&self, db: &Db, table: &str) -> Result<&[Column], Error> {
        let Some(known) = self.tables.get(table) else { return Ok(&[]) };
        if let Some(columns) = known.columns.get() {
            return Ok(columns);
        }
        let columns = db
            .query(SQLITE_COLUMNS, args![table])?
            .iter()
            .map(|row| {
                Ok(Column {
                    name: row.text(0)?,
                    declared: row.text(1)?,
                    not_null: row.bool(2)?,
                    has_default: row.bool(3)?,
                    primary_key: row.bool(4)?,
                })
            })
            .collect::<Result<_, Error>>()?;
        Ok(known.columns.get_or_init(|| columns))
    }

    /// The table's key and the sole columns of its one-column unique indexes (not partial ones).
    pub(crate) fn unique_columns(&self, db: &Db, table: &str) -> Result<&[String], Error> {
        let Some(known) = self.tables.get(table) else { return Ok(&[]) };
        if let Some(unique) = known.unique.get() {
            return Ok(unique);
        }
        // SQLite's INTEGER PRIMARY KEY has no index of its own; a key is unique anyway.
        let mut unique: Vec<String> =
            self.columns(db, table)?.iter().filter(|c| c.primary_key).map(|c| c.name.clone()).collect();
        for row in db.query(SQLITE_UNIQUE, args![table])? {
            // An index on an expression (`lower(email)`) names no column.
            unique.extend(row.opt_text(0)?);
        }
        Ok(known.unique.get_or_init(|| unique))
    }

    /// The user table authadm's own tables were made beside, where they exist.
    pub fn token_owner(&self, db: &Db) -> Result<Option<&str>, Error> {
        if self.token_owner.get().is_none() {
            let owner = match self.has_table("authadm_token") {
                true => db.query_opt(SQLITE_TOKEN_OWNER, &[])?.map(|row| row.text(0)).transpose()?,
                false => None,
            };
            let _ = self.token_owner.set(owner);
        }
        Ok(self.token_owner.get().and_then(Option::as_deref))
    }
}

#[cfg(test)]
mod tests {
    use super::Catalogue;
    use crate::store::db::{Conn, Db};

    #[test]
    fn one_read_gives_tables_columns_unique_ones_indexes_and_the_tokens_owner() {
        let db = Db::new(Conn::Sqlite(rusqlite::Connection::open_in_memory().unwrap()));
        db.batch(
            r#"CREATE TABLE "people" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
                 "email" varchar(254) NOT NULL UNIQUE, "nick" text NOT NULL DEFAULT '', "a" int, "b" int);
               CREATE UNIQUE INDEX both_ab ON people (a, b);
               CREATE UNIQUE INDEX one_nick ON people (nick);
               CREATE UNIQUE INDEX folded_email ON people (lower(email));
               CREATE UNIQUE INDEX some_b ON people (b) WHERE b > 0;
               CREATE TABLE authadm_token (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES people(id));"#,
        )
        .unwrap();
        let catalogue = Catalogue::read(&db).unwrap();
        assert_eq!(catalogue.tables().collect::<Vec<_>>(), ["authadm_token", "people", "sqlite_sequence"]);
        let columns = catalogue.columns(&db, "people").unwrap();
        let described: Vec<_> =
            columns.iter().map(|c| (c.name.as_str(), c.not_null, c.has_default, c.primary_key)).collect();
        assert_eq!(
            described,
            [
                ("id", true, false, true),
                ("email", true, false, false),
                ("nick", true, true, false),
                ("a", false, false, false),
                ("b", false, false, false)
            ]
        );
        assert_eq!(columns[1].declared, "varchar(254)");
        let mut unique = catalogue.unique_columns(&db, "people").unwrap().to_vec();
        unique.sort();
        assert_eq!(unique, ["email", "id", "nick"]);
        assert!(catalogue.has_index("one_nick") && !catalogue.has_index("nope"));
        assert!(catalogue.columns(&db, "nobody").unwrap().is_empty());
        assert_eq!(catalogue.token_owner(&db).unwrap(), Some("people"));
    }
}
