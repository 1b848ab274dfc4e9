//! `doctor`'s checks: each looks at one thing in the database (its file, or the settings), says what it found
//! and, when something is wrong, what to run to fix it. Only `Fail` makes the database unhealthy;
//! `Warn` is for what works but deserves a look (hashes that will be upgraded at next login).

use crate::Error;
use crate::config::Settings;
use crate::hashers::{self, PasswordHashers};
use crate::store::users::{self, ListFilter, MalformedRow, User};
use crate::store::{SCHEMA_VERSION, Store, health, sqlite};
use serde::Serialize;
use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::time::{Duration, Instant};

/// `hash_costs` times one verification per kind of stored hash; a database of many kinds (each
/// costing up to a second) would make `doctor` slow, so only the most common are timed.
const MAX_TIMED_HASH_KINDS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
}

#[derive(Debug, Serialize)]
pub struct Finding {
    /// A stable name for scripts: `schema`, `integrity`, `journal_mode`, `permissions`, ...
    pub check: &'static str,
    pub status: Status,
    pub detail: String,
    /// What to run or change; `None` when there is nothing to do.
    pub fix: Option<String>,
    /// The usernames concerned, for the checks about users.
    pub users: Vec<String>,
}

impl Finding {
    fn ok(check: &'static str, detail: impl Into<String>) -> Finding {
        Finding { check, status: Status::Ok, detail: detail.into(), fix: None, users: vec![] }
    }

    fn bad(check: &'static str, status: Status, detail: impl Into<String>, fix: impl Into<String>) -> Finding {
        Finding { check, status, detail: detail.into(), fix: Some(fix.into()), users: vec![] }
    }
}

/// Runs every check on an open store, with the configured hashers and validators.
pub fn inspect(store: &Store, settings: &Settings) -> Result<Vec<Finding>, Error> {
    let hashers = &settings.hashers;
    let mut findings = vec![
        schema(store)?,
        user_model(store),
        lockout_store(store, settings)?,
        emails(store),
        validator_files(settings),
    ];
    match store.file() {
        Some(path) => {
            let name = path.display().to_string();
            findings.extend([integrity(store, &name)?, journal_mode(store, &name)?, writable(store, &name)]);
            findings.extend([permissions(path)?, folder(path)]);
        }
        None => findings.push(connection(store)?),
    }
    findings.push(indexes(store)?);
    let listing = users::list(store, &ListFilter::default())?;
    findings.push(malformed_rows(&listing.malformed));
    let all = listing.users;
    findings.extend(hash_findings(&all, hashers));
    findings.push(hash_costs(&all, hashers));
    findings.push(user_finding(
        "unusable_passwords",
        Status::Warn,
        all.iter().filter(|u| !hashers::is_usable(u.password.encoded())),
        "user with an unusable password",
        "they can log in only by token; `authadm set-password USER` if they should have a password",
    ));
    findings.push(user_finding(
        "superuser_email",
        Status::Warn,
        all.iter().filter(|u| u.is_superuser && u.email.trim().is_empty()),
        "superuser without an email address",
        "without one they get no password reset or notices: `authadm user modify USER --email ADDRESS`",
    ));
    Ok(findings)
}

/// A validator whose list file is gone refuses every new password (it fails closed); nothing
/// else stops working, so this is where an operator hears of it.
fn validator_files(settings: &Settings) -> Finding {
    match settings.check_validator_files() {
        Ok(()) => Finding::ok("validator_files", "every password list a validator names is readable"),
        Err(err) => Finding::bad(
            "validator_files",
            Status::Fail,
            err.to_string(),
            "restore the file, or correct the path in the settings; until then no new password is accepted",
        ),
    }
}

fn schema(store: &Store) -> Result<Finding, Error> {
    let version = health::schema_version(store)?;
    Ok(if version == SCHEMA_VERSION {
        Finding::ok("schema", format!("schema version {version} (current)"))
    } else {
        let detail = format!("schema version {version}, this authadm expects {SCHEMA_VERSION}");
        Finding::bad("schema", Status::Fail, detail, "run any authadm command that writes, as the file's owner")
    })
}

fn integrity(store: &Store, path: &str) -> Result<Finding, Error> {
    let rows = health::integrity_check(store)?;
    Ok(if rows == ["ok"] {
        Finding::ok("integrity", "PRAGMA integrity_check: ok")
    } else {
        let fix = format!("restore a backup, or salvage with `sqlite3 {path} .recover | sqlite3 recovered.db`");
        Finding::bad("integrity", Status::Fail, format!("PRAGMA integrity_check: {}", rows.join("; ")), fix)
    })
}

fn journal_mode(store: &Store, path: &str) -> Result<Finding, Error> {
    let mode = health::journal_mode(store)?;
    Ok(if mode == "wal" {
        Finding::ok("journal_mode", "WAL (readers never wait for a writer)")
    } else {
        let fix = format!("make the file writable, or run `sqlite3 {path} 'PRAGMA journal_mode=WAL'`");
        Finding::bad("journal_mode", Status::Warn, format!("journal mode is {mode}, not WAL"), fix)
    })
}

