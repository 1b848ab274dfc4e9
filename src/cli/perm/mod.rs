//! `authadm perm ...`: one file per verb.

mod check;
mod grant;
mod list;
mod revoke;

use super::Session;
use crate::Error;
use crate::error::exit;
use crate::permissions::{PermName, Subject};
use crate::store::Store;
use clap::Subcommand;
use jiff::Timestamp;
use serde::Serialize;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum PermCommand {
    /// Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)
    Grant(grant::Args),
    /// Take a permission from a user or a group
    Revoke(revoke::Args),
    /// List the permissions a user or a group holds, or all a user has (--effective)
    List(list::Args),
    /// Say whether Django's `user.has_perm()` answers yes (exit 0) or no (exit 1)
    Check(check::Args),
}

pub fn run(session: &Session, command: PermCommand) -> Result<u8, Error> {
    match command {
        PermCommand::Grant(args) => grant::run(session, args),
        PermCommand::Revoke(args) => revoke::run(session, args),
        PermCommand::List(args) => list::run(session, args),
        PermCommand::Check(args) => check::run(session, args),
    }
}

// `--user U` or `--group G`, exactly one.
// Not a doc comment: clap would make it the about of every subcommand that flattens this.
#[derive(clap::Args)]
#[group(required = true, multiple = false)]
struct SubjectArgs {
    /// The user (username) whose own permissions these are
    #[arg(long, value_name = "USER")]
    user: Option<String>,
    /// The group (its exact name) whose permissions these are
    #[arg(long, value_name = "GROUP")]
    group: Option<String>,
}

impl SubjectArgs {
    fn subject(self) -> Subject {
        match (self.user, self.group) {
            (Some(user), _) => Subject::User(user),
            (None, group) => Subject::Group(group.unwrap_or_default()),
        }
    }
}

/// How messages name the holder: user `alice`, group `editors`.
fn describe(subject: &Subject) -> String {
    match subject {
        Subject::User(name) => format!("user `{name}`"),
        Subject::Group(name) => format!("group `{name}`"),
    }
}

/// `"user"` and `"group"` of a JSON answer: the one given, the other null.
#[derive(Serialize)]
struct SubjectJson<'a> {
    user: Option<&'a str>,
    group: Option<&'a str>,
}

impl<'a> From<&'a Subject> for SubjectJson<'a> {
    fn from(subject: &'a Subject) -> Self {
        match subject {
            Subject::User(name) => SubjectJson { user: Some(name), group: None },
            Subject::Group(name) => SubjectJson { user: None, group: Some(name) },
        }
    }
}

/// The answer of `perm grant` and `perm revoke`.
#[derive(Serialize)]
struct ChangeJson<'a> {
    #[serde(flatten)]
    subject: SubjectJson<'a>,
    permission: String,
    changed: bool,
}

// What `perm grant` and `perm revoke` take: the holder and one permission.
// Not a doc comment: clap would make it the about of every subcommand that flattens this.
#[derive(clap::Args)]
struct ChangeArgs {
    #[command(flatten)]
    subject: SubjectArgs,
    /// The permission, as Django's has_perm names it: APP_LABEL.CODENAME (it must exist)
    #[arg(value_name = "APP_LABEL.CODENAME")]
    permission: String,
}

/// A grant or revoke: `change` writes it and says whether anything changed; `done` and
/// `unchanged` phrase the two answers for people, given the holder and the permission.
fn change(
    session: &Session,
    args: ChangeArgs,
    change: fn(&Store, &Subject, &PermName, Timestamp) -> Result<bool, Error>,
    done: fn(&str, &PermName) -> String,
    unchanged: fn(&str, &PermName) -> String,
) -> Result<u8, Error> {
    let name = PermName::parse(&args.permission)?;
    let subject = args.subject.subject();
    let changed = change(&session.store()?, &subject, &name, session.now)?;
    if session.out.json() {
        session.out.print_json(&ChangeJson { subject: (&subject).into(), permission: name.to_string(), changed });
    } else if changed {
        session.out.line(&done(&describe(&subject), &name));
    } else {
        session.out.line(&unchanged(&describe(&subject), &name));
    }
    Ok(exit::OK)
}
