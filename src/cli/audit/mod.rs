//! `authadm audit ...`: one file per verb.

mod events;
mod failed_logins;
mod prune;

use super::Session;
use crate::Error;
use clap::Subcommand;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum AuditCommand {
    /// Failed login attempts, newest first, or counted per user or address (with the site's, from django-axes' failure log)
    FailedLogins(failed_logins::Args),
    /// Account events, newest first: users added, changed, removed; passwords, tokens, resets
    Events(events::Args),
    /// Delete audit rows (and django-axes' logs) older than a duration, as axes_reset_logs --age
    Prune(prune::Args),
}

pub fn run(session: &Session, command: AuditCommand) -> Result<u8, Error> {
    match command {
        AuditCommand::FailedLogins(args) => failed_logins::run(session, args),
        AuditCommand::Events(args) => events::run(session, args),
        AuditCommand::Prune(args) => prune::run(session, args),
    }
}
