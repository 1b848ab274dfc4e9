//! A login as the application would run it: normalise, resolve the identifier, let the lockout
//! guard refuse or reserve the attempt, run the chain, and record the result in one transaction
//! (the audit row, the guard's give-back, and on success `last_login` and an upgraded hash),
//! unless the attempt is a probe. A user with a second factor (allauth.mfa, django-otp) whose
//! password is right is logged in only with a valid one-time code, consumed in the same
//! transaction.

pub mod attempt;

use crate::Error;
use crate::accounts::normalize_username;
use crate::audit;
use crate::backends::{self, Context, Decision, TraceStep};
use crate::config::Settings;
use crate::identity::{Lookup, Resolution};
use crate::lockout::guard::{self, Reservation, Verdict};
use crate::mfa;
use crate::secret::Secret;
use crate::store::db::Db;
use crate::store::user_model::UserId;
use crate::store::{Store, users, users::User};
use crate::tokens;
use attempt::{Attempt, Credentials, Denial, Reason};
use jiff::Timestamp;

pub struct LoginRequest<'a> {
    pub identifier: &'a str,
    pub credentials: Credentials,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
    /// `false` for `--no-record`: nothing is counted, written or upgraded.
    pub record: bool,
    /// The one-time code typed after the password (`--otp-stdin`).
    pub otp: Option<Secret>,
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
    let attempt = Attempt {
        identifier: &identifier,
        credentials: &request.credentials,
        ip: request.ip,
        user_agent: request.user_agent,
        resolution: &resolution,
    };
    let mut trace = Vec::with_capacity(settings.backends.len() + 1);
    let mut reservation = None;
    if settings.lockout_guard {
        match guard::before(store, &settings.lockout, &attempt, request.record, now)? {
            Verdict::Denied(denial) => return Ok(refused(settings, denial)),
            Verdict::Allowed { reservation: reserved, detail } => {
                reservation = reserved;
                trace.push(TraceStep { backend: guard::NAME, outcome: "none", detail });
            }
        }
    }
    let mut outcome = run(store, settings, &attempt, trace, now)?;
    let code = second_factor(store, settings, &mut outcome, request, now)?;
    if request.record {
        record(store, settings, &attempt, &outcome, code.as_ref(), reservation.as_ref(), now)?;
    }
    Ok(outcome.login)
}

/// The guard's refusal: no backend is asked (the guard recorded the refusal itself).
fn refused(settings: &Settings, denial: Denial) -> LoginResult {
    let guard_step = TraceStep { backend: guard::NAME, outcome: "denied", detail: denial.detail };
    let later = settings.backends.iter().map(|backend| backends::not_reached(backend.name));
    LoginResult {
        user: None,
        backend: Some(guard::NAME),
        reason: denial.reason,
        locked_until: denial.locked_until,
        trace: std::iter::once(guard_step).chain(later).collect(),
    }
}

/// What the chain decided, and whether the stored hash is to be upgraded.
struct Outcome {
    login: LoginResult,
    must_update_hash: bool,
}

/// Runs the chain after the guard's steps of the trace.
fn run(
    store: &Store,
    settings: &Settings,
    attempt: &Attempt,
    mut trace: Vec<TraceStep>,
    now: Timestamp,
) -> Result<Outcome, Error> {
    let ctx = Context { store, hashers: &settings.hashers, now, max_password_bytes: settings.max_password_bytes };
    let (decision, chain) = backends::run_chain(&settings.backends, &ctx, attempt)?;
    trace.extend(chain);
    Ok(match decision {
        Decision::Authenticated { user, backend, .. } if stopped_unverified(store, settings, attempt, &user)? => {
            // The deciding backend's step says why: one step per backend, as the contract has it.
            if let Some(step) = trace.iter_mut().rev().find(|step| step.backend == backend) {
                step.outcome = "denied";
                step.detail.push_str("; but email_verification is mandatory and the address is not verified");
            }
            Outcome {
                login: LoginResult {
                    user: None,
                    backend: Some(backend),
                    reason: Reason::EmailUnverified,
                    locked_until: None,
                    trace,
                },
                must_update_hash: false,
            }
        }
        Decision::Authenticated { user, backend, must_update_hash } => Outcome {
            login: LoginResult {
                user: Some(*user),
                backend: Some(backend),
                reason: Reason::Ok,
                locked_until: None,
                trace,
            },
            must_update_hash,
        },
        Decision::Rejected => Outcome {
            login: LoginResult {
                user: None,
                backend: None,
                reason: Reason::InvalidCredentials,
                locked_until: None,
                trace,
            },
            must_update_hash: false,
        },
    })
}

