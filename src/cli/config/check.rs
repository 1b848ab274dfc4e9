//! `config check`: the settings are loaded as for every command, so a broken file has already
//! failed with `FILE:LINE:COLUMN: message` (exit 2); what is left is to show what is in force.

use crate::Error;
use crate::cli::Session;
use crate::error::exit;

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
    // The model in force is the database's, read without writing: shown when there is one to
    // read, else why not.
    let model = crate::store::Store::peek_model(&session.database, &session.settings.user_model);
    if session.out.json() {
        let mut json = serde_json::to_value(&effective).map_err(|err| Error::Config(err.to_string()))?;
        match &model {
            Ok(model) => json["user_model_in_force"] = serde_json::to_value(model.summary()).unwrap_or_default(),
            Err(err) => json["user_model_error"] = err.to_string().into(),
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
    Ok(exit::OK)
}
