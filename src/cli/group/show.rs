//! `group show`.

use super::GroupJson;
use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::groups;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm group show editors\n  authadm group show editors --json")]
pub struct Args {
    /// The group's name (exact, as Django's `Group.objects.get(name=...)`)
    name: String,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let group = groups::show(&session.store()?, &args.name)?;
    if session.out.json() {
        session.out.print_json(&GroupJson::from(&group));
        return Ok(exit::OK);
    }
    let listed = |names: &[String]| if names.is_empty() { "none".to_string() } else { names.join(", ") };
    let rows = vec![
        vec!["name".to_string(), group.name.clone()],
        vec!["members".to_string(), listed(&group.members)],
        vec!["permissions".to_string(), listed(&group.permissions)],
    ];
    session.out.table(&["field", "value"], rows);
    Ok(exit::OK)
}
