//! `perm check`.

use crate::Error;
use crate::cli::{Session, answer};
use crate::permissions::{self, Check, PermName};
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Exit 0 when Django's user.has_perm() answers yes, 1 when it answers no, 4 when the user \
or the permission does not exist (an active superuser is granted any name, as in Django).\n\n\
Examples:\n  authadm perm check alice auth.change_user\n  authadm perm check alice blog.publish_post --explain\n  \
authadm perm check alice blog.publish_post --json")]
pub struct Args {
    /// The username
    user: String,
    /// The permission, as Django's has_perm names it: APP_LABEL.CODENAME
    #[arg(value_name = "APP_LABEL.CODENAME")]
    permission: String,
    /// Also say where the answer comes from: superuser, direct, a group, or why not
    #[arg(long)]
    explain: bool,
}

/// `via`: every source the user has (`superuser`, `direct`, `group:NAME`), counted only
/// when `is_active`.
#[derive(Serialize)]
struct CheckJson<'a> {
    user: &'a str,
    permission: &'a str,
    granted: bool,
    via: Vec<String>,
    is_active: bool,
    exists: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let name = PermName::parse(&args.permission)?;
    let check = permissions::check(&session.store()?, &args.user, &name)?;
    if session.out.json() {
        session.out.print_json(&CheckJson {
            user: &check.username,
            permission: &check.permission,
            granted: check.granted,
            via: check.via(),
            is_active: check.is_active,
            exists: check.exists,
        });
    } else {
        let has = if check.granted { "has" } else { "does not have" };
        session.out.line(&format!("`{}` {has} `{}`.", check.username, check.permission));
        if args.explain {
            session.out.line(&explanation(&check));
        }
    }
    Ok(answer(check.granted))
}

/// Why Django answers as it does, in one line.
fn explanation(check: &Check) -> String {
    let sources = check.via().join(", ");
    if check.granted && check.is_superuser {
        let unknown = if check.exists { "" } else { " (no permission has this name; Django says yes all the same)" };
        format!("via: superuser: an active superuser has every permission{unknown}")
    } else if check.granted {
        format!("via: {sources}")
    } else if !check.is_active {
        let held = if sources.is_empty() { "none".to_string() } else { sources };
        format!("refused: inactive: Django grants an inactive user nothing (held: {held})")
    } else {
        "refused: none: held neither directly nor through any group".to_string()
    }
}
