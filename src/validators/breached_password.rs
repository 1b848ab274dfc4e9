//! authadm's `BreachedPasswordValidator`: refuses passwords found in an offline copy of
//! Have I Been Pwned's SHA-1 list (`HEX40:COUNT` lines sorted by hash). The file is tens of
//! gigabytes, so it is binary-searched by seeking, never read whole, and never kept open
//! between checks.

use std::cmp::Ordering;
use std::fmt::Write as _;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use sha1::{Digest, Sha1};

use super::{UserAttributes, Validator, Violation};

/// Below this many bytes, reading lines in order is cheaper than more seeks.
const LINEAR_SCAN_BYTES: u64 = 4096;
/// A line is 40 hex digits, a colon and a count; a longer one means the file is not such a
/// list, and reading it on would hold an unbounded line in memory.
const MAX_LINE_BYTES: u64 = 1024;

struct BreachedPassword {
    path: PathBuf,
    min_count: u64,
}

/// `path` (required) is relative to the settings file; a password seen `min_count` times or more
/// is refused.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct Options {
    path: Option<String>,
    min_count: i64,
}

impl Default for Options {
    fn default() -> Self {
        Options { path: None, min_count: 1 }
    }
}

pub(super) fn build(options: Options, base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    let path = base_dir.join(options.path.ok_or("`path` is required")?);
    let min_count =
        u64::try_from(options.min_count).ok().filter(|&n| n >= 1).ok_or("`min_count` must be at least 1")?;
    Ok(Box::new(BreachedPassword { path, min_count }))
}

impl Validator for BreachedPassword {
    fn validate(&self, password: &str, _user: Option<&UserAttributes>) -> Vec<Violation> {
        match self.breach_count(password) {
            Ok(Some(count)) if count >= self.min_count => vec![Violation::new(
                "password_breached",
                "This password has appeared in a data breach and must not be used.",
            )],
            Ok(_) => Vec::new(),
            // Fail closed: a list that vanished or is corrupt must not let every password through.
            Err(e) => vec![Violation::new(
                "password_breach_list_unreadable",
                format!("The breached password list could not be read: {e}."),
            )],
        }
    }

    fn help_text(&self) -> String {
        "Your password can’t be one that has appeared in a known data breach.".to_owned()
    }

    fn unreadable_file(&self) -> Option<String> {
        let problem = super::open_list(&self.path).err()?;
        Some(super::unreadable("path", &self.path, &problem))
    }
}

impl BreachedPassword {
    fn breach_count(&self, password: &str) -> io::Result<Option<u64>> {
        let file = super::open_list(&self.path)?;
        let len = file.metadata()?.len();
        HashFile { reader: BufReader::with_capacity(512, file), line: Vec::new() }.find(&sha1_upper_hex(password), len)
    }
}

fn sha1_upper_hex(password: &str) -> String {
    Sha1::digest(password.as_bytes()).iter().fold(String::with_capacity(40), |mut hex, byte| {
        let _ = write!(hex, "{byte:02X}");
        hex
    })
}

/// A sorted `HASH:COUNT` file being searched; `line` is the last line read.
struct HashFile<R> {
    reader: BufReader<R>,
    line: Vec<u8>,
}

impl<R: io::Read + Seek> HashFile<R> {
    /// The count of `target`, by bisecting on byte offsets: `lo` is always a line start and
    /// the line sought, if present, starts in `lo..hi`.
    fn find(&mut self, target: &str, len: u64) -> io::Result<Option<u64>> {
        let target = target.as_bytes();
        let (mut lo, mut hi) = (0, len);
        while lo < hi && hi - lo > LINEAR_SCAN_BYTES {
            let mid = lo + (hi - lo) / 2;
            let start = self.next_line_start(mid)?;
            if start >= hi {
                hi = mid;
                continue;
            }
            let next = self.read_line(start)?;
            match self.compare(target) {
                Ordering::Equal => return self.count().map(Some),
                Ordering::Less => lo = next,
                Ordering::Greater => hi = start,
            }
        }
        self.scan(target, lo, hi)
    }

    fn scan(&mut self, target: &[u8], mut pos: u64, hi: u64) -> io::Result<Option<u64>> {
        while pos < hi {
            pos = self.read_line(pos)?;
            match self.compare(target) {
                Ordering::Equal => return self.count().map(Some),
                Ordering::Greater => break,
                Ordering::Less => {}
            }
        }
        Ok(None)
    }

    /// The first line start at or after `pos`.
    fn next_line_start(&mut self, pos: u64) -> io::Result<u64> {
        if pos == 0 {
            return Ok(0);
        }
        self.read_line(pos - 1)
    }

    /// Reads the line at `pos` into `self.line`, without its terminator; returns where the
    /// next line starts.
    fn read_line(&mut self, pos: u64) -> io::Result<u64> {
        if self.reader.stream_position()? != pos {
            self.reader.seek(SeekFrom::Start(pos))?;
        }
        self.line.clear();
        let read = (&mut self.reader).take(MAX_LINE_BYTES).read_until(b'\n', &mut self.line)?;
        if read as u64 == MAX_LINE_BYTES && self.line.last() != Some(&b'\n') {
            let message = format!("a line is longer than {MAX_LINE_BYTES} bytes; it is not a HASH:COUNT list");
            return Err(io::Error::new(io::ErrorKind::InvalidData, message));
        }
        while matches!(self.line.last(), Some(b'\n' | b'\r')) {
            self.line.pop();
        }
        Ok(pos + read as u64)
    }

