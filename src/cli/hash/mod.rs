//! `authadm hash ...`: Django's hashers from the shell, for provisioning scripts and for finding
//! out what a stored hash is. One file per verb.

mod audit;
mod identify;
mod make;
mod verify;

use super::Session;
use crate::Error;
use crate::hashers::Identified;
use clap::Subcommand;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum HashCommand {
    /// Hash a password (from stdin or a prompt) and print the encoded hash
    Make(make::Args),
    /// Check a password against an encoded hash (exit 0 verifies, 1 does not)
    Verify(verify::Args),
    /// Tell an encoded hash's algorithm and parameters, and whether it would be upgraded
    Identify(identify::Args),
    /// Count the stored hashes by algorithm and parameters (never a digest); --django V says which
    /// that release cannot verify, --expire makes those unusable
    Audit(audit::Args),
}

pub fn run(session: &Session, command: HashCommand) -> Result<u8, Error> {
    match command {
        HashCommand::Make(args) => make::run(session, args),
        HashCommand::Verify(args) => verify::run(session, args),
        HashCommand::Identify(args) => identify::run(session, args),
        HashCommand::Audit(args) => audit::run(session, args),
    }
}

/// Parses a hash given on the command line; the error never quotes it.
pub fn inspect(session: &Session, encoded: &str) -> Result<Identified, Error> {
    session.settings.hashers.inspect(encoded).map_err(|why| Error::Input(format!("the encoded hash given: {why}")))
}

/// Django's `auth_user.password` is a `varchar(128)`; Django's forms refuse longer values.
const MAX_ENCODED_CHARS: usize = 128;

/// A pre-made hash for `user add --password-hash`: well-formed, of a configured format (so the
/// user can log in) and short enough for Django's column.
pub fn checked_for_storage(session: &Session, encoded: String) -> Result<String, Error> {
    if encoded.chars().count() > MAX_ENCODED_CHARS {
        return Err(Error::Input(format!(
            "the encoded hash given is longer than the {MAX_ENCODED_CHARS} characters of Django's password column"
        )));
    }
    let identified = inspect(session, &encoded)?;
    require_configured(session, &identified)?;
    Ok(encoded)
}

/// A hash of a format that is not in `password_hashers` verifies nowhere; say how to fix it.
pub fn require_configured(session: &Session, identified: &Identified) -> Result<(), Error> {
    if identified.configured {
        return Ok(());
    }
    Err(Error::Input(format!(
        "the encoded hash given is an `{}` hash, which is not in password_hashers (configured: {}); add `{}` there",
        identified.algorithm,
        session.settings.hashers.algorithms().join(", "),
        identified.algorithm
    )))
}
