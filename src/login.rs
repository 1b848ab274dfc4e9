//! A login as the application would run it: normalise, guard the length, run the chain, and on
//! success record `last_login` and upgrade an outdated hash (unless the attempt is a probe).

use crate::Error;
use crate::accounts::normalize_username;
use crate::backends::{self, Attempt, Context, Credentials, Decision, TraceStep};
use crate::config::Settings;
use crate::lockout::guard::{self, Ticket};
use crate::store::{Store, users, users::User};
use crate::tokens;
use jiff::Timestamp;

pub struct LoginRequest<'a> {
    pub identifier: &'a str,
    pub credentials: Credentials,
    pub ip: Option<&'a str>,
    /// `false` for `--no-record`: nothing is counted, written or upgraded.
    pub record: bool,
}

pub struct LoginResult {
    pub user: Option<User>,
    pub backend: Option<&'static str>,
    /// `ok`, `invalid_credentials`, `locked_out` or `rate_limited`.
    pub reason: &'static str,
    pub locked_until: Option<Timestamp>,
    pub trace: Vec<TraceStep>,
}

impl LoginResult {
    pub fn authenticated(&self) -> bool {
        self.user.is_some()
    }
}

pub fn login(store: &Store, settings: &Settings, request: &LoginRequest, now: Timestamp) -> Result<LoginResult, Error> {
    let identifier = normalize_username(request.identifier);
    let ticket = Ticket::default();
    let attempt = Attempt {
        identifier: &identifier,
        credentials: &request.credentials,
        ip: request.ip,
        ticket: request.record.then_some(&ticket),
    };
    let result = run(store, settings, &attempt, request, now)?;
    if request.record {
        guard::conclude(store, &settings.lockout, &attempt, result.reason, result.backend, now)?;
    }
    Ok(result)
}

/// The chain, and on success `last_login` and the hash upgrade.
fn run(
    store: &Store,
    settings: &Settings,
    attempt: &Attempt,
    request: &LoginRequest,
    now: Timestamp,
) -> Result<LoginResult, Error> {
    let ctx = Context {
        store,
        hashers: &settings.hashers,
        now,
        policy: &settings.lockout,
        max_password_bytes: settings.max_password_bytes,
    };
    let (decision, trace) = backends::run_chain(&settings.backends, &ctx, attempt)?;
    let result = match decision {
        Decision::Authenticated { user, backend, must_update_hash } => {
            if request.record {
                record_success(store, settings, &user, &request.credentials, must_update_hash, now)?;
            }
            LoginResult { user: Some(user), backend: Some(backend), reason: "ok", locked_until: None, trace }
        }
        Decision::Denied { backend, denial } => LoginResult {
            user: None,
            backend: Some(backend),
            reason: denial.reason,
            locked_until: denial.locked_until,
            trace,
        },
        Decision::Rejected => {
            LoginResult { user: None, backend: None, reason: "invalid_credentials", locked_until: None, trace }
        }
    };
    Ok(result)
}

/// Django's `update_last_login` and `check_password`'s setter, in one transaction.
fn record_success(
    store: &Store,
    settings: &Settings,
    user: &User,
    credentials: &Credentials,
    must_update_hash: bool,
    now: Timestamp,
) -> Result<(), Error> {
    let rehashed = match credentials {
        Credentials::Password(password) if must_update_hash => Some(settings.hashers.make(password)),
        _ => None,
    };
    store.write(|db| {
        users::set_last_login(db, user.id, now)?;
        if let Some(encoded) = &rehashed {
            users::set_password(db, user.id, encoded)?;
        }
        Ok(())
    })?;
    if let Credentials::Token(token) = credentials {
        tokens::mark_used(store, token, now)?;
    }
    Ok(())
}
