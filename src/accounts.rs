//! Account operations shared by the commands: adding, finding, changing and removing users, and
//! the password policy (length guard plus the configured validators).

use crate::Error;
use crate::addresses;
use crate::config::Settings;
use crate::groups::Memberships;
use crate::hashers;
use crate::secret::Secret;
use crate::sessions;
use crate::store::db::{Db, Value};
use crate::store::user_model::UserModel;
use crate::store::users::{self, Changes, EncodedPassword, NewUser, User};
use crate::store::{Store, audit as audit_rows, removal, tokens as token_rows};
use crate::validators::{self, UserAttributes, Violation};
use jiff::Timestamp;
use unicode_normalization::UnicodeNormalization;

/// Django's `max_length` of `auth_user.username` and `email`.
const USERNAME_MAX_CHARS: usize = 150;
const EMAIL_MAX_CHARS: usize = 254;
const NAME_MAX_CHARS: usize = 150;

/// Django's `AbstractBaseUser.normalize_username`: Unicode NFKC, so `ﬁ` and `fi` are one name.
pub fn normalize_username(name: &str) -> String {
    name.nfkc().collect()
}

/// Django's `BaseUserManager.normalize_email`: the domain part lowercased, the rest kept.
pub fn normalize_email(email: &str) -> String {
    let email = email.trim();
    match email.rsplit_once('@') {
        Some((local, domain)) => format!("{local}@{}", domain.to_lowercase()),
        None => email.to_string(),
    }
}

/// Django's `UnicodeUsernameValidator`: letters, digits and `@.+-_`, at most 150 characters.
pub fn check_username(name: &str) -> Result<(), Error> {
    if name.is_empty() {
        return Err(Error::Input("the username must not be empty".into()));
    }
    if name.chars().count() > USERNAME_MAX_CHARS {
        return Err(Error::Input(format!("the username is longer than {USERNAME_MAX_CHARS} characters")));
    }
    // Django's UnicodeUsernameValidator: `^[\w.@+-]+\Z`, with Python's `\w` (no combining marks).
    match name.chars().find(|c| !(crate::validators::is_word(*c) || "@.+-".contains(*c))) {
        None => Ok(()),
        Some(bad) => Err(Error::Input(format!(
            "the username contains {bad:?}; it may contain only letters, digits and @ . + - _ (as Django's)"
        ))),
    }
}

/// Django's `EmailField`: at most 254 characters and, unless blank, an address `EmailValidator` accepts.
pub fn check_email(email: &str) -> Result<(), Error> {
    if email.chars().count() > EMAIL_MAX_CHARS {
        return Err(Error::Input(format!("the email address is longer than {EMAIL_MAX_CHARS} characters")));
    }
    if email.is_empty() || crate::email::is_valid(email) {
        Ok(())
    } else {
        Err(Error::Input(format!("`{email}` is not a valid email address (Django's EmailValidator refuses it)")))
    }
}

/// Django's `max_length` of `first_name` and `last_name`.
pub(crate) fn check_name(what: &str, value: &str) -> Result<(), Error> {
    if value.chars().count() > NAME_MAX_CHARS {
        return Err(Error::Input(format!("the {what} is longer than {NAME_MAX_CHARS} characters")));
    }
    Ok(())
}

/// A USER argument as the model stores its username field: NFKC, and for an email address
/// (`USERNAME_FIELD = "email"`) `normalize_email`'s lowercased domain too.
pub fn normalize_login(model: &UserModel, name: &str) -> String {
    let name = normalize_username(name);
    if model.username_is_email() { normalize_email(&name) } else { name }
}

/// Finds a user by exact username, suggesting a near match when there is one.
pub fn find(store: &Store, name: &str) -> Result<User, Error> {
    let name = normalize_login(store.model(), name);
    if let Some(user) = users::find_by_username(store, &name)? {
        return Ok(user);
    }
    let hint = match users::find_by_username_iexact(store, &name)?.first() {
        Some(near) => format!(" (did you mean `{}`?)", near.username),
        None => String::new(),
    };
    Err(Error::NotFound(format!("no user named `{name}`{hint}")))
}

/// Refuses passwords longer than the configured maximum before anything hashes them.
pub fn check_password_length(settings: &Settings, password: &Secret) -> Result<(), Error> {
    if password.len_bytes() > settings.max_password_bytes {
        return Err(Error::Input(format!(
            "the password is longer than {} bytes (max_password_bytes)",
            settings.max_password_bytes
        )));
    }
    Ok(())
}

