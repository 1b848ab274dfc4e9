//! `audit failed-logins`: a table for people, CSV for spreadsheets, the contract's JSON for scripts.

use crate::Error;
use crate::audit::{self, AttemptFilter, AttemptRow, Group, GroupBy};
use crate::cli::Session;
use crate::error::exit;
use crate::lockout;
use crate::time::{Point, rfc3339};
use clap::ValueEnum;
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm audit failed-logins --since 2h\n  \
    authadm audit failed-logins --group-by ip --since 24h --json\n  \
    authadm audit failed-logins --user alice --format csv > alice.csv")]
pub struct Args {
    /// Only attempts at or after this: a duration ago (2h, 7d) or an RFC 3339 time
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    since: Option<Point>,
    /// Only attempts before this: a duration ago or an RFC 3339 time
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    until: Option<Point>,
    /// Only attempts on this account (by any of its names) or name (the site's, on a django-axes
    /// database: by the username as the site saw it)
    #[arg(long, value_name = "USER")]
    user: Option<String>,
    /// Only attempts from this address
    #[arg(long, value_name = "ADDR", value_parser = crate::lockout::client_ip)]
    ip: Option<std::net::IpAddr>,
    /// At most this many rows (or groups)
    #[arg(long, default_value_t = 100, value_name = "N")]
    limit: u32,
    /// Count failures per user (as typed) or per address instead of listing them
    #[arg(long, value_enum, value_name = "KEY")]
    group_by: Option<GroupKey>,
    /// Human table or CSV (ignored with --json)
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum)]
enum GroupKey {
    User,
    Ip,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Csv,
}

#[derive(Serialize)]
struct AttemptsJson<'a> {
    attempts: Vec<AttemptJson<'a>>,
}

#[derive(Serialize)]
struct AttemptJson<'a> {
    time: String,
    username: &'a str,
    ip: Option<&'a str>,
    reason: &'a str,
    backend: Option<&'a str>,
    /// `"axes"` for a failure the site logged in `axes_accessfailurelog`, else `"authadm"`.
    source: &'static str,
}

#[derive(Serialize)]
struct GroupsJson {
    groups: Vec<GroupJson>,
}

#[derive(Serialize)]
struct GroupJson {
    key: String,
    failures: i64,
    first: String,
    last: String,
}

/// The group key of attempts made without an address.
const NO_IP: &str = "(none)";

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let keys = args.user.as_deref().map(|name| audit::user_filter(&store, name)).transpose()?.unwrap_or_default();
    let filter = AttemptFilter {
        since: args.since.map(|point| point.resolve(session.now)),
        until: args.until.map(|point| point.resolve(session.now)),
        subject: keys.subject,
        name: keys.name,
        ip: args.ip.map(|ip| ip.to_string()),
        limit: args.limit,
    };
    // On axes' store, with its failure log, the site's failures are listed beside authadm's.
    let site_log = lockout::in_force(&store, &session.settings.lockout.lockout)?.axes.is_some_and(|t| t.failure_log);
    let user = args.user.as_deref();
    match args.group_by {
        None => {
            let rows = match site_log {
                true => audit::failed_logins_with_axes(&store, &filter, user)?,
                false => audit::failed_logins(&store, &filter)?,
            };
            render_attempts(session, &rows, args.format);
        }
        Some(key) => {
            let by = match key {
                GroupKey::User => GroupBy::User,
                GroupKey::Ip => GroupBy::Ip,
            };
            let groups = match site_log {
                true => audit::failed_logins_grouped_with_axes(&store, &filter, user, by)?,
                false => audit::failed_logins_grouped(&store, &filter, by)?,
            };
            render_groups(session, &groups, args.format);
        }
    }
    Ok(exit::OK)
}

fn render_attempts(session: &Session, rows: &[AttemptRow], format: Format) {
    if session.out.json() {
        let attempts = rows
            .iter()
            .map(|r| AttemptJson {
                time: rfc3339(r.time),
                username: &r.username,
                ip: r.ip.as_deref(),
                reason: &r.reason,
                backend: r.backend.as_deref(),
                source: if r.from_axes { "axes" } else { "authadm" },
            })
            .collect();
        session.out.print_json(&AttemptsJson { attempts });
        return;
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                rfc3339(r.time),
                r.username.clone(),
                r.ip.clone().unwrap_or_default(),
                r.reason.clone(),
                r.backend.clone().unwrap_or_else(|| if r.from_axes { "(site, axes)".into() } else { String::new() }),
            ]
        })
        .collect();
    emit(session, &["time", "username", "ip", "reason", "backend"], table, format);
}

fn render_groups(session: &Session, groups: &[Group], format: Format) {
    let key = |g: &Group| g.key.clone().unwrap_or_else(|| NO_IP.into());
    if session.out.json() {
        let groups = groups
            .iter()
            .map(|g| GroupJson { key: key(g), failures: g.failures, first: rfc3339(g.first), last: rfc3339(g.last) })
            .collect();
        session.out.print_json(&GroupsJson { groups });
        return;
    }
    let table =
        groups.iter().map(|g| vec![key(g), g.failures.to_string(), rfc3339(g.first), rfc3339(g.last)]).collect();
    emit(session, &["key", "failures", "first", "last"], table, format);
}

fn emit(session: &Session, header: &[&str], rows: Vec<Vec<String>>, format: Format) {
    if format == Format::Table {
        if rows.is_empty() {
            session.out.note("No failed logins match.");
        } else {
            session.out.table(header, rows);
        }
        return;
    }
    session.out.csv(header, &rows);
}
