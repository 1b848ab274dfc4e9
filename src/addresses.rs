//! django-allauth's email addresses (`account_emailaddress`), kept as allauth keeps them, and the
//! `[account]` settings that mirror allauth's `ACCOUNT_*` names. Read from django-allauth 65.22.1:
//! `account/models.py` (`EmailAddress`), `account/managers.py` (`add_email`), `account/adapter.py`
//! (`can_delete_email`), `account/internal/flows/manage_email.py` (`assess_unique_email`,
//! `can_mark_as_primary`) and `account/internal/userkit.py` (`user_email`, which lowercases).

use crate::Error;
use crate::store::allauth_emails::{self as rows, Address, Tables};
use crate::store::db::Db;
use crate::store::user_model::UserId;
use crate::store::users::{self, User};
use crate::store::{Store, audit as audit_rows};
use jiff::Timestamp;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

/// `[account]` as written in the settings file.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawAccount {
    email_verification: Option<Spanned<String>>,
    unique_email: Option<bool>,
    login_methods: Option<Spanned<Vec<String>>>,
}

/// `ACCOUNT_EMAIL_VERIFICATION` (`account/app_settings.py`; `"optional"` by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verification {
    None,
    #[default]
    Optional,
    /// `EmailVerificationStage` (`account/stages.py`): no login without a verified address.
    Mandatory,
}

impl Verification {
    fn name(self) -> &'static str {
        match self {
            Verification::None => "none",
            Verification::Optional => "optional",
            Verification::Mandatory => "mandatory",
        }
    }
}

/// The settings allauth's address rules read.
#[derive(Debug, Clone)]
pub struct AccountSettings {
    pub email_verification: Verification,
    /// `ACCOUNT_UNIQUE_EMAIL` (default `True`): an address belongs to one account only.
    pub unique_email: bool,
    /// `ACCOUNT_LOGIN_METHODS` (default `{"username"}`), as `"username"` and `"email"`.
    pub login_methods: Vec<String>,
}

impl Default for AccountSettings {
    fn default() -> Self {
        AccountSettings {
            email_verification: Verification::default(),
            unique_email: true,
            login_methods: vec!["username".into()],
        }
    }
}

impl AccountSettings {
    /// Resolves `[account]`; an error carries the span of the value at fault.
    pub fn resolve(raw: Option<RawAccount>) -> Result<AccountSettings, (Option<Range<usize>>, String)> {
        let raw = raw.unwrap_or_default();
        let defaults = AccountSettings::default();
        let email_verification = match raw.email_verification {
            None => defaults.email_verification,
            Some(value) => match value.get_ref().as_str() {
                "none" => Verification::None,
                "optional" => Verification::Optional,
                "mandatory" => Verification::Mandatory,
                other => {
                    let message = format!(
                        "account.email_verification: unknown value `{other}`; expected \"none\", \"optional\" or \"mandatory\""
                    );
                    return Err((Some(value.span()), message));
                }
            },
        };
        let login_methods = match raw.login_methods {
            None => defaults.login_methods,
            Some(list) => {
                if let Some(bad) = list.get_ref().iter().find(|m| !["username", "email"].contains(&m.as_str())) {
                    let message = format!(
                        "account.login_methods: unknown method `{bad}`; expected \"username\" and/or \"email\""
                    );
                    return Err((Some(list.span()), message));
                }
                if list.get_ref().is_empty() {
                    return Err((Some(list.span()), "account.login_methods is empty".into()));
                }
                list.into_inner()
            }
        };
        Ok(AccountSettings { email_verification, unique_email: raw.unique_email.unwrap_or(true), login_methods })
    }

    /// `[account]` with the defaults filled in, for `config check`.
    pub fn describe(&self) -> toml::Table {
        let mut table = toml::Table::new();
        table.insert("email_verification".into(), self.email_verification.name().into());
        table.insert("unique_email".into(), self.unique_email.into());
        table.insert("login_methods".into(), self.login_methods.clone().into());
        table
    }

    /// Whether allauth's login form takes `login` as an address (`derive_login_method`): the
    /// only method when there is one, else an address Django's `EmailValidator` accepts.
    fn logs_in_by_email(&self, login: &str) -> bool {
        match self.login_methods.as_slice() {
            [only] => only == "email",
            methods => methods.iter().any(|m| m == "email") && crate::email::is_valid(login),
        }
    }

