//! One login attempt and how it ended: the types the pipeline shares with the backends, the
//! lockout guard and the audit, kept apart so that none of them imports another.

use crate::identity::Resolution;
use crate::secret::Secret;
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
    /// The client's `User-Agent`, which django-axes records (and may key on) with the address.
    pub user_agent: Option<&'a str>,
    /// The account the identifier names, for every backend and the lockout key alike.
    pub resolution: &'a Resolution,
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
    /// The password is right, but the user has a second factor and no code that verifies came
    /// with it (allauth.mfa's login stage, django-otp's devices).
    MfaRequired,
    /// The password is right, but `[account] email_verification = "mandatory"` wants a verified
    /// address the user lacks: django-allauth's `EmailVerificationStage` logs no one in then.
    EmailUnverified,
}

impl Reason {
    /// The name in `--json`, the audit rows and the contract.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Ok => "ok",
            Reason::InvalidCredentials => "invalid_credentials",
            Reason::LockedOut => "locked_out",
            Reason::RateLimited => "rate_limited",
            Reason::MfaRequired => "mfa_required",
            Reason::EmailUnverified => "email_unverified",
        }
    }

    /// `login-test`'s exit status for this outcome.
    pub fn exit_code(self) -> u8 {
        use crate::error::exit;
        match self {
            Reason::Ok => exit::OK,
            Reason::InvalidCredentials | Reason::MfaRequired | Reason::EmailUnverified => exit::NEGATIVE,
            Reason::LockedOut | Reason::RateLimited => exit::LOCKED,
        }
    }
}

/// The guard's refusal: the chain does not run (Django's `PermissionDenied` from axes).
#[derive(Debug, Clone)]
pub struct Denial {
    /// [`Reason::LockedOut`] or [`Reason::RateLimited`].
    pub reason: Reason,
    pub detail: String,
    pub locked_until: Option<Timestamp>,
}
