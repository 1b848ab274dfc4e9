//! `apply FILE`: make the users a file describes exist (or not) as it says, idempotently.

use super::Session;
use crate::Error;
use crate::error::exit;
use crate::provision::{self, Plan};
use serde::Serialize;
use std::path::PathBuf;

#[derive(clap::Args)]
#[command(after_help = "The file (TOML, or JSON when it ends in .json):\n  \
    [[user]]\n  username = \"admin\"\n  email = \"admin@example.com\"\n  is_staff = true\n  \
    is_superuser = true\n  groups = [\"editors\"]\n  password_env = \"ADMIN_PASSWORD\"   \
    # or password_file = \"path\", or password_hash = \"pbkdf2_sha256$...\"\n  \
    password = \"set-if-missing\"       # or \"enforce\"\n  state = \"present\"                 # or \"absent\"\n\n\
    Exit status: 0 done (or nothing to do; with --check: no drift), 1 --check found drift, \
    2 a bad file or password (FILE:LINE:COLUMN; nothing written), 4 a group that does not exist, \
    5 a name or address taken.\n\n\
    Examples:\n  authadm apply users.toml\n  authadm apply users.toml --dry-run --json\n  \
    authadm apply users.toml --check")]
pub struct Args {
    /// The desired users
    file: PathBuf,
    /// Show what would change; change nothing
    #[arg(long, conflicts_with = "check")]
    dry_run: bool,
    /// As --dry-run, and exit 1 when anything would change (for CI)
    #[arg(long)]
    check: bool,
    /// Also deactivate (or, as the file's [prune] says, remove) the users of its [prune] scope
    /// that it does not list
    #[arg(long)]
    prune: bool,
}

#[derive(Serialize)]
struct PlanJson<'a> {
    #[serde(flatten)]
    plan: &'a Plan,
    dry_run: bool,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let desired = provision::read(&args.file)?;
    let store = session.store_or_create()?;
    let base = args.file.parent().map(PathBuf::from).unwrap_or_default();
    let dry_run = args.dry_run || args.check;
    let plan = provision::apply(&store, &session.settings, &desired, &base, args.prune, dry_run, session.now)?;
    if session.out.json() {
        session.out.print_json(&PlanJson { plan: &plan, dry_run });
    } else {
        render(session, &plan, dry_run);
    }
    Ok(if args.check && plan.changes_anything() { exit::NEGATIVE } else { exit::OK })
}

fn render(session: &Session, plan: &Plan, dry_run: bool) {
    let (created, updated, removed) =
        if dry_run { ("would create", "would update", "would remove") } else { ("created", "updated", "removed") };
    if !plan.created.is_empty() {
        session.out.line(&format!("{created}: {}", plan.created.join(", ")));
    }
    for update in &plan.updated {
        session.out.line(&format!("{updated} {}: {}", update.user, update.changes.join(", ")));
    }
    if !plan.removed.is_empty() {
        session.out.line(&format!("{removed}: {}", plan.removed.join(", ")));
    }
    if !plan.unchanged.is_empty() {
        session.out.line(&format!("unchanged: {}", plan.unchanged.join(", ")));
    }
}
