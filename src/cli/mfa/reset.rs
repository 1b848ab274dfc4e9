//! `mfa reset`: asks on a terminal; scripts pass `--yes`.

use crate::Error;
use crate::accounts;
use crate::cli::{Session, input};
use crate::error::exit;
use crate::mfa;
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Deletes the user's rows in allauth.mfa's and django-otp's tables (static tokens before \
                  their devices, as Django's cascade), in one transaction, and records an mfa_reset event. The \
                  site then logs the user in with the password alone, and they can enrol again. Exit 4 when the \
                  user has none.\n\nExamples:\n  authadm mfa reset alice\n  \
                  authadm mfa reset alice --kind totp --yes --json")]
pub struct Args {
    /// The username
    user: String,
    /// Only this kind: allauth's type (totp, recovery_codes, webauthn) or django-otp's plugin
    /// (totp, static, ...), as `mfa list` shows it
    #[arg(long, value_name = "KIND")]
    kind: Option<String>,
    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
}

#[derive(Serialize)]
struct ResetJson<'a> {
    user: &'a str,
    /// Rows deleted per table.
    deleted: serde_json::Map<String, serde_json::Value>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = accounts::find(&store, &args.user)?;
    let what = args.kind.as_deref().map_or_else(|| "second factors".to_string(), |k| format!("`{k}` second factors"));
    let question = format!("Delete the {what} of `{}`?", user.username);
    if !input::confirm(session, &question, args.yes)? {
        session.out.note("Nothing deleted.");
        return Ok(exit::NEGATIVE);
    }
    let deleted = mfa::reset(&store, &user, args.kind.as_deref(), session.now)?;
    if session.out.json() {
        let deleted = deleted.iter().map(|(table, rows)| (table.clone(), (*rows).into())).collect();
        session.out.print_json(&ResetJson { user: &user.username, deleted });
    } else {
        session.out.line(&format!("Deleted the {what} of `{}`:", user.username));
        session.out.removal_counts(&deleted);
    }
    Ok(exit::OK)
}
