//! `authadm email ...`: django-allauth's email addresses of a user (`account_emailaddress`),
//! one file per verb; on a database without allauth's table every verb is exit 2.

mod add;
mod list;
mod primary;
mod remove;
mod verify;

use super::Session;
use crate::Error;
use crate::addresses;
use crate::cli::output::AddressJson;
use crate::error::exit;
use crate::store::users::User;
use clap::Subcommand;
use serde::Serialize;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum EmailCommand {
    /// List a user's addresses: verified, primary
    List(list::Args),
    /// Add an address to a user, not primary (as allauth's `add_email`); --verified marks it verified
    Add(add::Args),
    /// Remove an address (allauth keeps a primary while the user has other addresses)
    Remove(remove::Args),
    /// Mark an address verified (refused while another account has it verified)
    Verify(verify::Args),
    /// Make an address the primary one, and the user's email (as allauth's `set_as_primary`)
    Primary(primary::Args),
}

pub fn run(session: &Session, command: EmailCommand) -> Result<u8, Error> {
    match command {
        EmailCommand::List(args) => list::run(session, args),
        EmailCommand::Add(args) => add::run(session, args),
        EmailCommand::Remove(args) => remove::run(session, args),
        EmailCommand::Verify(args) => verify::run(session, args),
        EmailCommand::Primary(args) => primary::run(session, args),
    }
}

// USER and ADDRESS, as every verb but `list` takes them.
// Not a doc comment: clap would make it the about of every subcommand that flattens this.
#[derive(clap::Args)]
struct Target {
    /// The username
    user: String,
    /// The address (lowercased, as allauth stores it)
    address: String,
}

/// `email list` and the writes with --json: `{"user": str, "emails": [{"email", "verified", "primary"}]}`.
#[derive(Serialize)]
struct ListJson<'a> {
    user: &'a str,
    emails: Vec<AddressJson>,
}

/// The user's addresses after a command: a table, or [`ListJson`].
fn show(session: &Session, store: &crate::store::Store, user: &User) -> Result<u8, Error> {
    let found = addresses::list(store, user)?;
    if session.out.json() {
        let emails = found.iter().map(AddressJson::from).collect();
        session.out.print_json(&ListJson { user: &user.username, emails });
        return Ok(exit::OK);
    }
    let yes_no = crate::cli::output::yes_no;
    let rows = found.iter().map(|a| vec![a.email.clone(), yes_no(a.verified), yes_no(a.primary)]).collect();
    session.out.table(&["email", "verified", "primary"], rows);
    Ok(exit::OK)
}

/// Runs a write on USER's ADDRESS, then says what was done (or, with --json, lists the addresses).
fn write(
    session: &Session,
    target: Target,
    done: &str,
    action: impl FnOnce(&crate::store::Store, &User, &str) -> Result<(), Error>,
) -> Result<u8, Error> {
    let store = session.store()?;
    addresses::tables(&store)?;
    let user = crate::accounts::find(&store, &target.user)?;
    let email = addresses::normalized(&target.address)?;
    action(&store, &user, &email)?;
    if session.out.json() {
        return show(session, &store, &user);
    }
    session.out.line(&format!("{done} `{email}` for user `{}`.", user.username));
    Ok(exit::OK)
}
