//! Where the password comes from, in libpq's order after the URL: authadm's `password_file`,
//! `PGPASSWORD`, then the passfile (`passfile=`, `PGPASSFILE` or `~/.pgpass`) with its
//! wildcards and backslash escapes.

use super::environment::{Environment, Target, env_var};
use super::messages::io_reason;
use crate::Error;
use crate::secret::Secret;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// A password, or why the passfile that might have held one was skipped (for the error message).
#[derive(Default)]
pub(super) struct FoundPassword {
    pub(super) password: Option<Secret>,
    pub(super) note: Option<String>,
}

pub(super) fn find_password(
    url_password: Option<Secret>,
    password_file: Option<&Path>,
    target: &Target,
    env: &dyn Environment,
) -> Result<FoundPassword, Error> {
    if let Some(password) = url_password {
        return Ok(FoundPassword { password: Some(password), note: None });
    }
    if let Some(path) = password_file {
        return Ok(FoundPassword { password: Some(read_password_file(path)?), note: None });
    }
    if let Some(password) = env_var(env, "PGPASSWORD") {
        return Ok(FoundPassword { password: Some(Secret::new(password)), note: None });
    }
    Ok(target.passfile.as_deref().map(|path| read_passfile(path, target)).unwrap_or_default())
}

fn read_password_file(path: &Path) -> Result<Secret, Error> {
    let text = std::fs::read_to_string(path).map_err(|err| {
        Error::Database(format!("cannot read the PostgreSQL password_file {}: {}", path.display(), io_reason(&err)))
    })?;
    let line = text.split('\n').next().unwrap_or_default();
    Ok(Secret::new(line.strip_suffix('\r').unwrap_or(line).to_string()))
}

/// libpq skips a passfile that is missing, not a plain file, or open to group or others; the
/// last two leave a note, since "password authentication failed" alone would not explain it.
fn read_passfile(path: &Path, target: &Target) -> FoundPassword {
    let skipped =
        |why: &str| FoundPassword { password: None, note: Some(format!("{} was ignored: {why}", path.display())) };
    let Ok(meta) = std::fs::metadata(path) else { return FoundPassword::default() };
    if !meta.is_file() {
        return skipped("it is not a plain file");
    }
    if meta.permissions().mode() & 0o077 != 0 {
        return skipped("group or others can read it; chmod 600 it, as libpq requires");
    }
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let port = target.port.to_string();
            let wanted = [target.passfile_host(), port.as_str(), target.dbname.as_str(), target.user.as_str()];
            FoundPassword { password: passfile_lookup(&text, wanted).map(Secret::new), note: None }
        }
        Err(err) => skipped(&io_reason(&err)),
    }
}

/// The first line of a `.pgpass` matching host, port, database and user, as libpq's
/// `passwordFromFile`: `*` alone is a wildcard, `\` escapes the next character, `#` starts a comment.
fn passfile_lookup(text: &str, wanted: [&str; 4]) -> Option<String> {
    text.lines().map(|line| line.strip_suffix('\r').unwrap_or(line)).filter(|line| !line.starts_with('#')).find_map(
        |line| {
            let rest = wanted.iter().try_fold(line, |rest, field| match_passfile_field(rest, field))?;
            Some(password_field(rest))
        },
    )
}

/// The rest of the line after `field` and its `:`, if the line's next field matches `wanted`.
fn match_passfile_field<'a>(line: &'a str, wanted: &str) -> Option<&'a str> {
    if let Some(rest) = line.strip_prefix("*:") {
        return Some(rest);
    }
    let mut wanted = wanted.chars();
    let mut chars = line.char_indices();
    while let Some((at, c)) = chars.next() {
        let (c, escaped) = match c {
            '\\' => match chars.next() {
                Some((_, next)) => (next, true),
                None => return None,
            },
            _ => (c, false),
        };
        if c == ':' && !escaped {
            return wanted.next().is_none().then(|| &line[at + 1..]);
        }
        if wanted.next() != Some(c) {
            return None;
        }
    }
    None
}

