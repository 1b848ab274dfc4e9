//! `mfa list`.

use crate::Error;
use crate::accounts;
use crate::cli::Session;
use crate::cli::output::{SecondFactorJson, optional_time, yes_no};
use crate::error::exit;
use crate::mfa;

#[derive(clap::Args)]
#[command(after_help = "Read from the sites' own tables: allauth.mfa's mfa_authenticator and django-otp's \
                  otp_*device tables (whichever the database has). Secrets, recovery codes and static tokens \
                  are never shown.\n\nExamples:\n  authadm mfa list\n  authadm mfa list --user alice --json")]
pub struct Args {
    /// Only this user's second factors
    #[arg(long, value_name = "USER")]
    user: Option<String>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let user = args.user.map(|name| accounts::find(&store, &name)).transpose()?;
    let factors = mfa::list(&store, user.as_ref())?;
    if session.out.json() {
        session.out.print_json(&factors.iter().map(SecondFactorJson::from).collect::<Vec<_>>());
        return Ok(exit::OK);
    }
    let rows = factors
        .iter()
        .map(|f| {
            vec![
                f.username.clone(),
                f.app.as_str().to_string(),
                f.kind.clone(),
                f.id.to_string(),
                f.name.clone().unwrap_or_default(),
                yes_no(f.confirmed),
                optional_time(f.created),
                optional_time(f.last_used),
            ]
        })
        .collect();
    session.out.table(&["user", "app", "kind", "id", "name", "confirmed", "created", "last used"], rows);
    Ok(exit::OK)
}
