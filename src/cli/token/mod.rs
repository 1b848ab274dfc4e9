//! `authadm token ...`: one file per verb.

mod create;
mod list;
mod revoke;

use super::Session;
use crate::Error;
use crate::store::tokens::TokenRow;
use crate::time::rfc3339;
use clap::Subcommand;
use serde::Serialize;

#[derive(Subcommand)]
#[command(defer = true)]
pub enum TokenCommand {
    /// Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest
    Create(create::Args),
    /// List tokens (never their values)
    List(list::Args),
    /// Revoke a token by id
    Revoke(revoke::Args),
}

pub fn run(session: &Session, command: TokenCommand) -> Result<u8, Error> {
    match command {
        TokenCommand::Create(args) => create::run(session, args),
        TokenCommand::List(args) => list::run(session, args),
        TokenCommand::Revoke(args) => revoke::run(session, args),
    }
}

/// The contract's token object; `token` only right after creation.
#[derive(Serialize)]
struct TokenJson<'a> {
    id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<&'a str>,
    user: &'a str,
    name: Option<&'a str>,
    expires: Option<String>,
    created: String,
    revoked: Option<String>,
    last_used: Option<String>,
}

impl<'a> TokenJson<'a> {
    fn new(row: &'a TokenRow, token: Option<&'a str>) -> Self {
        TokenJson {
            id: row.id,
            token,
            user: &row.username,
            name: row.name.as_deref(),
            expires: row.expires.map(rfc3339),
            created: rfc3339(row.created),
            revoked: row.revoked.map(rfc3339),
            last_used: row.last_used.map(rfc3339),
        }
    }
}
