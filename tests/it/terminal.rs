//! A person at a terminal: hidden prompts, questions, Ctrl-C and Ctrl-D, driven through a
//! pseudo-terminal by `tests/tty/drive.py` (skipped, saying so, without python3).

use crate::common::{self, Sandbox};
use serde_json::Value;
use std::process::Command;

const ALICE_PW: &str = "correct-Horse-battery-9";

/// Runs `authadm ARGS` in the sandbox on a pseudo-terminal, typing each step's keys once its text
/// has appeared; returns the driver's report, or `None` without python3.
fn at_terminal(s: &Sandbox, steps: &[(&str, &str)], args: &[&str]) -> Option<Value> {
    if Command::new("python3").arg("--version").output().is_err() {
        common::note("skipping: no python3 to drive a pseudo-terminal");
        return None;
    }
    let driver = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tty/drive.py");
    let output = Command::new("python3")
        .arg(driver)
        .arg(serde_json::to_string(steps).unwrap())
        .arg(assert_cmd::cargo::cargo_bin!("authadm"))
        .args(args)
        .current_dir(s.path())
        .env_remove("AUTHADM_CONFIG")
        .env_remove("AUTHADM_DATABASE")
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("driver: {e}: {}", String::from_utf8_lossy(&output.stderr)));
    assert_eq!(report["steps_left"], serde_json::json!([]), "the command never asked: {report}");
    Some(report)
}

fn sandbox() -> Option<Sandbox> {
    if common::skip_in_postgres_mode("the terminal, not the store, is under test") {
        return None;
    }
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", ALICE_PW);
    Some(s)
}

/// Ctrl-C at a hidden prompt or a question ends the command with 130 and leaves the terminal
/// echoing, as before the prompt turned echo off.
#[test]
fn ctrl_c_leaves_the_terminal_as_it_was() {
    let Some(s) = sandbox() else { return };
    for (text, args) in [("Password: ", &["set-password", "alice"][..]), ("[y/N]: ", &["user", "remove", "alice"])] {
        let Some(report) = at_terminal(&s, &[(text, "\u{3}")], args) else { return };
        assert_eq!(report["status"], 130, "{report}");
        assert_eq!(report["echo"], true, "{report}");
    }
    s.expect(0, &["user", "show", "alice"], "");
}

/// Ctrl-D (end of input) answers a question with no and cancels a text prompt; nothing waits.
#[test]
fn ctrl_d_answers_no_and_cancels() {
    let Some(s) = sandbox() else { return };
    let Some(report) = at_terminal(&s, &[("[y/N]: ", "\u{4}")], &["user", "remove", "alice"]) else { return };
    assert_eq!(report["status"], 1, "{report}");
    assert!(report["output"].as_str().unwrap().contains("Nothing removed"), "{report}");
    let Some(report) = at_terminal(&s, &[("Email address: ", "\u{4}")], &["user", "add", "bob"]) else { return };
    assert_eq!(report["status"], 2, "{report}");
    s.expect(4, &["user", "show", "bob"], "");
}

/// As Django's changepassword: the validators' reasons, the bypass question, and on "n" another
/// password; `--quiet` keeps what the person needs to answer.
#[test]
fn declining_the_bypass_asks_for_another_password() {
    let Some(s) = sandbox() else { return };
    let steps = [
        ("Password: ", "short\n"),
        ("Password (again): ", "short\n"),
        ("too short", ""),
        ("[y/N]: ", "n\n"),
        ("Password: ", "another-Secret-phrase-7\n"),
        ("Password (again): ", "another-Secret-phrase-7\n"),
    ];
    let Some(report) = at_terminal(&s, &steps, &["--quiet", "set-password", "alice"]) else { return };
    assert_eq!(report["status"], 0, "{report}");
    s.expect(0, &["login-test", "alice", "--password-stdin"], "another-Secret-phrase-7");
}

/// `--password-stdin` on a terminal reads the line without echoing it.
#[test]
fn a_secret_typed_for_password_stdin_is_not_echoed() {
    let Some(s) = sandbox() else { return };
    let args = ["login-test", "alice", "--password-stdin", "--no-record"];
    let Some(report) = at_terminal(&s, &[("", "Typed-Secret-41\n")], &args) else { return };
    assert_eq!(report["status"], 1, "{report}");
    assert!(!report["output"].as_str().unwrap().contains("Typed-Secret-41"), "{report}");
}

/// As `createsuperuser`: an address Django refuses is said and asked for again.
#[test]
fn an_invalid_email_is_asked_for_again() {
    let Some(s) = sandbox() else { return };
    let steps = [
        ("Email address: ", "bob@@example.com\n"),
        ("Error: ", ""),
        ("Email address: ", "bob@example.com\n"),
        ("Password: ", "another-Secret-phrase-7\n"),
        ("Password (again): ", "another-Secret-phrase-7\n"),
    ];
    let Some(report) = at_terminal(&s, &steps, &["user", "add", "bob"]) else { return };
    assert_eq!(report["status"], 0, "{report}");
    assert_eq!(s.json(0, &["user", "show", "bob"], "")["email"], "bob@example.com");
}
