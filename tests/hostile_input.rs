//! Hostile input over every command: each case gets its documented exit code and one clear line
//! on stderr — never a panic (exit 101) or a backtrace — and leaves the database as it was.

mod common;

use common::Sandbox;

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
        case("empty new password", &["set-password", "alice", "--password-stdin"], b"", 1, "too short"),
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
        // Databases.
        case("db in missing folder", &["--database", "no/dir/x.db", "user", "list"], b"", 6, "does not exist"),
        case("db is a text file", &["--database", "text.db", "user", "list"], b"", 6, "not a SQLite database"),
        case("db is a directory", &["--database", "subdir", "user", "list"], b"", 6, "subdir"),
        case("db is foreign", &["--database", "foreign.db", "user", "list"], b"", 6, "another application"),
        case("db truncated", &["--database", "truncated.db", "user", "list"], b"", 6, "truncated.db"),
        case("db newer schema", &["--database", "newer.db", "user", "list"], b"", 6, "newer authadm"),
        case("db not Django's", &["--database", "notdjango.db", "user", "list"], b"", 6, "not Django's"),
    ]
}

const LONG_NAME: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// The files the database and config cases point at.
fn prepare(s: &Sandbox) {
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    s.write("garbage.toml", "this is = = not toml");
    s.write("wrongtype.toml", "authentication_backends = \"model\"");
    s.write("unknown.toml", "colour = true");
    s.write("backend.toml", "authentication_backends = [\"ldap\"]");
    std::fs::write(s.path().join("binary.toml"), b"\xff\xfe\x00binary").unwrap();
    s.write("text.db", "hello, I am not a database\n");
    std::fs::create_dir(s.path().join("subdir")).unwrap();
    let sql =
        |file: &str, sql: &str| rusqlite::Connection::open(s.path().join(file)).unwrap().execute_batch(sql).unwrap();
    sql("foreign.db", "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
    sql("notdjango.db", "CREATE TABLE auth_user (id INTEGER PRIMARY KEY, name TEXT)");
    std::fs::copy(s.db(), s.path().join("newer.db")).unwrap();
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
    let all = cases();
    assert!(all.len() >= 50, "{} cases", all.len());
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
