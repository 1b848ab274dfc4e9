//! `apply FILE`: the desired state of a set of users, made true in one transaction. What a
//! container's start-up step runs every time: a second run of the same file finds everything as
//! the file says, changes nothing and writes no audit event.
//!
//! The file is read whole and checked before anything is written: an unknown key, a missing
//! password source or a password the validators refuse is exit 2 naming `FILE:LINE:COLUMN`.
//! Passwords are hashed (and, under `password = "enforce"`, checked) before the transaction, so
//! the writer's lock is held only for the writes.

use crate::Error;
use crate::accounts::{self, Draft, normalize_email, normalize_login};
use crate::config::Settings;
use crate::secret::Secret;
use crate::sessions;
use crate::store::db::Db;
use crate::store::permissions::{self as permission_rows, Holder};
use crate::store::user_model::UserId;
use crate::store::users::{self, Changes, EncodedPassword, NewUser, User};
use crate::store::{Store, audit as audit_rows, groups as group_rows};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file: `[[user]]` tables (TOML) or `{"user": [...]}` (JSON).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DesiredFile {
    #[serde(default)]
    user: Vec<DesiredUser>,
    prune: Option<Prune>,
}

/// The file: its users, and the scope `--prune` may act in.
pub struct Desired {
    pub users: Vec<DesiredUser>,
    pub prune: Option<Prune>,
}

/// `[prune]`: which existing users the file speaks for, so `--prune` deactivates (or removes)
/// those of them it does not list. Without it, `--prune` has no scope and is refused.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Prune {
    /// Members of this group.
    pub group: Option<String>,
    /// Users whose username starts with this.
    pub username_prefix: Option<String>,
    #[serde(default)]
    pub action: PruneAction,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum PruneAction {
    #[default]
    Deactivate,
    Remove,
}

/// One user as the file wants it; what it leaves out stays as it is (or Django's default for a
/// new user).
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct DesiredUser {
    pub username: String,
    #[serde(default)]
    pub state: State,
    pub email: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub is_active: Option<bool>,
    pub is_staff: Option<bool>,
    pub is_superuser: Option<bool>,
    /// Exactly these groups, when given (each must exist).
    pub groups: Option<Vec<String>>,
    /// Exactly these permissions held directly (`app_label.codename`), when given.
    pub permissions: Option<Vec<String>>,
    /// A custom user model's other columns, for a new user (`user add --field`).
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// Where the password comes from; never the password itself.
    pub password_env: Option<String>,
    pub password_file: Option<PathBuf>,
    pub password_hash: Option<String>,
    #[serde(default)]
    pub password: PasswordPolicy,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum State {
    #[default]
    Present,
    Absent,
}

/// When an existing user's password is set: only when the user has none (`set-if-missing`, a new
/// user or an unusable password), or whenever the stored one does not verify (`enforce`).
#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PasswordPolicy {
    #[default]
    SetIfMissing,
    Enforce,
}

/// What a run did (or, dry, would do), by username.
#[derive(Serialize, Default, Debug)]
pub struct Plan {
    pub created: Vec<String>,
    pub updated: Vec<Update>,
    pub unchanged: Vec<String>,
    pub removed: Vec<String>,
}

#[derive(Serialize, Debug)]
pub struct Update {
    pub user: String,
    pub changes: Vec<String>,
}

impl Plan {
    pub fn changes_anything(&self) -> bool {
        !(self.created.is_empty() && self.updated.is_empty() && self.removed.is_empty())
    }
}

