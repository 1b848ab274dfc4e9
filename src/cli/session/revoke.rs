//! `session revoke`.

use crate::Error;
use crate::accounts;
use crate::cli::Session;
use crate::error::exit;
use crate::sessions;

#[derive(clap::Args)]
#[command(after_help = "Deletes every row of django_session whose payload names the user: each of their \
    browsers is logged out at its next request. Their password and tokens stay as they are.\n\n\
    Examples:\n  authadm session revoke --user alice\n  authadm session revoke --user alice --json")]
pub struct Args {
    /// The user to log out everywhere
    #[arg(long)]
    user: String,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = accounts::find(&store, &args.user)?;
    let revoked = sessions::revoke(&store, &user, session.now)?;
    if session.out.json() {
        session.out.print_json(&serde_json::json!({ "revoked": revoked }));
    } else {
        session.out.line(&format!("Ended {revoked} session(s) of `{}`.", user.username));
    }
    Ok(exit::OK)
}
