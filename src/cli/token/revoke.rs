//! `token revoke`.

use super::TokenJson;
use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::tokens;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm token list --user alice\n  authadm token revoke 3")]
pub struct Args {
    /// The token's id, from `token list`
    id: i64,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let row = tokens::revoke(&session.store()?, args.id, session.now)?;
    if session.out.json() {
        session.out.print_json(&TokenJson::new(&row, None));
    } else {
        session.out.line(&format!("Revoked token #{} of `{}`.", row.id, row.username));
    }
    Ok(exit::OK)
}
