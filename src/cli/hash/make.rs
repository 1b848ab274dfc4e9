//! `hash make`: Django's `make_password`, for scripts that provision accounts elsewhere.

use crate::Error;
use crate::accounts;
use crate::cli::{Session, input};
use crate::error::exit;

#[derive(clap::Args)]
#[command(after_help = "The encoded hash is printed on stdout, alone on its line.\n\nExamples:\n  \
    printf '%s' \"$PW\" | authadm hash make --password-stdin\n  \
    printf '%s' \"$PW\" | authadm hash make --algorithm pbkdf2_sha256 --password-stdin")]
pub struct Args {
    /// One of password_hashers that makes new hashes (argon2, pbkdf2_sha256, bcrypt_sha256, scrypt)
    /// [default: the first of password_hashers]
    #[arg(long, value_name = "ALGORITHM")]
    algorithm: Option<String>,
    /// Read the password from stdin (to EOF, one trailing newline removed)
    #[arg(long)]
    password_stdin: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    if session.out.json() {
        return Err(Error::Usage(
            "hash make prints the encoded hash as plain text, and JSON output never carries hashes; drop --json".into(),
        ));
    }
    let hashers = &session.settings.hashers;
    if let Some(algorithm) = &args.algorithm {
        // Refuse a bad name before asking for the password.
        hashers.can_make(algorithm).map_err(Error::Usage)?;
    }
    let password = input::new_password(session, args.password_stdin, "")?;
    accounts::check_password_length(&session.settings, &password)?;
    let encoded = match &args.algorithm {
        Some(algorithm) => hashers.make_with(algorithm, &password).map_err(Error::Usage)?,
        None => hashers.make(&password),
    };
    session.out.line(&encoded);
    Ok(exit::OK)
}
