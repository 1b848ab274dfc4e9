//! A Django project's own database: import and export, and (when a Python with Django is
//! available through AUTHADM_TEST_DJANGO_PYTHON) the round trips through Django itself.

use crate::common::{self, Sandbox};
use rusqlite::{Connection, params};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `auth_user` as Django 5.2's migrations create it on SQLite.
const DJANGO_AUTH_USER: &str = r#"CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, "last_name" varchar(150) NOT NULL, "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL);"#;

/// From Django 5.2: `PBKDF2PasswordHasher().encode("legacy-Pass-1", "seasaltSEASALT0123456x", 1000)`.
const LEGACY_HASH: &str = "pbkdf2_sha256$1000$seasaltSEASALT0123456x$C4eX9wLwamHm+WzEyF5zFTM29saRfFUeSmU2T3EOCKg=";

/// A Django database (no authadm tables) with `count` users named user0, user1, ...
pub(crate) fn django_db(path: &Path, count: usize) {
    let users: Vec<(String, String)> =
        (0..count).map(|i| (format!("user{i}"), format!("user{i}@example.com"))).collect();
    django_db_of(path, &users);
}

/// A Django database (no authadm tables) with these `(username, email)` users, in this order.
fn django_db_of(path: &Path, users: &[(String, String)]) {
    let mut conn = Connection::open(path).unwrap();
    conn.execute_batch(DJANGO_AUTH_USER).unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email, is_staff, \
                 is_active, date_joined, first_name) VALUES (?1, NULL, 0, ?2, 'Doe, \"Jr\"', ?3, 0, 1, \
                 '2024-05-01 10:00:00.123456', 'Ann')",
            )
            .unwrap();
        for (name, email) in users {
            insert.execute(params![LEGACY_HASH, name, email]).unwrap();
        }
    }
    tx.commit().unwrap();
}

/// `(username, email)` pairs from string slices.
fn pairs(users: &[(&str, &str)]) -> Vec<(String, String)> {
    users.iter().map(|(name, email)| (name.to_string(), email.to_string())).collect()
}

/// The events of `kind`, newest first.
fn events_of(s: &Sandbox, kind: &str) -> Vec<serde_json::Value> {
    s.json(0, &["audit", "events", "--kind", kind], "")["events"].as_array().unwrap().clone()
}

fn password_of(db: &Path, username: &str) -> String {
    let conn = Connection::open(db).unwrap();
    conn.query_row("SELECT password FROM auth_user WHERE username = ?1", [username], |r| r.get(0)).unwrap()
}

/// A user's stored hash in the sandbox's own store, either kind.
fn stored_password(s: &Sandbox, username: &str) -> String {
    s.query_one(&format!("SELECT password FROM auth_user WHERE username = '{username}'"))
}

#[test]
fn import_keeps_hashes_and_handles_duplicates() {
    let s = Sandbox::new("");
    let source = s.path().join("old.sqlite3");
    django_db(&source, 3);
    s.add_user("user1", "mine@example.com", "correct-Horse-battery-9");
    let report = s.json(0, &["import", "django", "old.sqlite3"], "");
    assert_eq!(report["inserted"], 2);
    assert_eq!(report["skipped"], 1);
    assert_eq!(stored_password(&s, "user0"), LEGACY_HASH, "no re-hashing");
    s.expect(0, &["login-test", "user2", "--password-stdin", "--no-record"], "legacy-Pass-1");
    s.expect(0, &["login-test", "user1", "--password-stdin"], "correct-Horse-battery-9");

    let report = s.json(0, &["import", "django", "old.sqlite3", "--on-duplicate", "update"], "");
    assert_eq!((report["inserted"].as_u64(), report["updated"].as_u64()), (Some(0), Some(1)));
    assert_eq!(report["unchanged"], 2, "user0 and user2 are as the first import left them");
    s.expect(0, &["login-test", "user1", "--password-stdin", "--no-record"], "legacy-Pass-1");
    assert_eq!(s.json(0, &["user", "show", "user1"], "")["email"], "user1@example.com");
}

