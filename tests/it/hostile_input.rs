//! Hostile input over every command: each case gets its documented exit code and one clear line
//! on stderr — never a panic (exit 101) or a backtrace — and leaves the database as it was.

use crate::common::{self, Sandbox};

struct Case {
    name: &'static str,
    args: &'static [&'static str],
    stdin: Vec<u8>,
    code: i32,
    /// A fragment the one stderr line must contain.
    says: &'static str,
}

fn case(name: &'static str, args: &'static [&'static str], stdin: &[u8], code: i32, says: &'static str) -> Case {
    Case { name, args, stdin: stdin.to_vec(), code, says }
}

fn one_mb() -> Vec<u8> {
    vec![b'p'; 1_000_000]
}

fn cases() -> Vec<Case> {
    vec![
        // Secrets on stdin.
        case("NUL in password", &["login-test", "alice", "--password-stdin"], b"pass\0word", 2, "NUL"),
        case("invalid UTF-8 password", &["login-test", "alice", "--password-stdin"], b"\xff\xfe", 2, "UTF-8"),
        case("invalid UTF-8 token", &["login-test", "alice", "--token-stdin"], b"\xc3\x28", 2, "UTF-8"),
        case("NUL in new password", &["set-password", "alice", "--password-stdin"], b"a\0", 2, "NUL"),
        case("1 MB login password", &["login-test", "alice", "--password-stdin", "--no-record"], &one_mb(), 1, ""),
        case("1 MB new password", &["set-password", "alice", "--password-stdin"], &one_mb(), 2, "longer than"),
        case("1 MB candidate", &["validate-password", "--password-stdin"], &one_mb(), 1, ""),
        case("5 MB stdin", &["login-test", "alice", "--password-stdin"], &vec![b'x'; 5 << 20], 2, "MiB"),
        case("empty login password", &["login-test", "alice", "--password-stdin", "--no-record"], b"", 1, ""),
        case("empty new password", &["set-password", "alice", "--password-stdin"], b"", 2, "blank passwords"),
        case("blank new password", &["set-password", "alice", "--password-stdin"], b"   \n", 2, "blank passwords"),
        case("no tty for password", &["set-password", "alice"], b"", 2, "--password-stdin"),
        case("no tty for login", &["login-test", "alice"], b"", 2, "--password-stdin"),
        case("no tty for remove", &["user", "remove", "alice"], b"", 2, "--yes"),
        case("--no-input", &["--no-input", "set-password", "alice"], b"", 2, "--no-input"),
        case("password as argument", &["set-password", "alice", "hunter2"], b"", 2, "unexpected argument"),
        // Names and identifiers.
        case("empty username", &["user", "add", "", "--no-password"], b"", 2, "must not be empty"),
        case("whitespace username", &["user", "add", "   ", "--no-password"], b"", 2, "may contain only"),
        case("username with space", &["user", "add", "a b", "--no-password"], b"", 2, "may contain only"),
        case("151-char username", &["user", "add", LONG_NAME, "--no-password"], b"", 2, "longer than 150"),
        case("SQL in lookup", &["user", "show", "x' OR '1'='1"], b"", 4, "no user named"),
        case("SQL in username", &["user", "add", "a';DROP TABLE auth_user;--", "--no-password"], b"", 2, "may contain"),
        case("SQL in login", &["login-test", "' OR 1=1 --", "--password-stdin", "--no-record"], b"x", 1, ""),
        case(
            "255-char login identifier",
            &["login-test", LONG_IDENTIFIER, "--password-stdin"],
            b"x",
            2,
            "longer than 254",
        ),
        case("LIKE wildcards", &["user", "list", "--search", "%_%"], b"", 0, ""),
        case("bad email", &["user", "add", "eve", "--email", "not an email", "--no-password"], b"", 2, "not a valid"),
        case("duplicate", &["user", "add", "alice", "--no-password"], b"", 5, "already exists"),
        case("NFKC duplicate", &["user", "add", "\u{FF41}lice", "--no-password"], b"", 5, "already exists"),
        case("unknown user remove", &["user", "remove", "ghost", "--yes"], b"", 4, "no user named"),
        case("bad ip", &["login-test", "alice", "--ip", "999.1.1.1", "--password-stdin"], b"x", 2, "invalid"),
        // Durations and numbers.
        case("negative expiry", &["token", "create", "alice", "--expires", "-5h"], b"", 2, "-5h"),
        case("absurd expiry", &["token", "create", "alice", "--expires", "99999999d"], b"", 2, "too long"),
        case("unitless expiry", &["token", "create", "alice", "--expires", "5"], b"", 2, "invalid duration"),
        case("token id not a number", &["token", "revoke", "abc"], b"", 2, "invalid"),
        case("unknown token id", &["token", "revoke", "0"], b"", 4, "no token"),
        case("negative token id", &["token", "revoke", "-1"], b"", 2, "unexpected argument"),
        // Flags.
        case("unknown flag", &["user", "list", "--colour"], b"", 2, "unexpected argument"),
        case("unknown command", &["usr", "list"], b"", 2, "unrecognized subcommand"),
        case(
            "conflicting flags",
            &["set-password", "alice", "--password-stdin", "--unusable"],
            b"",
            2,
            "cannot be used",
        ),
        case("bad color", &["--color", "sometimes", "user", "list"], b"", 2, "invalid value"),
        // Config files.
        case("config is a directory", &["--config", ".", "user", "list"], b"", 2, "directory"),
        case("config missing", &["--config", "nope.toml", "user", "list"], b"", 2, "no such file"),
        case("config not TOML", &["--config", "garbage.toml", "user", "list"], b"", 2, "garbage.toml:1:"),
        case("config wrong type", &["--config", "wrongtype.toml", "user", "list"], b"", 2, "wrongtype.toml:1:"),
        case("config unknown key", &["--config", "unknown.toml", "user", "list"], b"", 2, "unknown field"),
        case("config unknown backend", &["--config", "backend.toml", "user", "list"], b"", 2, "valid names"),
        case("config binary", &["--config", "binary.toml", "user", "list"], b"", 2, "binary.toml"),
        case(
            "config backend twice",
            &["--config", "twice.toml", "user", "list"],
            b"",
            2,
            "twice.toml:1:37: `model` is",
        ),
        // Password lists that never end, or read as empty: refused before reading, failing closed.
        case(
            "list is /dev/zero",
            &["--config", "zero.toml", "validate-password", "--password-stdin"],
            b"pw",
            2,
            "regular",
        ),
        case(
            "list is /dev/zero, new password",
            &["--config", "zero.toml", "set-password", "alice", "--password-stdin"],
            b"correct-Horse-battery-9",
            2,
            "not a regular file",
        ),
        case(
            "breach list is /dev/urandom",
            &["--config", "urandom.toml", "config", "check"],
            b"",
            2,
            "not a regular file",
        ),
        case(
            "breach list is /dev/zero",
            &["--config", "zero-breach.toml", "validate-password", "--password-stdin"],
            b"pw",
            2,
            "regular",
        ),
        // Databases.
        case(
            "db in missing folder",
            &["--database", "no/dir/x.db", "user", "add", "bob", "--no-password"],
            b"",
            6,
            "does not exist",
        ),
        case("db is a text file", &["--database", "text.db", "user", "list"], b"", 6, "not a SQLite database"),
        case("db is a directory", &["--database", "subdir", "user", "list"], b"", 6, "subdir"),
        case("db is foreign", &["--database", "foreign.db", "user", "list"], b"", 6, "another application"),
        case("db truncated", &["--database", "truncated.db", "user", "list"], b"", 6, "truncated.db"),
        case("db newer schema", &["--database", "newer.db", "user", "list"], b"", 6, "newer authadm"),
        case("db not Django's", &["--database", "notdjango.db", "user", "list"], b"", 6, "not Django's"),
        case("doctor on a text file", &["--database", "text.db", "doctor"], b"", 6, "not a SQLite database"),
        case("doctor with bad config", &["--config", "garbage.toml", "doctor"], b"", 2, "garbage.toml:1:"),
        // Lockouts and the audit.
        case("lockout reset without target", &["lockout", "reset"], b"", 2, "required"),
        case("lockout status bad ip", &["lockout", "status", "--ip", "1.2.3.999"], b"", 2, "invalid"),
        case("lockout reset nobody", &["lockout", "reset", "--user", "ghost"], b"", 0, ""),
        case("negative since", &["audit", "failed-logins", "--since", "-5h"], b"", 2, "invalid time `-5h`"),
        case("absurd since", &["audit", "failed-logins", "--since", "99999999d"], b"", 2, "too long"),
        case("garbage since", &["audit", "failed-logins", "--since", "yesterday"], b"", 2, "invalid time"),
        case("negative until", &["audit", "failed-logins", "--until", "-1d"], b"", 2, "invalid time `-1d`"),
        case("absurd limit", &["audit", "failed-logins", "--limit", "99999999999999999999"], b"", 2, "too large"),
        case("bad group-by", &["audit", "failed-logins", "--group-by", "email"], b"", 2, "possible values"),
        case(
            "events absurd since",
            &["audit", "events", "--since", "99999999d"],
            b"",
            2,
            "for '--since <WHEN>': duration",
        ),
        case(
            "events negative since",
            &["audit", "events", "--since", "-5h"],
            b"",
            2,
            "for '--since <WHEN>': invalid time",
        ),
        case("prune negative", &["audit", "prune", "--older-than", "-5h", "--yes"], b"", 2, "invalid duration `-5h`"),
        case("prune absurd", &["audit", "prune", "--older-than", "99999999d", "--yes"], b"", 2, "too long"),
        case("prune unconfirmed", &["audit", "prune", "--older-than", "90d"], b"", 2, "--yes"),
        // Encoded hashes: malformed, or naming a cost that would exhaust memory or time.
        case("verify argon2 huge m", &["hash", "verify", ARGON2_HUGE_M, "--password-stdin"], b"pw", 2, "MiB"),
        case("verify argon2 huge t", &["hash", "verify", ARGON2_HUGE_T, "--password-stdin"], b"pw", 2, "minutes"),
        case("verify pbkdf2 huge", &["hash", "verify", PBKDF2_HUGE, "--password-stdin"], b"pw", 2, "minutes"),
        case("verify scrypt huge N", &["--config", "costly.toml", "hash", "verify", SCRYPT_HUGE_N], b"", 2, "MiB"),
        case("verify scrypt huge p", &["--config", "costly.toml", "hash", "verify", SCRYPT_HUGE_P], b"", 2, "minutes"),
        case("verify bcrypt cost 31", &["--config", "costly.toml", "hash", "verify", BCRYPT_31], b"", 2, "work factor"),
        case("verify garbage", &["hash", "verify", "garbage", "--password-stdin"], b"pw", 2, "known format"),
        case("verify empty hash", &["hash", "verify", "", "--password-stdin"], b"pw", 2, "known format"),
        case("identify pbkdf2 huge", &["hash", "identify", PBKDF2_HUGE], b"", 2, "minutes"),
        case("identify empty fields", &["hash", "identify", "argon2$$$$"], b"", 2, "not a valid argon2"),
        case("identify unusable", &["hash", "identify", "!x"], b"", 2, "unusable"),
        case("identify bad count", &["hash", "identify", "pbkdf2_sha256$1e3$salt$aGFzaA=="], b"", 2, "whole number"),
        case("make with md5", &["hash", "make", "--algorithm", "md5", "--password-stdin"], b"pw", 2, "cannot make"),
        case("stored pbkdf2 huge", &["login-test", "bob", "--password-stdin", "--no-record"], b"pw", 1, ""),
        case("stored argon2 huge t", &["login-test", "carol", "--password-stdin", "--no-record"], b"pw", 1, ""),
        // Import, export, config files.
        case("import a text file", &["import", "django", "text.db"], b"", 6, "not a Django database"),
        case("import a foreign db", &["import", "django", "foreign.db"], b"", 6, "auth_user"),
        case("import a missing file", &["import", "django", "missing.db"], b"", 6, "no such file"),
        case("import the same file", &["import", "django", "authadm.db"], b"", 2, "being imported into"),
        case(
            "import the same file by another path",
            &["import", "django", "./subdir/../authadm.db"],
            b"",
            2,
            "being imported into",
        ),
        case("export without format", &["export"], b"", 2, "--format"),
        case("export bad format", &["export", "--format", "xml"], b"", 2, "possible values"),
        case("config check garbage", &["--config", "garbage.toml", "config", "check"], b"", 2, "garbage.toml:1:"),
        case("config check wrong type", &["--config", "wrongtype.toml", "config", "check"], b"", 2, "wrongtype.toml"),
        case("config init over a file", &["config", "init"], b"", 5, "already exists"),
        case("config init in missing folder", &["config", "init", "no/dir/a.toml"], b"", 2, "no/dir"),
        case("config init onto a folder", &["config", "init", "subdir", "--force"], b"", 2, "is a folder"),
        // Unicode: NFKC folds ligatures and composes combining marks; invisible marks are refused.
        case("ligature duplicate", &["user", "add", "\u{FB01}ona", "--no-password"], b"", 5, "already exists"),
        case("decomposed duplicate", &["user", "add", "e\u{301}mile", "--no-password"], b"", 5, "already exists"),
        case("lone combining mark", &["user", "add", "\u{301}", "--no-password"], b"", 2, "may contain only"),
        // Python's `\w`, which Django's username pattern uses, has no combining marks.
        case("devanagari vowel sign", &["user", "add", "\u{915}\u{93F}", "--no-password"], b"", 2, "may contain only"),
        case("zero-width space", &["user", "add", "a\u{200B}b", "--no-password"], b"", 2, "may contain only"),
        case("no-break space", &["user", "add", "a\u{A0}b", "--no-password"], b"", 2, "may contain only"),
        case("ligature lookup", &["user", "show", "\u{FB01}ona"], b"", 0, ""),
    ]
}

const ARGON2_HUGE_M: &str = "argon2$argon2id$v=19$m=4294967295,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA";
const ARGON2_HUGE_T: &str = "argon2$argon2id$v=19$m=64,t=4294967295,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA";
const PBKDF2_HUGE: &str = "pbkdf2_sha256$4294967295$salt$aGFzaA==";
const SCRYPT_HUGE_N: &str = "scrypt$1073741824$salt$8$1$aGFzaA==";
const SCRYPT_HUGE_P: &str = "scrypt$1024$salt$8$4096$aGFzaA==";
const BCRYPT_31: &str = "bcrypt_sha256$$2b$31$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui";

/// 255 characters: an email one longer than Django's EmailField allows.
const LONG_IDENTIFIER: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.com";

const LONG_NAME: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// The files the database and config cases point at.
fn prepare(s: &Sandbox) {
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    for name in ["bob", "carol", "fiona", "\u{E9}mile"] {
        s.expect(0, &["user", "add", name, "--no-password"], "");
    }
    let store = |name: &str, hash: &str| {
        s.execute(&format!("UPDATE auth_user SET password = '{hash}' WHERE username = '{name}'"));
    };
    store("bob", PBKDF2_HUGE);
    store("carol", ARGON2_HUGE_T);
    s.write("costly.toml", "password_hashers = [\"argon2\", \"scrypt\", \"bcrypt_sha256\"]");
    s.write("garbage.toml", "this is = = not toml");
    s.write("wrongtype.toml", "authentication_backends = \"model\"");
    s.write("unknown.toml", "colour = true");
    s.write("backend.toml", "authentication_backends = [\"ldap\"]");
    s.write("twice.toml", "authentication_backends = [\"model\", \"model\"]");
    let list = |name: &str, validator: &str, key: &str, device: &str| {
        s.write(
            name,
            &format!("[[auth_password_validators]]\nname = \"{validator}\"\noptions = {{ {key} = \"{device}\" }}\n"),
        );
    };
    list("zero.toml", "common_password", "password_list_path", "/dev/zero");
    list("urandom.toml", "breached_password", "path", "/dev/urandom");
    list("zero-breach.toml", "breached_password", "path", "/dev/zero");
    std::fs::write(s.path().join("binary.toml"), b"\xff\xfe\x00binary").unwrap();
    s.write("text.db", "hello, I am not a database\n");
    std::fs::create_dir(s.path().join("subdir")).unwrap();
    let sql =
        |file: &str, sql: &str| rusqlite::Connection::open(s.path().join(file)).unwrap().execute_batch(sql).unwrap();
    sql("foreign.db", "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
    sql("notdjango.db", "CREATE TABLE auth_user (id INTEGER PRIMARY KEY, name TEXT)");
    // A whole authadm SQLite database to spoil: the store's own, or in postgres mode a new one.
    let base = if s.is_postgres() {
        s.expect(0, &["--database", "base.db", "user", "add", "bob", "--no-password"], "");
        s.path().join("base.db")
    } else {
        s.db()
    };
    std::fs::copy(base, s.path().join("newer.db")).unwrap();
    sql("newer.db", "PRAGMA journal_mode=DELETE; INSERT INTO authadm_schema VALUES (99)");
    std::fs::copy(s.path().join("newer.db"), s.path().join("truncated.db")).unwrap();
    sql("truncated.db", "DELETE FROM authadm_schema WHERE version = 99");
    let bytes = std::fs::read(s.path().join("truncated.db")).unwrap();
    std::fs::write(s.path().join("truncated.db"), &bytes[..bytes.len() / 2 + 100]).unwrap();
}

fn snapshot(s: &Sandbox) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(s.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.to_string_lossy().contains("authadm.db"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn hostile_inputs_get_clear_errors_and_change_nothing() {
    let s = Sandbox::new("");
    prepare(&s);
    let mut all = cases();
    assert!(all.len() >= 65, "{} cases", all.len());
    if s.is_postgres() {
        // There is no authadm.db to import into itself.
        all.retain(|case| !case.name.starts_with("import the same file"));
    }
    let mut failures = Vec::new();
    for case in &all {
        let (dump, files) = (s.dump(), snapshot(&s));
        let output = s.cmd(case.args).write_stdin(case.stdin.clone()).output().unwrap();
        let code = output.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let problem = if code != case.code {
            Some(format!("exit {code}, expected {}", case.code))
        } else if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
            Some("panicked".to_string())
        } else if case.code >= 2 && stderr.lines().count() != 1 {
            Some(format!("{} lines on stderr", stderr.lines().count()))
        } else if !stderr.contains(case.says) {
            Some(format!("stderr lacks {:?}", case.says))
        } else if case.code != 0 && (s.dump() != dump || snapshot(&s) != files) {
            Some("the database or a file changed".to_string())
        } else {
            None
        };
        if let Some(problem) = problem {
            failures.push(format!("{}: {problem}\n    stderr: {}", case.name, stderr.trim()));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), all.len(), failures.join("\n"));
}

#[test]
fn injection_looking_names_are_stored_and_found_literally() {
    // Django's username rule (letters, digits, @.+-_) refuses quotes; names and emails take them.
    let s = Sandbox::new("authentication_backends = [\"email_or_username\"]");
    let name = "robert--";
    let email = "o'hara+x@example.com";
    let last = "'); DROP TABLE auth_user;--";
    s.expect(
        0,
        &["user", "add", name, "--email", email, "--last-name", last, "--password-stdin"],
        "correct-Horse-battery-9",
    );
    let shown = s.json(0, &["user", "show", name], "");
    assert_eq!(shown["username"], name);
    assert_eq!(shown["email"], email);
    assert_eq!(shown["last_name"], last);
    s.expect(0, &["login-test", "O'HARA+X@example.com", "--password-stdin"], "correct-Horse-battery-9");
    assert_eq!(s.json(0, &["user", "list", "--search", "');"], "").as_array().unwrap().len(), 1);
    assert_eq!(s.json(0, &["user", "list", "--search", "_"], "").as_array().unwrap().len(), 1);
}

/// Undoes `chattr +i` when the test ends, however it ends, so the folder can be removed.
struct Immutable(std::path::PathBuf);

impl Immutable {
    /// As root, file modes do not stop writes; the immutable attribute does, where supported.
    fn set(path: &std::path::Path) -> Option<Immutable> {
        let status =
            std::process::Command::new("chattr").arg("+i").arg(path).stderr(std::process::Stdio::null()).status();
        status.is_ok_and(|s| s.success()).then(|| Immutable(path.to_path_buf()))
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

#[test]
fn a_read_only_database_is_read_and_refuses_writes_in_one_line() {
    if common::skip_in_postgres_mode("makes the SQLite file immutable with chattr") {
        return;
    }
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    let dump = s.dump();
    let Some(_guard) = Immutable::set(&s.db()) else {
        println!("skipped: `chattr +i` is not supported on this file system, and root ignores file modes");
        return;
    };
    s.expect(0, &["user", "list"], "");
    for (args, stdin) in [
        (&["user", "add", "zed", "--no-password"][..], ""),
        (&["set-password", "alice", "--password-stdin"], "another-Phrase-long-1"),
        (&["login-test", "alice", "--password-stdin"], "wrong"),
    ] {
        let (_, err) = s.expect(6, args, stdin);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("read-only"), "{args:?}: {err}");
    }
    assert_eq!(s.dump(), dump);
}

#[test]
fn an_empty_file_becomes_a_private_database() {
    use std::os::unix::fs::PermissionsExt;
    if common::skip_in_postgres_mode("about an empty file given as the SQLite database") {
        return;
    }
    let s = Sandbox::new("");
    let path = s.path().join("empty.db");
    std::fs::write(&path, b"").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    s.expect(0, &["--database", "empty.db", "user", "add", "zed", "--no-password"], "");
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    s.expect(0, &["--database", "empty.db", "user", "show", "zed"], "");
}

/// What a terminal would act on: an escape sequence's ESC or BEL, or a bidi override.
fn raw_controls(output: &[u8]) -> bool {
    let text = String::from_utf8_lossy(output);
    output.contains(&0x1b) || output.contains(&0x07) || text.contains(['\u{202E}', '\u{2066}'])
}

/// Runs and asserts the exit code and that neither stdout nor stderr holds a raw control.
fn expect_escaped(s: &Sandbox, code: i32, args: &[&str]) -> (String, String) {
    let output = s.cmd(args).output().unwrap();
    let (out, err) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(code), "authadm {args:?}\n--- stdout\n{out}\n--- stderr\n{err}");
    assert!(!raw_controls(&output.stdout), "raw control on stdout of {args:?}: {out:?}");
    assert!(!raw_controls(&output.stderr), "raw control on stderr of {args:?}: {err:?}");
    (out.into_owned(), err.into_owned())
}

#[test]
fn text_from_the_database_or_input_reaches_people_escaped_and_json_exact() {
    const EVIL: &str = "evil\x1b]0;pwned\x07\x1b[2J";
    const SHOWN: &str = "evil\\x1b]0;pwned\\x07\\x1b[2J";
    let s = Sandbox::new("");
    let rtl = "\u{202E}nimda\u{2066}";
    // Names are any text, as Django's.
    s.expect(0, &["user", "add", "bob", "--first-name", rtl, "--last-name", EVIL, "--no-password"], "");
    s.expect(1, &["login-test", EVIL, "--password-stdin"], "wrong");
    let (out, _) = expect_escaped(&s, 0, &["audit", "failed-logins"]);
    assert!(out.contains(SHOWN), "{out}");
    let (out, _) = expect_escaped(&s, 0, &["audit", "failed-logins", "--format", "csv"]);
    assert!(out.contains(SHOWN), "{out}");
    let (out, _) = expect_escaped(&s, 0, &["audit", "failed-logins", "--group-by", "user"]);
    assert!(out.contains(SHOWN), "{out}");
    assert_eq!(s.json(0, &["audit", "failed-logins"], "")["attempts"][0]["username"], EVIL);
    // An error quoting input, and one quoting the database (the `did you mean`).
    let (_, err) = expect_escaped(&s, 4, &["user", "show", EVIL]);
    assert!(err.contains(SHOWN), "{err}");

    // A username and an email another program wrote.
    s.execute(&format!("UPDATE auth_user SET username = '{EVIL}', email = 'x{EVIL}', is_superuser = true"));
    for args in [
        &["user", "list"][..],
        &["user", "show", EVIL],
        &["export", "--format", "csv"],
        &["doctor"],
        &["user", "modify", EVIL, "--staff"],
        &["token", "create", EVIL],
    ] {
        let (out, err) = expect_escaped(&s, 0, args);
        assert!(out.contains(SHOWN) || err.contains(SHOWN), "{args:?}:\n{out}\n{err}");
    }
    let (out, _) = expect_escaped(&s, 0, &["user", "show", EVIL]);
    assert!(out.contains("\\u{202e}nimda\\u{2066}"), "{out}");
    let shown = s.json(0, &["user", "show", EVIL], "");
    assert_eq!(shown["username"], EVIL);
    assert_eq!(shown["first_name"], rtl);
    let exported = s.json(0, &["export", "--format", "json"], "");
    assert_eq!(exported[0]["last_name"], EVIL);
}

#[test]
fn a_malformed_row_is_skipped_with_a_warning_reported_by_doctor_and_named_by_commands_on_it() {
    if common::skip_in_postgres_mode("PostgreSQL's column types refuse these values") {
        return;
    }
    let s = Sandbox::new("");
    for name in ["alice", "bob", "carol", "dave", "erin"] {
        s.expect(0, &["user", "add", name, "--no-password"], "");
    }
    s.execute(
        "UPDATE auth_user SET email = X'00FF' WHERE username = 'bob';
         UPDATE auth_user SET is_active = 'maybe' WHERE username = 'carol';
         UPDATE auth_user SET date_joined = 1700000000 WHERE username = 'dave';
         UPDATE auth_user SET password = X'01020304' WHERE username = 'erin';",
    );
    let id = |name: &str| s.query_strings(&format!("SELECT id FROM auth_user WHERE username = '{name}'"))[0][0].clone();
    let problems = [
        format!("user id {}: `email` holds binary data (2 bytes), not text", id("bob")),
        format!("user id {}: `is_active` holds the text `maybe`, not a boolean", id("carol")),
        format!("user id {}: `date_joined` holds the integer 1700000000, not a datetime", id("dave")),
        format!("user id {}: `password` holds binary data (4 bytes), not text", id("erin")),
    ];
    let warned = |err: &str| {
        assert_eq!(err.lines().count(), 4, "{err}");
        for problem in &problems {
            assert!(err.contains(&format!("authadm: warning: skipped {problem}")), "{problem}:\n{err}");
        }
    };
    let (out, err) = s.expect(0, &["user", "list"], "");
    assert!(out.contains("alice") && !out.contains("bob"), "{out}");
    warned(&err);
    let (out, err) = s.expect(0, &["--quiet", "user", "list", "--json"], "");
    let listed: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1, "{out}");
    warned(&err);
    let (out, err) = s.expect(0, &["export", "--format", "csv"], "");
    assert_eq!(out.lines().count(), 2, "{out}");
    warned(&err);

    let (out, _) = s.expect(1, &["doctor"], "");
    assert!(out.contains("malformed_rows"), "{out}");
    let report = s.json(1, &["doctor"], "");
    let check = report["checks"].as_array().unwrap().iter().find(|c| c["check"] == "malformed_rows").unwrap();
    assert_eq!(check["status"], "fail");
    for problem in &problems {
        assert!(check["detail"].as_str().unwrap().contains(problem.as_str()), "{problem}: {check}");
    }

    let dump = s.dump();
    for (args, problem) in [
        (&["user", "show", "bob"][..], &problems[0]),
        (&["user", "modify", "carol", "--staff"], &problems[1]),
        (&["user", "remove", "dave", "--yes"], &problems[2]),
        (&["set-password", "erin", "--unusable"], &problems[3]),
    ] {
        let (_, err) = s.expect(6, args, "");
        assert!(err.contains(problem.as_str()) && err.lines().count() == 1, "{args:?}: {err}");
    }
    assert_eq!(s.dump(), dump);
}

/// Owned by `nobody`: a user other than the one running the tests (root, or whoever).
const NOBODY: u32 = 65534;

/// Gives `path` to `nobody`; `false` (after saying so) where only root could, and the test skips.
fn chown_nobody(path: &std::path::Path) -> bool {
    let given = std::os::unix::fs::lchown(path, Some(NOBODY), None).is_ok();
    if !given {
        println!("skipped: only root can give a file to another user");
    }
    given
}

fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path).unwrap().permissions().mode() & 0o7777
}

