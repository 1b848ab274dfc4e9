//! `user list`.

use crate::Error;
use crate::cli::Session;
use crate::cli::output::{UserJson, optional_time_ago, yes_no};
use crate::error::exit;
use crate::groups;
use crate::store::users::{self, ListFilter, Listing};
use crate::time::Point;
use jiff::Timestamp;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  authadm user list --inactive\n  authadm user list --search example.com --json\n  \
    authadm user list --group editors\n  authadm user list --last-login-before 90d --active\n  \
    authadm user list --never-logged-in --joined-before 30d"
)]
pub struct Args {
    /// Only active users
    #[arg(long, conflicts_with = "inactive")]
    active: bool,
    /// Only inactive users
    #[arg(long)]
    inactive: bool,
    /// Only users whose username, email or name contains TEXT (ASCII case ignored)
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// Only members of this Django group (exit 4 when there is no such group)
    #[arg(long, value_name = "GROUP")]
    group: Option<String>,
    #[command(flatten)]
    activity: Activity,
}

// The stale-account filters, shared by `user list` and `user deactivate`.
// Not a doc comment: clap would make it the about of every subcommand that flattens this.
#[derive(clap::Args)]
pub struct Activity {
    /// Only users with no login since WHEN (a duration ago such as 90d, or an RFC 3339 time);
    /// those who never logged in count when they joined before it (as `lastlog --before`)
    #[arg(long, value_name = "WHEN")]
    last_login_before: Option<Point>,
    /// Only users who never logged in
    #[arg(long)]
    never_logged_in: bool,
    /// Only users who joined before WHEN (a duration ago such as 30d, or an RFC 3339 time)
    #[arg(long, value_name = "WHEN")]
    joined_before: Option<Point>,
    /// Only users whose password is usable
    #[arg(long, conflicts_with = "no_usable_password")]
    has_usable_password: bool,
    /// Only users with an unusable password (token-only accounts, expired passwords)
    #[arg(long)]
    no_usable_password: bool,
}

impl Activity {
    /// Whether a stale-account filter is given (what `user deactivate` insists on).
    pub fn is_stale_filter(&self) -> bool {
        self.last_login_before.is_some() || self.never_logged_in
    }

    /// These filters added to `filter`, their times resolved against `now`.
    pub fn apply(&self, filter: ListFilter, now: Timestamp) -> ListFilter {
        ListFilter {
            last_login_before: self.last_login_before.map(|point| point.resolve(now)),
            never_logged_in: self.never_logged_in,
            joined_before: self.joined_before.map(|point| point.resolve(now)),
            usable_password: match (self.has_usable_password, self.no_usable_password) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            },
            ..filter
        }
    }
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let active = match (args.active, args.inactive) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let store = session.store()?;
    let group = args.group.map(|name| groups::id_of(&store, &name)).transpose()?;
    let filter = ListFilter { active, search: args.search, group, ..ListFilter::default() };
    let listing = users::list(&store, &args.activity.apply(filter, session.now))?;
    warn_skipped(session, &listing);
    let found = listing.users;
    if session.out.json() {
        session.out.print_json(&found.iter().map(UserJson::from).collect::<Vec<_>>());
        return Ok(exit::OK);
    }
    let rows = found
        .iter()
        .map(|u| {
            vec![
                u.id.to_string(),
                u.username.clone(),
                u.email.clone(),
                yes_no(u.is_active),
                yes_no(u.is_staff),
                yes_no(u.is_superuser),
                optional_time_ago(u.last_login, session.now),
            ]
        })
        .collect();
    session.out.table(&["id", "username", "email", "active", "staff", "superuser", "last login"], rows);
    Ok(exit::OK)
}

/// One warning per row left out (`export` too): the answer is short of them, and each says which
/// user and column to correct.
pub fn warn_skipped(session: &Session, listing: &Listing) {
    for row in &listing.malformed {
        session.out.warning(&format!("skipped {row}"));
    }
}
