//! `hash identify`: Django's `identify_hasher` and `safe_summary`, plus whether a login under
//! the current settings would re-hash it.

use crate::Error;
use crate::cli::Session;
use crate::error::exit;
use crate::hashers::ParamValue;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  authadm hash identify 'pbkdf2_sha256$1000000$...'\n  \
    sqlite3 db.sqlite3 \"select password from auth_user where username='alice'\" | xargs -0 authadm hash identify --json")]
pub struct Args {
    /// The encoded hash, as stored in auth_user.password (quote it: it contains `$`)
    encoded: String,
}

#[derive(Serialize)]
struct IdentifyJson<'a> {
    algorithm: &'a str,
    parameters: BTreeMap<&'a str, &'a ParamValue>,
    /// In password_hashers, so it verifies.
    configured: bool,
    /// A successful login would re-hash it.
    must_update: bool,
    /// What it would be re-hashed with.
    preferred: &'a str,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let identified = super::inspect(session, args.encoded.trim_end_matches(['\n', '\r']))?;
    let preferred = session.settings.hashers.preferred().algorithm();
    if session.out.json() {
        session.out.print_json(&IdentifyJson {
            algorithm: identified.algorithm,
            parameters: identified.parameters.iter().map(|(k, v)| (*k, v)).collect(),
            configured: identified.configured,
            must_update: identified.must_update,
            preferred,
        });
        return Ok(exit::OK);
    }
    let parameters: Vec<String> = identified.parameters.iter().map(|(k, v)| format!("{k}={v}")).collect();
    session.out.line(&format!("algorithm:   {}", identified.algorithm));
    session.out.line(&format!("parameters:  {}", parameters.join(" ")));
    let configured = if identified.configured { "yes" } else { "no: it cannot verify until added to password_hashers" };
    session.out.line(&format!("configured:  {configured}"));
    let upgrade = if identified.must_update {
        format!("yes: the next login re-hashes it with {preferred}")
    } else {
        "no: it matches the preferred hasher and its parameters".to_string()
    };
    session.out.line(&format!("must_update: {upgrade}"));
    Ok(exit::OK)
}