#[test]
fn import_update_revokes_tokens_of_a_new_hash_and_is_audited() {
    let s = Sandbox::new("");
    django_db(&s.path().join("old.sqlite3"), 2);
    s.add_user("user0", "mine@example.com", "correct-Horse-battery-9");
    let token = s.json(0, &["token", "create", "user0"], "");
    let report = s.json(0, &["import", "django", "old.sqlite3", "--on-duplicate", "update"], "");
    assert_eq!((report["inserted"].as_u64(), report["updated"].as_u64()), (Some(1), Some(1)));
    assert_eq!(report["tokens_revoked"], 1);
    assert_eq!(report["conflicts"], serde_json::json!([]));
    let tokens = s.json(0, &["token", "list"], "");
    assert_eq!(tokens[0]["id"], token["id"]);
    assert!(tokens[0]["revoked"].is_string(), "the overwritten hash logs the user out: {tokens}");
    let updated = events_of(&s, "user_updated_by_import");
    assert_eq!(updated.len(), 1, "{updated:?}");
    assert_eq!(updated[0]["username"], "user0");
    assert!(updated[0]["detail"].as_str().unwrap().contains("password replaced; 1 token(s) revoked"), "{updated:?}");
    let summary = events_of(&s, "users_imported");
    assert_eq!(summary[0]["username"], serde_json::Value::Null);
    assert!(summary[0]["detail"].as_str().unwrap().contains("1 inserted, 1 updated"), "{summary:?}");

    // Another email, the same hash: nothing to log out from.
    let second = s.json(0, &["token", "create", "user0"], "");
    s.expect(0, &["user", "modify", "user0", "--email", "changed@example.com"], "");
    let report = s.json(0, &["import", "django", "old.sqlite3", "--on-duplicate", "update"], "");
    assert_eq!((report["updated"].as_u64(), report["tokens_revoked"].as_u64()), (Some(1), Some(0)));
    assert_eq!(report["unchanged"], 1);
    let tokens = s.json(0, &["token", "list"], "");
    assert!(tokens[1]["revoked"].is_null() && tokens[1]["id"] == second["id"], "{tokens}");
    let updated = events_of(&s, "user_updated_by_import");
    assert_eq!(updated.len(), 2, "{updated:?}");
    assert!(updated[0]["detail"].as_str().unwrap().ends_with("password unchanged"), "{updated:?}");
    // Skipping changes nobody, and an import that changes nothing is no event.
    s.json(0, &["import", "django", "old.sqlite3"], "");
    assert_eq!(events_of(&s, "users_imported").len(), 2);
}

/// A nightly `--on-duplicate update` of an unchanged source: every user compared, none written,
/// no event (it wrote one per user, 50,000 a run).
#[test]
fn import_update_of_an_unchanged_source_writes_nothing() {
    let s = Sandbox::new("");
    django_db(&s.path().join("old.sqlite3"), 3);
    s.json(0, &["import", "django", "old.sqlite3", "--on-duplicate", "update"], "");
    s.json(0, &["token", "create", "user1"], "");
    let before = s.dump();
    let report = s.json(0, &["import", "django", "old.sqlite3", "--on-duplicate", "update"], "");
    assert_eq!((report["updated"].as_u64(), report["unchanged"].as_u64()), (Some(0), Some(3)), "{report}");
    assert_eq!(s.dump(), before, "nothing written, no event");
    assert!(events_of(&s, "user_updated_by_import").is_empty());
    assert_eq!(events_of(&s, "users_imported").len(), 1);
    // One field changed at the source: that user alone is written and audited.
    Connection::open(s.path().join("old.sqlite3"))
        .unwrap()
        .execute("UPDATE auth_user SET is_staff = 1 WHERE username = 'user2'", [])
        .unwrap();
    let report = s.json(0, &["import", "django", "old.sqlite3", "--on-duplicate", "update"], "");
    assert_eq!((report["updated"].as_u64(), report["unchanged"].as_u64()), (Some(1), Some(2)), "{report}");
    let updated = events_of(&s, "user_updated_by_import");
    assert_eq!((updated.len(), &updated[0]["username"]), (1, &serde_json::json!("user2")));
    assert_eq!(s.json(0, &["user", "show", "user2"], "")["is_staff"], true);
}

