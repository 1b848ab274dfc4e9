//! `hash audit`: a census of the stored hashes (never a digest), and `--expire` for the ones a
//! given Django release cannot verify: those users then go through password reset.

use crate::Error;
use crate::accounts;
use crate::cli::{Session, input};
use crate::error::exit;
use crate::hash_census::{self, DjangoVersion, Floor, Kind};
use crate::store::users::{self, ListFilter};
use serde::Serialize;

/// Names shown per kind in the table; `--json` lists them all.
const NAMES_SHOWN: usize = 5;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 0 done, 1 expiry not confirmed, 2 --expire without --django or --floor.\n\n\
    Examples:\n  authadm hash audit\n  authadm hash audit --django 5.1 --json\n  \
    authadm hash audit --django 5.1 --expire --yes\n  authadm hash audit --floor iterations=600000 --floor rounds=12 --json")]
pub struct Args {
    /// Also say which hashes this Django release cannot verify (5.1 removed the SHA-1 and
    /// unsalted MD5/SHA-1 hashers, 5.0 the crypt one)
    #[arg(long, value_name = "MAJOR.MINOR")]
    django: Option<DjangoVersion>,
    /// Flag hashes below this cost (repeatable): iterations=600000, rounds=12, memory_cost=19456,
    /// ...; formats with no cost at all (md5, sha1, the unsalted ones) are below any floor
    #[arg(long, value_name = "PARAMETER=MINIMUM")]
    floor: Vec<Floor>,
    /// Make the passwords that --django's release cannot verify (and any of no known format,
    /// such as one kept in clear), and those below a --floor, unusable in one audited
    /// transaction: their users then reset their password; asks on a terminal
    #[arg(long)]
    expire: bool,
    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
}

#[derive(Serialize)]
struct KindJson<'a> {
    kind: &'a str,
    algorithm: &'a str,
    count: usize,
    would_upgrade: bool,
    unusable: bool,
    unknown: bool,
    /// `null` without `--django`.
    django_verifies: Option<bool>,
    below_floor: bool,
    users: &'a [String],
}

#[derive(Serialize)]
struct AuditJson<'a> {
    hashes: Vec<KindJson<'a>>,
    django: Option<String>,
    expired: Vec<&'a str>,
}

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    let store = session.store()?;
    let all = users::list(&store, &ListFilter::default())?.users;
    let kinds = hash_census::census(&all, &session.settings.hashers, args.django, &args.floor);
    if args.expire && args.django.is_none() && args.floor.is_empty() {
        return Err(Error::Usage(
            "--expire needs --django VERSION or --floor PARAMETER=MINIMUM: say which to expire".into(),
        ));
    }
    let doomed: Vec<&str> = kinds
        .iter()
        .filter(|kind| !kind.unusable && (kind.django_verifies == Some(false) || kind.below_floor))
        .flat_map(|kind| kind.users.iter().map(String::as_str))
        .collect();
    let mut expired = Vec::new();
    if args.expire && !doomed.is_empty() {
        let why = match args.django {
            Some(release) => format!("Django {release} cannot verify it, or it is below the floor"),
            None => "it is below the floor".to_string(),
        };
        let question = format!("Make {} password(s) unusable ({why})?", doomed.len());
        if !input::confirm(session, &question, args.yes)? {
            session.out.note("Nothing changed.");
            return Ok(exit::NEGATIVE);
        }
        let chosen: Vec<_> = all.iter().filter(|user| doomed.contains(&user.username.as_str())).collect();
        accounts::expire_passwords(&store, &chosen, &why, session.now)?;
        expired = doomed.clone();
    }
    if session.out.json() {
        let hashes = kinds.iter().map(kind_json).collect();
        session.out.print_json(&AuditJson { hashes, django: args.django.map(|v| v.to_string()), expired });
        return Ok(exit::OK);
    }
    render(session, &kinds, args.django, !args.floor.is_empty());
    if !expired.is_empty() {
        session.out.line(&format!("Expired {} password(s): {}.", expired.len(), expired.join(", ")));
    }
    Ok(exit::OK)
}

fn kind_json(kind: &Kind) -> KindJson<'_> {
    KindJson {
        kind: &kind.kind,
        algorithm: kind.algorithm,
        count: kind.users.len(),
        would_upgrade: kind.would_upgrade,
        unusable: kind.unusable,
        unknown: kind.unknown,
        django_verifies: kind.django_verifies,
        below_floor: kind.below_floor,
        users: &kind.users,
    }
}

fn render(session: &Session, kinds: &[Kind], django: Option<DjangoVersion>, floored: bool) {
    let yes_no = |flag: bool| if flag { "yes" } else { "no" }.to_string();
    let rows = kinds
        .iter()
        .map(|kind| {
            let more = kind.users.len().saturating_sub(NAMES_SHOWN);
            let mut names = kind.users[..kind.users.len().min(NAMES_SHOWN)].join(", ");
            if more > 0 {
                names.push_str(&format!(" and {more} more"));
            }
            let mut row = vec![kind.kind.clone(), kind.users.len().to_string(), yes_no(kind.would_upgrade)];
            if django.is_some() {
                row.push(yes_no(kind.django_verifies == Some(true)));
            }
            if floored {
                row.push(yes_no(kind.below_floor));
            }
            row.push(names);
            row
        })
        .collect();
    let verifies = django.map(|v| format!("Django {v} verifies"));
    let mut header = vec!["hash", "users", "upgraded at login"];
    header.extend(verifies.as_deref());
    if floored {
        header.push("below floor");
    }
    header.push("who");
    session.out.table(&header, rows);
}
