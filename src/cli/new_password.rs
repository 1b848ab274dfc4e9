//! Getting a new password past the policy, shared by `user add` and `set-password`: the length
//! guard, then the validators; on a terminal a failing password may be kept after an explicit
//! confirmation (Django's "Bypass password validation?"), in scripts only with `--skip-validation`.

use super::{Session, input};
use crate::Error;
use crate::accounts::{self, PasswordOrigin};
use crate::secret::Secret;
use crate::validators::{UserAttributes, Violation};

pub enum Accepted {
    /// The password, and whether the validators were overridden (said in the audit log).
    Password(Secret, PasswordOrigin),
    /// The validators refused it and nobody overrode them.
    Refused(Vec<Violation>),
}

pub fn obtain(
    session: &Session,
    from_stdin: bool,
    skip_validation: bool,
    user: &UserAttributes,
    bypass_question: &str,
    no_password_flag: &str,
) -> Result<Accepted, Error> {
    let password = input::new_password(session, from_stdin, &format!(" (or {no_password_flag})"))?;
    accounts::check_password_length(&session.settings, &password)?;
    if skip_validation {
        let violations = accounts::validate_password(&session.settings, &password, Some(user));
        let origin = if violations.is_empty() { PasswordOrigin::Validated } else { PasswordOrigin::ValidatorsBypassed };
        return Ok(Accepted::Password(password, origin));
    }
    let violations = accounts::validate_password(&session.settings, &password, Some(user));
    if violations.is_empty() {
        return Ok(Accepted::Password(password, PasswordOrigin::Validated));
    }
    if from_stdin || !input::can_prompt(session) {
        return Ok(Accepted::Refused(violations));
    }
    for violation in &violations {
        session.out.note(&violation.message);
    }
    if input::confirm(session, bypass_question, false)? {
        Ok(Accepted::Password(password, PasswordOrigin::ValidatorsBypassed))
    } else {
        Ok(Accepted::Refused(violations))
    }
}

/// Says why the password was refused: one line per violation, or the contract's JSON.
pub fn report_refusal(session: &Session, violations: &[Violation]) {
    if session.out.json() {
        session.out.print_json(&serde_json::json!({ "valid": false, "errors": violations }));
    }
    for violation in violations {
        session.out.error(&format!("{} [{}]", violation.message, violation.code));
    }
    session.out.note("pass --skip-validation to store it anyway");
}
