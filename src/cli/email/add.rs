//! `email add`.

use crate::Error;
use crate::addresses;
use crate::cli::Session;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 4 for an unknown user; 5 when the user has the address, or \
    django-allauth would refuse it (another account has it).\n\nExamples:\n  \
    authadm email add erin erin@example.org\n  authadm email add erin erin@example.org --verified")]
pub struct Args {
    #[command(flatten)]
    target: super::Target,
    /// Mark the new address verified
    #[arg(long)]
    verified: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let (settings, now) = (&session.settings, session.now);
    super::write(session, args.target, "Added", |store, user, email| {
        addresses::add(store, settings, user, email, args.verified, now)
    })
}
