//! Django's groups: adding and removing them, and the memberships `user modify` changes. Every
//! write is one transaction, audited, and writes the rows Django's ORM would.

use crate::Error;
use crate::store::Store;
use crate::store::audit as audit_rows;
use crate::store::db::Db;
use crate::store::groups::{self as group_rows, GroupDetail, GroupSummary, Unlinked};
use crate::store::users::User;
use jiff::Timestamp;

/// `max_length` of `auth_group.name`.
const NAME_MAX_CHARS: usize = 150;

/// Django's `Group.name`: not blank, at most 150 characters.
pub fn check_name(name: &str) -> Result<(), Error> {
    if name.is_empty() {
        return Err(Error::Input("a group name must not be empty".into()));
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(Error::Input(format!("the group name is longer than {NAME_MAX_CHARS} characters")));
    }
    Ok(())
}

fn not_found(name: &str) -> Error {
    Error::NotFound(format!("no group named `{name}`"))
}

pub fn list(store: &Store) -> Result<Vec<GroupSummary>, Error> {
    group_rows::require(store.db())?;
    group_rows::list(store.db())
}

pub fn show(store: &Store, name: &str) -> Result<GroupDetail, Error> {
    let db = store.db();
    group_rows::require(db)?;
    let id = group_rows::find(db, name)?.ok_or_else(|| not_found(name))?;
    group_rows::detail(db, id, name)
}

/// The user's groups; none where the database has no groups at all (authadm's own database), so
/// `user show` works there as before.
pub fn of_user(store: &Store, user: &User) -> Result<Vec<String>, Error> {
    if !group_rows::present(store.db())? {
        return Ok(Vec::new());
    }
    group_rows::of_user(store.db(), user.id)
}

/// The group's id, for `user list --group`: exit 4 for a group that does not exist, rather than
/// an empty list that reads as "nobody".
pub fn id_of(store: &Store, name: &str) -> Result<i64, Error> {
    group_rows::require(store.db())?;
    group_rows::find(store.db(), name)?.ok_or_else(|| not_found(name))
}

/// `Group.objects.create(name=...)`; exit 5 when the name is taken.
pub fn add(store: &Store, name: &str, now: Timestamp) -> Result<GroupDetail, Error> {
    check_name(name)?;
    group_rows::require(store.db())?;
    store.write(|db| {
        if group_rows::find(db, name)?.is_some() {
            return Err(Error::Conflict(format!("a group named `{name}` already exists")));
        }
        let id = group_rows::insert(db, name)?;
        audit_rows::insert_event(db, now, "group_added", None, &format!("group `{name}`"))?;
        Ok(GroupDetail { id, name: name.to_string(), members: Vec::new(), permissions: Vec::new() })
    })
}

/// `group.delete()`: its memberships and permission links go with it, in one transaction. A
/// table of another application that still points at the group stops it (exit 5).
pub fn remove(store: &Store, name: &str, now: Timestamp) -> Result<Unlinked, Error> {
    group_rows::require(store.db())?;
    let removed = store.write(|db| {
        let id = group_rows::find(db, name)?.ok_or_else(|| not_found(name))?;
        let unlinked = group_rows::delete(db, id)?;
        let detail = format!(
            "group `{name}`: {} membership(s), {} permission link(s) removed",
            unlinked.memberships, unlinked.permissions
        );
        audit_rows::insert_event(db, now, "group_removed", None, &detail)?;
        Ok(unlinked)
    });
    removed.map_err(|err| match err {
        Error::Database(msg) if msg.to_ascii_lowercase().contains("foreign key") => Error::Conflict(format!(
            "group `{name}` is still referenced by another table of the application; remove those rows there first"
        )),
        other => other,
    })
}

/// The group changes of one `user modify`.
#[derive(Debug, Default)]
pub struct Memberships {
    pub add: Vec<String>,
    pub remove: Vec<String>,
    /// Create the groups of `add` that do not exist, instead of exit 4.
    pub create: bool,
}

impl Memberships {
    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.remove.is_empty()
    }

    /// Before the transaction: names Django would refuse, and a database without groups.
    pub fn check(&self, store: &Store) -> Result<(), Error> {
        if self.is_empty() {
            return Ok(());
        }
        for name in self.add.iter().chain(&self.remove) {
            check_name(name)?;
        }
        if let Some(both) = self.add.iter().find(|name| self.remove.contains(name)) {
            return Err(Error::Usage(format!("group `{both}` is both in --add-group and in --remove-group")));
        }
        group_rows::require(store.db())
    }

    /// Applies the changes within the caller's transaction and records them; an unknown group
    /// (one of `add` without `create`, or any of `remove`) fails it whole, naming the group.
    pub(crate) fn apply(&self, db: &Db, user: &User, now: Timestamp) -> Result<(), Error> {
        if self.is_empty() {
            return Ok(());
        }
        let mut done = Vec::new();
        for name in &self.add {
            let id = match group_rows::find(db, name)? {
                Some(id) => id,
                None if self.create => {
                    done.push(format!("created `{name}`"));
                    group_rows::insert(db, name)?
                }
                None => return Err(unknown_to_add(name)),
            };
            if group_rows::add_member(db, user.id, id)? {
                done.push(format!("added to `{name}`"));
            }
        }
        for name in &self.remove {
            let id = group_rows::find(db, name)?.ok_or_else(|| not_found(name))?;
            if group_rows::remove_member(db, user.id, id)? {
                done.push(format!("removed from `{name}`"));
            }
        }
        if done.is_empty() {
            return Ok(());
        }
        audit_rows::insert_event(db, now, "user_groups_changed", Some(&user.username), &done.join(", "))
    }
}

fn unknown_to_add(name: &str) -> Error {
    Error::NotFound(format!("no group named `{name}` (create it with `group add`, or pass --create-groups)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_what_djangos_group_name_field_takes() {
        assert!(check_name("").is_err());
        assert!(check_name(&"é".repeat(150)).is_ok(), "characters, not bytes");
        assert!(check_name(&"g".repeat(151)).is_err());
    }
}