    /// How the current line's hash sorts against `target`; lower-case hex sorts the same.
    fn compare(&self, target: &[u8]) -> Ordering {
        let hash = self.line.split(|&b| b == b':').next().unwrap_or_default();
        hash.iter().map(u8::to_ascii_uppercase).cmp(target.iter().copied())
    }

    fn count(&self) -> io::Result<u64> {
        let count = self
            .line
            .splitn(2, |&b| b == b':')
            .nth(1)
            .and_then(|c| std::str::from_utf8(c).ok())
            .and_then(|c| c.trim().parse().ok());
        count.ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "a count is malformed"))
    }
}

#[cfg(test)]
mod tests {
    use std::fs::File;
    use std::io::{Cursor, Write};

    use super::*;

    /// A HIBP-style file body: the SHA-1 of each password with its count, sorted by hash.
    fn hibp_lines(entries: &[(String, u64)], newline: &str) -> String {
        let mut lines: Vec<String> =
            entries.iter().map(|(password, count)| format!("{}:{count}", sha1_upper_hex(password))).collect();
        lines.sort();
        lines.iter().map(|l| format!("{l}{newline}")).collect()
    }

    fn lookup(body: &str, password: &str) -> Option<u64> {
        HashFile { reader: BufReader::with_capacity(64, Cursor::new(body.as_bytes())), line: Vec::new() }
            .find(&sha1_upper_hex(password), body.len() as u64)
            .unwrap()
    }

    #[test]
    fn sha1_is_upper_hex() {
        assert_eq!(sha1_upper_hex("password"), "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8");
    }

    #[test]
    fn bisection_finds_every_line_and_nothing_else() {
        let entries: Vec<(String, u64)> = (0..5000).map(|i| (format!("pw{i}"), i + 1)).collect();
        for newline in ["\n", "\r\n"] {
            let body = hibp_lines(&entries, newline);
            for (password, count) in &entries {
                assert_eq!(lookup(&body, password), Some(*count), "{password}");
            }
            for i in 5000..5200 {
                assert_eq!(lookup(&body, &format!("pw{i}")), None);
            }
        }
        let body = hibp_lines(&entries, "\n");
        let unterminated = body.trim_end();
        let last = entries.iter().max_by_key(|(p, _)| sha1_upper_hex(p)).unwrap();
        assert_eq!(lookup(unterminated, &last.0), Some(last.1));
        assert_eq!(lookup("", "pw0"), None);
    }

    fn validator(body: &str, options: &str) -> (tempfile::TempDir, Box<dyn Validator>) {
        let dir = tempfile::tempdir().unwrap();
        let mut file = File::create(dir.path().join("pwned.txt")).unwrap();
        file.write_all(body.as_bytes()).unwrap();
        let table: toml::Table = toml::from_str(&format!("path = \"pwned.txt\"\n{options}")).unwrap();
        let built = super::super::build("breached_password", &table, dir.path()).unwrap();
        (dir, built.component)
    }

    fn codes(validator: &dyn Validator, password: &str) -> Vec<String> {
        validator.validate(password, None).into_iter().map(|v| v.code).collect()
    }

    #[test]
    fn listed_password_is_refused() {
        let body = hibp_lines(&[("hunter2".into(), 3), ("letmein".into(), 1)], "\r\n");
        let (_dir, v) = validator(&body, "");
        assert_eq!(codes(v.as_ref(), "hunter2"), ["password_breached"]);
        assert_eq!(codes(v.as_ref(), "letmein"), ["password_breached"]);
        assert!(codes(v.as_ref(), "Hunter2").is_empty());
    }

    #[test]
    fn min_count_spares_rare_passwords() {
        let body = hibp_lines(&[("hunter2".into(), 3), ("letmein".into(), 1)], "\n");
        let (_dir, v) = validator(&body, "min_count = 3");
        assert_eq!(codes(v.as_ref(), "hunter2"), ["password_breached"]);
        assert!(codes(v.as_ref(), "letmein").is_empty());
    }

    #[test]
    fn vanished_file_fails_closed() {
        let (dir, v) = validator(&hibp_lines(&[], "\n"), "");
        std::fs::remove_file(dir.path().join("pwned.txt")).unwrap();
        assert_eq!(codes(v.as_ref(), "anything"), ["password_breach_list_unreadable"]);
    }

    /// A device reads as empty to a search, so every password would pass: refused, failing closed.
    #[test]
    fn a_device_is_refused() {
        let table: toml::Table = toml::from_str("path = \"/dev/zero\"").unwrap();
        let validator = super::super::build("breached_password", &table, Path::new(".")).unwrap().component;
        assert!(
            validator
                .unreadable_file()
                .unwrap()
                .contains("`/dev/zero`, which cannot be read: it is not a regular file")
        );
        assert_eq!(codes(validator.as_ref(), "anything"), ["password_breach_list_unreadable"]);
    }

    #[test]
    fn a_line_without_end_is_not_read_whole() {
        let (_dir, v) = validator(&"F".repeat(1 << 20), "");
        let violations = v.validate("anything", None);
        assert_eq!(violations[0].code, "password_breach_list_unreadable");
        assert!(violations[0].message.contains("longer than 1024 bytes"), "{violations:?}");
    }

    #[test]
    fn an_absent_path_is_a_config_error_and_a_missing_file_is_reported() {
        let empty = toml::Table::new();
        assert!(super::super::build("breached_password", &empty, Path::new(".")).is_err());
        let table: toml::Table = toml::from_str("path = \"no/such/file\"").unwrap();
        let validator = super::super::build("breached_password", &table, Path::new(".")).unwrap().component;
        assert!(validator.unreadable_file().unwrap().contains("no/such/file"));
        assert_eq!(codes(validator.as_ref(), "anything"), ["password_breach_list_unreadable"]);
    }
}
