//! `import django PATH`: bring the users of another Django project's database into this one.

use super::Session;
use crate::Error;
use crate::error::exit;
use crate::import::{self, OnDuplicate};
use clap::Subcommand;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum ImportCommand {
    /// Copy the users of a Django SQLite database (its auth_user), keeping their hashes
    #[command(after_help = "Examples:\n  authadm import django ../old-site/db.sqlite3\n  \
        authadm --database db.sqlite3 import django legacy.sqlite3 --on-duplicate update --json")]
    Django(DjangoArgs),
}

#[derive(clap::Args)]
pub struct DjangoArgs {
    /// The Django database to copy from (opened read-only)
    path: PathBuf,
    /// What to do with a username this database already has
    #[arg(long, value_enum, default_value_t = OnDuplicate::Skip, value_name = "WHAT")]
    on_duplicate: OnDuplicate,
}

#[derive(Serialize)]
struct ImportJson<'a> {
    inserted: usize,
    updated: usize,
    skipped: usize,
    unverifiable: &'a BTreeMap<String, usize>,
}

pub fn run(session: &Session, command: ImportCommand) -> Result<u8, Error> {
    let ImportCommand::Django(args) = command;
    let store = session.store_or_create()?;
    let started = std::time::Instant::now();
    let mut progress = |done, total| session.out.progress("users", done, total);
    let report =
        import::import_django(&store, &args.path, args.on_duplicate, &session.settings.hashers, &mut progress)?;
    if session.out.json() {
        session.out.print_json(&ImportJson {
            inserted: report.inserted,
            updated: report.updated,
            skipped: report.skipped,
            unverifiable: &report.unverifiable,
        });
    } else {
        session.out.line(&format!(
            "Imported {} new user(s) from {}; {} updated, {} skipped as duplicates ({:.2}s).",
            report.inserted,
            args.path.display(),
            report.updated,
            report.skipped,
            started.elapsed().as_secs_f64()
        ));
    }
    for (algorithm, count) in &report.unverifiable {
        session.out.note(&format!(
            "warning: {count} imported user(s) have `{algorithm}` hashes, which are not in password_hashers; \
             add `{algorithm}` there or they cannot log in"
        ));
    }
    Ok(exit::OK)
}
