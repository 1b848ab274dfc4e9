//! `hash verify`: Django's `check_password` on a given hash, answering by exit code.

use crate::Error;
use crate::accounts;
use crate::cli::{Session, answer, input};
use crate::hashers;
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 0 the password verifies, 1 it does not, 2 the hash is malformed.\n\n\
    Examples:\n  printf '%s' \"$PW\" | authadm hash verify \"$ENCODED\" --password-stdin --json")]
pub struct Args {
    /// The encoded hash, as stored in auth_user.password (quote it: it contains `$`)
    encoded: String,
    /// Read the password from stdin (to EOF, one trailing newline removed)
    #[arg(long)]
    password_stdin: bool,
}

/// The contract's `hash verify` object.
#[derive(Serialize)]
struct VerifyJson<'a> {
    valid: bool,
    algorithm: &'a str,
    must_update: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    // An unusable password is a well-formed answer: it never verifies.
    let (algorithm, verdict) = if hashers::is_usable(&args.encoded) {
        let identified = super::inspect(session, &args.encoded)?;
        super::require_configured(session, &identified)?;
        let password = input::existing_secret(session, args.password_stdin, "password", "--password-stdin")?;
        accounts::check_password_length(&session.settings, &password)?;
        (identified.algorithm, session.settings.hashers.check(&password, &args.encoded))
    } else {
        input::existing_secret(session, args.password_stdin, "password", "--password-stdin")?;
        ("unusable", hashers::Verdict { valid: false, must_update: false })
    };
    if session.out.json() {
        session.out.print_json(&VerifyJson { valid: verdict.valid, algorithm, must_update: verdict.must_update });
    } else if verdict.valid {
        let upgrade = if verdict.must_update { " (a login would re-hash it with the preferred hasher)" } else { "" };
        session.out.line(&format!("valid: the password matches this {algorithm} hash{upgrade}"));
    } else {
        session.out.line(&format!("invalid: the password does not match this {algorithm} hash"));
    }
    Ok(answer(verdict.valid))
}