#[test]
fn a_database_file_of_another_user_is_refused_and_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    if common::skip_in_postgres_mode("about the SQLite file's owner") {
        return;
    }
    let s = Sandbox::new("");
    let empty = s.path().join("theirs.db");
    std::fs::write(&empty, b"").unwrap();
    std::fs::set_permissions(&empty, std::fs::Permissions::from_mode(0o644)).unwrap();
    if !chown_nobody(&empty) {
        return;
    }
    let (_, err) = s.expect(6, &["--database", "theirs.db", "user", "add", "zed", "--no-password"], "");
    assert!(err.contains("belongs to uid 65534"), "{err}");
    assert_eq!((mode(&empty), std::fs::metadata(&empty).unwrap().len()), (0o644, 0));
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    assert!(chown_nobody(&s.db()));
    for args in [&["user", "list"][..], &["doctor"], &["login-test", "alice", "--password-stdin"]] {
        let (_, err) = s.expect(6, args, "correct-Horse-battery-9");
        assert!(err.contains("belongs to uid 65534") && err.lines().count() == 1, "{args:?}: {err}");
    }
}

#[test]
fn a_symbolic_link_at_the_database_path_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    if common::skip_in_postgres_mode("about the SQLite file's path") {
        return;
    }
    let s = Sandbox::new("");
    let target = s.path().join("target.db");
    std::fs::write(&target, b"").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::os::unix::fs::symlink(&target, s.path().join("link.db")).unwrap();
    std::os::unix::fs::symlink(s.path().join("absent.db"), s.path().join("dangling.db")).unwrap();
    for link in ["link.db", "dangling.db"] {
        let (_, err) = s.expect(6, &["--database", link, "user", "add", "zed", "--no-password"], "");
        assert!(err.contains("is a symbolic link"), "{link}: {err}");
    }
    assert_eq!((mode(&target), std::fs::metadata(&target).unwrap().len()), (0o644, 0));
    assert!(!s.path().join("absent.db").exists());
}

