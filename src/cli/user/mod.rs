//! `authadm user ...`: one file per verb.

mod add;
mod deactivate;
pub(super) mod list;
mod modify;
mod remove;
mod show;

use super::Session;
use crate::Error;
use clap::Subcommand;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum UserCommand {
    /// Add a user (prompts on a terminal for what is missing)
    Add(add::Args),
    /// List users
    List(list::Args),
    /// Show one user
    Show(show::Args),
    /// Change a user's details or flags
    Modify(modify::Args),
    /// Remove a user as Django's `user.delete()` does, ending their sessions (--dry-run shows what goes)
    Remove(remove::Args),
    /// Deactivate stale accounts (no login since --last-login-before, or never), ending their
    /// sessions and tokens, in one audited transaction
    Deactivate(deactivate::Args),
}

pub fn run(session: &Session, command: UserCommand) -> Result<u8, Error> {
    match command {
        UserCommand::Add(args) => add::run(session, args),
        UserCommand::List(args) => list::run(session, args),
        UserCommand::Show(args) => show::run(session, args),
        UserCommand::Modify(args) => modify::run(session, args),
        UserCommand::Remove(args) => remove::run(session, args),
        UserCommand::Deactivate(args) => deactivate::run(session, args),
    }
}
