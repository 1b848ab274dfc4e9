//! `session list`.

use crate::Error;
use crate::accounts;
use crate::cli::Session;
use crate::cli::output::SessionsJson;
use crate::error::exit;
use crate::sessions;
use crate::time::rfc3339;

#[derive(clap::Args)]
#[command(after_help = "Whose a session is comes from its payload; its signature is not checked (that needs the \
    site's SECRET_KEY), so a listed session is not said to be valid. A session whose payload names no user, or \
    names one that no longer exists, shows no user. Only a short prefix of each key is shown: a whole key \
    logs in.\n\nExamples:\n  authadm session list\n  authadm session list --user alice --json")]
pub struct Args {
    /// Only this user's sessions
    #[arg(long)]
    user: Option<String>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = args.user.map(|name| accounts::find(&store, &name)).transpose()?;
    let listed = sessions::list(&store, user.as_ref())?;
    if session.out.json() {
        session.out.print_json(&SessionsJson::new(&listed));
        return Ok(exit::OK);
    }
    let rows = listed
        .iter()
        .map(|s| {
            let state = match s.expires {
                Some(expires) if expires > session.now => "live",
                _ => "expired",
            };
            vec![
                s.user.clone().unwrap_or_else(|| "-".into()),
                s.expires.map_or_else(|| "unreadable".into(), rfc3339),
                state.into(),
                format!("{}…", s.key_prefix),
            ]
        })
        .collect();
    session.out.table(&["user", "expires", "state", "key"], rows);
    Ok(exit::OK)
}
