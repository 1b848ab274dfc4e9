//! The authentication chain, as Django's `AUTHENTICATION_BACKENDS`: each [`Backend`] answers a
//! login attempt with a user or nothing (try the next). [`run_chain`] is the one loop that gives
//! the chain its meaning. A new backend is one new file plus one line in [`REGISTRY`]. The lockout
//! guard, listed first in the settings as axes' backend is, runs around the chain (`login`).

mod case_insensitive;
mod email;
mod email_or_username;
mod model;
mod password;
mod token;

use crate::Error;
use crate::component::{Configured, Registration, Typed};
use crate::hashers::PasswordHashers;
use crate::login::attempt::{Attempt, Credentials};
use crate::store::{Store, users::User};
use jiff::Timestamp;
use serde::Serialize;

/// What backends may use to answer.
pub struct Context<'a> {
    pub store: &'a Store,
    pub hashers: &'a PasswordHashers,
    pub now: Timestamp,
    /// Longer passwords are refused unhashed (`max_password_bytes`): a guard against hashing abuse.
    pub max_password_bytes: usize,
}

/// A backend's answer; `detail` says why, for `--explain`.
pub enum Outcome {
    Authenticated {
        /// Boxed: a user is far larger than the other answers.
        user: Box<User>,
        must_update_hash: bool,
        detail: String,
    },
    NoUser {
        detail: String,
    },
    /// The backend does not handle these credentials (a password backend given a token).
    Skipped {
        detail: String,
    },
}

/// A backend's name is its registration's ([`Configured::name`]), so it is written once.
pub trait Backend: Send + Sync {
    /// How a password backend finds the account; `None` for the others. The login resolves
    /// the identifier with every lookup of the chain before the chain runs (`identity`).
    fn lookup(&self) -> Option<crate::identity::Lookup> {
        None
    }
    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error>;
}

/// Short name (in `--json` `backend` and traces), the dotted names accepted beside it, constructor.
const REGISTRY: &[Registration<dyn Backend>] = &[
    Registration::new("model", &["django.contrib.auth.backends.ModelBackend"], &Typed(model::build)),
    Registration::new(
        "case_insensitive",
        &["authadm.backends.CaseInsensitiveModelBackend"],
        &Typed(case_insensitive::build),
    ),
    Registration::new("email", &["authadm.backends.EmailBackend"], &Typed(email::build)),
    Registration::new(
        "email_or_username",
        &["allauth.account.auth_backends.AuthenticationBackend", "authadm.backends.EmailOrUsernameBackend"],
        &Typed(email_or_username::build),
    ),
    Registration::new("token", &["authadm.backends.TokenBackend"], &Typed(token::build)),
];

pub fn registry() -> &'static [Registration<dyn Backend>] {
    REGISTRY
}

/// One line of `--explain`: what a backend did.
#[derive(Debug, Clone, Serialize)]
pub struct TraceStep {
    pub backend: &'static str,
    /// `user`, `none`, `denied` or `skipped`.
    pub outcome: &'static str,
    pub detail: String,
}

/// How the chain ended.
pub enum Decision {
    Authenticated { user: Box<User>, backend: &'static str, must_update_hash: bool },
    Rejected,
}

/// Django's `authenticate()`: backends in order; the first user wins.
pub fn run_chain(
    backends: &[Configured<dyn Backend>],
    ctx: &Context,
    attempt: &Attempt,
) -> Result<(Decision, Vec<TraceStep>), Error> {
    let mut trace = Vec::with_capacity(backends.len());
    let mut decision = Decision::Rejected;
    for backend in backends {
        let name = backend.name;
        if !matches!(decision, Decision::Rejected) {
            trace.push(not_reached(name));
            continue;
        }
        let (outcome, detail) = match backend.authenticate(ctx, attempt)? {
            Outcome::Authenticated { user, must_update_hash, detail } => {
                decision = Decision::Authenticated { user, backend: name, must_update_hash };
                ("user", detail)
            }
            Outcome::NoUser { detail } => ("none", detail),
            Outcome::Skipped { detail } => ("skipped", detail),
        };
        trace.push(TraceStep { backend: name, outcome, detail });
    }
    Ok((decision, trace))
}

/// The trace of a backend the login never asked: an earlier one decided.
pub fn not_reached(backend: &'static str) -> TraceStep {
    TraceStep { backend, outcome: "skipped", detail: "not reached".into() }
}
