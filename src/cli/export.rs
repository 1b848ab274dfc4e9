//! `export`: every user as JSON or CSV on stdout, for backups and other systems. Hashes only
//! with `--include-hashes`, so an export passed around carries nothing to crack by default.

use super::Session;
use super::output::UserJson;
use crate::Error;
use crate::error::exit;
use crate::store::users::{self, ListFilter, User};
use crate::time::rfc3339;
use clap::ValueEnum;
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm export --format csv > users.csv\n  \
    authadm --database db.sqlite3 export --format json --include-hashes > backup.json")]
pub struct Args {
    /// Output format: a JSON array of the contract's user objects, or CSV with a header row
    /// (RFC 4180; a cell starting with =, +, -, @, tab or CR, other than a plain number, gets a
    /// leading ' so a spreadsheet shows it as text instead of running it as a formula)
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Format,
    /// Also export each user's encoded password hash (column `password`)
    #[arg(long)]
    include_hashes: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Csv,
}

/// The contract's user object, plus the hash when asked for.
#[derive(Serialize)]
struct Exported<'a> {
    #[serde(flatten)]
    user: UserJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    password: Option<&'a str>,
}

const CSV_HEADER: &[&str] = &[
    "id",
    "username",
    "email",
    "first_name",
    "last_name",
    "is_active",
    "is_staff",
    "is_superuser",
    "date_joined",
    "last_login",
    "email_verified",
    "has_usable_password",
];

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    // The contract: `--json` is one JSON document and never carries a hash.
    if session.out.json() && matches!(args.format, Format::Csv) {
        return Err(Error::Usage("--json writes JSON; drop --json to export --format csv".into()));
    }
    if session.out.json() && args.include_hashes {
        return Err(Error::Usage(
            "--json never carries password hashes; use --format json --include-hashes without --json".into(),
        ));
    }
    let store = session.store()?;
    let listing = users::list(&store, &ListFilter::default())?;
    super::user::list::warn_skipped(session, &listing);
    let all = listing.users;
    match args.format {
        Format::Json => {
            let exported: Vec<Exported> = all
                .iter()
                .map(|u| Exported {
                    user: UserJson::from(u),
                    password: args.include_hashes.then(|| u.password.encoded()),
                })
                .collect();
            session.out.print_json(&exported);
        }
        Format::Csv => {
            let mut header = CSV_HEADER.to_vec();
            if args.include_hashes {
                header.push("password");
            }
            session.out.csv(&header, &csv_rows(&all, args.include_hashes));
        }
    }
    Ok(exit::OK)
}

fn csv_rows(all: &[User], include_hashes: bool) -> Vec<Vec<String>> {
    all.iter()
        .map(|u| {
            let mut fields = vec![
                u.id.to_string(),
                u.username.clone(),
                u.email.clone(),
                u.first_name.clone(),
                u.last_name.clone(),
                u.is_active.to_string(),
                u.is_staff.to_string(),
                u.is_superuser.to_string(),
                u.date_joined.map(rfc3339).unwrap_or_default(),
                u.last_login.map(rfc3339).unwrap_or_default(),
                u.email_verified.to_string(),
                crate::hashers::is_usable(u.password.encoded()).to_string(),
            ];
            if include_hashes {
                fields.push(u.password.encoded().to_string());
            }
            fields
        })
        .collect()
}
