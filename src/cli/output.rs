//! The one place that prints: JSON documents on stdout, tables and lines for people, errors and
//! notes on stderr. Every text for people passes [`visible`] on its way out (a username is
//! anybody's text); JSON goes out exact.

use super::ColorChoice;
use super::escape::visible;
use crate::mfa::{App, Factor};
use crate::store::db::Value;
use crate::store::users::User;
use crate::time::{relative, rfc3339};
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;
use std::borrow::Cow;
use std::io::IsTerminal;
use unicode_width::UnicodeWidthStr;

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

    /// A JSON document `{"<field>": [...]}` on stdout written item by item as a command reads
    /// them, so a listing of many thousands of rows is never whole in memory.
    pub fn json_list(&self, field: &str) -> JsonList {
        let mut list = JsonList { out: std::io::BufWriter::new(std::io::stdout().lock()), items: 0, ok: true };
        list.write(&format!("{{\n  {}: [", serde_json::to_string(field).expect("JSON of a string")));
        list
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

    /// A table for people: fitted to the terminal's width by comfy-table on a terminal; into a
    /// pipe or file (where comfy-table wraps nothing) the same bytes from [`plain_table`], which
    /// writes as it goes instead of building a cell per value and the whole text (benches/run.sh
    /// figure 5: 60,000 `lockout status` rows took 1.4 s and 155 MB through comfy-table).
    pub fn table(&self, header: &[&str], rows: Vec<Vec<String>>) {
        let rows: Vec<Vec<Cow<str>>> = rows.iter().map(|row| row.iter().map(|cell| visible(cell)).collect()).collect();
        if !std::io::stdout().is_terminal() {
            use std::io::Write;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let _ = plain_table(&mut out, header, &rows).and_then(|()| out.flush());
            return;
        }
        stdout_line(&comfy_table(header, &rows, ContentArrangement::Dynamic).to_string());
    }
}

/// See [`Output::json_list`]. Byte for byte what [`Output::print_json`] writes for the whole
/// document: serde_json's pretty form, each item indented one level deeper (its line breaks are
/// all structure: JSON strings hold theirs escaped). A command that fails halfway leaves the
/// document unfinished, so no reader takes it for the whole answer.
pub struct JsonList {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    items: usize,
    /// False once stdout is gone (`| head`): nothing more is written, and that is no error.
    ok: bool,
}

impl JsonList {
    pub fn push<T: Serialize>(&mut self, item: &T) {
        let item = serde_json::to_string_pretty(item).expect("JSON of plain data").replace('\n', "\n    ");
        let separator = if self.items == 0 { "" } else { "," };
        self.items += 1;
        self.write(&format!("{separator}\n    {item}"));
    }

    pub fn finish(mut self) {
        self.write(if self.items == 0 { "]\n}\n" } else { "\n  ]\n}\n" });
        if self.ok {
            use std::io::Write;
            let _ = self.out.flush();
        }
    }

    fn write(&mut self, text: &str) {
        use std::io::Write;
        self.ok = self.ok && self.out.write_all(text.as_bytes()).is_ok();
    }
}

fn comfy_table(header: &[&str], rows: &[Vec<Cow<str>>], arrangement: ContentArrangement) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED).set_content_arrangement(arrangement);
    table.set_header(header.iter().copied());
    for row in rows {
        table.add_row(row.iter().map(AsRef::<str>::as_ref));
    }
    table
}

/// comfy-table's `UTF8_FULL_CONDENSED` table as it writes it when not on a terminal (nothing
/// wrapped; each column as wide as its widest cell by `unicode-width`, one space either side),
/// followed by a line break. The cells must be [`visible`] already: no line breaks in them.
fn plain_table(out: &mut impl std::io::Write, header: &[&str], rows: &[Vec<Cow<str>>]) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|cell| width(cell)).collect();
    for row in rows {
        for (column, cell) in widths.iter_mut().zip(row) {
            *column = (*column).max(width(cell));
        }
    }
    let border = |out: &mut dyn std::io::Write, [left, fill, cross, right]: [&str; 4]| {
        let parts: Vec<String> = widths.iter().map(|width| fill.repeat(width + 2)).collect();
        writeln!(out, "{left}{}{right}", parts.join(cross))
    };
    let line = |out: &mut dyn std::io::Write, cells: &mut dyn Iterator<Item = &str>| {
        out.write_all("│".as_bytes())?;
        for (index, (cell, width)) in cells.zip(&widths).enumerate() {
            let separator = if index + 1 == widths.len() { "│" } else { "┆" };
            write!(out, " {cell}{:pad$} {separator}", "", pad = width - self::width(cell))?;
        }
        out.write_all(b"\n")
    };
    border(out, ["┌", "─", "┬", "┐"])?;
    line(out, &mut header.iter().copied())?;
    border(out, ["╞", "═", "╪", "╡"])?;
    for row in rows {
        line(out, &mut row.iter().map(AsRef::as_ref))?;
    }
    border(out, ["└", "─", "┴", "┘"])
}

/// A [`visible`] cell's width in columns: its length when ASCII (nothing else to look up).
fn width(cell: &str) -> usize {
    if cell.is_ascii() { cell.len() } else { cell.width() }
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
    /// allauth.mfa's authenticators and django-otp's devices (`[]` without those apps).
    second_factors: Vec<SecondFactorJson>,
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
        factors: &[Factor],
        emails: Option<&[crate::store::allauth_emails::Address]>,
    ) -> Self {
        let fields = fields.iter().map(|(name, value)| (name.clone(), json_value(value))).collect();
        let second_factors = factors.iter().map(SecondFactorJson::from).collect();
        let emails = emails.map(|found| found.iter().map(AddressJson::from).collect());
        ShownUserJson { user: UserJson::from(user), groups, fields, second_factors, emails }
    }
}

/// A second factor in `mfa list --json` and `user show --json`: never a secret or token.
#[derive(Serialize)]
pub struct SecondFactorJson {
    user: String,
    app: App,
    kind: String,
    id: i64,
    name: Option<String>,
    confirmed: bool,
    /// Whether the site's login asks for a code because of it.
    required_at_login: bool,
    created: Option<String>,
    last_used: Option<String>,
}

impl From<&Factor> for SecondFactorJson {
    fn from(f: &Factor) -> Self {
        SecondFactorJson {
            user: f.username.clone(),
            app: f.app,
            kind: f.kind.clone(),
            id: f.id,
            name: f.name.clone(),
            confirmed: f.confirmed,
            required_at_login: f.required_at_login(),
            created: f.created.map(rfc3339),
            last_used: f.last_used.map(rfc3339),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_table_is_what_comfy_table_writes_off_a_terminal() {
        let header = ["user", "ip", "failures"];
        let cases: [&[[&str; 3]]; 2] = [
            &[],
            &[["日本語", "", "1"], ["émile\\x1b", "2001:db8::1", "100"], ["e\u{301}x", "-", ""], ["a", "b", "c"]],
        ];
        for rows in cases {
            let rows: Vec<Vec<Cow<str>>> = rows.iter().map(|row| row.iter().map(|c| Cow::from(*c)).collect()).collect();
            let mut comfy = comfy_table(&header, &rows, ContentArrangement::Dynamic);
            comfy.force_no_tty();
            let mut plain = Vec::new();
            plain_table(&mut plain, &header, &rows).unwrap();
            assert_eq!(String::from_utf8(plain).unwrap(), comfy.to_string() + "\n");
        }
    }
}