/// Reads `path` (JSON when it ends in `.json`, else TOML); errors name `FILE:LINE:COLUMN`.
pub fn read(path: &Path) -> Result<Desired, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| Error::Usage(format!("{}: cannot read it: {err}", path.display())))?;
    let at = |place: String, message: String| Error::Usage(format!("{}:{place}: {message}", path.display()));
    let file: DesiredFile = if path.extension().is_some_and(|ext| ext == "json") {
        serde_json::from_str(&text).map_err(|err| at(format!("{}:{}", err.line(), err.column()), err.to_string()))?
    } else {
        toml::from_str(&text).map_err(|err| {
            let place =
                err.span().map_or_else(|| "1:1".to_string(), |span| crate::config::line_column(&text, span.start));
            at(place, err.message().trim().to_string())
        })?
    };
    let mut seen = std::collections::HashSet::new();
    for user in &file.user {
        if !seen.insert(user.username.clone()) {
            return Err(Error::Usage(format!("{}: user `{}` is listed twice", path.display(), user.username)));
        }
        let sources = [user.password_env.is_some(), user.password_file.is_some(), user.password_hash.is_some()];
        if sources.iter().filter(|given| **given).count() > 1 {
            return Err(Error::Usage(format!(
                "{}: user `{}`: give at most one of password_env, password_file, password_hash",
                path.display(),
                user.username
            )));
        }
    }
    if let Some(prune) = &file.prune
        && prune.group.is_none()
        && prune.username_prefix.is_none()
    {
        return Err(Error::Usage(format!(
            "{}: [prune] needs a scope: `group` or `username_prefix` (or both)",
            path.display()
        )));
    }
    Ok(Desired { users: file.user, prune: file.prune })
}

/// A password the file names, read and (for a typed one) validated, or a ready-made hash.
enum Password {
    Typed(Secret),
    Hash(String),
}

/// The password source of `user`, relative to the file's folder; `None` when it names none.
fn password_of(user: &DesiredUser, base: &Path) -> Result<Option<Password>, Error> {
    let name = &user.username;
    if let Some(var) = &user.password_env {
        let value = std::env::var(var)
            .map_err(|_| Error::Input(format!("user `{name}`: password_env {var} is not set in the environment")))?;
        return Ok(Some(Password::Typed(Secret::new(value))));
    }
    if let Some(file) = &user.password_file {
        let path = base.join(file);
        let text = std::fs::read_to_string(&path).map_err(|err| {
            Error::Input(format!("user `{name}`: cannot read password_file {}: {err}", path.display()))
        })?;
        let text = text.strip_suffix('\n').unwrap_or(&text);
        return Ok(Some(Password::Typed(Secret::new(text.strip_suffix('\r').unwrap_or(text).to_string()))));
    }
    Ok(user.password_hash.clone().map(Password::Hash))
}

/// What one desired user comes to, worked out before the transaction.
enum Step {
    Create { draft: Draft, password: String, links: Links },
    Update { user: User, changes: Changes, password: Option<String>, links: Links, described: Vec<String> },
    Remove(User),
    Unchanged(String),
}

/// Group memberships and direct permissions to add and remove (permissions by id).
#[derive(Default)]
struct Links {
    join: Vec<String>,
    leave: Vec<String>,
    grant: Vec<i64>,
    revoke: Vec<i64>,
}

/// Works out and (unless `dry_run`) applies the file's users in one transaction; with `prune`,
/// also the users of the file's `[prune]` scope that it does not list.
pub fn apply(
    store: &Store,
    settings: &Settings,
    desired: &Desired,
    base: &Path,
    prune: bool,
    dry_run: bool,
    now: Timestamp,
) -> Result<Plan, Error> {
    let mut steps = Vec::new();
    for user in &desired.users {
        steps.push(step_for(store, settings, user, base)?);
    }
    if prune {
        steps.extend(pruned(store, desired)?);
    }
    let mut plan = Plan::default();
    for step in &steps {
        match step {
            Step::Create { draft, .. } => plan.created.push(draft.username.clone()),
            Step::Update { user, described, .. } => {
                plan.updated.push(Update { user: user.username.clone(), changes: described.clone() })
            }
            Step::Remove(user) => plan.removed.push(user.username.clone()),
            Step::Unchanged(name) => plan.unchanged.push(name.clone()),
        }
    }
    if dry_run || !plan.changes_anything() {
        return Ok(plan);
    }
    store.write(|db| {
        for step in &steps {
            run_step(db, settings, step, now)?;
        }
        Ok(())
    })?;
    Ok(plan)
}

