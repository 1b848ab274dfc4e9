//! `email verify`.

use crate::Error;
use crate::addresses;
use crate::cli::Session;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 4 for an unknown user or address; 5 when another account has the \
    address verified.\n\nExamples:\n  authadm email verify erin erin@example.com")]
pub struct Args {
    #[command(flatten)]
    target: super::Target,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let (settings, now) = (&session.settings, session.now);
    super::write(session, args.target, "Verified", |store, user, email| {
        addresses::verify(store, settings, user, email, now)
    })
}