/// Runs every configured validator (Django's `validate_password`).
pub fn validate_password(settings: &Settings, password: &Secret, user: Option<&UserAttributes>) -> Vec<Violation> {
    validators::validate_all(&settings.validators, password.expose(), user)
}

/// What Django's UserAttributeSimilarityValidator compares: `username` only where it is the
/// username field (an email-login model has no such attribute; its address is compared as the
/// email).
pub fn attributes_of(model: &UserModel, user: &User) -> UserAttributes {
    UserAttributes {
        username: if model.username == "username" { user.username.clone() } else { String::new() },
        first_name: user.first_name.clone(),
        last_name: user.last_name.clone(),
        email: user.email.clone(),
    }
}

/// A user to add, as given on the command line (not yet normalised).
pub struct Draft {
    pub username: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub is_active: bool,
    pub is_staff: bool,
    pub is_superuser: bool,
    /// The model's extra columns (`--field NAME=VALUE`), in their types.
    pub fields: Vec<(String, Value)>,
}

impl Draft {
    /// The checks that need no user model, made before a database is opened (or created): a
    /// name no model could take leaves no new file behind. The username must be one as Django's
    /// validator has it, or an address (for an email-login model).
    pub fn precheck(&self) -> Result<(), Error> {
        let username = normalize_username(&self.username);
        if check_username(&username).is_err()
            && (check_email(&normalize_email(&username)).is_err() || username.is_empty())
        {
            check_username(&username)?;
        }
        check_email(&normalize_email(&self.email))?;
        check_name("first name", &self.first_name)?;
        check_name("last name", &self.last_name)
    }

    /// Normalises and checks the fields for the model in force, so validators see what will be
    /// stored: the username as Django's username validator or, on an email-login model, as its
    /// EmailField; a flag or name whose column the model lacks, or a required column left out, is
    /// exit 2 naming it.
    pub fn normalized(self, model: &UserModel) -> Result<Draft, Error> {
        let username = normalize_login(model, &self.username);
        let email = normalize_email(&self.email);
        if model.username_is_email() && !email.is_empty() && email != username {
            return Err(Error::Input(format!(
                "on this user model ({}) the email address is the username: leave out --email",
                model.table
            )));
        }
        let email = if model.username_is_email() { username.clone() } else { email };
        let draft = Draft { username, email, ..self };
        if model.username_is_email() {
            if draft.username.is_empty() {
                return Err(Error::Input(
                    "the username (an email address on this user model) must not be empty".into(),
                ));
            }
            check_email(&draft.username)?;
        } else {
            check_username(&draft.username)?;
        }
        check_email(&draft.email)?;
        check_name("first name", &draft.first_name)?;
        check_name("last name", &draft.last_name)?;
        draft.fits(model)?;
        Ok(draft)
    }

    /// Refuses what the model cannot hold: a value for a column it lacks, a required column left out.
    fn fits(&self, model: &UserModel) -> Result<(), Error> {
        if !self.email.is_empty() && model.email.is_none() {
            return Err(Error::Input(format!(
                "the user model ({}) has no email field; leave out --email",
                model.table
            )));
        }
        let wanted = [
            ("first_name", !self.first_name.is_empty(), "--first-name"),
            ("last_name", !self.last_name.is_empty(), "--last-name"),
            ("is_staff", self.is_staff, "--staff"),
            ("is_superuser", self.is_superuser, "--superuser"),
            ("is_active", !self.is_active, "--inactive"),
        ];
        for (column, given, flag) in wanted {
            if given {
                model.require(column, flag)?;
            }
        }
        match model.required_fields().find(|c| !self.fields.iter().any(|(name, _)| *name == c.name)) {
            Some(column) => Err(Error::Input(format!(
                "the user model ({}) requires `{}` ({}), which has no default in the database: pass --field {}=VALUE",
                model.table, column.name, column.declared, column.name
            ))),
            None => Ok(()),
        }
    }

    pub fn attributes(&self, model: &UserModel) -> UserAttributes {
        UserAttributes {
            username: if model.username == "username" { self.username.clone() } else { String::new() },
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            email: self.email.clone(),
        }
    }
}