/// `--prune`: the users in the `[prune]` scope the file does not name, deactivated (the active
/// ones) or removed.
fn pruned(store: &Store, desired: &Desired) -> Result<Vec<Step>, Error> {
    let Some(scope) = &desired.prune else {
        return Err(Error::Usage(
            "--prune needs a [prune] section in the file saying which users it speaks for (`group`, `username_prefix`)"
                .into(),
        ));
    };
    let model = store.model();
    let named: Vec<String> = desired.users.iter().map(|u| normalize_login(model, &u.username)).collect();
    let group = scope.group.as_ref().map(|name| crate::groups::id_of(store, name)).transpose()?;
    let in_scope = users::list(store, &users::ListFilter { group, ..users::ListFilter::default() })?.users;
    let prefix = scope.username_prefix.as_deref().unwrap_or("");
    let mut steps = Vec::new();
    for user in in_scope.into_iter().filter(|u| u.username.starts_with(prefix) && !named.contains(&u.username)) {
        match scope.action {
            PruneAction::Remove => steps.push(Step::Remove(user)),
            PruneAction::Deactivate if user.is_active => {
                model.require("is_active", "[prune] action = \"deactivate\" (use \"remove\")")?;
                let changes = Changes { is_active: Some(false), ..Changes::default() };
                let described = vec!["is_active=false (pruned)".to_string()];
                steps.push(Step::Update { user, changes, password: None, links: Links::default(), described });
            }
            PruneAction::Deactivate => {}
        }
    }
    Ok(steps)
}

fn step_for(store: &Store, settings: &Settings, user: &DesiredUser, base: &Path) -> Result<Step, Error> {
    let model = store.model();
    let name = normalize_login(model, &user.username);
    match (user.state, users::find_by_username(store, &name)?) {
        (State::Absent, None) => Ok(Step::Unchanged(name)),
        (State::Absent, Some(found)) => Ok(Step::Remove(found)),
        (State::Present, None) => {
            let fields = user
                .fields
                .iter()
                .map(|(column, value)| model.field_value(column, value).map(|(c, value)| (c.name.clone(), value)))
                .collect::<Result<Vec<_>, Error>>()?;
            let draft = Draft {
                username: user.username.clone(),
                email: user.email.clone().unwrap_or_default(),
                first_name: user.first_name.clone().unwrap_or_default(),
                last_name: user.last_name.clone().unwrap_or_default(),
                is_active: user.is_active.unwrap_or(true),
                is_staff: user.is_staff.unwrap_or(false),
                is_superuser: user.is_superuser.unwrap_or(false),
                fields,
            }
            .normalized(model)?;
            let draft = accounts::for_store(store, draft);
            let (links, _) = links_for(store, user, &name, None)?;
            let password = match password_of(user, base)? {
                Some(password) => stored(settings, password, &draft.attributes(model), &name)?,
                None => crate::hashers::unusable_password(),
            };
            Ok(Step::Create { draft, password, links })
        }
        (State::Present, Some(found)) => update_for(store, settings, user, found, base),
    }
}

/// The memberships and direct permissions the file asks for, against what `existing` holds (a
/// new user holds none); with what changes, for the plan.
fn links_for(
    store: &Store,
    user: &DesiredUser,
    name: &str,
    existing: Option<&User>,
) -> Result<(Links, Vec<String>), Error> {
    let db = store.db();
    let mut links = Links::default();
    let mut described = Vec::new();
    if let Some(wanted) = &user.groups {
        for group in wanted {
            if group_rows::find(db, group)?.is_none() {
                return Err(Error::NotFound(format!("user `{name}`: no group named `{group}`")));
            }
        }
        let have = existing.map(|found| group_rows::of_user(db, found.id)).transpose()?.unwrap_or_default();
        links.join = wanted.iter().filter(|g| !have.contains(g)).cloned().collect();
        links.leave = have.iter().filter(|g| !wanted.contains(g)).cloned().collect();
        described.extend(links.join.iter().map(|g| format!("group +{g}")));
        described.extend(links.leave.iter().map(|g| format!("group -{g}")));
    }
    if let Some(wanted) = &user.permissions {
        permission_rows::require_tables(db)?;
        let held =
            existing.map(|found| permission_rows::held(db, Holder::User(found.id))).transpose()?.unwrap_or_default();
        for permission in wanted.iter().filter(|p| !held.contains(p)) {
            links.grant.extend(permission_ids(db, name, permission)?);
            described.push(format!("permission +{permission}"));
        }
        for permission in held.iter().filter(|p| !wanted.contains(p)) {
            links.revoke.extend(permission_ids(db, name, permission)?);
            described.push(format!("permission -{permission}"));
        }
    }
    Ok((links, described))
}

