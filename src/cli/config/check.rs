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
    if session.out.json() {
        session.out.print_json(&effective);
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
    Ok(exit::OK)
}
