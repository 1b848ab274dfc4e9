//! `import django`: copy the users of another Django database into this one, their hashes as
//! they are (no re-hashing: users keep their passwords, and Django's formats all verify here).
//!
//! One transaction: an interrupted import leaves the target as it was. Into a SQLite target
//! without users (a new site, benches/run.sh figure 6) SQLite itself copies the source, one
//! `INSERT … SELECT` from the source attached read-only (the `sqlite3` shell's own copy), each
//! row checked in Rust, by an SQL function, as SQLite reads it. Otherwise the source is read
//! once and written in batches, each batch's usernames looked up in the target.

use crate::Error;
use crate::accounts;
use crate::config::Settings;
use crate::hashers;
use crate::store::db::Db;
use crate::store::django_source::{DjangoSource, MalformedSourceRow, SourceValue};
use crate::store::import::{self as import_rows, Existing, ImportedUser};
use crate::store::{Store, audit as audit_rows, tokens as token_rows};
use jiff::Timestamp;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// What to do with a user whose username the target already has.
#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum OnDuplicate {
    /// Keep the target's user as it is.
    Skip,
    /// Overwrite the target's user with the source's fields and hash (its id stays); a changed
    /// hash revokes the user's tokens when logout_on_password_change is on.
    Update,
}

#[derive(Debug, Default)]
pub struct Report {
    pub inserted: usize,
    pub updated: usize,
    pub skipped: usize,
    /// Users `--on-duplicate update` found as the source has them: nothing written or audited.
    pub unchanged: usize,
    /// Source users left out because `case_insensitive_identity` is on and their username differs
    /// only by case from another account's, or their email is another account's: in source order.
    pub conflicts: Vec<String>,
    /// Tokens revoked because an update replaced their user's hash.
    pub tokens_revoked: usize,
    /// Usable hashes of formats not in `password_hashers`, by algorithm: those users cannot log
    /// in until the format is added.
    pub unverifiable: BTreeMap<String, usize>,
    /// Users written whose password is neither unusable nor a hash of a format authadm knows: a
    /// password kept in clear text, or a hasher of the source's own. Kept as it is (it may be
    /// the latter), it verifies nothing: they cannot log in until their password is set again.
    pub unrecognised: Vec<String>,
}

/// Users per batch, and so how often `progress` is called: one lookup and one multi-row insert
/// per batch instead of two statements per user, which on PostgreSQL are network round trips
/// (100,000 users: 40 s of round trips otherwise). 1,000 × 10 parameters stays under both
/// engines' limits on parameters per statement.
const BATCH: usize = 1000;

/// What an import does besides copying rows, from the settings and the command line.
struct Policy<'a> {
    on_duplicate: OnDuplicate,
    case_insensitive: bool,
    logout_on_password_change: bool,
    now: Timestamp,
    /// The source as named on the command line, for the audit log.
    source: &'a str,
    /// The hash formats `password_hashers` verifies.
    verifiable: Vec<&'static str>,
}

