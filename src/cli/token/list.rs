//! `token list`.

use super::TokenJson;
use crate::Error;
use crate::accounts;
use crate::cli::Session;
use crate::cli::output::optional_time;
use crate::error::exit;
use crate::time::rfc3339;
use crate::tokens;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm token list\n  authadm token list --user alice --json")]
pub struct Args {
    /// Only this user's tokens
    #[arg(long)]
    user: Option<String>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = args.user.map(|name| accounts::find(&store, &name)).transpose()?;
    let rows = tokens::list(&store, user.as_ref())?;
    if session.out.json() {
        session.out.print_json(&rows.iter().map(|r| TokenJson::new(r, None)).collect::<Vec<_>>());
        return Ok(exit::OK);
    }
    let table = rows
        .iter()
        .map(|r| {
            let state = match (r.revoked, r.expires) {
                (Some(_), _) => "revoked",
                (None, Some(expires)) if expires <= session.now => "expired",
                _ if !r.user_active => "user inactive",
                _ => "active",
            };
            vec![
                r.id.to_string(),
                r.username.clone(),
                r.name.clone().unwrap_or_default(),
                state.to_string(),
                rfc3339(r.created),
                r.expires.map_or_else(|| "never".into(), rfc3339),
                optional_time(r.last_used),
            ]
        })
        .collect();
    session.out.table(&["id", "user", "name", "state", "created", "expires", "last used"], table);
    Ok(exit::OK)
}
