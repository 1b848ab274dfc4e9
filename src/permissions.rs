//! Django's permissions as `perm` sees them: granting and revoking (the rows Django's
//! `user_permissions` / `group.permissions` relations hold), listing, and `has_perm` answered as
//! `PermissionsMixin.has_perm` with `ModelBackend` answers it.

use crate::Error;
use crate::accounts;
use crate::store::db::Db;
use crate::store::permissions::{self as rows, Holder};
use crate::store::{Store, audit as audit_rows};
use jiff::Timestamp;
use std::collections::BTreeSet;

/// A permission's name as `has_perm` takes it: `app_label.codename`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermName {
    pub app_label: String,
    pub codename: String,
}

impl PermName {
    /// Splits at the first dot, as app labels have none; a name without one is a usage error.
    pub fn parse(text: &str) -> Result<PermName, Error> {
        match text.split_once('.') {
            Some((app_label, codename)) if !app_label.is_empty() && !codename.is_empty() => {
                Ok(PermName { app_label: app_label.into(), codename: codename.into() })
            }
            _ => Err(Error::Usage(format!(
                "`{text}` is not a permission name; write APP_LABEL.CODENAME, e.g. auth.change_user"
            ))),
        }
    }
}

impl std::fmt::Display for PermName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.app_label, self.codename)
    }
}

/// Whose permissions: `--user U` or `--group G`.
#[derive(Debug, Clone)]
pub enum Subject {
    User(String),
    Group(String),
}

impl Subject {
    /// The row behind the name; exit 4 when there is none.
    fn resolve(&self, store: &Store) -> Result<Resolved, Error> {
        match self {
            Subject::User(name) => {
                let user = accounts::find(store, name)?;
                Ok(Resolved { holder: Holder::User(user.id), username: Some(user.username), prefix: String::new() })
            }
            Subject::Group(name) => match rows::group_id(store.db(), name)? {
                Some(id) => {
                    Ok(Resolved { holder: Holder::Group(id), username: None, prefix: format!("group `{name}`: ") })
                }
                None => Err(Error::NotFound(format!("no group named `{name}`"))),
            },
        }
    }
}

/// A subject found: its row, and how its audit events name it (a user's event is theirs, under
/// the stored username; a group's says which group in its detail).
struct Resolved {
    holder: Holder,
    username: Option<String>,
    prefix: String,
}

impl Resolved {
    fn record(&self, db: &Db, now: Timestamp, kind: &str, name: &PermName) -> Result<(), Error> {
        audit_rows::insert_event(db, now, kind, self.username.as_deref(), &format!("{}{name}", self.prefix))
    }
}

/// The ids of an existing permission; exit 4 when none has that name, since only Django's
/// migrations make permissions.
fn existing_ids(store: &Store, name: &PermName) -> Result<Vec<i64>, Error> {
    let ids = rows::ids_named(store.db(), &name.app_label, &name.codename)?;
    if ids.is_empty() {
        return Err(unknown(name));
    }
    Ok(ids)
}

fn unknown(name: &PermName) -> Error {
    Error::NotFound(format!(
        "no permission named `{name}` (permissions are made by Django's migrations, never by authadm)"
    ))
}

/// Gives the permission; `false` when it was already held (nothing written, no event).
pub fn grant(store: &Store, subject: &Subject, name: &PermName, now: Timestamp) -> Result<bool, Error> {
    rows::require_tables(store.db())?;
    let subject = subject.resolve(store)?;
    let ids = existing_ids(store, name)?;
    store.write(|db| {
        // Two models of one app may declare one codename; holding either is `has_perm` yes.
        if rows::held(db, subject.holder)?.contains(&name.to_string()) {
            return Ok(false);
        }
        rows::grant(db, subject.holder, ids[0])?;
        subject.record(db, now, "permission_granted", name)?;
        Ok(true)
    })
}

/// Takes the permission away; `false` when it was not held directly (nothing written, no event).
pub fn revoke(store: &Store, subject: &Subject, name: &PermName, now: Timestamp) -> Result<bool, Error> {
    rows::require_tables(store.db())?;
    let subject = subject.resolve(store)?;
    let ids = existing_ids(store, name)?;
    store.write(|db| {
        let mut changed = false;
        for id in &ids {
            changed |= rows::revoke(db, subject.holder, *id)?;
        }
        if changed {
            subject.record(db, now, "permission_revoked", name)?;
        }
        Ok(changed)
    })
}

