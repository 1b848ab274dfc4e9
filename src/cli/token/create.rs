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
    #[arg(long, value_parser = lifetime, value_name = "DURATION", allow_hyphen_values = true)]
    expires: Option<jiff::SignedDuration>,
    /// A label to recognise the token by in `token list`
    #[arg(long)]
    name: Option<String>,
}

/// A duration, but not `0s`: a token born expired is a mistake, not a request.
fn lifetime(text: &str) -> Result<jiff::SignedDuration, String> {
    let duration = parse_duration(text)?;
    if duration.is_zero() {
        return Err(format!("a token lifetime of `{text}` would have it expired at birth; give e.g. `12h` or `30d`"));
    }
    Ok(duration)
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = accounts::find(&store, &args.user)?;
    let expires = args
        .expires
        .map(|d| session.now.checked_add(d))
        .transpose()
        .map_err(|_| Error::Usage("--expires is too far in the future".into()))?;
    // An empty label is no label, as in `token list`.
    let name = args.name.as_deref().filter(|name| !name.trim().is_empty());
    let (row, token) = tokens::create(&store, &user, name, expires, session.now)?;
    if session.out.json() {
        session.out.print_json(&TokenJson::new(&row, Some(token.expose())));
    } else {
        session.out.line(token.expose());
        let until = row.expires.map_or_else(|| "no expiry".to_string(), |t| format!("expires {}", rfc3339(t)));
        session.out.note(&format!("Token #{} for `{}` ({until}). It is shown only this once.", row.id, user.username));
    }
    Ok(exit::OK)
}
