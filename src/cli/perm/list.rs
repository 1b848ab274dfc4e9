//! `perm list`.

use super::{SubjectArgs, SubjectJson};
use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::permissions::{self, Subject};
use serde::Serialize;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  authadm perm list --group editors\n  authadm perm list --user alice --effective --json"
)]
pub struct Args {
    #[command(flatten)]
    subject: SubjectArgs,
    /// Everything the user has, as Django's get_all_permissions(): all for an active superuser,
    /// none for an inactive user, else their own plus their groups'
    #[arg(long, conflicts_with = "group")]
    effective: bool,
}

#[derive(Serialize)]
struct ListJson<'a> {
    #[serde(flatten)]
    subject: SubjectJson<'a>,
    effective: bool,
    permissions: Vec<String>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let subject = args.subject.subject();
    let store = session.store()?;
    let names = match &subject {
        Subject::User(name) if args.effective => permissions::effective(&store, name)?,
        _ => permissions::list(&store, &subject)?,
    };
    if session.out.json() {
        session.out.print_json(&ListJson { subject: (&subject).into(), effective: args.effective, permissions: names });
    } else if names.is_empty() {
        session.out.note("No permissions.");
    } else {
        names.iter().for_each(|name| session.out.line(name));
    }
    Ok(exit::OK)
}