#[test]
fn a_database_in_a_folder_anyone_can_write_gets_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    if common::skip_in_postgres_mode("about the SQLite file's folder") {
        return;
    }
    let s = Sandbox::new("");
    let open = s.path().join("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    let (_, err) = s.expect(0, &["--database", "open/a.db", "user", "add", "zed", "--no-password"], "");
    assert!(err.contains("writable by anyone (mode 0777, no sticky bit)"), "{err}");
    let report = s.json(0, &["--database", "open/a.db", "doctor"], "");
    let folder = report["checks"].as_array().unwrap().iter().find(|c| c["check"] == "folder").unwrap();
    assert_eq!(folder["status"], "warn", "{report}");
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let (_, err) = s.expect(0, &["--database", "open/a.db", "user", "list"], "");
    assert_eq!(err, "");
}

/// `authadm ARGS` run by `sh` under `umask 000`, in the sandbox's folder; returns the exit code.
fn under_umask_000(s: &Sandbox, args: &[&str]) -> i32 {
    std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$0\" \"$@\"")
        .arg(assert_cmd::cargo::cargo_bin!("authadm"))
        .args(args)
        .current_dir(s.path())
        .env_remove("AUTHADM_CONFIG")
        .env_remove("AUTHADM_DATABASE")
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap()
        .code()
        .unwrap_or(-1)
}

