//! `email primary`.

use crate::Error;
use crate::addresses;
use crate::cli::Session;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 4 for an unknown user or address; 5 for an unverified address of a \
    user who has a verified one (django-allauth's rule).\n\nExamples:\n  authadm email primary erin erin@example.org")]
pub struct Args {
    #[command(flatten)]
    target: super::Target,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let now = session.now;
    super::write(session, args.target, "Made primary", |store, user, email| {
        addresses::make_primary(store, user, email, now)
    })
}
