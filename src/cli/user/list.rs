//! `user list`.

use crate::Error;
use crate::cli::Session;
use crate::cli::output::{UserJson, optional_time_ago, yes_no};
use crate::error::exit;
use crate::groups;
use crate::store::users::{self, ListFilter, Listing};

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  authadm user list --inactive\n  authadm user list --search example.com --json\n  \
    authadm user list --group editors"
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
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let active = match (args.active, args.inactive) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let store = session.store()?;
    let group = args.group.map(|name| groups::id_of(&store, &name)).transpose()?;
    let listing = users::list(&store, &ListFilter { active, search: args.search, group })?;
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
