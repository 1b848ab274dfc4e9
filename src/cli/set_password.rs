//! `set-password`: Django's `changepassword`, scriptable.

use super::new_password;
use super::{Session, input};
use crate::Error;
use crate::accounts::{self, NewPassword};
use crate::error::exit;

#[derive(clap::Args)]
#[command(after_help = "The user's Django sessions end with the change: Django keeps a hash of the password in each \
    session (get_session_auth_hash) and logs out a session whose hash no longer matches.\n\n\
    Examples:\n  authadm set-password alice\n  printf '%s' \"$PW\" | authadm set-password alice --password-stdin\n  \
    authadm set-password mallory --unusable")]
pub struct Args {
    /// The username
    user: String,
    /// Read the password from stdin (to EOF, one trailing newline removed)
    #[arg(long, conflicts_with = "unusable")]
    password_stdin: bool,
    /// Make the password unusable: no password logs in until the next set-password
    #[arg(long)]
    unusable: bool,
    /// Store the password even if the validators refuse it
    #[arg(long)]
    skip_validation: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = accounts::find(&store, &args.user)?;
    let password = if args.unusable {
        NewPassword::unusable()
    } else {
        if !args.password_stdin && input::can_prompt(session) {
            session.out.note(&format!("Changing password for user '{}'", user.username));
        }
        let question = "Bypass password validation and set it anyway?";
        let attributes = accounts::attributes_of(store.model(), &user);
        let Some(password) = new_password::obtain(
            session,
            args.password_stdin,
            args.skip_validation,
            &attributes,
            question,
            "--unusable",
        )?
        else {
            return Ok(exit::NEGATIVE);
        };
        password
    };
    let revoked = accounts::set_password(&store, &session.settings, &user, &password, session.now)?;
    if session.out.json() {
        session.out.print_json(&serde_json::json!({
            "username": user.username, "has_usable_password": !args.unusable, "tokens_revoked": revoked,
        }));
    } else {
        session.out.line(&format!("Password changed for user '{}'.", user.username));
        if revoked > 0 {
            session.out.note(&format!("Revoked {revoked} token(s) (logout_on_password_change)."));
        }
    }
    Ok(exit::OK)
}
