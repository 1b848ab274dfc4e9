//! `authadm config ...`: one file per verb.

pub mod check;
pub mod init;

use clap::Subcommand;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum ConfigCommand {
    /// Validate the settings file and print the settings in force, defaults filled in, as TOML
    Check(check::Args),
    /// Write a commented starter authadm.toml (never over an existing file without --force)
    Init(init::Args),
}