/// The ids of `app_label.codename`; exit 4 when there is none, as `perm grant`.
fn permission_ids(db: &Db, name: &str, permission: &str) -> Result<Vec<i64>, Error> {
    let ids = match permission.split_once('.') {
        Some((app, codename)) => permission_rows::ids_named(db, app, codename)?,
        None => {
            return Err(Error::Input(format!("user `{name}`: permission `{permission}` is not APP_LABEL.CODENAME")));
        }
    };
    if ids.is_empty() {
        return Err(Error::NotFound(format!("user `{name}`: no permission named `{permission}`")));
    }
    Ok(ids)
}

fn update_for(store: &Store, settings: &Settings, user: &DesiredUser, found: User, base: &Path) -> Result<Step, Error> {
    let model = store.model();
    let mut described = Vec::new();
    let differs = |want: &Option<String>, have: &str| want.as_deref().filter(|want| *want != have).map(str::to_string);
    // As the address is stored: allauth's lowercased where its table keeps the addresses.
    let email = user.email.as_ref().map(|email| match store.emails() {
        Some(_) => crate::addresses::lowercased(email),
        None => normalize_email(email),
    });
    let changes = Changes {
        email: differs(&email, &found.email),
        first_name: differs(&user.first_name, &found.first_name),
        last_name: differs(&user.last_name, &found.last_name),
        is_active: user.is_active.filter(|want| *want != found.is_active),
        is_staff: user.is_staff.filter(|want| *want != found.is_staff),
        is_superuser: user.is_superuser.filter(|want| *want != found.is_superuser),
        email_verified: None,
    };
    if let Some(email) = &changes.email {
        accounts::check_email(email)?;
        described.push("email".to_string());
    }
    for (column, changed) in [("first_name", changes.first_name.is_some()), ("last_name", changes.last_name.is_some())]
    {
        if changed {
            model.require(column, column)?;
            described.push(column.to_string());
        }
    }
    let flags =
        [("is_active", changes.is_active), ("is_staff", changes.is_staff), ("is_superuser", changes.is_superuser)];
    for (column, value) in flags {
        if let Some(value) = value {
            model.require(column, column)?;
            described.push(format!("{column}={value}"));
        }
    }
    let (links, linked) = links_for(store, user, &found.username, Some(&found))?;
    described.extend(linked);
    let password = match password_of(user, base)? {
        Some(password) if needs_password(settings, user.password, &found, &password) => {
            described.push("password".to_string());
            Some(stored(settings, password, &accounts::attributes_of(model, &found), &found.username)?)
        }
        _ => None,
    };
    Ok(if described.is_empty() {
        Step::Unchanged(found.username)
    } else {
        Step::Update { user: found, changes, password, links, described }
    })
}

/// Whether the file's password must be stored for an existing user.
fn needs_password(settings: &Settings, policy: PasswordPolicy, found: &User, password: &Password) -> bool {
    let stored = found.password.encoded();
    if !crate::hashers::is_usable(stored) {
        return true;
    }
    match (policy, password) {
        (PasswordPolicy::SetIfMissing, _) => false,
        (PasswordPolicy::Enforce, Password::Hash(encoded)) => encoded != stored,
        (PasswordPolicy::Enforce, Password::Typed(secret)) => !settings.hashers.check(secret, stored).valid,
    }
}

