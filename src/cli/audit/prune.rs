//! `audit prune`: authadm's audit rows, and on a django-axes database what axes' `axes_reset_logs
//! --age` and `axes_reset_failure_logs --age` delete.

use crate::Error;
use crate::audit;
use crate::cli::{Session, input};
use crate::error::exit;
use crate::lockout;
use crate::time::{format_duration, parse_duration};
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Example:\n  authadm audit prune --older-than 90d --yes")]
pub struct Args {
    /// Delete attempts and events (and django-axes' access and failure logs) older than this (e.g. 90d)
    #[arg(long, value_parser = parse_duration, value_name = "DURATION", allow_hyphen_values = true)]
    older_than: jiff::SignedDuration,
    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
}

#[derive(Serialize)]
struct PrunedJson {
    attempts: usize,
    events: usize,
    /// On axes' store: `axes_accesslog` and `axes_accessfailurelog` rows deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    axes_access_logs: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    axes_failure_logs: Option<usize>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    // The rate limits count attempt rows: deleting those inside a window would lift a limit.
    if let Some(window) = session.settings.lockout.rate_limits.longest_period().filter(|w| args.older_than < *w) {
        return Err(Error::Usage(format!(
            "--older-than {} would delete attempts the rate limits still count (their longest window is {}); \
             give at least that, or clear windows with `lockout reset`",
            format_duration(args.older_than),
            format_duration(window)
        )));
    }
    let before = session
        .now
        .checked_sub(args.older_than)
        .map_err(|_| Error::Usage("--older-than reaches before the start of time".into()))?;
    let question = format!("Delete audit rows older than {}?", crate::time::rfc3339(before));
    if !input::confirm(session, &question, args.yes)? {
        session.out.note("Nothing deleted.");
        return Ok(exit::NEGATIVE);
    }
    let store = session.store()?;
    let axes_tables = lockout::in_force(&store, &session.settings.lockout.lockout)?.axes;
    let pruned = audit::prune(&store, before)?;
    let axes = match axes_tables {
        Some(tables) => Some(audit::prune_axes_logs(&store, &tables, before)?),
        None => None,
    };
    if session.out.json() {
        session.out.print_json(&PrunedJson {
            attempts: pruned.attempts,
            events: pruned.events,
            axes_access_logs: axes.map(|(access, _)| access),
            axes_failure_logs: axes.map(|(_, failures)| failures),
        });
    } else {
        session.out.line(&format!("Deleted {} attempt(s) and {} event(s).", pruned.attempts, pruned.events));
        if let Some((access, failures)) = axes {
            session.out.line(&format!("Deleted {access} axes access log(s) and {failures} axes failure log(s)."));
        }
    }
    Ok(exit::OK)
}
