//! `user show`.

use crate::Error;
use crate::accounts;
use crate::cli::Session;
use crate::cli::output::{UserJson, optional_time_ago, time_ago, yes_no};
use crate::error::exit;
use crate::hashers;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm user show alice\n  authadm user show alice --json")]
pub struct Args {
    /// The username
    user: String,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let user = accounts::find(&session.store()?, &args.user)?;
    if session.out.json() {
        session.out.print_json(&UserJson::from(&user));
        return Ok(exit::OK);
    }
    let name = format!("{} {}", user.first_name, user.last_name).trim().to_string();
    let fields = [
        ("id", user.id.to_string()),
        ("username", user.username.clone()),
        ("email", user.email.clone()),
        ("email verified", yes_no(user.email_verified)),
        ("name", name),
        ("active", yes_no(user.is_active)),
        ("staff", yes_no(user.is_staff)),
        ("superuser", yes_no(user.is_superuser)),
        ("date joined", time_ago(user.date_joined, session.now)),
        ("last login", optional_time_ago(user.last_login, session.now)),
        ("usable password", yes_no(hashers::is_usable(user.password.encoded()))),
        ("hash algorithm", hashers::algorithm_name(user.password.encoded()).to_string()),
    ];
    let rows = fields.into_iter().map(|(k, v)| vec![k.to_string(), v]).collect();
    session.out.table(&["field", "value"], rows);
    Ok(exit::OK)
}