/// The name of the second-factor step in `--explain`.
const SECOND_FACTOR: &str = "mfa";

/// After a right password, the login stage allauth.mfa adds (`allauth/mfa/stages.py`
/// `AuthenticateStage`) and django-otp's verified-device check: a user with a second factor is
/// not logged in without a code that verifies. Only a password that the chain accepted gets
/// here, so the code's cost is seen only by one who knows the password: it cannot tell users
/// apart. Bearer tokens are not second-factor logins.
fn second_factor(
    store: &Store,
    settings: &Settings,
    outcome: &mut Outcome,
    request: &LoginRequest,
    now: Timestamp,
) -> Result<Option<mfa::Verification>, Error> {
    let Some(user) = outcome.login.user.as_ref() else { return Ok(None) };
    if !matches!(request.credentials, Credentials::Password(_)) {
        return Ok(None);
    }
    let factors = mfa::required(store, user)?;
    if factors.is_empty() {
        return Ok(None);
    }
    let kinds: Vec<String> = factors.iter().map(|f| format!("{} {}", f.app.as_str(), f.kind)).collect();
    let verification = match &request.otp {
        Some(code) => mfa::verify(store, &settings.mfa, user, code, now)?,
        None => mfa::Verification::default(),
    };
    let (step, detail) = match (&verification.matched, &request.otp) {
        (Some(matched), _) => ("user", format!("code matches {}", matched.describe())),
        (None, Some(_)) => ("denied", format!("the code matches no second factor ({})", kinds.join(", "))),
        (None, None) => ("denied", format!("a second factor is required ({}); no code given", kinds.join(", "))),
    };
    outcome.login.trace.push(TraceStep { backend: SECOND_FACTOR, outcome: step, detail });
    if verification.matched.is_none() {
        outcome.login.user = None;
        outcome.login.backend = Some(SECOND_FACTOR);
        outcome.login.reason = Reason::MfaRequired;
        outcome.must_update_hash = false;
    }
    Ok(Some(verification))
}

/// allauth's mandatory verification stage, for a password login (a token is no allauth login).
fn stopped_unverified(store: &Store, settings: &Settings, attempt: &Attempt, user: &User) -> Result<bool, Error> {
    match attempt.credentials {
        Credentials::Password(_) => crate::addresses::unverified_stops(store, settings, user, attempt.identifier),
        Credentials::Token(_) => Ok(false),
    }
}

/// Records how the chain ended, whole or not at all: the success's writes, the audit row (the
/// guard's pending one completed, or a new one without a guard) and the guard's give-back.
fn record(
    store: &Store,
    settings: &Settings,
    attempt: &Attempt,
    outcome: &Outcome,
    code: Option<&mfa::Verification>,
    reservation: Option<&Reservation>,
    now: Timestamp,
) -> Result<(), Error> {
    let success = Success::of(settings, outcome, attempt.credentials);
    let (reason, backend) = (outcome.login.reason, outcome.login.backend);
    store.write(|db| {
        if let Some(success) = &success {
            success.record(db, now)?;
        }
        if let Some(code) = code {
            mfa::record(db, code, now)?;
        }
        match reservation {
            Some(reservation) => {
                audit::finish_attempt(db, reservation.row, reason, backend)?;
                guard::after(db, &settings.lockout, reservation, reason, now)
            }
            None => audit::record_attempt(db, attempt, Some(reason), backend, now).map(drop),
        }
    })
}

/// What a successful login writes: Django's `update_last_login`, `check_password`'s setter (the
/// upgraded hash, made before the transaction so hashing never holds the writer's lock) and the
/// token's last use.
struct Success<'a> {
    user_id: UserId,
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
