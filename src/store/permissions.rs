//! Django's permissions: `auth_permission` named through `django_content_type` as
//! `app_label.codename` (the names `has_perm` takes), and the two tables that hand them out,
//! the user model's `<table>_user_permissions` and `auth_group_permissions`. The model's
//! `<table>_groups` is only read.
//!
//! These tables exist only where Django's migrate made them: authadm never creates them, and
//! says which one is missing instead.

use super::db::{Db, Value, args};
use super::schema::quoted;
use super::user_model::UserId;
use crate::Error;

/// Every table a permission command reads or writes, the user model's link tables aside (a model
/// without PermissionsMixin has none: its users hold no permission of their own).
const TABLES: [&str; 4] = ["django_content_type", "auth_permission", "auth_group", "auth_group_permissions"];

/// `app_label.codename` of each permission in the joined query, as Django's backend builds it.
/// Queries leave the order to the caller: the engines' collations sort text differently.
const NAME: &str = "c.app_label || '.' || p.codename";

/// Refuses a database without Django's permission tables (authadm's own), naming the first missing.
pub(crate) fn require_tables(db: &Db) -> Result<(), Error> {
    for table in TABLES {
        if !db.has_table(table) {
            return Err(Error::Database(format!(
                "this database has no `{table}` table: permissions need a Django project's database \
                 (made by Django's `manage.py migrate`)"
            )));
        }
    }
    Ok(())
}

/// The ids of the permissions named `app_label.codename`: one as a rule, several when two models
/// of one app declare the same codename (Django's `has_perm` cannot tell those apart either).
pub(crate) fn ids_named(db: &Db, app_label: &str, codename: &str) -> Result<Vec<i64>, Error> {
    let rows = db.query(
        "SELECT p.id FROM auth_permission p JOIN django_content_type c ON c.id = p.content_type_id \
         WHERE c.app_label = ?1 AND p.codename = ?2 ORDER BY p.id",
        args![app_label, codename],
    )?;
    rows.iter().map(|row| row.int(0)).collect()
}

/// The id of the group of this exact name (`auth_group.name` is unique).
pub(crate) fn group_id(db: &Db, name: &str) -> Result<Option<i64>, Error> {
    db.query_opt("SELECT id FROM auth_group WHERE name = ?1", args![name])?.map(|row| row.int(0)).transpose()
}

/// Who a grant is for: the through table of that relation and its owner column.
#[derive(Debug, Clone, Copy)]
pub enum Holder {
    User(UserId),
    Group(i64),
}

impl Holder {
    /// The link table (quoted), its column naming the holder, and the holder's id.
    fn table_and_column(self, db: &Db) -> Result<(String, String, Value), Error> {
        Ok(match self {
            Holder::User(id) => {
                let model = db.model();
                let link = model.permissions.as_ref().ok_or_else(|| {
                    Error::Input(format!(
                        "the user model ({}) has no permissions of its own (no {}_user_permissions table)",
                        model.table, model.table
                    ))
                })?;
                (quoted(&link.table), quoted(&link.user_column), id.into())
            }
            Holder::Group(id) => ("auth_group_permissions".into(), "group_id".into(), id.into()),
        })
    }
}

/// Adds the row `user.user_permissions.add(p)` / `group.permissions.add(p)` adds, unless it is
/// there; returns whether it was added.
pub(crate) fn grant(db: &Db, holder: Holder, permission_id: i64) -> Result<bool, Error> {
    let (table, column, id) = holder.table_and_column(db)?;
    let sql = format!(
        "INSERT INTO {table} ({column}, permission_id) SELECT ?1, ?2 \
         WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {column} = ?1 AND permission_id = ?2)"
    );
    Ok(db.execute(&sql, args![id, permission_id])? > 0)
}

/// Deletes the row `.remove(p)` deletes; returns whether there was one.
pub(crate) fn revoke(db: &Db, holder: Holder, permission_id: i64) -> Result<bool, Error> {
    let (table, column, id) = holder.table_and_column(db)?;
    let sql = format!("DELETE FROM {table} WHERE {column} = ?1 AND permission_id = ?2");
    Ok(db.execute(&sql, args![id, permission_id])? > 0)
}

/// The names held directly (a user's `user_permissions`, a group's `permissions`), in no order.
pub(crate) fn held(db: &Db, holder: Holder) -> Result<Vec<String>, Error> {
    let (table, column, id) = holder.table_and_column(db)?;
    let sql = format!(
        "SELECT DISTINCT {NAME} FROM {table} h JOIN auth_permission p ON p.id = h.permission_id \
         JOIN django_content_type c ON c.id = p.content_type_id WHERE h.{column} = ?1"
    );
    db.query(&sql, args![id])?.iter().map(|row| row.text(0)).collect()
}

/// `(group name, permission name)` of every permission a user holds through a group, in no
/// order.
pub(crate) fn held_via_groups(db: &Db, user_id: UserId) -> Result<Vec<(String, String)>, Error> {
    let Some(link) = &db.model().groups else { return Ok(Vec::new()) };
    let sql = format!(
        "SELECT DISTINCT g.name, {NAME} FROM {} ug JOIN auth_group g ON g.id = ug.group_id \
         JOIN auth_group_permissions gp ON gp.group_id = g.id JOIN auth_permission p ON p.id = gp.permission_id \
         JOIN django_content_type c ON c.id = p.content_type_id WHERE ug.{} = ?1",
        quoted(&link.table),
        quoted(&link.user_column)
    );
    db.query(&sql, args![user_id])?.iter().map(|row| Ok((row.text(0)?, row.text(1)?))).collect()
}

/// Every permission's name, in no order: what an active superuser holds (`Permission.objects.all()`).
pub(crate) fn all(db: &Db) -> Result<Vec<String>, Error> {
    let sql =
        format!("SELECT DISTINCT {NAME} FROM auth_permission p JOIN django_content_type c ON c.id = p.content_type_id");
    db.query(&sql, &[])?.iter().map(|row| row.text(0)).collect()
}