#[test]
fn config_init_writes_a_private_file_and_never_through_a_link() {
    let s = Sandbox::new("");
    assert_eq!(under_umask_000(&s, &["config", "init", "new.toml"]), 0);
    assert_eq!(mode(&s.path().join("new.toml")), 0o600);
    std::fs::set_permissions(s.path().join("authadm.toml"), std::os::unix::fs::PermissionsExt::from_mode(0o644))
        .unwrap();
    assert_eq!(under_umask_000(&s, &["config", "init", "--force"]), 0);
    assert_eq!(mode(&s.path().join("authadm.toml")), 0o600);
    s.write("elsewhere.toml", "# someone else's file\n");
    std::os::unix::fs::symlink(s.path().join("elsewhere.toml"), s.path().join("link.toml")).unwrap();
    let (_, err) = s.expect(2, &["config", "init", "link.toml", "--force"], "");
    assert!(err.contains("is a symbolic link"), "{err}");
    s.write("theirs.toml", "# nobody's file\n");
    if !chown_nobody(&s.path().join("theirs.toml")) {
        return;
    }
    let (_, err) = s.expect(2, &["config", "init", "theirs.toml", "--force"], "");
    assert!(err.contains("belongs to uid 65534"), "{err}");
    for kept in ["elsewhere.toml", "theirs.toml"] {
        assert!(std::fs::read_to_string(s.path().join(kept)).unwrap().ends_with("file\n"), "{kept} was overwritten");
    }
}

