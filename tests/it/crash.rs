//! Crash safety: authadm killed with SIGKILL at arbitrary points during writes leaves a database
//! that passes `integrity_check`, with every user wholly there or absent.

use crate::common::{self, Sandbox};
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

/// A deterministic pseudo-random delay (splitmix64), so a failure can be replayed.
fn delays(seed: u64) -> impl Iterator<Item = Duration> {
    let mut state = seed;
    std::iter::repeat_with(move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Duration::from_micros((z ^ (z >> 31)) % 40_000)
    })
}

/// Starts authadm, feeds stdin, kills it after `delay`; returns whether it finished first.
fn run_and_kill(s: &Sandbox, args: &[&str], stdin: &str, delay: Duration) -> bool {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("authadm"))
        .current_dir(s.path())
        .env("AUTHADM_DATABASE", s.database_arg())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    std::thread::sleep(delay);
    let finished = matches!(child.try_wait(), Ok(Some(_)));
    let _ = child.kill();
    let _ = child.wait();
    finished
}

#[test]
fn sigkill_during_writes_loses_nothing_and_half_writes_nothing() {
    let s = Sandbox::new("");
    s.add_user("target", "target@example.com", "initial-Phrase-long-0");
    let mut passwords = vec!["initial-Phrase-long-0".to_string()];
    let mut finished = Vec::new();
    for (i, delay) in delays(7).take(120).enumerate() {
        if i % 2 == 0 {
            let name = format!("user{i}");
            let email = format!("{name}@example.com");
            let args = ["user", "add", &name, "--email", &email, "--first-name", &name, "--password-stdin"];
            if run_and_kill(&s, &args, "correct-Horse-battery-9", delay) {
                finished.push(name);
            }
        } else {
            let password = format!("changed-Phrase-long-{i}");
            run_and_kill(&s, &["set-password", "target", "--password-stdin"], &password, delay);
            passwords.push(password);
        }
    }
    assert_eq!(integrity(&s), "ok");
    let users = s.json(0, &["user", "list"], "");
    let users = users.as_array().unwrap();
    for user in users {
        let name = user["username"].as_str().unwrap();
        if name != "target" {
            assert_eq!(user["email"], format!("{name}@example.com"), "whole row for {name}");
            assert_eq!(user["first_name"], name, "whole row for {name}");
            assert_eq!(user["has_usable_password"], true);
        }
    }
    for name in &finished {
        assert!(users.iter().any(|u| u["username"] == name.as_str()), "{name} finished but is missing");
    }
    let accepted = passwords
        .iter()
        .filter(|pw| s.run(&["login-test", "target", "--password-stdin", "--no-record"], pw).0 == 0)
        .count();
    assert_eq!(accepted, 1, "exactly one of the passwords set is the stored one, and its hash is whole");
}

/// A Django `auth_user` of `count` users, written directly so the source is quick to make.
fn django_source(path: &std::path::Path, count: usize) {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE auth_user (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, password varchar(128) NOT NULL, \
         last_login datetime NULL, is_superuser bool NOT NULL, username varchar(150) NOT NULL UNIQUE, \
         last_name varchar(150) NOT NULL, email varchar(254) NOT NULL, is_staff bool NOT NULL, \
         is_active bool NOT NULL, date_joined datetime NOT NULL, first_name varchar(150) NOT NULL)",
    )
    .unwrap();
    let tx = conn.transaction().unwrap();
    for i in 0..count {
        tx.execute(
            "INSERT INTO auth_user (password, is_superuser, username, last_name, email, is_staff, is_active, \
             date_joined, first_name) VALUES ('pbkdf2_sha256$1000$salt$aGFzaA==', 0, ?1, 'Last', ?2, 0, 1, \
             '2024-01-01 00:00:00', 'First')",
            [format!("imported{i}"), format!("imported{i}@example.com")],
        )
        .unwrap();
    }
    tx.commit().unwrap();
}

