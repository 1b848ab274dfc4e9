//! `authadm mfa ...`: one file per verb.

mod list;
mod reset;

use super::Session;
use crate::Error;
use clap::Subcommand;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum MfaCommand {
    /// List second factors (allauth.mfa authenticators, django-otp devices); never a secret
    List(list::Args),
    /// Delete a user's second factors (all, or one kind) so they log in with the password alone
    Reset(reset::Args),
}

pub fn run(session: &Session, command: MfaCommand) -> Result<u8, Error> {
    match command {
        MfaCommand::List(args) => list::run(session, args),
        MfaCommand::Reset(args) => reset::run(session, args),
    }
}
