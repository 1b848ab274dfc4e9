//! `perm revoke`.

use super::{ChangeJson, SubjectArgs, describe};
use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::permissions::{self, PermName};

#[derive(clap::Args)]
#[command(after_help = "Only what the user or group holds itself is revoked: a user keeps what a group gives.\n\
Revoking what is not held changes nothing and is no error.\n\n\
Examples:\n  authadm perm revoke --user alice auth.change_user\n  authadm perm revoke --group editors blog.publish_post --json")]
pub struct Args {
    #[command(flatten)]
    subject: SubjectArgs,
    /// The permission, as Django's has_perm names it: APP_LABEL.CODENAME (it must exist)
    #[arg(value_name = "APP_LABEL.CODENAME")]
    permission: String,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let name = PermName::parse(&args.permission)?;
    let subject = args.subject.subject();
    let changed = permissions::revoke(&session.store()?, &subject, &name, session.now)?;
    if session.out.json() {
        session.out.print_json(&ChangeJson { subject: (&subject).into(), permission: name.to_string(), changed });
    } else if changed {
        session.out.line(&format!("Revoked `{name}` from {}.", describe(&subject)));
    } else {
        session.out.line(&format!("Unchanged: {} does not hold `{name}` itself.", describe(&subject)));
    }
    Ok(exit::OK)
}