/// The password: up to the first unescaped `:`, `\` escaping the next character except at the
/// end of the line, where libpq keeps it.
fn password_field(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ':' => break,
            '\\' if chars.peek().is_some() => out.extend(chars.next()),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::pg_connect::tests::{FakeEnv, env, message, temp_file};
    use crate::store::pg_connect::url::parse_url;

    #[test]
    fn passfile_matching_follows_libpq() {
        let text = "# comment\n\
                    other:5432:app:alice:wrong\n\
                    db\\:1:5432:app:alice:escaped-host\n\
                    localhost:*:*:alice:wild\\:card\\\\x\n\
                    *:5432:app:*:catch:all\n";
        assert_eq!(passfile_lookup(text, ["db:1", "5432", "app", "alice"]).as_deref(), Some("escaped-host"));
        assert_eq!(passfile_lookup(text, ["localhost", "6000", "x", "alice"]).as_deref(), Some("wild:card\\x"));
        assert_eq!(passfile_lookup(text, ["h", "5432", "app", "bob"]).as_deref(), Some("catch"));
        assert_eq!(passfile_lookup(text, ["h", "5433", "app", "bob"]), None);
        // A literal `\*` is a star, not a wildcard; a prefix is not a match.
        assert_eq!(passfile_lookup("\\*:*:*:*:star\n", ["h", "1", "d", "u"]), None);
        assert_eq!(passfile_lookup("\\*:*:*:*:star\n", ["*", "1", "d", "u"]).as_deref(), Some("star"));
        assert_eq!(passfile_lookup("hos:*:*:*:p\n", ["host", "1", "d", "u"]), None);
        assert_eq!(passfile_lookup("host:*:*\n", ["host", "1", "d", "u"]), None);
        assert_eq!(passfile_lookup("h:1:d:u:crlf\r\n", ["h", "1", "d", "u"]).as_deref(), Some("crlf"));
        // The password ends at an unescaped `:`; a final lone `\` stays, as in libpq.
        assert_eq!(passfile_lookup("h:1:d:u:ends\\\n", ["h", "1", "d", "u"]).as_deref(), Some("ends\\"));
    }

    fn found(
        url: &str,
        password_file: Option<&Path>,
        env: &FakeEnv,
    ) -> Result<(Option<String>, Option<String>), Error> {
        let (options, url_password) = parse_url(url)?;
        let target = Target::resolve(&options, env)?;
        let found = find_password(url_password, password_file, &target, env)?;
        Ok((found.password.map(|secret| secret.expose().to_string()), found.note))
    }

    #[test]
    fn password_precedence() {
        let dir = tempfile::tempdir().unwrap();
        let pgpass = temp_file(&dir, "pgpass", "localhost:5432:app:u:from-pgpass\n", 0o600);
        let pwfile = temp_file(&dir, "pw", "from-file\r\nsecond line\n", 0o600);
        let pgpass_var = pgpass.display().to_string();
        let everything = env(&[("PGPASSWORD", "from-env"), ("PGPASSFILE", &pgpass_var)]);
        let got = |url: &str, file: Option<&Path>, env: &FakeEnv| found(url, file, env).unwrap().0;
        assert_eq!(got("postgres://u:from-url@localhost/app", Some(&pwfile), &everything).as_deref(), Some("from-url"));
        assert_eq!(got("postgres://u@localhost/app", Some(&pwfile), &everything).as_deref(), Some("from-file"));
        assert_eq!(got("postgres://u@localhost/app", None, &everything).as_deref(), Some("from-env"));
        let passfile_only = env(&[("PGPASSFILE", &pgpass_var)]);
        assert_eq!(got("postgres://u@localhost/app", None, &passfile_only).as_deref(), Some("from-pgpass"));
        // The default socket directory matches `localhost`; another one matches its path, as in libpq.
        let default_socket = "postgres://u@%2Fvar%2Frun%2Fpostgresql/app";
        assert_eq!(got(default_socket, None, &passfile_only).as_deref(), Some("from-pgpass"));
        assert_eq!(got("postgres://u@%2Ftmp/app", None, &passfile_only), None);
        let tmp_line = temp_file(&dir, "pgpass-tmp", "/tmp:5432:app:u:from-tmp-line\n", 0o600);
        let tmp_env = env(&[("PGPASSFILE", tmp_line.to_str().unwrap())]);
        assert_eq!(got("postgres://u@%2Ftmp/app", None, &tmp_env).as_deref(), Some("from-tmp-line"));
        // An empty password counts as none, so the next source is asked.
        let empty_env = env(&[("PGPASSWORD", ""), ("PGPASSFILE", &pgpass_var)]);
        assert_eq!(got("postgres://u:@localhost/app", None, &empty_env).as_deref(), Some("from-pgpass"));
        assert_eq!(got("postgres://u@localhost/app?password=", None, &empty_env).as_deref(), Some("from-pgpass"));
        assert_eq!(got("postgres://u@elsewhere/app", None, &passfile_only), None);
        let param = format!("postgres://u@localhost/app?passfile={pgpass_var}");
        assert_eq!(got(&param, None, &env(&[])).as_deref(), Some("from-pgpass"));
    }

    #[test]
    fn open_passfile_is_ignored_with_a_note() {
        let dir = tempfile::tempdir().unwrap();
        let pgpass = temp_file(&dir, "pgpass", "*:*:*:*:leaky\n", 0o644);
        let fake = env(&[("PGPASSFILE", &pgpass.display().to_string())]);
        let (password, note) = found("postgres://u@h/d", None, &fake).unwrap();
        assert_eq!(password, None);
        assert!(note.unwrap().contains("chmod 600"));
    }

    #[test]
    fn missing_password_file_is_an_error_naming_it() {
        let err = message(found("postgres://u@h/d", Some(Path::new("/nonexistent/pw")), &env(&[])).unwrap_err());
        assert!(err.contains("/nonexistent/pw") && err.contains("no such file"), "{err}");
    }
}
