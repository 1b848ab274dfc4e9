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
#[command(defer = true)]
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
    ///
    /// `update` overwrites the user's fields and hash (a changed hash revokes their tokens when
    /// logout_on_password_change is on). With case_insensitive_identity = true, a user whose
    /// username differs only by case from another account's, or whose email another account has,
    /// is a conflict: never inserted nor used for an update, and listed as such.
    #[arg(long, value_enum, default_value_t = OnDuplicate::Skip, value_name = "WHAT")]
    on_duplicate: OnDuplicate,
}

#[derive(Serialize)]
struct ImportJson<'a> {
    inserted: usize,
    updated: usize,
    skipped: usize,
    conflicts: &'a [String],
    tokens_revoked: usize,
    unverifiable: &'a BTreeMap<String, usize>,
    unchanged: usize,
    unrecognised_passwords: &'a [String],
}

pub fn run(session: &Session, command: ImportCommand) -> Result<u8, Error> {
    let ImportCommand::Django(args) = command;
    let started = std::time::Instant::now();
    let source = import::Source::open(&args.path)?;
    let store = session.store_or_create()?;
    let mut progress = |done, total| session.out.progress("users", done, total);
    let report =
        import::import_django(&store, &source, args.on_duplicate, &session.settings, session.now, &mut progress)?;
    if session.out.json() {
        session.out.print_json(&ImportJson {
            inserted: report.inserted,
            updated: report.updated,
            skipped: report.skipped,
            conflicts: &report.conflicts,
            tokens_revoked: report.tokens_revoked,
            unverifiable: &report.unverifiable,
            unchanged: report.unchanged,
            unrecognised_passwords: &report.unrecognised,
        });
    } else {
        session.out.line(&format!(
            "Imported {} new user(s) from {}; {} updated, {} unchanged, {} skipped as duplicates, {} conflict(s) ({:.2}s).",
            report.inserted,
            args.path.display(),
            report.updated,
            report.unchanged,
            report.skipped,
            report.conflicts.len(),
            started.elapsed().as_secs_f64()
        ));
        if report.tokens_revoked > 0 {
            session.out.line(&format!(
                "Revoked {} token(s) of updated users whose hash changed (logout_on_password_change).",
                report.tokens_revoked
            ));
        }
    }
    if !report.conflicts.is_empty() {
        session.out.note(&format!(
            "warning: {} user(s) not imported: their username differs only by case from another account's, \
             or their email is another account's (case_insensitive_identity): {}",
            report.conflicts.len(),
            some_of(&report.conflicts)
        ));
    }
    if !report.unrecognised.is_empty() {
        session.out.note(&format!(
            "warning: {} imported user(s) have a password that is not a hash of any known format (perhaps \
             kept in clear text): no hasher verifies it, so they cannot log in until it is reset with \
             `authadm set-password USER`: {}",
            report.unrecognised.len(),
            some_of(&report.unrecognised)
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

/// The first names of a list for a warning, and how many more there are.
fn some_of(names: &[String]) -> String {
    const SHOWN: usize = 20;
    let mut shown: Vec<&str> = names.iter().take(SHOWN).map(String::as_str).collect();
    let more = format!("and {} more", names.len().saturating_sub(SHOWN));
    if names.len() > SHOWN {
        shown.push(&more);
    }
    shown.join(", ")
}
