//! `user modify`.

use crate::Error;
use crate::accounts;
use crate::cli::Session;
use crate::cli::output::ShownUserJson;
use crate::error::exit;
use crate::groups::{self, Memberships};
use crate::store::users::Changes;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  authadm user modify alice --deactivate\n  authadm user modify bob --email bob@example.org --staff\n  \
    authadm user modify carol --add-group editors --add-group reviewers --remove-group interns"
)]
pub struct Args {
    /// The username
    user: String,
    /// New email address (its domain is lowercased, as Django's; on a django-allauth site all of
    /// it, and it replaces the primary address)
    #[arg(long)]
    email: Option<String>,
    /// New given name
    #[arg(long)]
    first_name: Option<String>,
    /// New family name
    #[arg(long)]
    last_name: Option<String>,
    /// Let the account log in again
    #[arg(long, conflicts_with = "deactivate")]
    activate: bool,
    /// Refuse every login of the account and end its Django sessions (its data stays)
    #[arg(long)]
    deactivate: bool,
    /// Let the account log into the admin site
    #[arg(long, conflicts_with = "no_staff")]
    staff: bool,
    /// Keep the account out of the admin site
    #[arg(long)]
    no_staff: bool,
    /// Give the account every permission
    #[arg(long, conflicts_with = "no_superuser")]
    superuser: bool,
    /// Take the superuser status away
    #[arg(long)]
    no_superuser: bool,
    /// Mark the email address as verified (on a django-allauth site: its primary address)
    #[arg(long, conflicts_with = "email_unverified")]
    email_verified: bool,
    /// Mark the email address as not verified (on a django-allauth site: its primary address)
    #[arg(long)]
    email_unverified: bool,
    /// Put the user in this Django group (repeatable; exit 4 naming it when it does not exist)
    #[arg(long, value_name = "GROUP")]
    add_group: Vec<String>,
    /// Take the user out of this Django group (repeatable; exit 4 naming it when it does not exist)
    #[arg(long, value_name = "GROUP")]
    remove_group: Vec<String>,
    /// Create the groups of --add-group that do not exist yet, instead of exit 4
    #[arg(long, requires = "add_group")]
    create_groups: bool,
}

/// `Some(true)` for the on-flag, `Some(false)` for the off-flag, `None` for neither.
fn switch(on: bool, off: bool) -> Option<bool> {
    (on || off).then_some(on)
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let changes = Changes {
        email: args.email,
        first_name: args.first_name,
        last_name: args.last_name,
        is_active: switch(args.activate, args.deactivate),
        is_staff: switch(args.staff, args.no_staff),
        is_superuser: switch(args.superuser, args.no_superuser),
        email_verified: switch(args.email_verified, args.email_unverified),
    };
    let memberships = Memberships { add: args.add_group, remove: args.remove_group, create: args.create_groups };
    let store = session.store()?;
    let user = accounts::find(&store, &args.user)?;
    let user = accounts::modify(&store, &session.settings, &user, changes, &memberships, session.now)?;
    if session.out.json() {
        let extra = crate::store::users::extra_fields(&store, user.id)?;
        let factors = crate::mfa::list(&store, Some(&user))?;
        let emails = crate::addresses::of_user_if_kept(&store, &user)?;
        session.out.print_json(&ShownUserJson::new(
            &user,
            groups::of_user(&store, &user)?,
            &extra,
            &factors,
            emails.as_deref(),
        ));
    } else {
        session.out.line(&format!("Updated user `{}`.", user.username));
    }
    Ok(exit::OK)
}