#[test]
fn a_settings_file_others_can_write_or_own_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::new("");
    let config = s.path().join("authadm.toml");
    for writable in [0o664, 0o646] {
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(writable)).unwrap();
        for args in [&["user", "list"][..], &["config", "check"], &["doctor"]] {
            let (_, err) = s.expect(2, args, "");
            assert!(err.contains("writable by its group or others") && err.contains("chmod go-w"), "{args:?}: {err}");
        }
    }
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
    if !chown_nobody(&config) {
        return;
    }
    let (_, err) = s.expect(2, &["config", "check"], "");
    assert!(err.contains("belongs to uid 65534"), "{err}");
}

#[test]
fn doctor_says_a_read_only_database_cannot_record_logins() {
    if common::skip_in_postgres_mode("makes the SQLite file immutable with chattr") {
        return;
    }
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    let writable = |report: &serde_json::Value| {
        report["checks"].as_array().unwrap().iter().find(|c| c["check"] == "writable").unwrap()["status"].clone()
    };
    assert_eq!(writable(&s.json(0, &["doctor"], "")), "ok");
    let Some(_guard) = Immutable::set(&s.db()) else {
        println!("skipped: `chattr +i` is not supported on this file system, and root ignores file modes");
        return;
    };
    assert_eq!(writable(&s.json(1, &["doctor"], "")), "fail");
    let (out, _) = s.expect(1, &["doctor"], "");
    assert!(out.contains("the database is read-only"), "{out}");
}

