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

use super::db::{Db, Engine};
use crate::Error;
use std::collections::BTreeMap;

/// A column as the catalogue describes it.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub name: String,
    pub declared: String,
    pub not_null: bool,
    pub has_default: bool,
    pub primary_key: bool,
    /// A key, or the sole column of a unique index or constraint.
    pub unique: bool,
}

#[derive(Debug, Default)]
struct Table {
    columns: Vec<Column>,
    indexes: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Catalogue {
    /// By name, so listings come in one order on both engines.
    tables: BTreeMap<String, Table>,
    /// The table `authadm_token.user_id` refers to, where authadm's tables exist.
    token_owner: Option<String>,
}

/// One statement, one row per fact: `column` rows (table, name, type, NOT NULL, default, key),
/// `index` rows (table, index, and its column where it is a one-column unique index) and the
/// `reference` row of authadm's token table. Tables only, in PostgreSQL's current schema.
const SQLITE: &str = r#"
SELECT 'column', m.name, c.name, c.type, c."notnull", c.dflt_value IS NOT NULL, c.pk > 0
  FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table'
UNION ALL
SELECT 'index', m.name, i.name,
       CASE WHEN i."unique" AND (SELECT count(*) FROM pragma_index_info(i.name)) = 1
            THEN (SELECT name FROM pragma_index_info(i.name)) END, 0, 0, 0
  FROM sqlite_master m, pragma_index_list(m.name) i WHERE m.type = 'table'
UNION ALL
SELECT 'reference', 'authadm_token', f."table", NULL, 0, 0, 0
  FROM pragma_foreign_key_list('authadm_token') f WHERE f."from" = 'user_id'"#;

const POSTGRES: &str = r#"
SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       a.atthasdef OR a.attidentity <> '',
       EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary
               AND i.indnatts = 1 AND i.indkey[0] = a.attnum)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
UNION ALL
SELECT 'index', t.relname::text, x.relname::text,
       CASE WHEN i.indisunique AND i.indnatts = 1 THEN
            (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum = i.indkey[0]) END,
       false, false, false
  FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p')
UNION ALL
SELECT 'reference', 'authadm_token', c.relname::text, NULL, false, false, false
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.confrelid
 WHERE k.conrelid = to_regclass('authadm_token') AND k.contype = 'f'"#;

impl Catalogue {
    /// Reads the whole catalogue in one statement.
    pub fn read(db: &Db) -> Result<Catalogue, Error> {
        let sql = match db.engine() {
            Engine::Sqlite => SQLITE,
            Engine::Postgres => POSTGRES,
        };
        let mut catalogue = Catalogue::default();
        let mut unique: Vec<(String, String)> = Vec::new();
        for row in db.query(sql, &[])? {
            let (kind, table, name) = (row.text(0)?, row.text(1)?, row.text(2)?);
            match kind.as_str() {
                "column" => {
                    let primary_key = row.bool(6)?;
                    catalogue.tables.entry(table).or_default().columns.push(Column {
                        name,
                        declared: row.text(3)?,
                        not_null: row.bool(4)?,
                        has_default: row.bool(5)?,
                        primary_key,
                        // SQLite's INTEGER PRIMARY KEY has no index of its own; a key is unique anyway.
                        unique: primary_key,
                    });
                }
                "index" => {
                    if let Some(column) = row.opt_text(3)? {
                        unique.push((table.clone(), column));
                    }
                    catalogue.tables.entry(table).or_default().indexes.push(name);
                }
                _ => catalogue.token_owner = Some(name),
            }
        }
        for (table, column) in unique {
            let columns = catalogue.tables.get_mut(&table).map_or(&mut [][..], |t| &mut t.columns[..]);
            columns.iter_mut().filter(|c| c.name == column).for_each(|c| c.unique = true);
        }
        Ok(catalogue)
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

    /// The table's columns in their order, or none when there is no such table.
    pub(crate) fn columns(&self, table: &str) -> &[Column] {
        self.tables.get(table).map_or(&[], |t| &t.columns)
    }

    pub fn has_column(&self, table: &str, column: &str) -> bool {
        self.columns(table).iter().any(|c| c.name == column)
    }

    /// Whether an index of that name exists on any table.
    pub fn has_index(&self, name: &str) -> bool {
        self.tables.values().any(|t| t.indexes.iter().any(|index| index == name))
    }

    /// The user table authadm's own tables were made beside, where they exist.
    pub fn token_owner(&self) -> Option<&str> {
        self.token_owner.as_deref()
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
               CREATE TABLE authadm_token (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES people(id));"#,
        )
        .unwrap();
        let catalogue = Catalogue::read(&db).unwrap();
        assert_eq!(catalogue.tables().collect::<Vec<_>>(), ["authadm_token", "people", "sqlite_sequence"]);
        let columns = catalogue.columns("people");
        let described: Vec<_> =
            columns.iter().map(|c| (c.name.as_str(), c.not_null, c.has_default, c.primary_key, c.unique)).collect();
        assert_eq!(
            described,
            [
                ("id", true, false, true, true),
                ("email", true, false, false, true),
                ("nick", true, true, false, true),
                ("a", false, false, false, false),
                ("b", false, false, false, false),
            ]
        );
        assert_eq!(columns[1].declared, "varchar(254)");
        assert!(catalogue.has_index("one_nick") && !catalogue.has_index("nope"));
        assert!(catalogue.has_column("people", "nick") && !catalogue.has_column("nobody", "nick"));
        assert_eq!(catalogue.token_owner(), Some("people"));
        assert!(catalogue.columns("nobody").is_empty());
    }
}