/// Adds a user to a Django database made by [`django_db_of`], with these column values.
fn add_django_user(path: &Path, username: &str, email: &str, password: &str) {
    Connection::open(path)
        .unwrap()
        .execute(
            "INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email, is_staff, \
             is_active, date_joined, first_name) VALUES (?1, NULL, 0, ?2, '', ?3, 0, 1, '2024-05-01 10:00:00', '')",
            params![password, username, email],
        )
        .unwrap();
}

/// Rows Django's validators refuse refuse the import whole, the first named (escaped, cut
/// short) and the others counted, so one run shows all there is to correct.
#[test]
fn import_refuses_users_django_would_refuse() {
    let s = Sandbox::new("");
    let source = s.path().join("old.sqlite3");
    django_db(&source, 2);
    add_django_user(&source, "eve\x1b[2J\x1b]0;owned\x07", "eve@example.com", LEGACY_HASH);
    add_django_user(&source, &"a".repeat(5000), "long@example.com", LEGACY_HASH);
    add_django_user(&source, "bob", "not-an-email", LEGACY_HASH);
    s.expect(0, &["user", "add", "alice", "--no-password"], "");
    let before = s.dump();
    let (_, err) = s.expect(6, &["import", "django", "old.sqlite3"], "");
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "control characters reach the terminal: {err:?}");
    assert!(err.contains("user `eve\\u{1b}[2J\\u{1b}]0;owned\\u{7}`: the username contains '\\u{1b}'"), "{err}");
    assert!(err.contains("and 2 more user(s) have a username, email or name Django refuses"), "{err}");
    assert!(err.contains("nothing was imported") && err.lines().count() == 1, "{err}");
    assert_eq!(s.dump(), before);

    let long = "a".repeat(5000);
    for (file, name, email, says) in [
        (
            "long.sqlite3",
            long.as_str(),
            "",
            "user `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…`: the username is longer than 150",
        ),
        ("email.sqlite3", "bob", "not-an-email", "user `bob`: its email `not-an-email` is not an address Django's"),
    ] {
        django_db(&s.path().join(file), 1);
        add_django_user(&s.path().join(file), name, email, LEGACY_HASH);
        let (_, err) = s.expect(6, &["import", "django", file], "");
        assert!(err.contains(says) && !err.contains("more user(s)"), "{err}");
        assert_eq!(s.dump(), before);
    }
}

/// A password in clear text is copied as it is (it may be a hasher the source has and authadm
/// has not), and the warning says what is wrong, never the password, nor to add `unknown`.
#[test]
fn import_warns_of_passwords_of_no_known_format() {
    let s = Sandbox::new("");
    let source = s.path().join("old.sqlite3");
    django_db(&source, 1);
    add_django_user(&source, "eve", "eve@example.com", "hunter2-in-clear");
    add_django_user(&source, "mallory", "", "md5$salt$0123456789abcdef0123456789abcdef");
    let report = s.json(0, &["import", "django", "old.sqlite3"], "");
    assert_eq!(report["inserted"], 3);
    assert_eq!(report["unrecognised_passwords"], serde_json::json!(["eve"]));
    assert_eq!(report["unverifiable"], serde_json::json!({"md5": 1}));
    let fresh = Sandbox::new("");
    django_db(&fresh.path().join("old.sqlite3"), 0);
    add_django_user(&fresh.path().join("old.sqlite3"), "eve", "eve@example.com", "hunter2-in-clear");
    let (_, err) = fresh.expect(0, &["import", "django", "old.sqlite3"], "");
    assert!(err.contains("1 imported user(s) have a password that is not a hash of any known format"), "{err}");
    assert!(err.contains("authadm set-password USER`: eve"), "{err}");
    assert!(!err.contains("hunter2") && !err.contains("unknown"), "{err}");
    fresh.expect(1, &["login-test", "eve", "--password-stdin", "--no-record"], "hunter2-in-clear");
}

