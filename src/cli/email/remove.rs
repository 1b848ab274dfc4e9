//! `email remove`.

use crate::Error;
use crate::addresses;
use crate::cli::Session;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 4 for an unknown user or address; 5 for a primary address the user \
    has others besides (make another primary first), as django-allauth's own page refuses it.\n\nExamples:\n  \
    authadm email remove erin old@example.com")]
pub struct Args {
    #[command(flatten)]
    target: super::Target,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let (settings, now) = (&session.settings, session.now);
    super::write(session, args.target, "Removed", |store, user, email| {
        addresses::remove(store, settings, user, email, now)
    })
}
