//! `user add`: Django's `createsuperuser`, for any kind of user.

use crate::Error;
use crate::accounts::{self, Draft, NewPassword, PasswordOrigin};
use crate::cli::new_password;
use crate::cli::output::UserJson;
use crate::cli::{Session, input};
use crate::error::exit;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm user add alice --email alice@example.com\n  \
    printf '%s' \"$PW\" | authadm user add bob --email bob@example.com --password-stdin --staff")]
pub struct Args {
    /// The username (normalised with Unicode NFKC, as Django)
    username: String,
    /// Email address (asked for on a terminal when missing)
    #[arg(long)]
    email: Option<String>,
    /// Given name (at most 150 characters)
    #[arg(long)]
    first_name: Option<String>,
    /// Family name (at most 150 characters)
    #[arg(long)]
    last_name: Option<String>,
    /// May log into the admin site
    #[arg(long)]
    staff: bool,
    /// Has every permission (implies nothing else; add --staff for the admin site)
    #[arg(long)]
    superuser: bool,
    /// Create the account deactivated
    #[arg(long)]
    inactive: bool,
    /// Read the password from stdin (to EOF, one trailing newline removed)
    #[arg(long, conflicts_with = "no_password")]
    password_stdin: bool,
    /// Mark the email address as verified (on a django-allauth site: its primary address row)
    #[arg(long, requires = "email")]
    email_verified: bool,
    /// Give the account an unusable password (it can log in only by token or after set-password)
    #[arg(long)]
    no_password: bool,
    /// Store this already-encoded hash (e.g. from `hash make` or another Django database) as is
    #[arg(long, value_name = "ENCODED", conflicts_with_all = ["password_stdin", "no_password", "skip_validation"])]
    password_hash: Option<String>,
    /// Store the password even if the validators refuse it (recorded in the audit log)
    #[arg(long)]
    skip_validation: bool,
    /// Set a column of a custom user model (repeatable); required for a NOT NULL column
    /// without a database default, such as a REQUIRED_FIELDS entry
    #[arg(long = "field", value_name = "NAME=VALUE", value_parser = name_value)]
    fields: Vec<(String, String)>,
}

/// `NAME=VALUE`, split at the first `=`.
fn name_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.is_empty() => Ok((name.to_string(), value.to_string())),
        _ => Err(format!("`{text}` is not NAME=VALUE")),
    }
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let given = Draft {
        username: args.username,
        email: args.email.clone().unwrap_or_default(),
        first_name: args.first_name.unwrap_or_default(),
        last_name: args.last_name.unwrap_or_default(),
        is_active: !args.inactive,
        is_staff: args.staff,
        is_superuser: args.superuser,
        fields: Vec::new(),
    };
    given.precheck()?;
    let store = session.store_or_create()?;
    let model = store.model();
    let fields = args.fields.iter().enumerate().map(|(index, (name, value))| {
        if args.fields[..index].iter().any(|(earlier, _)| earlier == name) {
            return Err(Error::Input(format!("--field {name} is given twice")));
        }
        let (column, value) = model.field_value(name, value)?;
        Ok((column.name.clone(), value))
    });
    let fields = fields.collect::<Result<Vec<_>, Error>>()?;
    // The address is asked for only where the model has one apart from the username.
    let email = match args.email {
        Some(email) => email,
        None if model.email.is_some() && !model.username_is_email() && input::can_prompt(session) => {
            ask_email(session)?
        }
        None => String::new(),
    };
    let draft = accounts::for_store(&store, Draft { email, fields, ..given }.normalized(model)?);
    accounts::check_available(&store, &session.settings, &draft, args.email_verified)?;
    let password = if args.no_password {
        NewPassword::unusable()
    } else if let Some(encoded) = args.password_hash {
        let encoded = crate::cli::hash::checked_for_storage(session, encoded)?;
        NewPassword { encoded, origin: PasswordOrigin::PreHashed }
    } else {
        let question = "Bypass password validation and create user anyway?";
        let Some(password) = new_password::obtain(
            session,
            args.password_stdin,
            args.skip_validation,
            &draft.attributes(model),
            question,
            "--no-password",
        )?
        else {
            return Ok(exit::NEGATIVE);
        };
        password
    };
    let user = accounts::add(&store, &session.settings, draft, password, args.email_verified, session.now)?;
    if session.out.json() {
        session.out.print_json(&UserJson::from(&user));
    } else {
        session.out.line(&format!("Added user `{}` (id {}).", user.username, user.id));
    }
    Ok(exit::OK)
}

/// As `createsuperuser`: an address Django would refuse is said and asked for again.
fn ask_email(session: &Session) -> Result<String, Error> {
    loop {
        let email = input::ask("Email address")?;
        match accounts::check_email(&accounts::normalize_email(&email)) {
            Ok(()) => return Ok(email),
            Err(err) => session.out.prompt_text(&format!("Error: {err}")),
        }
    }
}