/// Which server, and whether the password hashes cross the network encrypted.
fn connection(store: &Store) -> Result<Finding, Error> {
    let (version, encrypted) = health::postgres_connection(store)?;
    Ok(if encrypted {
        Finding::ok("connection", format!("PostgreSQL {version}, TLS"))
    } else {
        let detail = format!("PostgreSQL {version}, without TLS: hashes cross the network in the clear");
        Finding::bad("connection", Status::Warn, detail, "add `?sslmode=require` to the URL unless the server is local")
    })
}

/// Which table holds the users, and what it has: what every other command works through.
fn user_model(store: &Store) -> Finding {
    Finding::ok("user_model", store.model().describe())
}

/// Whether django-allauth's addresses are in force: where its table is, authadm reads and
/// writes the users' addresses there.
fn emails(store: &Store) -> Finding {
    Finding::ok("allauth_emails", crate::addresses::describe(store))
}

/// Where lockouts are counted: with axes' tables the site and authadm share them; a settings
/// file asking for axes' store on a database without them fails here rather than at a login.
fn lockout_store(store: &Store, settings: &Settings) -> Result<Finding, Error> {
    let lockout = &settings.lockout.lockout;
    Ok(match crate::lockout::in_force(store, lockout) {
        Ok(in_force) => Finding::ok("lockout_store", in_force.describe(lockout)),
        Err(Error::Database(detail)) => {
            let fix = "migrate axes' tables on the site, or set [lockout] store = \"authadm\"";
            Finding::bad("lockout_store", Status::Fail, detail, fix)
        }
        Err(err) => return Err(err),
    })
}

/// Case-insensitive lookups (`case_insensitive`, `email` backends) scan the user table without
/// authadm's indexes. authadm makes them with its own tables (on PostgreSQL, when it owns the
/// user table); Django drops them when a migration rebuilds the table on SQLite, and authadm
/// does not add them to a table it does not own behind the site's back.
fn indexes(store: &Store) -> Result<Finding, Error> {
    let missing = health::missing_indexes(store)?;
    let table = &store.model().table;
    Ok(if missing.is_empty() {
        Finding::ok("indexes", "case-insensitive username and email lookups are indexed")
    } else {
        let detail = format!(
            "case-insensitive lookups scan {table}: authadm's indexes on it are missing (a Django migration that \
             rebuilds the table drops them; on PostgreSQL only its owner can add them)"
        );
        Finding::bad("indexes", Status::Warn, detail, format!("as the owner of {table}: {}", missing.join("; ")))
    })
}

/// A read-only database answers every read, so nothing else shows it: only the writes fail.
fn writable(store: &Store, path: &str) -> Finding {
    if health::read_only(store) {
        let detail = "the database is read-only: recorded logins, lockouts and every change fail (exit 6)";
        let fix = format!(
            "make {path} and its folder writable (check lsattr, and whether the file system is mounted read-only)"
        );
        Finding::bad("writable", Status::Fail, detail, fix)
    } else {
        Finding::ok("writable", "the database is writable")
    }
}

/// The file holds password hashes: owner only (0600). SQLite gives its `-wal` and `-shm` the same
/// mode. (A file of another owner, who could chmod it back, is refused before `doctor` runs.)
fn permissions(path: &Path) -> Result<Finding, Error> {
    let meta = std::fs::metadata(path)
        .map_err(|err| Error::Database(format!("cannot read the mode of {}: {err}", path.display())))?;
    let mode = meta.permissions().mode() & 0o7777;
    Ok(if mode & 0o077 == 0 {
        Finding::ok("permissions", format!("mode {mode:04o}, owner uid {}: readable by its owner only", meta.uid()))
    } else {
        let detail = format!("mode {mode:04o}: other users may read the password hashes");
        Finding::bad("permissions", Status::Fail, detail, format!("chmod 600 {}", path.display()))
    })
}

/// Rows another program wrote with values Django never writes: `user list` and `export` leave
/// them out, and commands on those users fail, until they are corrected.
fn malformed_rows(malformed: &[MalformedRow]) -> Finding {
    if malformed.is_empty() {
        return Finding::ok("malformed_rows", "every user row reads as Django wrote it");
    }
    let rows: Vec<String> = malformed.iter().map(ToString::to_string).collect();
    let count = if rows.len() == 1 { "1 user row".to_string() } else { format!("{} user rows", rows.len()) };
    let detail = format!("{count} with a value Django never writes: {}", rows.join("; "));
    let fix = "correct each column with SQL; until then `user list` and `export` leave the user out";
    Finding::bad("malformed_rows", Status::Fail, detail, fix)
}