#[test]
fn a_database_on_read_only_storage_is_read_and_refuses_writes_saying_why() {
    if common::skip_in_postgres_mode("makes the SQLite file and its folder immutable with chattr") {
        return;
    }
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    let dump = s.dump();
    assert!(!s.path().join("authadm.db-wal").exists() && !s.path().join("authadm.db-shm").exists());
    // Nothing can be created in the folder either, as on a read-only mount: no `-shm` file.
    let Some(_file) = Immutable::set(&s.db()) else {
        println!("skipped: `chattr +i` is not supported on this file system, and root ignores file modes");
        return;
    };
    let Some(_folder) = Immutable::set(s.path()) else { return };
    s.expect(0, &["user", "list"], "");
    s.expect(0, &["user", "show", "alice"], "");
    s.expect(0, &["login-test", "alice", "--password-stdin", "--no-record"], "correct-Horse-battery-9");
    let report = s.json(1, &["doctor"], "");
    let status = |check: &str| {
        report["checks"].as_array().unwrap().iter().find(|c| c["check"] == check).unwrap()["status"].clone()
    };
    assert_eq!((status("journal_mode"), status("writable")), ("ok".into(), "fail".into()), "{report}");
    for (args, stdin) in [
        (&["user", "modify", "alice", "--first-name", "Alice"][..], ""),
        (&["login-test", "alice", "--password-stdin"], "wrong"),
    ] {
        let (_, err) = s.expect(6, args, stdin);
        assert!(err.contains("the database is read-only:") && err.lines().count() == 1, "{args:?}: {err}");
    }
    drop((_folder, _file));
    assert_eq!(s.dump(), dump);
}
