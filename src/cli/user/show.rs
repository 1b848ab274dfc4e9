//! `user show`.

use crate::Error;
use crate::accounts;
use crate::cli::Session;
use crate::cli::output::{ShownUserJson, optional_time_ago, yes_no};
use crate::error::exit;
use crate::groups;
use crate::hashers;
use crate::mfa;
use crate::store::db::Value;
use crate::store::users;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm user show alice\n  authadm user show alice --json")]
pub struct Args {
    /// The username
    user: String,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = accounts::find(&store, &args.user)?;
    let groups = groups::of_user(&store, &user)?;
    let extra = users::extra_fields(&store, user.id)?;
    let factors = mfa::list(&store, Some(&user))?;
    let emails = crate::addresses::of_user_if_kept(&store, &user)?;
    if session.out.json() {
        session.out.print_json(&ShownUserJson::new(&user, groups, &extra, &factors, emails.as_deref()));
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
        ("date joined", optional_time_ago(user.date_joined, session.now)),
        ("last login", optional_time_ago(user.last_login, session.now)),
        ("usable password", yes_no(hashers::is_usable(user.password.encoded()))),
        ("hash algorithm", hashers::algorithm_name(user.password.encoded()).to_string()),
        ("groups", if groups.is_empty() { "none".into() } else { groups.join(", ") }),
        ("second factors", second_factors(&factors)),
    ];
    let extra = extra.iter().map(|(name, value)| (name.as_str(), shown(value)));
    let addresses = emails.iter().flatten().map(|a| ("address", described(a)));
    let rows = fields.into_iter().chain(extra).chain(addresses).map(|(k, v)| vec![k.to_string(), v]).collect();
    session.out.table(&["field", "value"], rows);
    Ok(exit::OK)
}

/// `app kind` of each second factor, or `none`.
fn second_factors(factors: &[mfa::Factor]) -> String {
    if factors.is_empty() {
        return "none".into();
    }
    let shown = factors.iter().map(|f| {
        let unconfirmed = if f.confirmed { "" } else { " (unconfirmed)" };
        format!("{} {}{unconfirmed}", f.app.as_str(), f.kind)
    });
    shown.collect::<Vec<_>>().join(", ")
}

/// One of the user's allauth addresses for the table: the address and its flags.
fn described(address: &crate::store::allauth_emails::Address) -> String {
    let flags = [(address.primary, "primary"), (address.verified, "verified")];
    let flags: Vec<&str> = flags.iter().filter(|f| f.0).map(|f| f.1).collect();
    if flags.is_empty() { address.email.clone() } else { format!("{} ({})", address.email, flags.join(", ")) }
}

/// An extra column's value for the table.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => "-".into(),
        Value::Int(n) => n.to_string(),
        Value::Bool(flag) => yes_no(*flag),
        Value::Text(text) => text.clone(),
        Value::Time(time) => crate::time::rfc3339(*time),
        Value::Blob(bytes) => format!("<{} bytes>", bytes.len()),
    }
}
