//! Django's `CommonPasswordValidator`, with Django's own list embedded so that verdicts match
//! Django's without shipping a data file next to the binary.

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use flate2::read::MultiGzDecoder;

use super::{Registration, UserAttributes, Validator, Violation, py_str};
use crate::config::Options;

pub(super) const REGISTRATION: Registration = Registration {
    short: "common_password",
    class: "CommonPasswordValidator",
    django: true,
    options: &["password_list_path"],
    build,
};

/// `django/contrib/auth/common-passwords.txt.gz` of Django 5.2.19 (BSD-3-Clause), compiled by
/// Royce Williams from public breach corpora.
const DJANGO_LIST: &[u8] = include_bytes!("common-passwords.txt.gz");

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

enum Source {
    Embedded,
    File(PathBuf),
}

struct CommonPassword {
    source: Source,
    /// Loaded on first use: building a configuration must stay cheap, and a command that
    /// validates no password should not pay for decompressing the list.
    passwords: OnceLock<Result<HashSet<String>, String>>,
}

fn build(options: &Options, base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    let source = match options.string("password_list_path")? {
        None => Source::Embedded,
        Some(path) => Source::File(base_dir.join(path)),
    };
    Ok(Box::new(CommonPassword { source, passwords: OnceLock::new() }))
}

impl Validator for CommonPassword {
    fn validate(&self, password: &str, _user: Option<&UserAttributes>) -> Vec<Violation> {
        match self.passwords.get_or_init(|| self.load()) {
            Ok(passwords) if passwords.contains(py_str::strip(&py_str::lower(password))) => {
                vec![Violation::new("password_too_common", "This password is too common.")]
            }
            Ok(_) => Vec::new(),
            // Fail closed: a list that is missing or corrupt must not let every password through.
            Err(e) => vec![Violation::new(
                "password_list_unreadable",
                format!("The common password list could not be read: {e}."),
            )],
        }
    }

    fn help_text(&self) -> String {
        "Your password can’t be a commonly used password.".to_owned()
    }

    fn unreadable_file(&self) -> Option<String> {
        match &self.source {
            Source::Embedded => None,
            Source::File(path) => super::unreadable(REGISTRATION.short, "password_list_path", path),
        }
    }
}

impl CommonPassword {
    fn load(&self) -> Result<HashSet<String>, String> {
        let raw: Cow<[u8]> = match &self.source {
            Source::Embedded => Cow::Borrowed(DJANGO_LIST),
            Source::File(path) => Cow::Owned(std::fs::read(path).map_err(|e| e.to_string())?),
        };
        let text = decode(&raw)?;
        Ok(universal_lines(&text).map(|line| py_str::strip(line).to_owned()).collect())
    }
}

/// Django tries gzip first and falls back to plain text when the gzip magic is missing.
fn decode(raw: &[u8]) -> Result<String, String> {
    let bytes = if raw.starts_with(&GZIP_MAGIC) {
        let mut out = Vec::new();
        MultiGzDecoder::new(raw).read_to_end(&mut out).map_err(|e| format!("bad gzip data: {e}"))?;
        Cow::Owned(out)
    } else {
        Cow::Borrowed(raw)
    };
    String::from_utf8(bytes.into_owned()).map_err(|_| "it is not UTF-8".to_owned())
}

/// Lines as Python's text mode reads them: `\n`, `\r` and `\r\n` all end a line, and a
/// final line without terminator counts only if non-empty.
fn universal_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..end];
        let terminator = if rest[end..].starts_with("\r\n") { 2 } else { usize::from(end < rest.len()) };
        rest = &rest[end + terminator..];
        Some(line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn universal_lines_split_like_python_text_mode() {
        let lines: Vec<&str> = universal_lines("a\r\nb\rc\n\nd").collect();
        assert_eq!(lines, ["a", "b", "c", "", "d"]);
        assert_eq!(universal_lines("a\n").count(), 1);
    }

    #[test]
    fn embedded_list_is_djangos() {
        let validator = CommonPassword { source: Source::Embedded, passwords: OnceLock::new() };
        assert_eq!(validator.load().map(|set| set.len()), Ok(19_640));
    }
}
