//! Crash safety: authadm killed with SIGKILL at arbitrary points during writes leaves a database
//! that passes `integrity_check`, with every user wholly there or absent.

mod common;

use common::Sandbox;
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
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
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