/// Copies every user of the Django database at `source` into `store`; `progress(done, total)`
/// is called after every [`BATCH`] users and at the end (only at the end for the set-wise copy).
///
/// An update that changes a user's hash revokes their tokens when `logout_on_password_change`
/// is on, as `set-password` does; each updated user gets a `user_updated_by_import` event, and
/// the import one `users_imported` summary. A user the source has as the target has it is left
/// alone, and an import that changes nothing writes nothing, so a repeated import (a nightly
/// sync) fills no audit log. With `case_insensitive_identity`, a user whose name
/// differs only by case from another account's, or whose email another account has, is neither
/// inserted nor used to update anyone: it is reported in [`Report::conflicts`].
pub fn import_django(
    store: &Store,
    source: &Source,
    on_duplicate: OnDuplicate,
    settings: &Settings,
    now: Timestamp,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Report, Error> {
    let (src, source) = (&source.users, source.path.as_path());
    if let Some(target) = store.file() {
        refuse_same_file(target, source)?;
    }
    let total = src.count_users()?;
    let source_name = source.display().to_string();
    let policy = Policy {
        on_duplicate,
        case_insensitive: settings.case_insensitive_identity,
        logout_on_password_change: settings.logout_on_password_change,
        now,
        source: &source_name,
        verifiable: settings.hashers.algorithms(),
    };
    // Where the source cannot be attached, the batch path reads it, and reports what is wrong.
    let setwise = matches!(src.attach(store.db()), Ok(true));
    // The source is read inside the transaction, so a retried transaction reads it again whole.
    let imported = store.write(|db| {
        let mut report = Report::default();
        let copied = if setwise { copy_setwise(db, src, source, &policy, &mut report)? } else { None };
        if copied.is_none() {
            report = Report::default();
            copy_in_batches(db, src, source, &policy, total, progress, &mut report)?;
        }
        if let Some(copied) = copied {
            progress(copied, total);
        }
        if report.inserted + report.updated > 0 {
            let summary = format!(
                "from {}: {} inserted, {} updated, {} unchanged, {} skipped as duplicates, {} conflicts",
                policy.source,
                report.inserted,
                report.updated,
                report.unchanged,
                report.skipped,
                report.conflicts.len()
            );
            audit_rows::insert_event(db, now, "users_imported", None, &summary)?;
        }
        Ok(report)
    });
    let detached = if setwise { src.detach(store.db()) } else { Ok(()) };
    let report = imported?;
    detached?;
    Ok(report)
}

/// Copies the attached source into a target without users in one `INSERT … SELECT` that checks
/// every row as it copies it, as [`copy_in_batches`] does (malformed rows, rows Django refuses,
/// hashes no hasher verifies): with no user in the target there is no duplicate, update or
/// conflict with an account of its own to look up. Returns how many users it copied, or `None`,
/// having written nothing, where it does not apply: a target with users, source users that
/// conflict with each other under `case_insensitive_identity`, or text that is not UTF-8 (which
/// the batch path copies made valid).
fn copy_setwise(
    db: &Db,
    src: &DjangoSource,
    source: &Path,
    policy: &Policy,
    report: &mut Report,
) -> Result<Option<usize>, Error> {
    if !import_rows::no_users(db)? || policy.case_insensitive && src.has_folded_repeats(db)? {
        return Ok(None);
    }
    let checks = RowChecks {
        source: source.to_path_buf(),
        verifiable: policy.verifiable.clone(),
        refused: Refused::default(),
        report: Report::default(),
    };
    let Some((copied, checks)) = src.copy_attached(db, checks, RowChecks::copies)? else {
        return Ok(None);
    };
    checks.refused.into_result(source)?;
    *report = Report { inserted: copied, ..checks.report };
    Ok(Some(copied))
}

/// What the set-wise copy keeps while SQLite hands it the rows: its own, since the SQL function
/// that calls [`RowChecks::copies`] outlives the borrows of [`copy_setwise`].
struct RowChecks {
    source: PathBuf,
    verifiable: Vec<&'static str>,
    refused: Refused,
    report: Report,
}

impl RowChecks {
    /// Whether the set-wise copy copies the row: as [`copy_in_batches`], a malformed row stops the
    /// import, and after a row Django refuses nothing is kept, the rest only read to be counted.
    fn copies(&mut self, row: Result<ImportedUser<Cow<str>>, MalformedSourceRow>) -> Result<bool, Error> {
        let user = row.map_err(|malformed| malformed_source(&self.source, &malformed))?;
        let copies = self.refused.passes(&user) && self.refused.count == 0;
        if copies {
            note_unverifiable(&mut self.report, &self.verifiable, &user);
        }
        Ok(copies)
    }
}

/// Copies the source [`BATCH`] users at a time, looking up each batch's usernames (and, with
/// `case_insensitive_identity`, identities) in the target; `progress` after each batch.
fn copy_in_batches(
    db: &Db,
    src: &DjangoSource,
    source: &Path,
    policy: &Policy,
    total: usize,
    progress: &mut dyn FnMut(usize, usize),
    report: &mut Report,
) -> Result<(), Error> {
    let mut refused = Refused::default();
    let mut batch: Vec<ImportedUser> = Vec::with_capacity(BATCH);
    let mut done = 0;
    let mut flush = |batch: &mut Vec<ImportedUser>, report: &mut Report| -> Result<(), Error> {
        done += batch.len();
        copy_batch(db, std::mem::take(batch), policy, report)?;
        progress(done, total);
        Ok(())
    };
    src.each_user(|row| {
        let user = row.map_err(|malformed| malformed_source(source, &malformed))?;
        if refused.passes(&user) {
            if refused.count == 0 {
                batch.push(user.into_owned());
            }
        } else {
            // Nothing will be kept now: the rest is only read, to be counted.
            batch.clear();
        }
        if batch.len() == BATCH {
            flush(&mut batch, report)?;
        }
        Ok(())
    })?;
    if !batch.is_empty() {
        flush(&mut batch, report)?;
    }
    refused.into_result(source)?;
    if done == 0 {
        progress(0, total);
    }
    Ok(())
}

/// The rows Django's validators refuse: the first named, and how many in all.
#[derive(Default)]
struct Refused {
    first: Option<String>,
    count: usize,
}

impl Refused {
    /// Whether Django's validators take `user`; counts it if not.
    fn passes<S: AsRef<str>>(&mut self, user: &ImportedUser<S>) -> bool {
        let Some(problem) = django_refuses(user) else { return true };
        if self.first.is_none() {
            self.first = Some(about(user.username.as_ref(), &problem));
        }
        self.count += 1;
        false
    }

    fn into_result(self, source: &Path) -> Result<(), Error> {
        match self.first {
            Some(first) => Err(refused_rows(source, &first, self.count)),
            None => Ok(()),
        }
    }
}

/// The import refused for a malformed row.
fn malformed_source(source: &Path, malformed: &MalformedSourceRow) -> Error {
    Error::Database(format!("{}: {}; nothing was imported", source.display(), malformed_row(malformed)))
}

/// What is wrong with a source row, naming its user.
fn about(username: &str, problem: &str) -> String {
    format!("user `{}`: {problem}", shown(username))
}

/// A row holding a value Django would not have written, for the message refusing the import.
fn malformed_row(row: &MalformedSourceRow) -> String {
    about(&row.username, &format!("`{}` holds {}, not {}", row.column, described(row.holds.as_ref()), row.wanted))
}

/// The import refused for the rows Django's validators refuse: the first named, the others
/// counted, so that one run shows how much there is to correct.
fn refused_rows(source: &Path, first: &str, count: usize) -> Error {
    let others = match count - 1 {
        0 => String::new(),
        more => format!(", and {more} more user(s) have a username, email or name Django refuses"),
    };
    Error::Database(format!(
        "{}: {first}{others}; nothing was imported: correct or remove them in a copy of the source, and import the copy",
        source.display()
    ))
}

/// What Django's own field validators would refuse in a row that is otherwise whole: a username
/// `UnicodeUsernameValidator` refuses (control characters, 5,000 characters), an email
/// `EmailValidator` refuses, a name over 150 characters. Such rows come from raw SQL or another
/// program, never from Django's forms or `createsuperuser`, and authadm would refuse them too.
fn django_refuses<S: AsRef<str>>(user: &ImportedUser<S>) -> Option<String> {
    let email = user.email.as_ref();
    let checks = [
        accounts::check_username(user.username.as_ref()),
        accounts::check_email(email).map_err(|_| {
            Error::Input(format!("its email `{}` is not an address Django's EmailField accepts", shown(email)))
        }),
        accounts::check_name("first name", user.first_name.as_ref()),
        accounts::check_name("last name", user.last_name.as_ref()),
    ];
    checks.into_iter().find_map(Result::err).map(|err| err.to_string())
}

/// Source text for a message: its first 40 characters, control characters escaped so that a
/// terminal shows them instead of obeying them.
fn shown(text: &str) -> String {
    let mut shown: String = text
        .chars()
        .take(40)
        .map(|c| if c.is_control() { c.escape_unicode().to_string() } else { c.to_string() })
        .collect();
    if text.chars().nth(40).is_some() {
        shown.push('…');
    }
    shown
}

/// A source value for a message (`None` is NULL). The password column is described only when
/// it is not text, so a password never is.
fn described(value: Option<&SourceValue>) -> String {
    match value {
        Some(SourceValue::Text(text)) => format!("text `{}`", shown(text)),
        Some(SourceValue::Int(n)) => n.to_string(),
        None => "NULL".into(),
    }
}

/// Notes a copied user whose usable password no configured hasher verifies: of a known format
/// missing from `password_hashers` ([`Policy::verifiable`]), or of none authadm knows.
fn note_unverifiable<S: AsRef<str>>(report: &mut Report, verifiable: &[&str], user: &ImportedUser<S>) {
    let password = user.password.as_ref();
    let algorithm = hashers::algorithm_name(password);
    if !hashers::is_usable(password) || verifiable.contains(&algorithm) {
        return;
    }
    if algorithm == "unknown" {
        report.unrecognised.push(user.username.as_ref().to_string());
    } else {
        *report.unverifiable.entry(algorithm.to_string()).or_default() += 1;
    }
}

/// Inserts the batch's new usernames in one statement; skips or updates the others, and leaves
/// out the conflicts of `case_insensitive_identity`.
fn copy_batch(db: &Db, batch: Vec<ImportedUser>, policy: &Policy, report: &mut Report) -> Result<(), Error> {
    let existing = import_rows::existing(db, &batch)?;
    let mut identities = if policy.case_insensitive { Some(Identities::load(db, &batch)?) } else { None };
    let mut new = Vec::new();
    let mut old = Vec::new();
    for user in batch {
        let name = &user.username;
        if let Some(found) = existing.get(name) {
            if policy.on_duplicate == OnDuplicate::Skip {
                report.skipped += 1;
            } else if found.holds(&user) {
                report.unchanged += 1;
            } else if identities.as_mut().is_some_and(|ids| !ids.claim_email(name, &user.email)) {
                report.conflicts.push(name.to_string());
            } else {
                note_unverifiable(report, &policy.verifiable, &user);
                old.push((found, user));
            }
        } else if identities.as_mut().is_some_and(|ids| !ids.claim(name, &user.email)) {
            report.conflicts.push(name.to_string());
        } else {
            note_unverifiable(report, &policy.verifiable, &user);
            new.push(user);
        }
    }
    report.inserted += import_rows::insert_all(db, &new)?;
    for (found, user) in old {
        update_user(db, found, &user, policy, report)?;
    }
    Ok(())
}

/// Overwrites an existing user with the source's, revoking tokens and auditing as `set-password`.
fn update_user(
    db: &Db,
    found: &Existing,
    user: &ImportedUser,
    policy: &Policy,
    report: &mut Report,
) -> Result<(), Error> {
    let new_hash = found.password_differs(user);
    import_rows::replace(db, found.id, user)?;
    report.updated += 1;
    // As `set-password`: a new hash logs the user out everywhere when the settings say so.
    let revoked = if new_hash && policy.logout_on_password_change {
        token_rows::revoke_all_of_user(db, found.id, policy.now)?
    } else {
        0
    };
    report.tokens_revoked += revoked;
    let password =
        if new_hash { format!("password replaced; {revoked} token(s) revoked") } else { "password unchanged".into() };
    let detail = format!("fields replaced from {}; {password}", policy.source);
    audit_rows::insert_event(db, policy.now, "user_updated_by_import", Some(&user.username), &detail)?;
    Ok(())
}

/// For `case_insensitive_identity`: who holds each case-folded username and email the batch
/// names, folded by the database as `store::users::clash` folds them (ASCII on SQLite, the
/// database's rules on PostgreSQL), and updated as the batch claims them.
struct Identities {
    /// Source username → its folded username and email.
    folded: HashMap<String, (String, String)>,
    /// Folded username → the accounts holding it.
    names: HashMap<String, Vec<String>>,
    /// Folded non-empty email → the accounts holding it.
    emails: HashMap<String, Vec<String>>,
}

impl Identities {
    fn load(db: &Db, batch: &[ImportedUser]) -> Result<Identities, Error> {
        let mut ids = Identities { folded: HashMap::new(), names: HashMap::new(), emails: HashMap::new() };
        for row in import_rows::folded_identities(db, batch)? {
            if row.imported {
                ids.folded.insert(row.username, (row.folded_username, row.folded_email));
            } else {
                ids.add(&row.username, row.folded_username, row.folded_email);
            }
        }
        Ok(ids)
    }

    fn add(&mut self, name: &str, folded_name: String, folded_email: String) {
        let holders = self.names.entry(folded_name).or_default();
        if !holders.iter().any(|holder| holder == name) {
            holders.push(name.to_string());
        }
        if !folded_email.is_empty() {
            let holders = self.emails.entry(folded_email).or_default();
            if !holders.iter().any(|holder| holder == name) {
                holders.push(name.to_string());
            }
        }
    }

    fn folded(&self, name: &str, email: &str) -> (String, String) {
        // Every source row was folded; the fallback only keeps a surprise from panicking.
        self.folded.get(name).cloned().unwrap_or_else(|| (name.to_lowercase(), email.to_lowercase()))
    }

    /// Whether another account than `name` holds `folded_email`.
    fn email_taken(&self, name: &str, folded_email: &str) -> bool {
        !folded_email.is_empty()
            && self.emails.get(folded_email).is_some_and(|holders| holders.iter().any(|holder| holder != name))
    }

    /// For a new user: false if its name (ignoring case) or its email is another account's;
    /// otherwise records that it now holds both.
    fn claim(&mut self, name: &str, email: &str) -> bool {
        let (folded_name, folded_email) = self.folded(name, email);
        let name_taken = self.names.get(&folded_name).is_some_and(|holders| holders.iter().any(|h| h != name));
        if name_taken || self.email_taken(name, &folded_email) {
            return false;
        }
        self.add(name, folded_name, folded_email);
        true
    }

    /// For an update of the account `name`: false if its new email is another account's.
    fn claim_email(&mut self, name: &str, email: &str) -> bool {
        let (folded_name, folded_email) = self.folded(name, email);
        if self.email_taken(name, &folded_email) {
            return false;
        }
        self.add(name, folded_name, folded_email);
        true
    }
}

/// Importing a database into itself would only "update" every user with its own values.
fn refuse_same_file(target: &Path, source: &Path) -> Result<(), Error> {
    let same = match (std::fs::canonicalize(target), std::fs::canonicalize(source)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(Error::Usage(format!("{} is the database being imported into", source.display())));
    }
    Ok(())
}

/// The Django database an import reads, opened and checked before the target is opened (or
/// made), as `apply` reads its file first: a source that is missing or not Django's leaves no
/// new database behind.
pub struct Source {
    path: PathBuf,
    users: DjangoSource,
}

impl Source {
    /// The source, refused whole rather than half-copied when Django's unique usernames are not.
    pub fn open(path: &Path) -> Result<Source, Error> {
        let users = DjangoSource::open(path)?;
        if let Some(name) = users.repeated_username()? {
            return Err(Error::Database(format!(
                "{}: username `{}` appears more than once in the user table, which Django keeps unique; nothing was \
                 imported",
                path.display(),
                shown(&name)
            )));
        }
        Ok(Source { path: path.to_path_buf(), users })
    }
}