/// The names a user or group holds directly, sorted.
pub fn list(store: &Store, subject: &Subject) -> Result<Vec<String>, Error> {
    rows::require_tables(store.db())?;
    let holder = subject.resolve(store)?.holder;
    Ok(sorted(rows::held(store.db(), holder)?))
}

/// `user.get_all_permissions()`, sorted: every permission for an active superuser, none for an
/// inactive user, else the user's own and their groups'.
pub fn effective(store: &Store, username: &str) -> Result<Vec<String>, Error> {
    rows::require_tables(store.db())?;
    let user = accounts::find(store, username)?;
    let db = store.db();
    if !user.is_active {
        return Ok(Vec::new());
    }
    if user.is_superuser {
        return Ok(sorted(rows::all(db)?));
    }
    let via_groups = rows::held_via_groups(db, user.id)?.into_iter().map(|(_, name)| name);
    Ok(sorted(rows::held(db, Holder::User(user.id))?.into_iter().chain(via_groups).collect()))
}

fn sorted(names: Vec<String>) -> Vec<String> {
    names.into_iter().collect::<BTreeSet<_>>().into_iter().collect()
}

/// `perm check`'s answer and where it comes from.
#[derive(Debug, Clone)]
pub struct Check {
    pub username: String,
    pub permission: String,
    /// What `user.has_perm(permission)` returns.
    pub granted: bool,
    /// Whether a row of `auth_permission` has the name (an active superuser is granted any name).
    pub exists: bool,
    pub is_active: bool,
    pub is_superuser: bool,
    /// Held through `user_permissions`.
    pub direct: bool,
    /// The groups that hold it, sorted.
    pub groups: Vec<String>,
}

impl Check {
    /// Every source the user has, granting or not (an inactive user's count for nothing):
    /// `superuser`, `direct`, `group:NAME`.
    pub fn via(&self) -> Vec<String> {
        let superuser = self.is_superuser.then(|| "superuser".to_string());
        let direct = self.direct.then(|| "direct".to_string());
        superuser.into_iter().chain(direct).chain(self.groups.iter().map(|g| format!("group:{g}"))).collect()
    }
}

/// `user.has_perm(name)`: yes for an active superuser whatever the name (PermissionsMixin asks
/// no backend then), no for an inactive user, else yes when held directly or through a group
/// (ModelBackend). Exit 4 for an unknown user, and for an unknown permission unless the answer
/// is that superuser's yes.
pub fn check(store: &Store, username: &str, name: &PermName) -> Result<Check, Error> {
    rows::require_tables(store.db())?;
    let user = accounts::find(store, username)?;
    let db = store.db();
    let exists = !rows::ids_named(db, &name.app_label, &name.codename)?.is_empty();
    let permission = name.to_string();
    let direct = rows::held(db, Holder::User(user.id))?.contains(&permission);
    let groups = rows::held_via_groups(db, user.id)?.into_iter().filter(|(_, held)| *held == permission);
    let groups = sorted(groups.map(|(group, _)| group).collect());
    let granted = user.is_active && (user.is_superuser || direct || !groups.is_empty());
    if !exists && !granted {
        return Err(unknown(name));
    }
    Ok(Check {
        username: user.username,
        permission,
        granted,
        exists,
        is_active: user.is_active,
        is_superuser: user.is_superuser,
        direct,
        groups,
    })
}

#[cfg(test)]
mod tests {
    use super::{Check, PermName};

    #[test]
    fn a_name_splits_at_its_first_dot_and_needs_both_halves() {
        let name = PermName::parse("auth.change_user").unwrap();
        assert_eq!((name.app_label.as_str(), name.codename.as_str()), ("auth", "change_user"));
        assert_eq!(PermName::parse("blog.can.publish").unwrap().codename, "can.publish");
        for bad in ["change_user", ".change_user", "auth.", ""] {
            assert!(PermName::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn via_lists_superuser_then_direct_then_groups() {
        let check = Check {
            username: "alice".into(),
            permission: "auth.change_user".into(),
            granted: false,
            exists: true,
            is_active: false,
            is_superuser: true,
            direct: true,
            groups: vec!["a".into(), "b".into()],
        };
        assert_eq!(check.via(), ["superuser", "direct", "group:a", "group:b"]);
    }
}