#[test]
fn import_update_keeps_tokens_without_logout_on_password_change() {
    let s = Sandbox::new("logout_on_password_change = false");
    django_db(&s.path().join("old.sqlite3"), 1);
    s.add_user("user0", "mine@example.com", "correct-Horse-battery-9");
    s.json(0, &["token", "create", "user0"], "");
    let report = s.json(0, &["import", "django", "old.sqlite3", "--on-duplicate", "update"], "");
    assert_eq!((report["updated"].as_u64(), report["tokens_revoked"].as_u64()), (Some(1), Some(0)));
    assert!(s.json(0, &["token", "list"], "")[0]["revoked"].is_null());
}

#[test]
fn import_honours_case_insensitive_identity() {
    let users = pairs(&[
        ("ALICE", "other@example.com"), // alice's name in other case
        ("bob", "Alice@EXAMPLE.com"),   // alice's email
        ("carol", "carol@example.com"), // new
        ("CAROL", "c2@example.com"),    // carol's name, imported just before
        ("dave", "CAROL@example.com"),  // carol's email
        ("erin", ""),                   // no email: nothing to clash
        ("frank", ""),
        ("alice", "erin@example.org"), // alice herself, with the email of nobody
    ]);
    let strict = Sandbox::new("case_insensitive_identity = true");
    django_db_of(&strict.path().join("old.sqlite3"), &users);
    strict.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    let report = strict.json(0, &["import", "django", "old.sqlite3"], "");
    assert_eq!((report["inserted"].as_u64(), report["skipped"].as_u64()), (Some(3), Some(1)));
    assert_eq!(report["conflicts"], serde_json::json!(["ALICE", "bob", "CAROL", "dave"]));
    strict.expect(4, &["user", "show", "ALICE"], "");
    let (_, err) = strict.expect(0, &["import", "django", "old.sqlite3"], "");
    assert!(err.contains("4 user(s) not imported") && err.contains("ALICE, bob, CAROL, dave"), "{err}");

    // An update may not hand an email to a second account either.
    let taken = strict.path().join("taken.sqlite3");
    django_db_of(&taken, &pairs(&[("carol", "ERIN@example.org"), ("alice", "new@example.com")]));
    strict.expect(0, &["user", "modify", "erin", "--email", "erin@example.org"], "");
    let report = strict.json(0, &["import", "django", "taken.sqlite3", "--on-duplicate", "update"], "");
    assert_eq!(report["conflicts"], serde_json::json!(["carol"]));
    assert_eq!(report["updated"], 1);
    assert_eq!(strict.json(0, &["user", "show", "carol"], "")["email"], "carol@example.com");
    assert_eq!(strict.json(0, &["user", "show", "alice"], "")["email"], "new@example.com");

    // Without the setting, Django's rule: usernames are unique as typed, emails not at all.
    let lax = Sandbox::new("");
    django_db_of(&lax.path().join("old.sqlite3"), &users);
    lax.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    let report = lax.json(0, &["import", "django", "old.sqlite3"], "");
    assert_eq!((report["inserted"].as_u64(), report["conflicts"].as_array().map(Vec::len)), (Some(7), Some(0)));
}

#[test]
fn import_refuses_what_is_not_a_django_database() {
    let s = Sandbox::new("");
    let (_, err) = s.expect(6, &["import", "django", "missing.sqlite3"], "");
    assert!(err.contains("no such file"), "{err}");
    assert!(!s.path().join("missing.sqlite3").exists(), "the source is never created");
    Connection::open(s.path().join("other.db")).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
    let (_, err) = s.expect(6, &["import", "django", "other.db"], "");
    assert!(err.contains("not a Django database"), "{err}");
    if !s.is_postgres() {
        assert!(!s.db().exists(), "a source refused leaves no new database behind");
    }
    if s.is_postgres() {
        return; // No authadm.db to import into itself.
    }
    s.add_user("alice", "a@example.com", "correct-Horse-battery-9");
    let (_, err) = s.expect(2, &["import", "django", "authadm.db"], "");
    assert!(err.contains("being imported into"), "{err}");
}

