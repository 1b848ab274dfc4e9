//! `doctor`: the health checks of [`crate::doctor`], as a table or JSON; exit 1 when one failed.

use super::Session;
use crate::Error;
use crate::doctor::{self, Finding, Status};
use crate::error::exit;
use serde::Serialize;

/// Names shown per finding in the table; `--json` lists them all.
const NAMES_SHOWN: usize = 5;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 0 healthy (warnings allowed), 1 a check failed (or warned, with --strict), \
    6 the database cannot be opened.\n\nExamples:\n  authadm doctor\n  authadm doctor --strict --json")]
pub struct Args {
    /// Count warnings (outdated hashes, unusable passwords, ...) as problems too
    #[arg(long)]
    strict: bool,
}

#[derive(Serialize)]
struct Report<'a> {
    healthy: bool,
    database: String,
    checks: &'a [Finding],
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let findings = doctor::inspect(&store, &session.settings)?;
    let failing = |f: &&Finding| f.status == Status::Fail || (args.strict && f.status == Status::Warn);
    let problems = findings.iter().filter(failing).count();
    if session.out.json() {
        let database = store.target().to_string();
        session.out.print_json(&Report { healthy: problems == 0, database, checks: &findings });
    } else {
        render(session, &findings);
        let verdict = match problems {
            0 => "healthy".to_string(),
            1 => "1 problem".to_string(),
            n => format!("{n} problems"),
        };
        session.out.line(&format!("{}: {verdict}", store.target()));
    }
    Ok(if problems == 0 { exit::OK } else { exit::NEGATIVE })
}

fn render(session: &Session, findings: &[Finding]) {
    let rows = findings
        .iter()
        .map(|f| {
            let mut detail = f.detail.clone();
            if !f.users.is_empty() {
                let more = f.users.len().saturating_sub(NAMES_SHOWN);
                detail.push_str(&format!(": {}", f.users[..f.users.len().min(NAMES_SHOWN)].join(", ")));
                if more > 0 {
                    detail.push_str(&format!(" and {more} more"));
                }
            }
            let status = match f.status {
                Status::Ok => "ok",
                Status::Warn => "warn",
                Status::Fail => "FAIL",
            };
            vec![f.check.to_string(), status.to_string(), detail, f.fix.clone().unwrap_or_default()]
        })
        .collect();
    session.out.table(&["check", "status", "finding", "to fix"], rows);
}
