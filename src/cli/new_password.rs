//! Getting a new password past the policy, shared by `user add` and `set-password`: the length
//! guard, then the validators; on a terminal a failing password may be kept after an explicit
//! confirmation (Django's "Bypass password validation?"), in scripts only with `--skip-validation`.

use super::{Session, input};
use crate::Error;
use crate::accounts::{self, NewPassword, PasswordOrigin};
use crate::validators::{UserAttributes, Violation};

/// The new password hashed for storage, or `None` once the refusal has been reported (the caller
/// exits 1, as the contract says for a password the validators refuse). On a terminal, declining
/// the bypass asks for another password, as Django does.
pub fn obtain(
    session: &Session,
    from_stdin: bool,
    skip_validation: bool,
    user: &UserAttributes,
    bypass_question: &str,
    no_password_flag: &str,
) -> Result<Option<NewPassword>, Error> {
    session.settings.check_validator_files()?;
    loop {
        let password = input::new_password(session, from_stdin, &format!(" (or {no_password_flag})"))?;
        // An account's password is never blank, as `createsuperuser` and `changepassword` say;
        // `hash make` of a blank one stays possible (Django's make_password("") is).
        if input::is_blank(&password) {
            return Err(Error::Input(format!("blank passwords aren't allowed; give one, or pass {no_password_flag}")));
        }
        accounts::check_password_length(&session.settings, &password)?;
        let violations = accounts::validate_password(&session.settings, &password, Some(user));
        let origin = if violations.is_empty() {
            PasswordOrigin::Validated
        } else if skip_validation {
            PasswordOrigin::ValidatorsBypassed
        } else if from_stdin {
            report_refusal(session, &violations);
            return Ok(None);
        } else if bypass_confirmed(session, &violations, bypass_question)? {
            PasswordOrigin::ValidatorsBypassed
        } else {
            continue;
        };
        return Ok(Some(NewPassword { encoded: session.settings.hashers.make(&password), origin }));
    }
}

/// Django's "Bypass password validation?" question, after the reasons, for a person at a terminal.
fn bypass_confirmed(session: &Session, violations: &[Violation], question: &str) -> Result<bool, Error> {
    for violation in violations {
        session.out.prompt_text(&violation.message);
    }
    input::ask_yes_no(question)
}

/// Says why the password was refused: one line per violation, or the contract's JSON.
fn report_refusal(session: &Session, violations: &[Violation]) {
    if session.out.json() {
        session.out.print_json(&serde_json::json!({ "valid": false, "errors": violations }));
    }
    for violation in violations {
        session.out.error(&format!("{} [{}]", violation.message, violation.code));
    }
    session.out.note("pass --skip-validation to store it anyway");
}