/// The encoded password to store: a typed one checked as `user add` checks it (length, then the
/// validators) and hashed; a ready-made hash checked to be of a configured format.
fn stored(
    settings: &Settings,
    password: Password,
    attributes: &crate::validators::UserAttributes,
    name: &str,
) -> Result<String, Error> {
    match password {
        Password::Hash(encoded) => {
            let identified = settings
                .hashers
                .inspect(&encoded)
                .map_err(|why| Error::Input(format!("user `{name}`: password_hash: {why}")))?;
            if !identified.configured {
                return Err(Error::Input(format!(
                    "user `{name}`: password_hash is an `{}` hash, which is not in password_hashers",
                    identified.algorithm
                )));
            }
            Ok(encoded)
        }
        Password::Typed(secret) => {
            accounts::check_password_length(settings, &secret)?;
            let violations = accounts::validate_password(settings, &secret, Some(attributes));
            if let Some(first) = violations.first() {
                return Err(Error::Input(format!("user `{name}`: the password is refused: {}", first.message)));
            }
            Ok(settings.hashers.make(&secret))
        }
    }
}

fn run_step(db: &Db, settings: &Settings, step: &Step, now: Timestamp) -> Result<(), Error> {
    match step {
        Step::Unchanged(_) => Ok(()),
        Step::Create { draft, password, links } => {
            if let Some(clash) =
                users::clash(db, &draft.username, &draft.email, settings.case_insensitive_identity, None)?
            {
                return Err(Error::Conflict(clash));
            }
            let allauth = db.emails().is_some() && !draft.email.is_empty();
            if allauth {
                crate::addresses::refuse_taken(db, settings, None, &draft.email, false)?;
            }
            let new = NewUser {
                username: draft.username.clone(),
                email: draft.email.clone(),
                first_name: draft.first_name.clone(),
                last_name: draft.last_name.clone(),
                password: EncodedPassword::new(password.clone()),
                is_active: draft.is_active,
                is_staff: draft.is_staff,
                is_superuser: draft.is_superuser,
                date_joined: now,
                fields: draft.fields.clone(),
            };
            let id = users::insert(db, &new)?;
            // The primary row allauth's signup makes (`setup_user_email`), unverified.
            if allauth {
                crate::addresses::add_primary(db, id, &draft.email, false)?;
            }
            write_links(db, id, links)?;
            audit_rows::insert_event(db, now, "user_added", Some(&draft.username), "by apply")
        }
        Step::Update { user, changes, password, links, described } => {
            if let Some(email) = &changes.email
                && let Some(clash) =
                    users::clash(db, &user.username, email, settings.case_insensitive_identity, Some(user.id))?
            {
                return Err(Error::Conflict(clash));
            }
            users::update(db, user.id, changes)?;
            // The new address replaces the primary one, as `user modify --email` does.
            if let (Some(email), Some(_)) = (&changes.email, db.emails()) {
                crate::addresses::refuse_taken(db, settings, Some(user.id), email, false)?;
                crate::addresses::change_primary(db, user, email, None)?;
            }
            // Django only hides a deactivated user's sessions, and reactivation would revive them.
            if changes.is_active == Some(false) {
                sessions::end_all_of(db, user.id)?;
            }
            if let Some(encoded) = password {
                users::set_password(db, user.id, encoded)?;
            }
            write_links(db, user.id, links)?;
            let detail = format!("by apply: {}", described.join(", "));
            audit_rows::insert_event(db, now, "user_modified", Some(&user.username), &detail)
        }
        Step::Remove(user) => accounts::remove_in(db, user, now).map(drop),
    }
}

fn write_links(db: &Db, id: UserId, links: &Links) -> Result<(), Error> {
    let group =
        |name: &String| group_rows::find(db, name)?.ok_or_else(|| Error::NotFound(format!("no group named `{name}`")));
    for name in &links.join {
        group_rows::add_member(db, id, group(name)?)?;
    }
    for name in &links.leave {
        group_rows::remove_member(db, id, group(name)?)?;
    }
    for permission in &links.grant {
        permission_rows::grant(db, Holder::User(id), *permission)?;
    }
    for permission in &links.revoke {
        permission_rows::revoke(db, Holder::User(id), *permission)?;
    }
    Ok(())
}
