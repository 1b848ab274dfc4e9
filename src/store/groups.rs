//! Django's groups: `auth_group`, its members in the user model's `<table>_groups` (`auth_user_groups`
//! for Django's own) and its permissions in
//! `auth_group_permissions` (named through `auth_permission` and `django_content_type`). These
//! tables exist only where a Django project's `migrate` made them; authadm never creates them.

use super::db::{Db, Value, args};
use super::schema::quoted;
use super::user_model::UserId;
use crate::Error;

/// The tables groups need, in the order a message names the first one missing (the user model's
/// link table aside: a model without PermissionsMixin has users in no group).
const TABLES: [&str; 4] = ["auth_group", "auth_group_permissions", "auth_permission", "django_content_type"];

/// A group and how many users are in it.
#[derive(Debug, Clone)]
pub struct GroupSummary {
    pub name: String,
    pub members: i64,
}

/// A group with its members' usernames and its permissions as `app_label.codename`, both sorted.
#[derive(Debug, Clone)]
pub struct GroupDetail {
    pub id: i64,
    pub name: String,
    pub members: Vec<String>,
    pub permissions: Vec<String>,
}

/// What removing a group took with it.
#[derive(Debug, Clone, Copy)]
pub struct Unlinked {
    pub memberships: usize,
    pub permissions: usize,
}

/// Whether every table groups need is there: a database authadm made on its own has none.
pub(crate) fn present(db: &Db) -> Result<bool, Error> {
    for table in TABLES {
        if !db.has_table(table) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Exit 6 naming the first missing table, before any group command reads or writes: making
/// Django's tables is `migrate`'s job, and a database without them is not a Django project's.
pub(crate) fn require(db: &Db) -> Result<(), Error> {
    for table in TABLES {
        if !db.has_table(table) {
            return Err(Error::Database(format!(
                "this database has no `{table}` table: groups are Django's (django.contrib.auth), and only a \
                 Django project's database, made by its `manage.py migrate`, has them; point --database at \
                 that database (authadm never creates Django's tables)"
            )));
        }
    }
    Ok(())
}

/// Every group with its member count, by name.
pub(crate) fn list(db: &Db) -> Result<Vec<GroupSummary>, Error> {
    let rows = db.query(
        &match &db.model().groups {
            Some(link) => {
                format!(
                    "SELECT g.name, (SELECT count(*) FROM {} ug WHERE ug.group_id = g.id) FROM auth_group g",
                    quoted(&link.table)
                )
            }
            None => "SELECT g.name, 0 FROM auth_group g".into(),
        },
        &[],
    )?;
    let mut groups: Vec<GroupSummary> = rows
        .iter()
        .map(|row| Ok(GroupSummary { name: row.text(0)?, members: row.int(1)? }))
        .collect::<Result<_, Error>>()?;
    // Sorted here, not by the engine's collation, so both engines list alike.
    groups.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(groups)
}

/// The group's id (`name` is unique in `auth_group`).
pub(crate) fn find(db: &Db, name: &str) -> Result<Option<i64>, Error> {
    db.query_opt("SELECT id FROM auth_group WHERE name = ?1", args![name])?.map(|row| row.int(0)).transpose()
}

/// The first column of every row, as sorted text.
fn sorted_texts(db: &Db, sql: &str, id: Value) -> Result<Vec<String>, Error> {
    let mut texts: Vec<String> = db.query(sql, args![id])?.iter().map(|row| row.text(0)).collect::<Result<_, _>>()?;
    texts.sort();
    Ok(texts)
}

pub(crate) fn detail(db: &Db, id: i64, name: &str) -> Result<GroupDetail, Error> {
    let model = db.model();
    let members = match &model.groups {
        Some(link) => sorted_texts(
            db,
            &format!(
                "SELECT u.{} FROM {} ug JOIN {} u ON u.{} = ug.{} WHERE ug.group_id = ?1",
                quoted(&model.username),
                quoted(&link.table),
                quoted(&model.table),
                quoted(&model.id),
                quoted(&link.user_column)
            ),
            id.into(),
        )?,
        None => Vec::new(),
    };
    let permissions = sorted_texts(
        db,
        "SELECT ct.app_label || '.' || p.codename FROM auth_group_permissions gp \
         JOIN auth_permission p ON p.id = gp.permission_id JOIN django_content_type ct ON ct.id = p.content_type_id \
         WHERE gp.group_id = ?1",
        id.into(),
    )?;
    Ok(GroupDetail { id, name: name.to_string(), members, permissions })
}

/// The names of the user's groups, sorted.
pub(crate) fn of_user(db: &Db, user_id: UserId) -> Result<Vec<String>, Error> {
    let Some(link) = &db.model().groups else { return Ok(Vec::new()) };
    let sql = format!(
        "SELECT g.name FROM {} ug JOIN auth_group g ON g.id = ug.group_id WHERE ug.{} = ?1",
        quoted(&link.table),
        quoted(&link.user_column)
    );
    sorted_texts(db, &sql, user_id.into())
}

/// `Group.objects.create(name=...)`: the one column Django writes; returns the new id.
pub(crate) fn insert(db: &Db, name: &str) -> Result<i64, Error> {
    db.query_one("INSERT INTO auth_group (name) VALUES (?1) RETURNING id", args![name])?.int(0)
}

/// `group.delete()`: the ORM deletes the two link tables' rows, then the group.
pub(crate) fn delete(db: &Db, id: i64) -> Result<Unlinked, Error> {
    let memberships = match &db.model().groups {
        Some(link) => db.execute(&format!("DELETE FROM {} WHERE group_id = ?1", quoted(&link.table)), args![id])?,
        None => 0,
    };
    let permissions = db.execute("DELETE FROM auth_group_permissions WHERE group_id = ?1", args![id])?;
    db.execute("DELETE FROM auth_group WHERE id = ?1", args![id])?;
    Ok(Unlinked { memberships, permissions })
}

/// `user.groups.add(group)`: a row `(user_id, group_id)`, none when it is there already (the
/// ORM's `ignore_conflicts`). Returns whether a row was added.
pub(crate) fn add_member(db: &Db, user_id: UserId, group_id: i64) -> Result<bool, Error> {
    let (table, column) = link(db)?;
    let sql =
        format!("INSERT INTO {table} ({column}, group_id) VALUES (?1, ?2) ON CONFLICT ({column}, group_id) DO NOTHING");
    Ok(db.execute(&sql, args![user_id, group_id])? > 0)
}

/// The model's `<table>_groups` and its user column, quoted; an error where it has none.
fn link(db: &Db) -> Result<(String, String), Error> {
    let link = super::users::groups_link(db.model())?;
    Ok((quoted(&link.table), quoted(&link.user_column)))
}

/// `user.groups.remove(group)`; returns whether there was a row to remove.
pub(crate) fn remove_member(db: &Db, user_id: UserId, group_id: i64) -> Result<bool, Error> {
    let (table, column) = link(db)?;
    let sql = format!("DELETE FROM {table} WHERE {column} = ?1 AND group_id = ?2");
    Ok(db.execute(&sql, args![user_id, group_id])? > 0)
}
