//! Django's `CommonPasswordValidator`, with Django's own list embedded so that verdicts match
//! Django's without shipping a data file next to the binary.

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use flate2::read::MultiGzDecoder;

use super::{UserAttributes, Validator, Violation, py_str};

/// `django/contrib/auth/common-passwords.txt.gz` of Django 5.2.19 (BSD-3-Clause), compiled by
/// Royce Williams from public breach corpora.
const DJANGO_LIST: &[u8] = include_bytes!("common-passwords.txt.gz");

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// The most a list file may hold, and a gzip'd one decompress to, so that a wrong path or a
/// planted file costs bounded time and memory: Django's own list is 0.2 MiB decompressed, and
/// 32 MiB is some three million passwords.
const MAX_LIST_BYTES: u64 = 32 << 20;

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

/// Django's own list (embedded) unless `password_list_path` names another, relative to the
/// settings file.
#[derive(serde::Deserialize, serde::Serialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct Options {
    password_list_path: Option<String>,
}

pub(super) fn build(options: Options, base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    let source = match options.password_list_path {
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

    /// The list is loaded here, once for the command, so a list that is too large, not gzip or
    /// not UTF-8 is reported as one that is missing is.
    fn unreadable_file(&self) -> Option<String> {
        let Source::File(path) = &self.source else { return None };
        let problem = self.passwords.get_or_init(|| self.load()).as_ref().err()?;
        Some(super::unreadable("password_list_path", path, problem))
    }
}

impl CommonPassword {
    fn load(&self) -> Result<HashSet<String>, String> {
        let raw: Cow<[u8]> = match &self.source {
            Source::Embedded => Cow::Borrowed(DJANGO_LIST),
            Source::File(path) => Cow::Owned(read_list(path)?),
        };
        let text = decode(&raw)?;
        Ok(universal_lines(&text).map(|line| py_str::strip(line).to_owned()).collect())
    }
}

/// A list file whole, refused unread when its size is over the limit (and read no further than
/// the limit should it grow meanwhile).
fn read_list(path: &Path) -> Result<Vec<u8>, String> {
    let file = super::open_list(path).map_err(|e| e.to_string())?;
    let size = file.metadata().map_err(|e| e.to_string())?.len();
    let raw = if size > MAX_LIST_BYTES { None } else { read_bounded(file).map_err(|e| e.to_string())? };
    raw.ok_or_else(|| too_large("it is"))
}

/// Django tries gzip first and falls back to plain text when the gzip magic is missing. A few
/// KiB of gzip can expand to gigabytes, so the decompressed size has the file's limit too.
fn decode(raw: &[u8]) -> Result<String, String> {
    let bytes = if raw.starts_with(&GZIP_MAGIC) {
        let out = read_bounded(MultiGzDecoder::new(raw)).map_err(|e| format!("bad gzip data: {e}"))?;
        Cow::Owned(out.ok_or_else(|| too_large("it decompresses to"))?)
    } else {
        Cow::Borrowed(raw)
    };
    String::from_utf8(bytes.into_owned()).map_err(|_| "it is not UTF-8".to_owned())
}

/// Everything `reader` holds, or `None` if that is more than [`MAX_LIST_BYTES`].
fn read_bounded(reader: impl Read) -> std::io::Result<Option<Vec<u8>>> {
    let mut out = Vec::new();
    reader.take(MAX_LIST_BYTES + 1).read_to_end(&mut out)?;
    Ok((out.len() as u64 <= MAX_LIST_BYTES).then_some(out))
}

/// The problem with a list of more than [`MAX_LIST_BYTES`]: what `it is` or `it decompresses to`.
fn too_large(what: &str) -> String {
    format!("{what} more than {MAX_LIST_BYTES} bytes (32 MiB), the most a password list may hold")
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

    fn from_file(path: &Path) -> CommonPassword {
        CommonPassword { source: Source::File(path.to_path_buf()), passwords: OnceLock::new() }
    }

    #[test]
    fn a_device_is_refused_unread() {
        for device in ["/dev/zero", "/dev/urandom"] {
            let problem = from_file(Path::new(device)).unreadable_file().expect("a device is no list");
            assert!(problem.contains(device) && problem.contains("not a regular file"), "{problem}");
        }
    }

    #[test]
    fn a_list_over_the_limit_is_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.txt");
        // Sparse: as large as it says, yet nothing on disk (and, refused unread, nothing in memory).
        std::fs::File::create(&path).unwrap().set_len(MAX_LIST_BYTES + 1).unwrap();
        let problem = from_file(&path).unreadable_file().expect("too large");
        assert!(problem.contains("huge.txt") && problem.contains("more than 33554432 bytes (32 MiB)"), "{problem}");
        std::fs::File::create(&path).unwrap().set_len(MAX_LIST_BYTES).unwrap();
        assert!(!from_file(&path).unreadable_file().unwrap_or_default().contains("more than"));
    }

    #[test]
    fn a_gzip_bomb_is_refused_at_the_limit() {
        use flate2::{Compression, write::GzEncoder};
        use std::io::Write;
        let mut gzip = GzEncoder::new(Vec::new(), Compression::best());
        let line = [b'a'; 1 << 20];
        for _ in 0..=MAX_LIST_BYTES >> 20 {
            gzip.write_all(&line).unwrap();
        }
        let bomb = gzip.finish().unwrap();
        assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
        assert_eq!(decode(&bomb), Err(too_large("it decompresses to")));
    }

    #[test]
    fn embedded_list_is_djangos() {
        let validator = CommonPassword { source: Source::Embedded, passwords: OnceLock::new() };
        assert_eq!(validator.load().map(|set| set.len()), Ok(19_640));
    }
}
