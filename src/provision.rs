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
use crate::store::db::Db;
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
pub fn read(path: &Path) -> Result<Vec<DesiredUser>, Error> {
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
    Ok(file.user)
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
    Create {
        draft: Draft,
        password: String,
        groups: Vec<String>,
    },
    Update {
        user: User,
        changes: Changes,
        password: Option<String>,
        add: Vec<String>,
        remove: Vec<String>,
        described: Vec<String>,
    },
    Remove(User),
    Unchanged,
}

/// Works out and (unless `dry_run`) applies the file's users in one transaction.
pub fn apply(
    store: &Store,
    settings: &Settings,
    desired: &[DesiredUser],
    base: &Path,
    dry_run: bool,
    now: Timestamp,
) -> Result<Plan, Error> {
    let mut plan = Plan::default();
    let mut steps = Vec::new();
    for user in desired {
        let step = step_for(store, settings, user, base)?;
        let name = normalize_login(store.model(), &user.username);
        match &step {
            Step::Create { .. } => plan.created.push(name),
            Step::Update { described, .. } => plan.updated.push(Update { user: name, changes: described.clone() }),
            Step::Remove(_) => plan.removed.push(name),
            Step::Unchanged => plan.unchanged.push(name),
        }
        steps.push(step);
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

fn step_for(store: &Store, settings: &Settings, user: &DesiredUser, base: &Path) -> Result<Step, Error> {
    let model = store.model();
    let name = normalize_login(model, &user.username);
    let existing = users::find_by_username(store, &name)?;
    let groups_exist = |groups: &[String]| -> Result<(), Error> {
        for group in groups {
            if group_rows::find(store.db(), group)?.is_none() {
                return Err(Error::NotFound(format!("user `{name}`: no group named `{group}`")));
            }
        }
        Ok(())
    };
    match (user.state, existing) {
        (State::Absent, None) => Ok(Step::Unchanged),
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
            let groups = user.groups.clone().unwrap_or_default();
            groups_exist(&groups)?;
            let password = match password_of(user, base)? {
                Some(password) => stored(settings, password, &draft.attributes(model), &name)?,
                None => crate::hashers::unusable_password(),
            };
            Ok(Step::Create { draft, password, groups })
        }
        (State::Present, Some(found)) => update_for(store, settings, user, found, base, &groups_exist),
    }
}

fn update_for(
    store: &Store,
    settings: &Settings,
    user: &DesiredUser,
    found: User,
    base: &Path,
    groups_exist: &dyn Fn(&[String]) -> Result<(), Error>,
) -> Result<Step, Error> {
    let model = store.model();
    let mut described = Vec::new();
    let differs = |want: &Option<String>, have: &str| want.as_deref().filter(|want| *want != have).map(str::to_string);
    let email = user.email.as_ref().map(|email| normalize_email(email));
    let changes = Changes {
        email: differs(&email, &found.email),
        first_name: differs(&user.first_name, &found.first_name),
        last_name: differs(&user.last_name, &found.last_name),
        is_active: user.is_active.filter(|want| *want != found.is_active),
        is_staff: user.is_staff.filter(|want| *want != found.is_staff),
        is_superuser: user.is_superuser.filter(|want| *want != found.is_superuser),
        email_verified: None,
    };
    let flags = [
        ("is_active", changes.is_active.is_some(), "is_active"),
        ("is_staff", changes.is_staff.is_some(), "is_staff"),
        ("is_superuser", changes.is_superuser.is_some(), "is_superuser"),
        ("first_name", changes.first_name.is_some(), "first_name"),
        ("last_name", changes.last_name.is_some(), "last_name"),
    ];
    for (column, given, key) in flags {
        if given {
            model.require(column, key)?;
        }
    }
    if changes.email.is_some() {
        accounts::check_email(changes.email.as_deref().unwrap_or_default())?;
        described.push("email".to_string());
    }
    for (name, changed) in [("first_name", changes.first_name.is_some()), ("last_name", changes.last_name.is_some())] {
        if changed {
            described.push(name.to_string());
        }
    }
    for (name, value) in
        [("is_active", changes.is_active), ("is_staff", changes.is_staff), ("is_superuser", changes.is_superuser)]
    {
        if let Some(value) = value {
            described.push(format!("{name}={value}"));
        }
    }
    let (mut add, mut remove) = (Vec::new(), Vec::new());
    if let Some(wanted) = &user.groups {
        groups_exist(wanted)?;
        let have = group_rows::of_user(store.db(), found.id)?;
        add = wanted.iter().filter(|g| !have.contains(g)).cloned().collect();
        remove = have.iter().filter(|g| !wanted.contains(g)).cloned().collect();
        described.extend(add.iter().map(|g| format!("group +{g}")));
        described.extend(remove.iter().map(|g| format!("group -{g}")));
    }
    let password = match password_of(user, base)? {
        Some(password) if needs_password(settings, user.password, &found, &password) => {
            described.push("password".to_string());
            Some(stored(settings, password, &accounts::attributes_of(model, &found), &found.username)?)
        }
        _ => None,
    };
    Ok(if described.is_empty() {
        Step::Unchanged
    } else {
        Step::Update { user: found, changes, password, add, remove, described }
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
        Step::Unchanged => Ok(()),
        Step::Create { draft, password, groups } => {
            if let Some(clash) =
                users::clash(db, &draft.username, &draft.email, settings.case_insensitive_identity, None)?
            {
                return Err(Error::Conflict(clash));
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
            for group in groups {
                let group_id =
                    group_rows::find(db, group)?.ok_or_else(|| Error::NotFound(format!("no group named `{group}`")))?;
                group_rows::add_member(db, id, group_id)?;
            }
            audit_rows::insert_event(db, now, "user_added", Some(&draft.username), "by apply")
        }
        Step::Update { user, changes, password, add, remove, described } => {
            if let Some(email) = &changes.email
                && let Some(clash) =
                    users::clash(db, &user.username, email, settings.case_insensitive_identity, Some(user.id))?
            {
                return Err(Error::Conflict(clash));
            }
            users::update(db, user.id, changes)?;
            if let Some(encoded) = password {
                users::set_password(db, user.id, encoded)?;
            }
            for (groups, adding) in [(add, true), (remove, false)] {
                for group in groups {
                    let group_id = group_rows::find(db, group)?
                        .ok_or_else(|| Error::NotFound(format!("no group named `{group}`")))?;
                    if adding {
                        group_rows::add_member(db, user.id, group_id)?;
                    } else {
                        group_rows::remove_member(db, user.id, group_id)?;
                    }
                }
            }
            audit_rows::insert_event(
                db,
                now,
                "user_modified",
                Some(&user.username),
                &format!("by apply: {}", described.join(", ")),
            )
        }
        Step::Remove(user) => accounts::remove_in(db, user, now).map(drop),
    }
}
