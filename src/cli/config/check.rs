//! `config check`: the settings are loaded as for every command, so a broken file has already
//! failed with `FILE:LINE:COLUMN: message` (exit 2); what is left is to show what is in force.

use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::lockout::{self, Policy};

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  authadm config check\n  authadm config check --config /etc/authadm/authadm.toml\n  \
    authadm config check --json"
)]
pub struct Args {}

pub fn run(session: &Session, _args: Args) -> Result<u8, Error> {
    session.settings.check_validator_files()?;
    let mut effective = session.settings.effective();
    effective.insert("database".into(), session.database.to_string().into());
    // The model and the lockout store in force are the database's, read without writing: shown
    // when there is one to read, else why not. On axes' store, the `[lockout]` shown has axes'
    // defaults filled in.
    let store = crate::store::Store::peek(&session.database, &session.settings.user_model);
    let model = store.as_ref().map(|store| store.model());
    let lockout =
        store.as_ref().map_err(|_| ()).map(|store| lockout::in_force(store, &session.settings.lockout.lockout));
    if let Ok(Ok(in_force)) = &lockout {
        let policy = Policy { lockout: in_force.lockout.clone(), ..session.settings.lockout.clone() };
        effective.insert("lockout".into(), policy.describe().0.into());
    }
    if session.out.json() {
        let mut json = serde_json::to_value(&effective).map_err(|err| Error::Config(err.to_string()))?;
        match &model {
            Ok(model) => json["user_model_in_force"] = serde_json::to_value(model.summary()).unwrap_or_default(),
            Err(err) => json["user_model_error"] = err.to_string().into(),
        }
        match &lockout {
            Ok(Ok(in_force)) => json["lockout_store_in_force"] = in_force.source.name().into(),
            Ok(Err(err)) => json["lockout_store_error"] = err.to_string().into(),
            Err(()) => {}
        }
        if let Ok(store) = &store {
            json["allauth_emails_in_force"] = store.emails().is_some().into();
        }
        session.out.print_json(&json);
        return Ok(exit::OK);
    }
    let source = match &session.settings.source {
        Some(path) => format!("{} is valid", path.display()),
        None => "no settings file; built-in defaults".to_string(),
    };
    let text =
        toml::to_string(&effective).map_err(|err| Error::Config(format!("cannot show the settings as TOML: {err}")))?;
    session.out.line(&format!("# {source}. The settings in force, defaults filled in"));
    session.out.line("# (database as seen from the current folder, after --database and AUTHADM_DATABASE):");
    // Line by line: a line break within one line is escaped, as a name's would be.
    for line in text.lines() {
        session.out.line(line);
    }
    match &model {
        Ok(model) => session.out.line(&format!("# user model in force: {}", model.describe())),
        Err(err) => session.out.line(&format!("# user model in force: unknown ({err})")),
    }
    let settings = &session.settings.lockout.lockout;
    match &lockout {
        Ok(Ok(in_force)) => session.out.line(&format!("# lockout store in force: {}", in_force.describe(settings))),
        Ok(Err(err)) => session.out.line(&format!("# lockout store in force: none ({err})")),
        Err(()) => session.out.line("# lockout store in force: unknown (no database)"),
    }
    if let Ok(store) = &store {
        session.out.line(&format!("# email addresses: {}", crate::addresses::describe(store)));
    }
    Ok(exit::OK)
}
