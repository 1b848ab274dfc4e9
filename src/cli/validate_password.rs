//! `validate-password`: the configured validators on a candidate password, with the attributes of
//! an existing user or of one about to be created.

use super::{Session, answer, input};
use crate::Error;
use crate::accounts;
use crate::error::exit;
use crate::validators::UserAttributes;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 0 valid, 1 invalid.\n\nExamples:\n  \
    printf '%s' \"$PW\" | authadm validate-password --password-stdin --username alice --email alice@example.com\n  \
    authadm validate-password --user alice\n  authadm validate-password --help-text")]
pub struct Args {
    /// Read the password from stdin (to EOF, one trailing newline removed)
    #[arg(long)]
    password_stdin: bool,
    /// Compare against this existing user's attributes
    #[arg(long, conflicts_with_all = ["username", "email", "first_name", "last_name"])]
    user: Option<String>,
    /// Username of a user about to be created
    #[arg(long)]
    username: Option<String>,
    /// Email of a user about to be created
    #[arg(long)]
    email: Option<String>,
    /// First name of a user about to be created
    #[arg(long)]
    first_name: Option<String>,
    /// Last name of a user about to be created
    #[arg(long)]
    last_name: Option<String>,
    /// Print the requirements, one line per configured validator, and check nothing
    #[arg(long, conflicts_with_all = ["password_stdin", "user"])]
    help_text: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    if args.help_text {
        return help_text(session);
    }
    let attributes = match &args.user {
        Some(name) => {
            let store = session.store()?;
            Some(accounts::attributes_of(store.model(), &accounts::find(&store, name)?))
        }
        None => given_attributes(&args),
    };
    session.settings.check_validator_files()?;
    let password = input::existing_secret(session, args.password_stdin, "password", "--password-stdin")?;
    let mut errors = accounts::validate_password(&session.settings, &password, attributes.as_ref());
    if password.len_bytes() > session.settings.max_password_bytes
        && errors.iter().all(|e| e.code != "password_too_long")
    {
        errors.push(crate::validators::Violation {
            code: "password_too_long".into(),
            message: format!(
                "This password is too long. It must contain at most {} bytes.",
                session.settings.max_password_bytes
            ),
        });
    }
    if session.out.json() {
        session.out.print_json(&serde_json::json!({ "valid": errors.is_empty(), "errors": errors }));
    } else if errors.is_empty() {
        session.out.line("valid");
    } else {
        for error in &errors {
            session.out.line(&format!("{} [{}]", error.message, error.code));
        }
    }
    Ok(answer(errors.is_empty()))
}

/// Attributes from `--username` and friends; none at all means "no user" (Django skips the
/// similarity check then).
fn given_attributes(args: &Args) -> Option<UserAttributes> {
    let given = [&args.username, &args.email, &args.first_name, &args.last_name];
    if given.iter().all(|v| v.is_none()) {
        return None;
    }
    Some(UserAttributes {
        username: args.username.as_deref().map(accounts::normalize_username).unwrap_or_default(),
        email: args.email.as_deref().map(accounts::normalize_email).unwrap_or_default(),
        first_name: args.first_name.clone().unwrap_or_default(),
        last_name: args.last_name.clone().unwrap_or_default(),
    })
}

fn help_text(session: &Session) -> Result<u8, Error> {
    let texts: Vec<String> = session.settings.validators.iter().map(|v| v.help_text()).collect();
    if session.out.json() {
        session.out.print_json(&serde_json::json!({ "help_texts": texts }));
    } else {
        for text in &texts {
            session.out.line(&format!("- {text}"));
        }
    }
    Ok(exit::OK)
}
