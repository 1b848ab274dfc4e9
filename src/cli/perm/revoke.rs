//! `perm revoke`.

use super::{ChangeArgs, change};
use crate::Error;
use crate::cli::Session;
use crate::permissions;

#[derive(clap::Args)]
#[command(after_help = "Only what the user or group holds itself is revoked: a user keeps what a group gives.\n\
Revoking what is not held changes nothing and is no error.\n\n\
Examples:\n  authadm perm revoke --user alice auth.change_user\n  authadm perm revoke --group editors blog.publish_post --json")]
pub struct Args {
    #[command(flatten)]
    change: ChangeArgs,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    change(
        session,
        args.change,
        permissions::revoke,
        |holder, name| format!("Revoked `{name}` from {holder}."),
        |holder, name| format!("Unchanged: {holder} does not hold `{name}` itself."),
    )
}