/// Speed is the benchmark's (figure 6, README), not a test's: a time bound here failed only
/// when the machine was busy.
#[test]
fn import_of_many_users_copies_every_one() {
    let s = Sandbox::new("");
    let source = s.path().join("big.sqlite3");
    let count = 20_000;
    django_db(&source, count);
    let report = s.json(0, &["import", "django", "big.sqlite3"], "");
    assert_eq!(report["inserted"].as_u64(), Some(count as u64));
    let listed = s.json(0, &["user", "list"], "");
    assert_eq!(listed.as_array().map(Vec::len), Some(count));
}

#[test]
fn export_never_carries_hashes_unless_asked() {
    let s = Sandbox::new("");
    django_db(&s.path().join("old.sqlite3"), 2);
    s.expect(0, &["import", "django", "old.sqlite3"], "");
    let (json, _) = s.expect(0, &["export", "--format", "json"], "");
    assert!(!json.contains("pbkdf2_sha256$"), "{json}");
    let users: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(users[0]["username"], "user0");
    assert_eq!(users[0]["date_joined"], "2024-05-01T10:00:00Z");
    assert!(users[0].get("password").is_none());
    let with: serde_json::Value =
        serde_json::from_str(&s.expect(0, &["export", "--format", "json", "--include-hashes"], "").0).unwrap();
    assert_eq!(with[1]["password"], LEGACY_HASH);
    let (csv, _) = s.expect(0, &["export", "--format", "csv"], "");
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(lines[0].starts_with("id,username,email,first_name,last_name,is_active"), "{csv}");
    assert!(lines[1].contains(",user0,user0@example.com,Ann,\"Doe, \"\"Jr\"\"\",true,"), "{csv}");
    assert!(!csv.contains("pbkdf2"));
    let (csv, _) = s.expect(0, &["export", "--format", "csv", "--include-hashes"], "");
    assert!(csv.lines().nth(1).unwrap().ends_with(LEGACY_HASH), "{csv}");
}

// ---- Through Django itself -------------------------------------------------------------

/// The Python named by AUTHADM_TEST_DJANGO_PYTHON, or `None` (with a note) to skip.
fn django_python() -> Option<PathBuf> {
    match std::env::var_os("AUTHADM_TEST_DJANGO_PYTHON") {
        Some(python) if !python.is_empty() => Some(PathBuf::from(python)),
        _ => {
            // Straight to stderr, not eprintln!, which the test harness would swallow.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: set AUTHADM_TEST_DJANGO_PYTHON to a python with django==5.2.19, argon2-cffi and bcrypt \
                 to run the round trips through Django (.ci/run does)"
            );
            None
        }
    }
}

/// Runs `python args...` in `dir`, asserting success; returns stdout.
fn python(python: &Path, dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let output = Command::new(python).current_dir(dir).args(args).envs(env.iter().copied()).output().unwrap();
    let (out, err) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "python {args:?}\n--- stdout\n{out}\n--- stderr\n{err}");
    out.into_owned()
}

/// `check_password` for each `(password, encoded)` line of stdin, printed as `True`/`False`.
const CHECK_PASSWORDS: &str = "
import json, sys
from django.conf import settings
settings.configure()
from django.contrib.auth.hashers import check_password
for line in sys.stdin:
    password, encoded = json.loads(line)
    print(check_password(password, encoded))
";