/// The folder decides who can delete or replace the file.
fn folder(path: &Path) -> Finding {
    match sqlite::open_folder_warning(path) {
        None => Finding::ok("folder", "not writable by everyone: strangers cannot delete or replace the file"),
        Some(warning) => Finding::bad(
            "folder",
            Status::Warn,
            warning,
            "move the database to a folder only its owner can write to, or `chmod +t` the folder",
        ),
    }
}

/// Hashes no configured hasher can verify (no login possible) and hashes `check` would upgrade.
fn hash_findings(all: &[User], hashers: &PasswordHashers) -> [Finding; 2] {
    let usable = || all.iter().filter(|u| hashers::is_usable(u.password.encoded()));
    // Decoded by its hasher, if the hash is well-formed and within the cost limits.
    let unknown = usable().filter(|u| hashers.verifier(u.password.encoded()).is_none());
    let outdated = usable().filter(|u| hashers.verifier(u.password.encoded()).is_some_and(|hash| hash.must_update()));
    let preferred = hashers.preferred().algorithm();
    [
        user_finding(
            "unknown_hashes",
            Status::Fail,
            unknown,
            "user whose hash cannot verify (algorithm not in password_hashers, malformed, or beyond the cost limits)",
            "they cannot log in: add their algorithm to password_hashers, or `authadm set-password USER`",
        ),
        user_finding(
            "outdated_hashes",
            Status::Warn,
            outdated,
            &format!("user whose hash is not {preferred} with the configured options"),
            "nothing urgent: each is upgraded at the user's next successful login",
        ),
    ]
}

/// Hashes whose wrong-password time stands out. An attempt without a hash of its own costs the
/// next account's hash (`identity`), so a login's time tells nothing while the stored hashes
/// cost alike; an account whose hash costs under half or over twice the typical one can be told
/// apart by timing. Each kind of hash (format and parameters) is timed once, here: this is a
/// measurement of work on this machine, not a reading of the time of day.
fn hash_costs(all: &[User], hashers: &PasswordHashers) -> Finding {
    let mut kinds: BTreeMap<String, (&str, Vec<&User>)> = BTreeMap::new();
    for user in all {
        let encoded = user.password.encoded();
        if let Some(kind) = hashers.kind_of(encoded) {
            kinds.entry(kind).or_insert_with(|| (encoded, Vec::new())).1.push(user);
        }
    }
    let mut by_size: Vec<(&str, Vec<&User>)> = kinds.into_values().collect();
    by_size.sort_by_key(|(_, users)| std::cmp::Reverse(users.len()));
    by_size.truncate(MAX_TIMED_HASH_KINDS);
    let mut timed: Vec<(Duration, Vec<&User>)> =
        by_size.into_iter().map(|(sample, users)| (time_wrong_password(hashers, sample), users)).collect();
    timed.sort_by_key(|(cost, _)| *cost);
    let typical = weighted_median(&timed);
    let outliers = timed
        .iter()
        .filter(|(cost, _)| *cost > typical * 2 || *cost * 2 < typical)
        .flat_map(|(_, users)| users.iter().copied());
    let what = format!(
        "user whose hash costs under half or over twice the typical {} ms to check (a wrong password for them takes a time of its own)",
        typical.as_millis()
    );
    let fix = "`authadm set-password USER` gives them a hash like the others' (so does their next login, when their format or cost is not the configured one)";
    user_finding("hash_costs", Status::Warn, outliers, &what, fix)
}

/// What a wrong password costs against `encoded`, harden_runtime included.
fn time_wrong_password(hashers: &PasswordHashers, encoded: &str) -> Duration {
    let started = Instant::now();
    hashers.check(&crate::secret::Secret::new("authadm doctor: not a password".into()), encoded);
    started.elapsed()
}

/// The cost of the account in the middle when accounts are sorted by cost (`timed` is sorted).
fn weighted_median(timed: &[(Duration, Vec<&User>)]) -> Duration {
    let total: usize = timed.iter().map(|(_, users)| users.len()).sum();
    let mut seen = 0;
    for (cost, users) in timed {
        seen += users.len();
        if seen * 2 >= total {
            return *cost;
        }
    }
    Duration::ZERO
}

fn user_finding<'a>(
    check: &'static str,
    status: Status,
    users: impl Iterator<Item = &'a User>,
    what: &str,
    fix: &str,
) -> Finding {
    let names: Vec<String> = users.map(|u| u.username.clone()).collect();
    let plural = || what.split_once(' ').map_or_else(|| format!("{what}s"), |(noun, rest)| format!("{noun}s {rest}"));
    match names.len() {
        0 => Finding::ok(check, format!("no {}", plural())),
        1 => Finding { check, status, detail: format!("1 {what}"), fix: Some(fix.into()), users: names },
        n => Finding { check, status, detail: format!("{n} {}", plural()), fix: Some(fix.into()), users: names },
    }
}
