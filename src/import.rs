//! `import django`: copy the users of another Django database into this one, their hashes as
//! they are (no re-hashing: users keep their passwords, and Django's formats all verify here).
//!
//! One transaction, prepared statements and one pass over the source: 100,000 users take well
//! under a second, and an interrupted import leaves the target as it was.

use crate::Error;
use crate::accounts;
use crate::config::Settings;
use crate::hashers;
use crate::store::db::{Db, Value};
use crate::store::{Store, audit as audit_rows, tokens as token_rows};
use crate::time::parse_django_text;
use jiff::Timestamp;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

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

/// Django's `auth_user` columns copied, in this order; the id is the target's own.
const COLUMNS: &str =
    "username, password, last_login, is_superuser, last_name, email, is_staff, is_active, date_joined, first_name";
/// Indexes of the columns in [`COLUMNS`].
const USERNAME: usize = 0;
const PASSWORD: usize = 1;
const LAST_LOGIN: usize = 2;
const IS_SUPERUSER: usize = 3;
const LAST_NAME: usize = 4;
const EMAIL: usize = 5;
const IS_STAFF: usize = 6;
const IS_ACTIVE: usize = 7;
const DATE_JOINED: usize = 8;
const FIRST_NAME: usize = 9;
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
/// is called after every [`BATCH`] users and at the end.
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
    source: &Path,
    on_duplicate: OnDuplicate,
    settings: &Settings,
    now: Timestamp,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Report, Error> {
    if let Some(target) = store.file() {
        refuse_same_file(target, source)?;
    }
    let src = open_source(source)?;
    let total: i64 = src.query_row("SELECT count(*) FROM auth_user", [], |row| row.get(0))?;
    let total = usize::try_from(total).unwrap_or_default();
    let source_name = source.display().to_string();
    let policy = Policy {
        on_duplicate,
        case_insensitive: settings.case_insensitive_identity,
        logout_on_password_change: settings.logout_on_password_change,
        now,
        source: &source_name,
        verifiable: settings.hashers.algorithms(),
    };
    // The source is read inside the transaction, so a retried transaction reads it again whole.
    store.write(|db| {
        let mut select = src.prepare(&format!("SELECT {COLUMNS} FROM auth_user ORDER BY id"))?;
        let mut rows = select.query([])?;
        let mut report = Report::default();
        // The first row Django's validators refuse, and how many they refuse in all.
        let mut refused: Option<(String, usize)> = None;
        let mut batch: Vec<Vec<Value>> = Vec::with_capacity(BATCH);
        let mut done = 0;
        loop {
            let row = rows.next()?;
            if let Some(row) = row {
                let values: Vec<Value> =
                    (0..10).map(|i| source_value(row.get_ref(i)?)).collect::<Result<_, Error>>()?;
                check_row(&values).map_err(|problem| {
                    Error::Database(format!("{}: {}; nothing was imported", source.display(), about(&values, &problem)))
                })?;
                match (django_refuses(&values), &mut refused) {
                    (None, None) => batch.push(values),
                    (None, Some(_)) => {}
                    (Some(problem), None) => {
                        // Nothing will be kept now: the rest is only read, to be counted.
                        batch.clear();
                        refused = Some((about(&values, &problem), 1));
                    }
                    (Some(_), Some((_, count))) => *count += 1,
                }
            }
            if batch.len() == BATCH || (row.is_none() && !batch.is_empty()) {
                done += batch.len();
                copy_batch(db, std::mem::take(&mut batch), &policy, &mut report)?;
                progress(done, total);
            }
            if row.is_none() {
                break;
            }
        }
        if let Some((first, count)) = refused {
            return Err(refused_rows(source, &first, count));
        }
        if done == 0 {
            progress(0, total);
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
    })
}

/// The text of a column [`import_django`] checked is text.
fn text(values: &[Value], index: usize) -> &str {
    match &values[index] {
        Value::Text(text) => text,
        _ => "",
    }
}

/// What is wrong with a source row, naming its user.
fn about(values: &[Value], problem: &str) -> String {
    format!("user `{}`: {problem}", shown(text(values, USERNAME)))
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
fn django_refuses(values: &[Value]) -> Option<String> {
    let email = text(values, EMAIL);
    let checks = [
        accounts::check_username(text(values, USERNAME)),
        accounts::check_email(email).map_err(|_| {
            Error::Input(format!("its email `{}` is not an address Django's EmailField accepts", shown(email)))
        }),
        accounts::check_name("first name", text(values, FIRST_NAME)),
        accounts::check_name("last name", text(values, LAST_NAME)),
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

/// Refuses a value Django would not have written (a boolean as text, a date that does not parse):
/// copied as it is, it would break every later read of the user (`user list`, `export`).
fn check_row(values: &[Value]) -> Result<(), String> {
    for (index, column) in [(IS_SUPERUSER, "is_superuser"), (IS_STAFF, "is_staff"), (IS_ACTIVE, "is_active")] {
        if !matches!(values[index], Value::Int(0 | 1)) {
            return Err(format!("`{column}` holds {}, not 0 or 1", described(&values[index])));
        }
    }
    for (index, column, nullable) in [(DATE_JOINED, "date_joined", false), (LAST_LOGIN, "last_login", true)] {
        match &values[index] {
            Value::Null if nullable => {}
            Value::Text(text) if parse_django_text(text).is_some() => {}
            other => return Err(format!("`{column}` holds {}, not a datetime", described(other))),
        }
    }
    let texts = [
        (USERNAME, "username"),
        (PASSWORD, "password"),
        (EMAIL, "email"),
        (FIRST_NAME, "first_name"),
        (LAST_NAME, "last_name"),
    ];
    for (index, column) in texts {
        if !matches!(values[index], Value::Text(_)) {
            return Err(format!("`{column}` holds {}, not text", described(&values[index])));
        }
    }
    Ok(())
}

/// A source value for a message. The password column is described only when it is not text,
/// so a password never is.
fn described(value: &Value) -> String {
    match value {
        Value::Text(text) => format!("text `{}`", shown(text)),
        Value::Int(n) => n.to_string(),
        _ => "NULL".into(),
    }
}

/// Notes a copied user whose usable password no configured hasher verifies: of a known format
/// missing from `password_hashers`, or of none authadm knows.
fn note_unverifiable(report: &mut Report, policy: &Policy, values: &[Value]) {
    let password = text(values, PASSWORD);
    let algorithm = hashers::algorithm_name(password);
    if !hashers::is_usable(password) || policy.verifiable.contains(&algorithm) {
        return;
    }
    if algorithm == "unknown" {
        report.unrecognised.push(text(values, USERNAME).to_string());
    } else {
        *report.unverifiable.entry(algorithm.to_string()).or_default() += 1;
    }
}

/// A target user with the source's username: its id, and its values of [`COLUMNS`].
struct Existing {
    id: i64,
    values: Vec<Value>,
}

impl Existing {
    /// Whether the user already has the source's values, compared as values, not as each
    /// engine keeps them: booleans as integers (SQLite) or `boolean` (PostgreSQL), datetimes as
    /// Django's text or `timestamptz`.
    fn holds(&self, source: &[Value]) -> bool {
        let comparable = |column: usize, value: &Value| match value {
            Value::Bool(flag) => Value::Int(i64::from(*flag)),
            Value::Text(text) if column == DATE_JOINED || column == LAST_LOGIN => {
                parse_django_text(text).map_or_else(|| value.clone(), Value::Time)
            }
            other => other.clone(),
        };
        self.values
            .iter()
            .zip(source)
            .enumerate()
            .all(|(column, (a, b))| comparable(column, a) == comparable(column, b))
    }
}

/// Inserts the batch's new usernames in one statement; skips or updates the others, and leaves
/// out the conflicts of `case_insensitive_identity`.
fn copy_batch(db: &Db, batch: Vec<Vec<Value>>, policy: &Policy, report: &mut Report) -> Result<(), Error> {
    let names: Vec<Value> = batch.iter().map(|values| values[USERNAME].clone()).collect();
    let lookup = format!("SELECT id, {COLUMNS} FROM auth_user WHERE username IN ({})", placeholders(1, names.len()));
    let existing: HashMap<String, Existing> = db
        .query(&lookup, &names)?
        .into_iter()
        .map(|row| {
            let (id, name) = (row.int(0)?, row.text(1 + USERNAME)?);
            Ok((name, Existing { id, values: row.into_values().split_off(1) }))
        })
        .collect::<Result<_, Error>>()?;
    let mut identities = if policy.case_insensitive { Some(Identities::load(db, &batch)?) } else { None };
    let mut new = Vec::new();
    let mut old = Vec::new();
    for values in batch {
        let name = text(&values, USERNAME);
        if let Some(found) = existing.get(name) {
            if policy.on_duplicate == OnDuplicate::Skip {
                report.skipped += 1;
            } else if found.holds(&values) {
                report.unchanged += 1;
            } else if identities.as_mut().is_some_and(|ids| !ids.claim_email(name, text(&values, EMAIL))) {
                report.conflicts.push(name.to_string());
            } else {
                note_unverifiable(report, policy, &values);
                old.push((found, values));
            }
        } else if identities.as_mut().is_some_and(|ids| !ids.claim(name, text(&values, EMAIL))) {
            report.conflicts.push(name.to_string());
        } else {
            note_unverifiable(report, policy, &values);
            new.push(values);
        }
    }
    if !new.is_empty() {
        let groups: Vec<String> = (0..new.len()).map(|row| format!("({})", placeholders(row * 10 + 1, 10))).collect();
        let insert = format!("INSERT INTO auth_user ({COLUMNS}) VALUES {}", groups.join(", "));
        report.inserted += db.execute(&insert, &new.concat())?;
    }
    for (found, mut values) in old {
        let name = text(&values, USERNAME).to_string();
        let new_hash = values[PASSWORD] != found.values[PASSWORD];
        values[USERNAME] = Value::Int(found.id);
        db.execute(UPDATE, &values)?;
        report.updated += 1;
        // As `set-password`: a new hash logs the user out everywhere when the settings say so.
        let revoked = if new_hash && policy.logout_on_password_change {
            token_rows::revoke_all_of_user(db, found.id, policy.now)?
        } else {
            0
        };
        report.tokens_revoked += revoked;
        let password = if new_hash {
            format!("password replaced; {revoked} token(s) revoked")
        } else {
            "password unchanged".into()
        };
        let detail = format!("fields replaced from {}; {password}", policy.source);
        audit_rows::insert_event(db, policy.now, "user_updated_by_import", Some(&name), &detail)?;
    }
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
    fn load(db: &Db, batch: &[Vec<Value>]) -> Result<Identities, Error> {
        let rows: Vec<String> = (0..batch.len()).map(|row| format!("({})", placeholders(row * 2 + 1, 2))).collect();
        // One branch per index (`lower(username)`, `lower(email)`), so each lookup uses its own.
        let sql = format!(
            "WITH src (name, email) AS (VALUES {}) \
             SELECT 0, name, lower(name), lower(email) FROM src \
             UNION ALL SELECT 1, username, lower(username), lower(email) FROM auth_user \
             WHERE lower(username) IN (SELECT lower(name) FROM src) \
             UNION ALL SELECT 1, username, lower(username), lower(email) FROM auth_user \
             WHERE lower(email) IN (SELECT lower(email) FROM src WHERE email <> '')",
            rows.join(", ")
        );
        let params: Vec<Value> =
            batch.iter().flat_map(|values| [values[USERNAME].clone(), values[EMAIL].clone()]).collect();
        let mut ids = Identities { folded: HashMap::new(), names: HashMap::new(), emails: HashMap::new() };
        for row in db.query(&sql, &params)? {
            let (name, folded_name, folded_email) = (row.text(1)?, row.text(2)?, row.text(3)?);
            if row.int(0)? == 0 {
                ids.folded.insert(name, (folded_name, folded_email));
            } else {
                ids.add(&name, folded_name, folded_email);
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

const UPDATE: &str = "UPDATE auth_user SET password = ?2, last_login = ?3, is_superuser = ?4, last_name = ?5, \
                      email = ?6, is_staff = ?7, is_active = ?8, date_joined = ?9, first_name = ?10 WHERE id = ?1";

/// `?first, ?first+1, ...`, `count` of them.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("?{n}")).collect::<Vec<_>>().join(", ")
}

/// A source column as a store value; Django's SQLite columns hold integers and text only.
fn source_value(value: rusqlite::types::ValueRef) -> Result<Value, Error> {
    use rusqlite::types::ValueRef;
    Ok(match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(value) => Value::Int(value),
        ValueRef::Text(text) => Value::Text(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Real(_) | ValueRef::Blob(_) => {
            return Err(Error::Database(
                "the source's auth_user holds a number or binary data where Django keeps text".into(),
            ));
        }
    })
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

/// Read-only, never created: the source is someone else's database.
fn open_source(source: &Path) -> Result<Connection, Error> {
    if !source.is_file() {
        return Err(Error::Database(format!("cannot open {}: no such file", source.display())));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(source, flags).map_err(|err| {
        Error::Database(format!("cannot open {}: {}", source.display(), crate::store::sqlite::describe(&err)))
    })?;
    // Probing the columns up front turns a foreign file into one clear message.
    conn.prepare(&format!("SELECT {COLUMNS} FROM auth_user LIMIT 0")).map_err(|err| {
        Error::Database(format!(
            "{} is not a Django database with a usable auth_user table ({})",
            source.display(),
            crate::store::sqlite::describe(&err)
        ))
    })?;
    // Django's auth_user keeps usernames unique; a file without that rule is refused whole
    // rather than half-copied.
    let twice: Option<String> = conn
        .query_row("SELECT username FROM auth_user GROUP BY username HAVING count(*) > 1 LIMIT 1", [], |row| row.get(0))
        .optional()?;
    if let Some(name) = twice {
        return Err(Error::Database(format!(
            "{}: username `{}` appears more than once in auth_user, which Django keeps unique; nothing was imported",
            source.display(),
            shown(&name)
        )));
    }
    Ok(conn)
}
