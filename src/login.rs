//! A login as the application would run it: normalise, guard the length, run the chain, and on
//! success record `last_login` and upgrade an outdated hash (unless the attempt is a probe).

use crate::Error;
use crate::accounts::normalize_username;
use crate::backends::{self, Attempt, Context, Credentials, Decision, Reason, TraceStep};
use crate::config::Settings;
use crate::identity::{Lookup, Resolution};
use crate::lockout::guard::{self, Ticket};
use crate::secret::Secret;
use crate::store::db::Db;
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
    pub reason: Reason,
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
    let lookups: Vec<Lookup> = settings.backends.iter().filter_map(|backend| backend.lookup()).collect();
    let resolution = Resolution::resolve(store, &identifier, &lookups)?;
    let ticket = Ticket::default();
    let attempt = Attempt {
        identifier: &identifier,
        credentials: &request.credentials,
        ip: request.ip,
        resolution: &resolution,
        ticket: request.record.then_some(&ticket),
    };
    let result = run(store, settings, &attempt, now)?;
    if request.record {
        let success = Success::of(settings, &result, &request.credentials);
        let on_success = |db: &Db| success.as_ref().map_or(Ok(()), |success| success.record(db, now));
        let (reason, backend) = (result.login.reason, result.login.backend);
        guard::conclude(store, &settings.lockout, &attempt, reason, backend, now, &on_success)?;
    }
    Ok(result.login)
}

/// What the chain decided, and whether the stored hash is to be upgraded.
struct Outcome {
    login: LoginResult,
    must_update_hash: bool,
}

fn run(store: &Store, settings: &Settings, attempt: &Attempt, now: Timestamp) -> Result<Outcome, Error> {
    let ctx = Context {
        store,
        hashers: &settings.hashers,
        now,
        policy: &settings.lockout,
        max_password_bytes: settings.max_password_bytes,
    };
    let (decision, trace) = backends::run_chain(&settings.backends, &ctx, attempt)?;
    let (login, must_update_hash) = match decision {
        Decision::Authenticated { user, backend, must_update_hash } => (
            LoginResult { user: Some(user), backend: Some(backend), reason: Reason::Ok, locked_until: None, trace },
            must_update_hash,
        ),
        Decision::Denied { backend, denial } => (
            LoginResult {
                user: None,
                backend: Some(backend),
                reason: denial.reason,
                locked_until: denial.locked_until,
                trace,
            },
            false,
        ),
        Decision::Rejected => (
            LoginResult { user: None, backend: None, reason: Reason::InvalidCredentials, locked_until: None, trace },
            false,
        ),
    };
    Ok(Outcome { login, must_update_hash })
}

/// What a successful login writes: Django's `update_last_login`, `check_password`'s setter (the
/// upgraded hash, made before the transaction so hashing never holds the writer's lock) and the
/// token's last use.
struct Success<'a> {
    user_id: i64,
    /// The hash the password was checked against, and its upgrade.
    rehashed: Option<(&'a str, String)>,
    token: Option<&'a Secret>,
}

impl<'a> Success<'a> {
    fn of(settings: &Settings, outcome: &'a Outcome, credentials: &'a Credentials) -> Option<Success<'a>> {
        let user = outcome.login.user.as_ref()?;
        let (rehashed, token) = match credentials {
            Credentials::Password(password) if outcome.must_update_hash => {
                (Some((user.password.encoded(), settings.hashers.make(password))), None)
            }
            Credentials::Password(_) => (None, None),
            Credentials::Token(token) => (None, Some(token)),
        };
        Some(Success { user_id: user.id, rehashed, token })
    }

    fn record(&self, db: &Db, now: Timestamp) -> Result<(), Error> {
        users::set_last_login(db, self.user_id, now)?;
        if let Some((checked, upgraded)) = &self.rehashed {
            users::upgrade_password(db, self.user_id, checked, upgraded)?;
        }
        if let Some(token) = self.token {
            tokens::mark_used(db, token, now)?;
        }
        Ok(())
    }
}