    /// `LOGIN_METHODS == {EMAIL}`: the last address of such an account is never removed.
    fn login_by_email_only(&self) -> bool {
        self.login_methods.iter().all(|m| m == "email")
    }
}

/// allauth lowercases whole addresses (`add_email`, the `user_email()` setter), where Django
/// lowercases only the domain.
pub fn lowercased(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Whether `ACCOUNT_EMAIL_VERIFICATION = "mandatory"` stops this user's password login, as
/// allauth's `EmailVerificationStage` does (`account/stages.py`, `has_verified_email(user,
/// login.email)`): a login by address (as `login_methods` takes the identifier) needs that
/// address verified, a login by username any verified address of the user. Only where allauth's table holds the addresses.
pub fn unverified_stops(
    store: &Store,
    settings: &crate::config::Settings,
    user: &User,
    identifier: &str,
) -> Result<bool, Error> {
    if settings.account.email_verification != Verification::Mandatory || store.emails().is_none() {
        return Ok(false);
    }
    let found = list(store, user)?;
    let verified = match settings.account.logs_in_by_email(identifier) {
        true => found.iter().any(|a| a.verified && a.email == identifier.to_lowercase()),
        false => found.iter().any(|a| a.verified),
    };
    Ok(!verified)
}

/// An ADDRESS argument as allauth stores it: lowercased, and one Django's `EmailValidator`
/// accepts (exit 2 otherwise).
pub fn normalized(email: &str) -> Result<String, Error> {
    let email = lowercased(email);
    if email.is_empty() {
        return Err(Error::Input("the email address must not be empty".into()));
    }
    crate::accounts::check_email(&email)?;
    Ok(email)
}

/// The user's addresses where allauth's table is, for `user show --json`.
pub fn of_user_if_kept(store: &Store, user: &User) -> Result<Option<Vec<Address>>, Error> {
    store.emails().map(|_| list(store, user)).transpose()
}

/// allauth's tables, or exit 2 saying this database has none.
pub fn tables(store: &Store) -> Result<Tables, Error> {
    store.emails().copied().ok_or_else(|| {
        Error::Usage(format!(
            "{} has no django-allauth address table ({}); migrate `allauth.account` on the site first",
            store.target(),
            rows::ADDRESS
        ))
    })
}

/// Whether allauth's addresses are in force, in a sentence (`doctor`, `config check`).
pub fn describe(store: &Store) -> String {
    match store.emails() {
        Some(tables) => format!(
            "django-allauth's addresses ({}) are the users' addresses; its unique_verified_email index {}",
            rows::ADDRESS,
            if tables.unique_verified_index {
                "is present"
            } else {
                "is absent (ACCOUNT_UNIQUE_EMAIL was off at migrate)"
            }
        ),
        None => format!("no django-allauth address table ({}); authadm keeps the verified flag itself", rows::ADDRESS),
    }
}

/// A user's addresses, primary first.
pub fn list(store: &Store, user: &User) -> Result<Vec<Address>, Error> {
    rows::of_user(store.db(), user.id)
}

/// Exit 5 when another account holds `email` as allauth refuses it: under `ACCOUNT_UNIQUE_EMAIL`
/// any account `filter_users_by_email` finds (`assess_unique_email`); and, for a row to be
/// marked verified, any verified row of another account where the setting or the database's
/// `unique_verified_email` index forbids two (`EmailAddress.can_set_verified`).
pub(crate) fn refuse_taken(
    db: &Db,
    settings: &crate::config::Settings,
    except: Option<UserId>,
    email: &str,
    verified: bool,
) -> Result<(), Error> {
    let tables = db.emails().copied();
    let unique = settings.account.unique_email;
    let mut holders = if unique { rows::other_holders(db, email, except, false)? } else { Vec::new() };
    if holders.is_empty() && verified && (unique || tables.is_some_and(|t| t.unique_verified_index)) {
        holders = rows::other_holders(db, email, except, true)?;
    }
    match holders.first() {
        None => Ok(()),
        Some(other) => Err(Error::Conflict(format!(
            "user `{other}` already has the email address `{email}`; django-allauth refuses it for a second account"
        ))),
    }
}

/// The user's address after `user add --email`: the primary row allauth's signup makes
/// (`setup_user_email`: the user's email, `primary=True`, verified only when said so).
pub(crate) fn add_primary(db: &Db, user_id: UserId, email: &str, verified: bool) -> Result<(), Error> {
    rows::add(db, user_id, email, verified, true)?;
    Ok(())
}

/// `user modify --email`: allauth's change of address as `mark_email_address_as_verified` does
/// it under `ACCOUNT_CHANGE_EMAIL` — the new address (`add_email`'s `get_or_create`) becomes the
/// primary (`set_as_primary`: old primary off, this on, `user.email` written) and the old primary
/// row goes, so the replaced address logs no one in. `verified` sets the new row's flag.
pub(crate) fn change_primary(db: &Db, user: &User, email: &str, verified: Option<bool>) -> Result<(), Error> {
    let old = rows::of_user(db, user.id)?.into_iter().find(|a| a.primary);
    rows::add(db, user.id, email, false, false)?;
    if let Some(verified) = verified {
        rows::set_verified(db, user.id, email, verified)?;
    }
    rows::set_primary(db, user.id, email)?;
    if let Some(old) = old.filter(|old| old.email != email) {
        rows::delete(db, user.id, &old.email)?;
    }
    users::set_email(db, user.id, email)
}

/// `--email-verified/--email-unverified` without `--email`: the flag of the user's primary row,
/// made first from the user's email when missing (allauth's `sync_user_email_address`).
pub(crate) fn set_primary_verified(
    db: &Db,
    settings: &crate::config::Settings,
    user: &User,
    verified: bool,
) -> Result<(), Error> {
    let primary = rows::of_user(db, user.id)?.into_iter().find(|a| a.primary);
    let email = match primary {
        Some(primary) => primary.email,
        None if !user.email.is_empty() => {
            let email = lowercased(&user.email);
            rows::add(db, user.id, &email, false, false)?;
            rows::set_primary(db, user.id, &email)?;
            email
        }
        None => {
            return Err(Error::Input(format!("user `{}` has no email address to mark", user.username)));
        }
    };
    if verified {
        refuse_verified_elsewhere(db, settings, user, &email)?;
    }
    rows::set_verified(db, user.id, &email, verified)?;
    Ok(())
}

/// `email add`: `add_email` (a new row, not primary), verified only when asked; exit 5 when the
/// user has it already or allauth would refuse it for them.
pub fn add(
    store: &Store,
    settings: &crate::config::Settings,
    user: &User,
    email: &str,
    verified: bool,
    now: Timestamp,
) -> Result<(), Error> {
    tables(store)?;
    store.write(|db| {
        if rows::find(db, user.id, email)?.is_some() {
            return Err(Error::Conflict(format!("user `{}` already has the address `{email}`", user.username)));
        }
        refuse_taken(db, settings, Some(user.id), email, verified)?;
        rows::add(db, user.id, email, verified, false)?;
        let detail = format!("{email}{}", if verified { " (verified)" } else { "" });
        audit_rows::insert_event(db, now, "email_added", Some(&user.username), &detail)
    })
}

/// The user's row of `email`, or exit 4.
fn existing(db: &Db, user: &User, email: &str) -> Result<Address, Error> {
    rows::find(db, user.id, email)?
        .ok_or_else(|| Error::NotFound(format!("user `{}` has no address `{email}`", user.username)))
}

/// `email remove`: as allauth's view, which asks `can_delete_email` first: the primary goes only
/// when it is the last address, and then not where the login is by email only (exit 5 saying
/// why). As `EmailAddress.remove()`, a removed address that was `user.email` is replaced there
/// by the user's next address, verified ones first, or left blank.
pub fn remove(
    store: &Store,
    settings: &crate::config::Settings,
    user: &User,
    email: &str,
    now: Timestamp,
) -> Result<(), Error> {
    tables(store)?;
    store.write(|db| {
        let address = existing(db, user, email)?;
        let others: Vec<Address> = rows::of_user(db, user.id)?.into_iter().filter(|a| a.email != email).collect();
        if address.primary && !others.is_empty() {
            return Err(Error::Conflict(format!(
                "`{email}` is the primary address of `{}`: django-allauth does not remove it while the user has \
                 others; make another one primary first (`authadm email primary {} ADDRESS`)",
                user.username, user.username
            )));
        }
        if address.primary && settings.account.login_by_email_only() {
            return Err(Error::Conflict(format!(
                "`{email}` is the last address of `{}`, who logs in by email only (account.login_methods): \
                 django-allauth does not remove it",
                user.username
            )));
        }
        rows::delete(db, user.id, email)?;
        if lowercased(&user.email) == email {
            let mut rest = others.clone();
            rest.sort_by_key(|a| !a.verified);
            users::set_email(db, user.id, rest.first().map_or("", |a| a.email.as_str()))?;
        }
        audit_rows::insert_event(db, now, "email_removed", Some(&user.username), email)
    })
}

/// `email verify`: `EmailAddress.set_verified`, refused (exit 5) where `can_set_verified` is
/// false: another account's verified row of the address.
pub fn verify(
    store: &Store,
    settings: &crate::config::Settings,
    user: &User,
    email: &str,
    now: Timestamp,
) -> Result<(), Error> {
    tables(store)?;
    store.write(|db| {
        if existing(db, user, email)?.verified {
            return Ok(());
        }
        refuse_verified_elsewhere(db, settings, user, email)?;
        rows::set_verified(db, user.id, email, true)?;
        audit_rows::insert_event(db, now, "email_verified", Some(&user.username), email)
    })
}

/// `EmailAddress.can_set_verified`: under `ACCOUNT_UNIQUE_EMAIL` (or the database's
/// `unique_verified_email` index) no second account may have the address verified; exit 5.
fn refuse_verified_elsewhere(
    db: &Db,
    settings: &crate::config::Settings,
    user: &User,
    email: &str,
) -> Result<(), Error> {
    let unique = settings.account.unique_email || db.emails().is_some_and(|t| t.unique_verified_index);
    match rows::other_holders(db, email, Some(user.id), true)?.first().filter(|_| unique) {
        Some(other) => Err(Error::Conflict(format!(
            "user `{other}` has `{email}` verified already; django-allauth verifies an address for one account only"
        ))),
        None => Ok(()),
    }
}

/// `email primary`: `can_mark_as_primary` (the address is verified, or the user has no verified
/// one; else exit 5), then `set_as_primary`, `user.email` written.
pub fn make_primary(store: &Store, user: &User, email: &str, now: Timestamp) -> Result<(), Error> {
    tables(store)?;
    store.write(|db| {
        let address = existing(db, user, email)?;
        if address.primary {
            return Ok(());
        }
        if !address.verified && rows::of_user(db, user.id)?.iter().any(|a| a.verified) {
            return Err(Error::Conflict(format!(
                "`{email}` is not verified and `{}` has a verified address: django-allauth's primary address must \
                 then be verified (`authadm email verify` it first)",
                user.username
            )));
        }
        rows::set_primary(db, user.id, email)?;
        users::set_email(db, user.id, email)?;
        audit_rows::insert_event(db, now, "email_primary_set", Some(&user.username), email)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(text: &str) -> Result<AccountSettings, String> {
        let raw: RawAccount = toml::from_str(text).map_err(|e| e.to_string())?;
        AccountSettings::resolve(Some(raw)).map_err(|(_, message)| message)
    }

    #[test]
    fn the_defaults_are_allauths() {
        let defaults = AccountSettings::resolve(None).unwrap();
        assert_eq!(defaults.email_verification, Verification::Optional);
        assert!(defaults.unique_email);
        assert_eq!(defaults.login_methods, ["username"]);
    }

    #[test]
    fn unknown_values_are_refused() {
        let err = settings("email_verification = \"always\"").unwrap_err();
        assert!(err.starts_with("account.email_verification: unknown value `always`"), "{err}");
        let err = settings("login_methods = [\"phone\"]").unwrap_err();
        assert!(err.starts_with("account.login_methods: unknown method `phone`"), "{err}");
    }

    /// allauth's `derive_login_method`: the one method, else an address when email is among them.
    #[test]
    fn the_login_form_reads_an_address_as_allauth_does() {
        let by = |methods: &str, login: &str| {
            settings(&format!("login_methods = {methods}")).unwrap().logs_in_by_email(login)
        };
        assert!(!by("[\"username\"]", "erin@example.com"));
        assert!(by("[\"email\"]", "erin"));
        assert!(by("[\"email\", \"username\"]", "erin@example.com"));
        assert!(!by("[\"email\", \"username\"]", "erin"));
    }
}
