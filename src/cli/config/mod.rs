//! `authadm config ...`: one file per verb.

mod check;
pub mod init;

use super::Session;
use crate::Error;
use clap::Subcommand;

#[derive(Subcommand)]
pub enum ConfigCommand {
    /// Validate the settings file and print the settings in force, defaults filled in, as TOML
    Check(check::Args),
    /// Write a commented starter authadm.toml (never over an existing file without --force)
    Init(init::Args),
}

pub fn run(session: &Session, command: ConfigCommand) -> Result<u8, Error> {
    match command {
        ConfigCommand::Check(args) => check::run(session, args),
        ConfigCommand::Init(args) => init::run(&session.out, session.settings.source.clone(), args),
    }
}