#[test]
fn hashes_made_by_authadm_verify_in_django() {
    let Some(py) = django_python() else { return };
    let s = Sandbox::new("");
    s.write(
        "makers.toml",
        &format!(
            "{}\n[hashers.bcrypt_sha256]\nrounds = 4\n[hashers.scrypt]\nn = 1024\nr = 8\np = 1\n",
            common::FAST_CONFIG
                .replace(r#"["argon2", "pbkdf2_sha256"]"#, r#"["argon2", "pbkdf2_sha256", "bcrypt_sha256", "scrypt"]"#)
        ),
    );
    let mut lines = String::new();
    let mut expected = Vec::new();
    for algorithm in ["argon2", "pbkdf2_sha256", "bcrypt_sha256", "scrypt"] {
        for password in ["password", "", "pässwörd ☃ 密码 🔑", &"long, ".repeat(20)] {
            let args = ["--config", "makers.toml", "hash", "make", "--algorithm", algorithm, "--password-stdin"];
            let encoded = s.expect(0, &args, password).0.trim_end().to_string();
            lines.push_str(&format!("{}\n", serde_json::json!([password, encoded])));
            lines.push_str(&format!("{}\n", serde_json::json!([format!("{password}!"), encoded])));
            expected.extend([format!("True {algorithm} {password:?}"), format!("False {algorithm} {password:?}")]);
        }
    }
    let mut child = Command::new(&py)
        .args(["-c", CHECK_PASSWORDS])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), lines.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let answers: Vec<&str> = std::str::from_utf8(&output.stdout).unwrap().lines().collect();
    assert_eq!(answers.len(), expected.len(), "{answers:?}");
    for (answer, expected) in answers.iter().zip(&expected) {
        assert!(expected.starts_with(answer), "Django said {answer} for {expected}");
    }
}

/// Every schema object but authadm's own, and Django's migration history.
/// `(type, name, sql)` of each schema object, and `(app, name)` of each applied migration.
type DjangoState = (Vec<(String, String, Option<String>)>, Vec<(String, String)>);

