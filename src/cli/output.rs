//! The one place that prints: JSON documents on stdout, tables and lines for people, errors and
//! notes on stderr. Every text for people passes [`visible`] on its way out (a username is
//! anybody's text); JSON goes out exact.

use super::ColorChoice;
use super::escape::visible;
use crate::store::db::Value;
use crate::store::users::User;
use crate::time::{relative, rfc3339};
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;
use std::io::IsTerminal;

#[derive(Clone)]
pub struct Output {
    json: bool,
    quiet: bool,
    verbose: bool,
    /// Colour on stderr, the only place with any (the error label).
    color: bool,
}

impl Output {
    pub fn new(json: bool, quiet: bool, verbose: bool, color: ColorChoice) -> Self {
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
            }
        };
        Output { json, quiet, verbose, color }
    }

    pub fn json(&self) -> bool {
        self.json
    }

    /// Extra commentary (stderr) shown only with `--verbose`.
    pub fn detail(&self, text: &str) {
        if self.verbose {
            stderr_line!("{}", visible(text));
        }
    }

    pub fn print_json<T: Serialize + ?Sized>(&self, value: &T) {
        stdout_line(&serde_json::to_string_pretty(value).expect("JSON of plain data"));
    }

    /// The human answer of a command (stdout); `--quiet` keeps it.
    pub fn line(&self, text: &str) {
        stdout_line(&visible(text));
    }

    /// Commentary for people (stderr), dropped by `--quiet`.
    pub fn note(&self, text: &str) {
        if !self.quiet {
            stderr_line!("{}", visible(text));
        }
    }

    /// Something left out of the answer (a row that cannot be read): stderr even with
    /// `--quiet`, which quiets commentary, not news of missing data.
    pub fn warning(&self, text: &str) {
        stderr_line!("authadm: warning: {}", visible(text));
    }

    /// What the person answering a prompt needs to know (a mismatch, why a password was
    /// refused): stderr even with `--quiet`, which quiets commentary, not questions.
    pub fn prompt_text(&self, text: &str) {
        stderr_line!("{}", visible(text));
    }

    /// A CSV document on stdout (the one writer, [`super::csv`]: RFC 4180, formulas defused).
    pub fn csv(&self, header: &[&str], rows: &[Vec<String>]) {
        use std::io::Write;
        let _ = std::io::stdout().lock().write_all(super::csv::document(header, rows).as_bytes());
    }

    /// A counter for long operations on stderr (`\r`-rewritten), shown only on a terminal and
    /// never with `--json` or `--quiet`, so scripts and logs see only the result.
    pub fn progress(&self, what: &str, done: usize, total: usize) {
        if self.json || self.quiet || !std::io::stderr().is_terminal() {
            return;
        }
        eprint!("\r{done}/{total} {what}");
        if done >= total {
            stderr_line!();
        }
    }

    pub fn error(&self, text: &str) {
        let label = if self.color { "\x1b[1;31merror\x1b[0m" } else { "error" };
        stderr_line!("authadm: {label}: {}", visible(text));
    }

    /// The rows a removal deleted (or would delete), one `table: rows` line each.
    pub fn removal_counts(&self, counts: &[(String, usize)]) {
        for (table, rows) in counts {
            self.line(&format!("  {table}: {rows}"));
        }
    }

    pub fn table(&self, header: &[&str], rows: Vec<Vec<String>>) {
        let mut table = Table::new();
        table.load_style(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
        if !std::io::stdout().is_terminal() {
            table.force_no_tty();
        }
        table.set_header(header.iter().copied());
        for row in rows {
            table.add_row(row.iter().map(|cell| visible(cell)));
        }
        stdout_line(&table.to_string());
    }
}

/// `eprintln!` without its panic when stderr is gone.
macro_rules! stderr_line {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}
use stderr_line;

/// Writes one line to stdout. A reader that went away (`authadm user list | head`) is not an
/// error worth more than the output it missed: no panic, and the command's exit code stands.
fn stdout_line(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}").and_then(|()| stdout.flush());
}

/// The contract's user object.
#[derive(Serialize)]
pub struct UserJson {
    id: crate::store::user_model::UserId,
    username: String,
    email: String,
    first_name: String,
    last_name: String,
    is_active: bool,
    is_staff: bool,
    is_superuser: bool,
    /// `null` where the model has no `date_joined`.
    date_joined: Option<String>,
    last_login: Option<String>,
    email_verified: bool,
    has_usable_password: bool,
}

