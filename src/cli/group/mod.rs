//! `authadm group ...`: Django's groups (`auth_group`), one file per verb.

mod add;
mod list;
mod remove;
mod show;

use super::Session;
use crate::Error;
use crate::store::groups::GroupDetail;
use clap::Subcommand;
use serde::Serialize;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum GroupCommand {
    /// List Django's groups with how many users are in each
    List(list::Args),
    /// Show a group: its members and its permissions (`app_label.codename`)
    Show(show::Args),
    /// Add a group (as `Group.objects.create`)
    Add(add::Args),
    /// Remove a group with its memberships and permission links (as Django's `group.delete()`)
    Remove(remove::Args),
}

pub fn run(session: &Session, command: GroupCommand) -> Result<u8, Error> {
    match command {
        GroupCommand::List(args) => list::run(session, args),
        GroupCommand::Show(args) => show::run(session, args),
        GroupCommand::Add(args) => add::run(session, args),
        GroupCommand::Remove(args) => remove::run(session, args),
    }
}

/// `group show` and `group add`: `{"name", "members": [str], "permissions": [str]}`.
#[derive(Serialize)]
struct GroupJson<'a> {
    name: &'a str,
    members: &'a [String],
    permissions: &'a [String],
}

impl<'a> From<&'a GroupDetail> for GroupJson<'a> {
    fn from(group: &'a GroupDetail) -> Self {
        GroupJson { name: &group.name, members: &group.members, permissions: &group.permissions }
    }
}