fn django_state(db: &Path) -> DjangoState {
    let conn = Connection::open(db).unwrap();
    let schema = conn
        .prepare(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'authadm\\_%' ESCAPE '\\' AND tbl_name NOT LIKE 'authadm\\_%' ESCAPE '\\' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let migrations = conn
        .prepare("SELECT app, name FROM django_migrations ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (schema, migrations)
}

#[test]
fn a_django_projects_database_round_trips_with_django() {
    if common::skip_in_postgres_mode("the round trip through a SQLite db.sqlite3; the postgres module has PostgreSQL's")
    {
        return;
    }
    let Some(py) = django_python() else { return };
    let s = Sandbox::new("");
    let dir = s.path();
    let py = py.as_path();
    python(py, dir, &["-m", "django", "startproject", "proj", "."], &[]);
    python(py, dir, &["manage.py", "migrate", "-v", "0"], &[]);
    let superuser = [("DJANGO_SUPERUSER_PASSWORD", "django-Made-pass-7")];
    python(
        py,
        dir,
        &["manage.py", "createsuperuser", "--noinput", "--username", "admin", "--email", "a@example.com"],
        &superuser,
    );
    let db = dir.join("db.sqlite3");
    let before = django_state(&db);
    let db_arg = db.to_str().unwrap();

    let login = s.json(0, &["--database", db_arg, "login-test", "admin", "--password-stdin"], "django-Made-pass-7");
    assert_eq!(login["user"]["username"], "admin");
    assert!(password_of(&db, "admin").starts_with("argon2$"), "upgraded on login to the preferred hasher");
    s.expect(0, &["--database", db_arg, "set-password", "admin", "--password-stdin"], "authadm-Set-pass-8");
    s.expect(
        0,
        &["--database", db_arg, "user", "add", "bob", "--email", "b@example.com", "--password-stdin"],
        "Bobs-own-phrase-9",
    );

    let check = "from django.contrib.auth import authenticate as a; \
                 print(a(username='admin', password='authadm-Set-pass-8') is not None, \
                 a(username='bob', password='Bobs-own-phrase-9') is not None, \
                 a(username='admin', password='django-Made-pass-7') is not None)";
    let answer = python(py, dir, &["manage.py", "shell", "-c", check], &[]);
    assert_eq!(answer.lines().last(), Some("True True False"), "{answer}");
    assert_eq!(django_state(&db), before, "Django's schema and django_migrations are unchanged");
    python(py, dir, &["manage.py", "migrate", "--check"], &[]);
    python(py, dir, &["manage.py", "check"], &[]);
}

/// A source Django itself would not have written is refused whole, naming the user and column,
/// and the target is left as it was: values copied as they are would break every later read.
#[test]
fn an_import_refuses_rows_django_would_not_have_written() {
    let s = Sandbox::new("");
    s.add_user("mine", "mine@example.com", "correct-Horse-battery-9");
    for (name, change, expected) in [
        (
            "text-bool",
            "UPDATE auth_user SET is_active = 'false' WHERE username = 'user1'",
            "`is_active` holds text `false`",
        ),
        (
            "bad-date",
            "UPDATE auth_user SET date_joined = '2024-13-45 99:00:00' WHERE username = 'user1'",
            "`date_joined`",
        ),
        ("bad-login", "UPDATE auth_user SET last_login = 'yesterday' WHERE username = 'user1'", "`last_login`"),
    ] {
        let file = format!("{name}.sqlite3");
        django_db(&s.path().join(&file), 3);
        Connection::open(s.path().join(&file)).unwrap().execute_batch(change).unwrap();
        let (_, err) = s.expect(6, &["import", "django", &file], "");
        assert!(
            err.contains("user `user1`") && err.contains(expected) && err.contains("nothing was imported"),
            "{err}"
        );
    }
    // Without Django's UNIQUE on username, a name may come twice: refused before anything is copied.
    let twice = s.path().join("twice.sqlite3");
    let conn = Connection::open(&twice).unwrap();
    conn.execute_batch(&DJANGO_AUTH_USER.replace(" NOT NULL UNIQUE", " NOT NULL")).unwrap();
    for _ in 0..2 {
        conn.execute(
            "INSERT INTO auth_user (password, is_superuser, username, last_name, email, is_staff, is_active, \
             date_joined, first_name) VALUES (?1, 0, 'bob', '', '', 0, 1, '2024-05-01 10:00:00', '')",
            [LEGACY_HASH],
        )
        .unwrap();
    }
    let (_, err) = s.expect(6, &["import", "django", "twice.sqlite3", "--on-duplicate", "update"], "");
    assert!(err.contains("`bob` appears more than once"), "{err}");
    let users = s.json(0, &["user", "list"], "");
    assert_eq!(users.as_array().unwrap().len(), 1, "the target is as it was: {users}");
}

/// Users whose hash no configured hasher verifies are reported, counting only those copied.
#[test]
fn unverifiable_hashes_are_counted_for_the_users_copied() {
    let s = Sandbox::new("");
    let source = s.path().join("old.sqlite3");
    django_db(&source, 2);
    let md5 = "md5$salt$2b1f2a8a7d1e1e4b6c1f0b0ad9e1ab6c";
    Connection::open(&source).unwrap().execute("UPDATE auth_user SET password = ?1", [md5]).unwrap();
    let first = s.json(0, &["import", "django", "old.sqlite3"], "");
    assert_eq!(first["unverifiable"], serde_json::json!({"md5": 2}), "{first}");
    let again = s.json(0, &["import", "django", "old.sqlite3"], "");
    assert_eq!(again["skipped"], 2);
    assert_eq!(again["unverifiable"], serde_json::json!({}), "nothing copied, nothing to warn of: {again}");
}

/// A target without users gets the set-wise copy (one `INSERT … SELECT` from the source attached
/// read-only): it must check every row, and answer, exactly as the batch path does for a target
/// with users, and leave the source as it was.
#[test]
fn an_import_into_an_empty_target_checks_and_answers_as_one_into_a_used_target() {
    let changes = [
        ("whole", ""),
        ("refused", "UPDATE auth_user SET username = 'eve' || char(27) WHERE username = 'user1'"),
        ("bad-email", "UPDATE auth_user SET email = 'not-an-email' WHERE username IN ('user1', 'user2')"),
        ("malformed", "UPDATE auth_user SET is_staff = 'no' WHERE username = 'user2'"),
        ("bad-date", "UPDATE auth_user SET last_login = 'yesterday' WHERE username = 'user0'"),
        ("clear-text", "UPDATE auth_user SET password = 'hunter2-in-clear' WHERE username = 'user0'"),
        ("md5", "UPDATE auth_user SET password = 'md5$salt$2b1f2a8a7d1e1e4b6c1f0b0ad9e1ab6c'"),
        ("not-utf8", "UPDATE auth_user SET first_name = CAST(x'ff41' AS TEXT) WHERE username = 'user0'"),
        ("name-repeat", "UPDATE auth_user SET username = 'USER0' WHERE username = 'user1'"),
        ("email-repeat", "UPDATE auth_user SET email = 'SAME@example.com' WHERE username IN ('user0', 'user2')"),
    ];
    for settings in ["", "case_insensitive_identity = true"] {
        for (name, change) in changes {
            let (empty, used) =
                (import_answer(settings, name, change, false), import_answer(settings, name, change, true));
            assert_eq!(empty, used, "{name}, settings `{settings}`: an empty target and a used one differ");
        }
    }
}

/// The set-wise copy checks each row as SQLite copies it, so it stops part way: text that is
/// not UTF-8 after rows already copied (undone, then the batch path), and rows refused or
/// malformed after a refused one (still read, to be counted or named), answer as the batch path.
#[test]
fn an_import_into_an_empty_target_stopping_part_way_answers_as_one_into_a_used_target() {
    let changes = [
        ("not-utf8-last", "UPDATE auth_user SET first_name = CAST(x'ff41' AS TEXT) WHERE username = 'user2'"),
        (
            "refused-then-malformed",
            "UPDATE auth_user SET username = 'eve' || char(27) WHERE username = 'user0'; \
             UPDATE auth_user SET is_staff = 'no' WHERE username = 'user2'",
        ),
        (
            "not-utf8-then-refused",
            "UPDATE auth_user SET first_name = CAST(x'ff41' AS TEXT) WHERE username = 'user0'; \
             UPDATE auth_user SET email = 'not-an-email' WHERE username = 'user2'",
        ),
        ("all-refused", "UPDATE auth_user SET email = 'not-an-email'"),
    ];
    for (name, change) in changes {
        let (empty, used) = (import_answer("", name, change, false), import_answer("", name, change, true));
        assert_eq!(empty, used, "{name}: an empty target and a used one differ");
        if name == "all-refused" {
            assert!(empty.2.contains("and 2 more user(s)"), "{name}: every refused row counted: {}", empty.2);
        }
    }
}

/// `import django --json` of a 3-user source changed by `change`, into a target without users
/// or with one: exit code, stdout, stderr and the imported users (ids left out).
fn import_answer(
    settings: &str,
    name: &str,
    change: &str,
    with_user: bool,
) -> (i32, String, String, serde_json::Value) {
    let s = Sandbox::new(settings);
    if with_user {
        s.add_user("zed", "zed@example.net", "correct-Horse-battery-9");
    }
    let file = s.path().join("old.sqlite3");
    django_db(&file, 3);
    Connection::open(&file).unwrap().execute_batch(change).unwrap();
    let before = std::fs::read(&file).unwrap();
    std::os::unix::fs::symlink(&file, s.path().join("link.sqlite3")).unwrap();
    let (code, out, err) = s.run(&["import", "django", "link.sqlite3", "--json"], "");
    assert_eq!(std::fs::read(&file).unwrap(), before, "{name}: the source changed");
    let beside: Vec<_> = std::fs::read_dir(s.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(!beside.iter().any(|f| f.to_string_lossy().starts_with("old.sqlite3-")), "{beside:?}");
    let mut users = s.json(0, &["user", "list"], "");
    let users = users.as_array_mut().unwrap();
    users.retain(|user| user["username"] != "zed");
    users.iter_mut().for_each(|user| drop(user.as_object_mut().unwrap().remove("id")));
    (code, out, err, serde_json::Value::from(users.clone()))
}