impl From<&User> for UserJson {
    fn from(user: &User) -> Self {
        UserJson {
            id: user.id,
            username: user.username.clone(),
            email: user.email.clone(),
            first_name: user.first_name.clone(),
            last_name: user.last_name.clone(),
            is_active: user.is_active,
            is_staff: user.is_staff,
            is_superuser: user.is_superuser,
            date_joined: user.date_joined.map(rfc3339),
            last_login: user.last_login.map(rfc3339),
            email_verified: user.email_verified,
            has_usable_password: crate::hashers::is_usable(user.password.encoded()),
        }
    }
}

/// One of a user's django-allauth addresses: `{"email", "verified", "primary"}`.
#[derive(Serialize)]
pub struct AddressJson {
    email: String,
    verified: bool,
    primary: bool,
}

impl From<&crate::store::allauth_emails::Address> for AddressJson {
    fn from(address: &crate::store::allauth_emails::Address) -> Self {
        AddressJson { email: address.email.clone(), verified: address.verified, primary: address.primary }
    }
}

/// `user show` and `user modify`: the user object, and the names of the user's groups, sorted.
#[derive(Serialize)]
pub struct ShownUserJson {
    #[serde(flatten)]
    user: UserJson,
    groups: Vec<String>,
    /// The model's extra columns (`{}` on Django's own `auth_user`), never the password.
    fields: serde_json::Map<String, serde_json::Value>,
    /// The user's django-allauth addresses, present only where the database has allauth's table.
    #[serde(skip_serializing_if = "Option::is_none")]
    emails: Option<Vec<AddressJson>>,
}

impl ShownUserJson {
    /// `emails`: the user's allauth addresses, `None` where the database has no allauth table.
    pub fn new(
        user: &User,
        groups: Vec<String>,
        fields: &[(String, Value)],
        emails: Option<&[crate::store::allauth_emails::Address]>,
    ) -> Self {
        let fields = fields.iter().map(|(name, value)| (name.clone(), json_value(value))).collect();
        let emails = emails.map(|found| found.iter().map(AddressJson::from).collect());
        ShownUserJson { user: UserJson::from(user), groups, fields, emails }
    }
}

/// A column's value as JSON: numbers, booleans and text as themselves, datetimes as RFC 3339.
fn json_value(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Int(n) => (*n).into(),
        Value::Bool(flag) => (*flag).into(),
        Value::Text(text) => text.clone().into(),
        Value::Time(time) => rfc3339(*time).into(),
        Value::Blob(bytes) => format!("<{} bytes>", bytes.len()).into(),
    }
}

/// `user remove --json`: the user object, what went with it (`{"table": rows}`), and whether it
/// was only a dry run.
#[derive(Serialize)]
pub struct RemovedJson {
    #[serde(flatten)]
    user: UserJson,
    deleted: serde_json::Map<String, serde_json::Value>,
    dry_run: bool,
}

impl RemovedJson {
    pub fn new(user: &User, deleted: &[(String, usize)], dry_run: bool) -> Self {
        let deleted = deleted.iter().map(|(table, rows)| (table.to_string(), (*rows).into())).collect();
        RemovedJson { user: UserJson::from(user), deleted, dry_run }
    }
}

/// `session list --json`: `{"sessions": [{"user", "expires", "key_prefix"}]}`.
#[derive(Serialize)]
pub struct SessionsJson {
    sessions: Vec<SessionJson>,
}

#[derive(Serialize)]
struct SessionJson {
    user: Option<String>,
    expires: Option<String>,
    key_prefix: String,
}

impl SessionsJson {
    pub fn new(listed: &[crate::sessions::SessionInfo]) -> Self {
        let sessions = listed
            .iter()
            .map(|s| SessionJson {
                user: s.user.clone(),
                expires: s.expires.map(rfc3339),
                key_prefix: s.key_prefix.clone(),
            })
            .collect();
        SessionsJson { sessions }
    }
}

pub fn yes_no(value: bool) -> String {
    if value { "yes".into() } else { "no".into() }
}

pub fn optional_time(value: Option<jiff::Timestamp>) -> String {
    value.map_or_else(|| "never".into(), rfc3339)
}

/// An absolute time with how long ago it was beside it, for people: `2026-11-23T09:25:11Z (3 minutes ago)`.
pub fn time_ago(value: jiff::Timestamp, now: jiff::Timestamp) -> String {
    format!("{} ({})", rfc3339(value), relative(value, now))
}

/// [`time_ago`], or `never`.
pub fn optional_time_ago(value: Option<jiff::Timestamp>, now: jiff::Timestamp) -> String {
    value.map_or_else(|| "never".into(), |value| time_ago(value, now))
}
