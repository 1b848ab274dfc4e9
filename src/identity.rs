//! One identifier, one account: the resolver every password backend and the lockout key use.
//!
//! Each password backend names its [`Lookup`] (exact username, username ignoring case, email,
//! allauth's email-or-username); [`Resolution::resolve`] runs each lookup the chain uses once,
//! and the account of the attempt is the first unique match in chain order. A backend whose own
//! lookup reaches another account does not check that account's password, so no identifier can
//! make a guess at one account count against another (registering the username
//! `alice@example.com` buys no attempts at alice's password). The lockout key is that account,
//! or, when the chain checks no account, the one the identifier names as a username or email.
//!
//! Whatever is found, every password check costs a verification of a stored hash: an attempt
//! without a checkable hash verifies against a stand-in, the nearest other account's hash, so its
//! time follows the hashes the database holds rather than the preferred hasher's.

use crate::Error;
use crate::store::attempts::{self, Subject};
use crate::store::user_model::UserId;
use crate::store::users::{self, EncodedPassword, User};
use crate::store::{Store, allauth_emails};
use std::cell::OnceCell;

/// How a password backend finds the account an identifier names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// Django's `ModelBackend`: the username, exactly.
    Username,
    /// `username__iexact`.
    UsernameIgnoringCase,
    /// `email__iexact`; only an address can match.
    Email,
    /// allauth: an identifier with `@` is an email, anything else a username.
    EmailOrUsername,
}

/// What a lookup found.
#[derive(Debug, Clone)]
pub enum Found {
    One(User),
    None,
    /// Several accounts match a case-insensitive identifier; refusing to pick one keeps a login
    /// from landing on the wrong account.
    Ambiguous(usize),
}

/// The identifier resolved for one login attempt.
pub struct Resolution {
    identifier: String,
    found: Vec<(Lookup, Found)>,
    /// The account the chain checks passwords of: the first unique match in chain order.
    account: Option<UserId>,
    /// Who the attempt counts against for lockouts, rate limits and the audit.
    pub subject: Subject,
    stand_in: OnceCell<Option<EncodedPassword>>,
}

/// What a backend is to check a password against.
pub enum Candidate<'a> {
    /// The attempt's account, found by this backend's lookup.
    Account(&'a User),
    /// Nothing to check; the text says why, for `--explain`.
    Nobody(String),
}

impl Resolution {
    /// Runs each distinct lookup of `chain` (in chain order) once.
    pub fn resolve(store: &Store, identifier: &str, chain: &[Lookup]) -> Result<Resolution, Error> {
        let mut found: Vec<(Lookup, Found)> = Vec::with_capacity(chain.len());
        for lookup in chain {
            if !found.iter().any(|(done, _)| done == lookup) {
                found.push((*lookup, find(store, *lookup, identifier)?));
            }
        }
        let account = found.iter().find_map(|(_, found)| match found {
            Found::One(user) => Some(user.id),
            _ => None,
        });
        let subject = match account {
            Some(id) => Subject::account(id),
            None => attempts::resolve_subject(store.db(), identifier)?,
        };
        Ok(Resolution { identifier: identifier.to_string(), found, account, subject, stand_in: OnceCell::new() })
    }

    /// The account a backend using `lookup` checks, if it is the attempt's account.
    pub fn candidate(&self, lookup: Lookup) -> Candidate<'_> {
        let found = self.found.iter().find(|(done, _)| *done == lookup).map(|(_, found)| found);
        match found {
            Some(Found::One(user)) if Some(user.id) == self.account => Candidate::Account(user),
            Some(Found::One(user)) => Candidate::Nobody(format!(
                "user #{} matches, but the identifier names user #{} for an earlier backend; not checked",
                user.id,
                self.account.map_or_else(|| "?".into(), |id| id.to_string())
            )),
            Some(Found::Ambiguous(count)) => {
                Candidate::Nobody(format!("{count} accounts match; ambiguous, none chosen"))
            }
            Some(Found::None) | None => Candidate::Nobody("no such user".into()),
        }
    }

    /// The hash an attempt without a checkable one is verified against (see the module's
    /// documentation); read once, and only when needed.
    pub fn stand_in(&self, store: &Store) -> Result<Option<&EncodedPassword>, Error> {
        if let Some(hash) = self.stand_in.get() {
            return Ok(hash.as_ref());
        }
        let hash = users::stand_in_password(store, &self.identifier, self.account)?;
        Ok(self.stand_in.get_or_init(|| hash).as_ref())
    }
}

fn find(store: &Store, lookup: Lookup, identifier: &str) -> Result<Found, Error> {
    let by_username = || Ok::<_, Error>(users::find_by_username(store, identifier)?.map_or(Found::None, Found::One));
    match lookup {
        Lookup::Username => by_username(),
        Lookup::UsernameIgnoringCase => Ok(one_of(users::find_by_username_iexact(store, identifier)?)),
        Lookup::Email => Ok(one_of(by_email(store, identifier)?)),
        Lookup::EmailOrUsername if identifier.contains('@') => Ok(one_of(by_email(store, identifier)?)),
        Lookup::EmailOrUsername => by_username(),
    }
}

/// The accounts an address names: where django-allauth keeps the addresses, those its
/// `AuthenticationBackend` tries (`filter_users_by_email`, verified rows preferred); elsewhere
/// `email__iexact` on the user model.
fn by_email(store: &Store, identifier: &str) -> Result<Vec<User>, Error> {
    if store.emails().is_none() || !identifier.contains('@') {
        return users::find_by_email_iexact(store, identifier);
    }
    let mut found = Vec::new();
    for id in allauth_emails::login_candidates(store.db(), identifier)? {
        found.extend(users::find_by_id(store, id)?);
    }
    Ok(found)
}

fn one_of(mut users: Vec<User>) -> Found {
    match users.len() {
        0 => Found::None,
        1 => Found::One(users.remove(0)),
        n => Found::Ambiguous(n),
    }
}
