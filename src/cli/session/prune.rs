//! `session prune`.

use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::sessions;

#[derive(clap::Args)]
#[command(after_help = "Deletes the rows whose expiry has passed, as `manage.py clearsessions` does for the \
    database session engine; Django never reads them again.\n\nExamples:\n  authadm session prune\n  \
    authadm session prune --json")]
pub struct Args {}

pub fn run(session: &Session, _args: Args) -> Result<u8, Error> {
    let pruned = sessions::prune(&session.store()?, session.now)?;
    if session.out.json() {
        session.out.print_json(&serde_json::json!({ "pruned": pruned }));
    } else {
        session.out.line(&format!("Deleted {pruned} expired session(s)."));
    }
    Ok(exit::OK)
}
