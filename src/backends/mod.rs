//! The authentication chain, as Django's `AUTHENTICATION_BACKENDS`: each [`Backend`] answers a
//! login attempt with a user, nothing (try the next), or a denial that stops the chain (Django's
//! `PermissionDenied`, how lockouts refuse). [`run_chain`] is the one loop that gives the chain
//! its meaning. A new backend is one new file plus one line in [`REGISTRY`].

mod case_insensitive;
mod email;
mod email_or_username;
mod lockout;
mod model;
mod password;
mod token;

use crate::Error;
use crate::config::Options;
use crate::hashers::PasswordHashers;
use crate::secret::Secret;
use crate::store::{Store, users::User};
use jiff::Timestamp;
use serde::Serialize;

/// What the person logging in presented.
pub enum Credentials {
    Password(Secret),
    Token(Secret),
}

/// One login attempt.
pub struct Attempt<'a> {
    /// Username, email, or whatever the backends look users up by (NFKC-normalised).
    pub identifier: &'a str,
    pub credentials: &'a Credentials,
    pub ip: Option<&'a str>,
    /// The account the identifier names, for every backend and the lockout key alike.
    pub resolution: &'a crate::identity::Resolution,
    /// Where the `lockout` guard leaves its reservation for `lockout::guard::conclude`; `None`
    /// for a `--no-record` probe, which counts nothing.
    pub ticket: Option<&'a crate::lockout::guard::Ticket>,
}

/// What backends may use to answer.
pub struct Context<'a> {
    pub store: &'a Store,
    pub hashers: &'a PasswordHashers,
    pub now: Timestamp,
    pub policy: &'a crate::lockout::Policy,
    /// Longer passwords are refused unhashed (`max_password_bytes`): a guard against hashing abuse.
    pub max_password_bytes: usize,
}

/// A backend's answer; `detail` says why, for `--explain`.
pub enum Outcome {
    Authenticated {
        user: User,
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
    Denied(Denial),
}

/// Why a login ended as it did: the contract's `reason`, one exit code each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Ok,
    /// Unknown user, wrong password, inactive or unusable: alike unless `--explain`.
    InvalidCredentials,
    LockedOut,
    RateLimited,
}

impl Reason {
    /// The name in `--json`, the audit rows and the contract.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Ok => "ok",
            Reason::InvalidCredentials => "invalid_credentials",
            Reason::LockedOut => "locked_out",
            Reason::RateLimited => "rate_limited",
        }
    }

    /// `login-test`'s exit status for this outcome.
    pub fn exit_code(self) -> u8 {
        use crate::error::exit;
        match self {
            Reason::Ok => exit::OK,
            Reason::InvalidCredentials => exit::NEGATIVE,
            Reason::LockedOut | Reason::RateLimited => exit::LOCKED,
        }
    }
}

/// A refusal that ends the chain before any later backend runs.
#[derive(Debug, Clone)]
pub struct Denial {
    /// [`Reason::LockedOut`] or [`Reason::RateLimited`].
    pub reason: Reason,
    pub detail: String,
    pub locked_until: Option<Timestamp>,
}

pub trait Backend: Send + Sync {
    /// The short name, used in `--json` (`backend`) and traces.
    fn name(&self) -> &'static str;
    /// How a password backend finds the account; `None` for the others. The login resolves
    /// the identifier with every lookup of the chain before the chain runs (`identity`).
    fn lookup(&self) -> Option<crate::identity::Lookup> {
        None
    }
    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error>;
}

type Constructor = fn(&Options) -> Result<Box<dyn Backend>, String>;

/// Short name, Django-style dotted names accepted beside it, constructor.
const REGISTRY: &[(&str, &[&str], Constructor)] = &[
    ("lockout", &["axes.backends.AxesBackend", "axes.backends.AxesStandaloneBackend"], lockout::build),
    ("model", &["django.contrib.auth.backends.ModelBackend"], model::build),
    ("case_insensitive", &["authadm.backends.CaseInsensitiveModelBackend"], case_insensitive::build),
    ("email", &["authadm.backends.EmailBackend"], email::build),
    (
        "email_or_username",
        &["allauth.account.auth_backends.AuthenticationBackend", "authadm.backends.EmailOrUsernameBackend"],
        email_or_username::build,
    ),
    ("token", &["authadm.backends.TokenBackend"], token::build),
];

pub fn valid_names() -> String {
    REGISTRY.iter().map(|(short, _, _)| *short).collect::<Vec<_>>().join(", ")
}

pub fn build(name: &str, options: &Options) -> Result<Box<dyn Backend>, String> {
    let (_, _, construct) = REGISTRY
        .iter()
        .find(|(short, dotted, _)| *short == name || dotted.contains(&name))
        .ok_or_else(|| format!("unknown authentication backend `{name}`; valid names: {}", valid_names()))?;
    construct(options)
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
    Authenticated { user: User, backend: &'static str, must_update_hash: bool },
    Denied { backend: &'static str, denial: Denial },
    Rejected,
}

/// Django's `authenticate()`: backends in order; the first user wins, a denial stops the chain.
pub fn run_chain(
    backends: &[Box<dyn Backend>],
    ctx: &Context,
    attempt: &Attempt,
) -> Result<(Decision, Vec<TraceStep>), Error> {
    let mut trace = Vec::with_capacity(backends.len());
    let mut decision = Decision::Rejected;
    for backend in backends {
        let name = backend.name();
        if !matches!(decision, Decision::Rejected) {
            trace.push(TraceStep { backend: name, outcome: "skipped", detail: "not reached".into() });
            continue;
        }
        let (outcome, detail) = match backend.authenticate(ctx, attempt)? {
            Outcome::Authenticated { user, must_update_hash, detail } => {
                decision = Decision::Authenticated { user, backend: name, must_update_hash };
                ("user", detail)
            }
            Outcome::NoUser { detail } => ("none", detail),
            Outcome::Skipped { detail } => ("skipped", detail),
            Outcome::Denied(denial) => {
                let detail = denial.detail.clone();
                decision = Decision::Denied { backend: name, denial };
                ("denied", detail)
            }
        };
        trace.push(TraceStep { backend: name, outcome, detail });
    }
    Ok((decision, trace))
}
