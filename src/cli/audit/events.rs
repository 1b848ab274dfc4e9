//! `audit events`: what happened to an account — added, changed, removed, new password (and
//! whether validation was bypassed), tokens, lockout resets.

use crate::Error;
use crate::accounts::normalize_username;
use crate::audit;
use crate::cli::Session;
use crate::error::exit;
use crate::time::{Point, rfc3339};
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm audit events --user alice\n  \
    authadm audit events --since 7d --kind password_changed --json")]
pub struct Args {
    /// Only events since this duration ago (2h, 7d) or RFC 3339 time
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    since: Option<Point>,
    /// Only events of this username (as recorded)
    #[arg(long)]
    user: Option<String>,
    /// Only events of this kind: user_added, user_modified, user_removed, password_changed,
    /// token_created, token_revoked, lockout_reset, users_imported, user_updated_by_import
    #[arg(long)]
    kind: Option<String>,
    /// At most this many events
    #[arg(long, default_value_t = 100)]
    limit: u32,
}

#[derive(Serialize)]
struct EventJson<'a> {
    time: String,
    kind: &'a str,
    username: Option<&'a str>,
    detail: &'a str,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let since = args.since.map(|point| point.resolve(session.now));
    let user = args.user.as_deref().map(normalize_username);
    let events = audit::events(&session.store()?, since, user.as_deref(), args.kind.as_deref(), args.limit)?;
    let json: Vec<EventJson> = events
        .iter()
        .map(|e| EventJson { time: rfc3339(e.time), kind: &e.kind, username: e.username.as_deref(), detail: &e.detail })
        .collect();
    if session.out.json() {
        session.out.print_json(&serde_json::json!({ "events": json }));
        return Ok(exit::OK);
    }
    let rows = json
        .iter()
        .map(|e| vec![e.time.clone(), e.kind.to_string(), e.username.unwrap_or("").to_string(), e.detail.to_string()])
        .collect();
    session.out.table(&["time", "kind", "user", "detail"], rows);
    Ok(exit::OK)
}
