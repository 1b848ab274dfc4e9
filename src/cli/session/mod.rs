//! `authadm session ...`: Django's database sessions (`django_session`); one file per verb.

mod list;
mod prune;
mod revoke;

use super::Session;
use crate::Error;
use clap::Subcommand;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum SessionCommand {
    /// List Django's sessions and whose they are (never a whole session key)
    List(list::Args),
    /// Log a user out everywhere: delete every session of theirs
    Revoke(revoke::Args),
    /// Delete expired sessions, as Django's `clearsessions`
    Prune(prune::Args),
}

pub fn run(session: &Session, command: SessionCommand) -> Result<u8, Error> {
    match command {
        SessionCommand::List(args) => list::run(session, args),
        SessionCommand::Revoke(args) => revoke::run(session, args),
        SessionCommand::Prune(args) => prune::run(session, args),
    }
}