/// How a stored password came to be, for the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordOrigin {
    /// Typed or piped in, and the validators accepted it.
    Validated,
    /// The validators refused it and `--skip-validation` or a confirmation overrode them.
    ValidatorsBypassed,
    /// A ready-made hash (`--password-hash`); no validator saw the password.
    PreHashed,
    Unusable,
}

impl PasswordOrigin {
    fn describe(self) -> &'static str {
        match self {
            PasswordOrigin::Validated => "password validated",
            PasswordOrigin::ValidatorsBypassed => "password validation BYPASSED",
            PasswordOrigin::PreHashed => "pre-made hash stored; not validated",
            PasswordOrigin::Unusable => "unusable password",
        }
    }
}

/// An encoded password about to be stored, and where it came from.
pub struct NewPassword {
    pub encoded: String,
    pub origin: PasswordOrigin,
}

impl NewPassword {
    pub fn unusable() -> Self {
        NewPassword { encoded: hashers::unusable_password(), origin: PasswordOrigin::Unusable }
    }
}

/// Refuses a name (or, by setting, an email) already taken, before anyone types a password;
/// [`add`] checks again under the write lock.
pub fn check_available(store: &Store, settings: &Settings, draft: &Draft, email_verified: bool) -> Result<(), Error> {
    refuse_taken(store.db(), settings, draft, email_verified)
}

/// Exit 5 when the name is taken, or the email by `case_insensitive_identity` or, where allauth
/// keeps the addresses, by allauth's rules ([`addresses::refuse_taken`]).
fn refuse_taken(db: &Db, settings: &Settings, draft: &Draft, email_verified: bool) -> Result<(), Error> {
    if let Some(clash) = users::clash(db, &draft.username, &draft.email, settings.case_insensitive_identity, None)? {
        return Err(Error::Conflict(clash));
    }
    match db.emails() {
        Some(_) if !draft.email.is_empty() => addresses::refuse_taken(db, settings, None, &draft.email, email_verified),
        _ => Ok(()),
    }
}

/// The draft as stored where django-allauth keeps the addresses: allauth lowercases the whole
/// address (`user_email()`, `add_email`).
pub fn for_store(store: &Store, draft: Draft) -> Draft {
    match store.emails() {
        Some(_) => Draft { email: addresses::lowercased(&draft.email), ..draft },
        None => draft,
    }
}

/// Inserts the user unless the name (or, by setting, email) is taken; exit 5 if it is. Where
/// django-allauth keeps the addresses, the email becomes the user's primary row, as allauth's
/// signup makes it (`setup_user_email`), verified only with `email_verified`; elsewhere
/// `email_verified` is authadm's own flag.
pub fn add(
    store: &Store,
    settings: &Settings,
    draft: Draft,
    password: NewPassword,
    email_verified: bool,
    now: Timestamp,
) -> Result<User, Error> {
    let id = store.write(|db| {
        refuse_taken(db, settings, &draft, email_verified)?;
        let id = users::insert(
            db,
            &NewUser {
                username: draft.username.clone(),
                email: draft.email.clone(),
                first_name: draft.first_name.clone(),
                last_name: draft.last_name.clone(),
                password: EncodedPassword::new(password.encoded.clone()),
                is_active: draft.is_active,
                is_staff: draft.is_staff,
                is_superuser: draft.is_superuser,
                date_joined: now,
                fields: draft.fields.clone(),
            },
        )?;
        match db.emails() {
            Some(_) if !draft.email.is_empty() => addresses::add_primary(db, id, &draft.email, email_verified)?,
            Some(_) => {}
            None if email_verified => {
                users::update(db, id, &Changes { email_verified: Some(true), ..Changes::default() })?;
            }
            None => {}
        }
        let flags = [
            ("staff", draft.is_staff),
            ("superuser", draft.is_superuser),
            ("inactive", !draft.is_active),
            ("email verified", email_verified),
        ];
        let mut detail: Vec<&str> = flags.iter().filter(|(_, on)| *on).map(|(name, _)| *name).collect();
        detail.push(password.origin.describe());
        audit_rows::insert_event(db, now, "user_added", Some(&draft.username), &detail.join(", "))?;
        Ok(id)
    })?;
    users::find_by_id(store, id)?.ok_or_else(|| Error::Database("the new user vanished".into()))
}

