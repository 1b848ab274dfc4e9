//! `email list`.

use crate::Error;
use crate::cli::Session;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm email list erin\n  authadm email list erin --json")]
pub struct Args {
    /// The username
    user: String,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    crate::addresses::tables(&store)?;
    let user = crate::accounts::find(&store, &args.user)?;
    super::show(session, &store, &user)
}
