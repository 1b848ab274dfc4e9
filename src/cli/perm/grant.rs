//! `perm grant`.

use super::{ChangeArgs, change};
use crate::Error;
use crate::cli::Session;
use crate::permissions;

#[derive(clap::Args)]
#[command(after_help = "Granting what is already held changes nothing and is no error.\n\n\
Examples:\n  authadm perm grant --user alice auth.change_user\n  authadm perm grant --group editors blog.publish_post --json")]
pub struct Args {
    #[command(flatten)]
    change: ChangeArgs,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    change(
        session,
        args.change,
        permissions::grant,
        |holder, name| format!("Granted `{name}` to {holder}."),
        |holder, name| format!("Unchanged: {holder} already holds `{name}`."),
    )
}