/// Stores a new encoded password; revokes the user's tokens when the settings say so (Django
/// logs other sessions out on a password change). Returns how many tokens were revoked.
pub fn set_password(
    store: &Store,
    settings: &Settings,
    user: &User,
    password: &NewPassword,
    now: Timestamp,
) -> Result<usize, Error> {
    store.write(|db| {
        users::set_password(db, user.id, &password.encoded)?;
        let revoked =
            if settings.logout_on_password_change { token_rows::revoke_all_of_user(db, user.id, now)? } else { 0 };
        let detail = format!("{}; {revoked} token(s) revoked", password.origin.describe());
        audit_rows::insert_event(db, now, "password_changed", Some(&user.username), &detail)?;
        Ok(revoked)
    })
}

/// Changes the user's fields and group memberships in one transaction. Where django-allauth
/// keeps the addresses, `--email` changes the primary address as allauth does
/// ([`addresses::change_primary`], lowercased) and the verified flag is that of allauth's row.
pub fn modify(
    store: &Store,
    settings: &Settings,
    user: &User,
    mut changes: Changes,
    memberships: &Memberships,
    now: Timestamp,
) -> Result<User, Error> {
    let model = store.model();
    if let Some(email) = changes.email.take() {
        let email = match store.emails() {
            Some(_) => addresses::lowercased(&email),
            None => normalize_email(&email),
        };
        check_email(&email)?;
        if model.username_is_email() {
            return Err(Error::Input(format!(
                "the email address is the username on this user model ({}): it cannot be changed with --email",
                model.table
            )));
        }
        model.email.as_ref().ok_or_else(|| {
            Error::Input(format!("the user model ({}) has no email field; leave out --email", model.table))
        })?;
        changes.email = Some(email);
    }
    let flags = [
        ("first_name", changes.first_name.is_some(), "--first-name"),
        ("last_name", changes.last_name.is_some(), "--last-name"),
        ("is_active", changes.is_active.is_some(), "--activate/--deactivate"),
        ("is_staff", changes.is_staff.is_some(), "--staff/--no-staff"),
        ("is_superuser", changes.is_superuser.is_some(), "--superuser/--no-superuser"),
    ];
    for (column, given, flag) in flags {
        if given {
            model.require(column, flag)?;
        }
    }
    for (what, value) in [("first name", &changes.first_name), ("last name", &changes.last_name)] {
        if let Some(value) = value {
            check_name(what, value)?;
        }
    }
    memberships.check(store)?;
    store.write(|db| {
        if let Some(email) = &changes.email
            && let Some(clash) =
                users::clash(db, &user.username, email, settings.case_insensitive_identity, Some(user.id))?
        {
            return Err(Error::Conflict(clash));
        }
        match db.emails() {
            Some(_) => {
                users::update(db, user.id, &Changes { email_verified: None, ..changes.clone() })?;
                allauth_address(db, settings, user, &changes)?;
            }
            None => users::update(db, user.id, &changes)?,
        }
        // Django only hides a deactivated user's sessions, and reactivation would revive them.
        let mut detail = changes.describe();
        if changes.is_active == Some(false) {
            detail.push_str(&format!("; {} session(s) ended", sessions::end_all_of(db, user.id)?));
        }
        audit_rows::insert_event(db, now, "user_modified", Some(&user.username), &detail)?;
        memberships.apply(db, user, now)
    })?;
    users::find_by_id(store, user.id)?
        .ok_or_else(|| Error::NotFound(format!("user `{}` was removed meanwhile", user.username)))
}

/// The allauth part of `user modify`: a new address (refused as allauth refuses a taken one)
/// becomes the primary; a verified flag alone goes to the primary row.
fn allauth_address(db: &Db, settings: &Settings, user: &User, changes: &Changes) -> Result<(), Error> {
    match (&changes.email, changes.email_verified) {
        (Some(email), verified) => {
            addresses::refuse_taken(db, settings, Some(user.id), email, verified == Some(true))?;
            addresses::change_primary(db, user, email, verified)
        }
        (None, Some(verified)) => addresses::set_primary_verified(db, settings, user, verified),
        (None, None) => Ok(()),
    }
}