/// SQLite's `integrity_check`; PostgreSQL's server keeps its own files whole, so "ok" there.
fn integrity(s: &Sandbox) -> String {
    if s.is_postgres() {
        return "ok".to_string();
    }
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

fn count(s: &Sandbox, sql: &str) -> i64 {
    s.query_one(sql).parse().unwrap()
}

#[test]
fn sigkill_during_a_bulk_import_leaves_all_or_none() {
    const USERS: i64 = 3000;
    let s = Sandbox::new("");
    django_source(&s.path().join("source.sqlite3"), USERS as usize);
    let (mut all, mut none) = (0, 0);
    for delay in delays(11).take(40) {
        // A migrated, empty database, so the kill lands in the import itself.
        if !s.is_postgres() {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(s.path().join(format!("authadm.db{suffix}")));
            }
        }
        s.expect(0, &["user", "add", "seed", "--no-password"], "");
        s.expect(0, &["user", "remove", "seed", "--yes"], "");
        if s.is_postgres() {
            s.execute("DELETE FROM auth_user"); // the last round's import
        }
        run_and_kill(&s, &["import", "django", "source.sqlite3"], "", delay);
        assert_eq!(integrity(&s), "ok");
        let users = count(&s, "SELECT count(*) FROM auth_user");
        let whole = count(
            &s,
            "SELECT count(*) FROM auth_user WHERE email = username || '@example.com' AND first_name = 'First' \
             AND last_name = 'Last' AND password LIKE 'pbkdf2_sha256$%'",
        );
        assert!(users == 0 || users == USERS, "{users} of {USERS} users after a kill at {delay:?}");
        assert_eq!(whole, users, "every imported row is whole");
        if users == 0 { none += 1 } else { all += 1 }
    }
    println!("kills left all users {all} times and none {none} times");
}

#[test]
fn sigkill_during_login_attempts_counts_every_reserved_attempt() {
    const LIMIT: i64 = 20;
    let s = Sandbox::new("");
    // A costly hash (64 MiB) widens the window between the guard's reservation and the verdict.
    s.write(
        "authadm.toml",
        &format!(
            "authentication_backends = [\"lockout\", \"model\"]\npassword_hashers = [\"argon2\"]\n\
             [hashers.argon2]\nmemory_cost = 65536\ntime_cost = 1\nparallelism = 1\n\
             [lockout]\nfailure_limit = {LIMIT}\nlockout_parameters = [\"username\"]\n"
        ),
    );
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    for delay in delays(13).take(80) {
        run_and_kill(&s, &["login-test", "alice", "--password-stdin"], "Wrong-guess-9", delay);
    }
    assert_eq!(integrity(&s), "ok");
    let bad = count(
        &s,
        "SELECT count(*) FROM authadm_attempt WHERE username != 'alice' OR time_us <= 0 \
         OR reason NOT IN ('pending', 'invalid_credentials', 'locked_out') \
         OR failed != CASE WHEN reason IN ('pending', 'invalid_credentials', 'locked_out') THEN 1 ELSE 0 END",
    );
    assert_eq!(bad, 0, "no attempt row is half written");
    let count_of = |reason: &str| count(&s, &format!("SELECT count(*) FROM authadm_attempt WHERE reason = '{reason}'"));
    let (pending, failed) = (count_of("pending"), count_of("invalid_credentials"));
    let failures = count(&s, "SELECT coalesce(sum(failures), 0) FROM authadm_lockout");
    assert_eq!(failures, pending + failed, "each reserved attempt, killed or not, counts as a failure");
    assert!(failures <= LIMIT, "{failures} failures counted past the limit of {LIMIT}");
    println!("{pending} attempts killed after their reservation, {failed} wrong, {} refused", count_of("locked_out"));
    if failures == LIMIT {
        s.expect(3, &["login-test", "alice", "--password-stdin"], "correct-Horse-battery-9");
    }
}

/// Waits until process `pid` has `path` open (one of its descriptors links to it).
fn wait_until_open(pid: u32, path: &std::path::Path) {
    let fd_dir = format!("/proc/{pid}/fd");
    for _ in 0..20_000 {
        let open = std::fs::read_dir(&fd_dir)
            .into_iter()
            .flatten()
            .flatten()
            .any(|fd| std::fs::read_link(fd.path()).is_ok_and(|target| target == path));
        if open {
            return;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    panic!("authadm never opened {}", path.display());
}

#[test]
fn a_database_removed_during_a_login_fails_it_with_exit_6() {
    if common::skip_in_postgres_mode("removes the SQLite file") {
        return;
    }
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    // Holding the writer's lock keeps authadm from recording the attempt until the file is gone.
    let lock = rusqlite::Connection::open(s.db()).unwrap();
    lock.execute_batch("BEGIN IMMEDIATE").unwrap();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("authadm"))
        .current_dir(s.path())
        .args(["login-test", "alice", "--password-stdin"])
        .env_remove("AUTHADM_CONFIG")
        .env_remove("AUTHADM_DATABASE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"Wrong-guess-9").unwrap();
    wait_until_open(child.id(), &s.db().canonicalize().unwrap());
    std::fs::remove_file(s.db()).unwrap();
    lock.execute_batch("ROLLBACK").unwrap();
    drop(lock);
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("removed or replaced"), "{stderr}");
}
