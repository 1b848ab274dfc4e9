//! `token create`.

use super::TokenJson;
use crate::Error;
use crate::accounts;
use crate::cli::Session;
use crate::error::exit;
use crate::time::{parse_duration, rfc3339};
use crate::tokens;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm token create ci-bot --name deploy --expires 30d")]
pub struct Args {
    /// The username the token logs in as
    user: String,
    /// Lifetime, e.g. 12h, 30d [default: no expiry]
    #[arg(long, value_parser = parse_duration, value_name = "DURATION", allow_hyphen_values = true)]
    expires: Option<jiff::SignedDuration>,
    /// A label to recognise the token by in `token list`
    #[arg(long)]
    name: Option<String>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = accounts::find(&store, &args.user)?;
    let expires = args
        .expires
        .map(|d| session.now.checked_add(d))
        .transpose()
        .map_err(|_| Error::Usage("--expires is too far in the future".into()))?;
    let (row, token) = tokens::create(&store, &user, args.name.as_deref(), expires, session.now)?;
    if session.out.json() {
        session.out.print_json(&TokenJson::new(&row, Some(token.expose())));
    } else {
        session.out.line(token.expose());
        let until = row.expires.map_or_else(|| "no expiry".to_string(), |t| format!("expires {}", rfc3339(t)));
        session.out.note(&format!("Token #{} for `{}` ({until}). It is shown only this once.", row.id, user.username));
    }
    Ok(exit::OK)
}