/// Deactivates the users in one transaction, ending their sessions and revoking their tokens,
/// each audited (`user deactivate`). A model without `is_active` cannot: exit 2.
pub fn deactivate(store: &Store, stale: &[User], now: Timestamp) -> Result<(), Error> {
    let model = store.model();
    if model.is_active.is_none() {
        return Err(Error::Input(format!(
            "the user model ({}) has no `is_active` column: its users are always active; `user remove` them instead",
            model.table
        )));
    }
    store.write(|db| {
        for user in stale {
            users::update(db, user.id, &Changes { is_active: Some(false), ..Changes::default() })?;
            let sessions = sessions::end_all_of(db, user.id)?;
            let tokens = token_rows::revoke_all_of_user(db, user.id, now)?;
            let detail = format!("stale account; {sessions} session(s) ended, {tokens} token(s) revoked");
            audit_rows::insert_event(db, now, "user_deactivated", Some(&user.username), &detail)?;
        }
        Ok(())
    })
}

/// Makes the users' passwords unusable (Django's `set_unusable_password`) in one transaction, each
/// audited with `why`: they then go through password reset.
pub fn expire_passwords(store: &Store, chosen: &[&User], why: &str, now: Timestamp) -> Result<(), Error> {
    store.write(|db| {
        for user in chosen {
            users::set_password(db, user.id, &hashers::unusable_password())?;
            audit_rows::insert_event(db, now, "password_expired", Some(&user.username), why)?;
        }
        Ok(())
    })
}

/// What removing a user deletes: `(table, rows)` in the order Django deletes them, the user's
/// row last; tables without rows of theirs are left out.
pub type Removed = Vec<(String, usize)>;

/// What [`remove`] would delete, deleting nothing; exit 5 as [`remove`] where it would refuse.
pub fn removal_plan(store: &Store, user: &User) -> Result<Removed, Error> {
    let db = store.db();
    refuse_unknown_references(db, user)?;
    let mut plan = removal::count(db, user.id)?;
    plan.push(("django_session".into(), sessions::count_of(db, user.id)?));
    plan.push((db.model().table.clone(), 1));
    Ok(plan.into_iter().filter(|(_, rows)| *rows > 0).collect())
}

/// Deletes the user as Django's `user.delete()` does (its rows in the tables authadm knows,
/// children first) and ends their sessions, in one audited transaction. A table authadm does
/// not know holding rows that point to the user: exit 5, nothing deleted.
pub fn remove(store: &Store, user: &User, now: Timestamp) -> Result<Removed, Error> {
    let removed = store.write(|db| remove_in(db, user, now));
    // A foreign key the catalogue did not show (to a row of a table that goes with the user)
    // fails at COMMIT.
    removed.map_err(|err| match err {
        Error::Database(msg) if msg.to_ascii_lowercase().contains("foreign key") => Error::Conflict(format!(
            "user `{}` is still referenced by other tables of the application ({msg}); nothing was removed; \
             delete it from the application, or deactivate it with `user modify {} --deactivate`",
            user.username, user.username
        )),
        other => other,
    })
}

/// [`remove`] within the caller's transaction (`apply` removes users among other changes).
pub(crate) fn remove_in(db: &Db, user: &User, now: Timestamp) -> Result<Removed, Error> {
    refuse_unknown_references(db, user)?;
    let mut deleted = removal::delete(db, user.id)?;
    deleted.push(("django_session".into(), sessions::end_all_of(db, user.id)?));
    users::delete(db, user.id)?;
    deleted.push((db.model().table.clone(), 1));
    deleted.retain(|(_, rows)| *rows > 0);
    let counts: Vec<String> = deleted.iter().map(|(table, rows)| format!("{table}: {rows}")).collect();
    let detail = format!("id {}; deleted {}", user.id, counts.join(", "));
    audit_rows::insert_event(db, now, "user_removed", Some(&user.username), &detail)?;
    Ok(deleted)
}

/// Exit 5 naming each table and column authadm does not know that points to the user.
fn refuse_unknown_references(db: &Db, user: &User) -> Result<(), Error> {
    let unknown = removal::unknown(db, user.id)?;
    if unknown.is_empty() {
        return Ok(());
    }
    let named: Vec<String> =
        unknown.iter().map(|u| format!("`{}.{}` ({} row(s))", u.table, u.column, u.rows)).collect();
    Err(Error::Conflict(format!(
        "user `{}` is referenced by {}, which authadm does not know how Django would delete; nothing was removed; \
         delete those rows through the application, or deactivate the user with `user modify {} --deactivate`",
        user.username,
        named.join(", "),
        user.username
    )))
}
