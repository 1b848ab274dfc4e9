//! Stale accounts: `user list`'s login-history and password filters and `user deactivate`, on a
//! clock the tests move (AUTHADM_TEST_NOW), never the wall clock.

use crate::common::Sandbox;
use serde_json::Value;

const PW: &str = "correct-Horse-battery-9";
const DAY: f64 = 86_400.0;

fn names(list: &Value) -> Vec<&str> {
    list.as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect()
}

/// alice logged in 100 days ago; bob and carol (no usable password) joined 110 days ago and never
/// logged in; dave joined 5 days ago; eve logged in 2 days ago.
fn history() -> Sandbox {
    let s = Sandbox::new("");
    s.advance(0.0);
    for name in ["alice", "bob", "eve"] {
        s.add_user(name, &format!("{name}@example.com"), PW);
    }
    s.expect(0, &["user", "add", "carol", "--email", "carol@example.com", "--no-password"], "");
    s.advance(10.0 * DAY);
    s.expect(0, &["login-test", "alice", "--password-stdin"], PW);
    s.advance(95.0 * DAY);
    s.add_user("dave", "dave@example.com", PW);
    s.advance(3.0 * DAY);
    s.expect(0, &["login-test", "eve", "--password-stdin"], PW);
    s.advance(2.0 * DAY);
    s
}

#[test]
fn stale_filters_follow_last_login_and_date_joined() {
    let s = history();
    let list = |args: &[&str]| {
        let mut all = vec!["user", "list"];
        all.extend(args);
        names(&s.json(0, &all, "")).into_iter().map(String::from).collect::<Vec<_>>()
    };
    assert_eq!(list(&["--last-login-before", "90d"]), ["alice", "bob", "carol"]);
    assert_eq!(list(&["--last-login-before", "1d"]), ["alice", "bob", "carol", "dave", "eve"]);
    assert_eq!(list(&["--never-logged-in"]), ["bob", "carol", "dave"]);
    assert_eq!(list(&["--never-logged-in", "--joined-before", "30d"]), ["bob", "carol"]);
    assert_eq!(list(&["--no-usable-password"]), ["carol"]);
    assert_eq!(list(&["--has-usable-password", "--last-login-before", "90d"]), ["alice", "bob"]);
    s.expect(2, &["user", "list", "--last-login-before", "someday"], "");
}

#[test]
fn deactivate_switches_stale_accounts_off_in_one_audited_transaction() {
    let s = history();
    let token = s.json(0, &["token", "create", "alice"], "")["token"].as_str().unwrap().to_string();
    s.expect(2, &["user", "deactivate", "--yes"], "");
    let (_, err) = s.expect(2, &["user", "deactivate", "--last-login-before", "90d"], "");
    assert!(err.contains("--yes"), "no terminal: says which flag to pass: {err}");

    let before = s.dump();
    let dry = s.json(0, &["user", "deactivate", "--last-login-before", "90d", "--exclude", "bob", "--dry-run"], "");
    assert_eq!(dry, serde_json::json!({"deactivated": ["alice", "carol"], "dry_run": true}));
    assert_eq!(s.dump(), before, "a dry run changes nothing");

    let done = s.json(0, &["user", "deactivate", "--last-login-before", "90d", "--exclude", "bob", "--yes"], "");
    assert_eq!(done, serde_json::json!({"deactivated": ["alice", "carol"], "dry_run": false}));
    assert_eq!(names(&s.json(0, &["user", "list", "--inactive"], "")), ["alice", "carol"]);
    s.expect(1, &["login-test", "alice", "--password-stdin"], PW);
    s.expect(1, &["login-test", "alice", "--token-stdin"], &token);
    let events = s.json(0, &["audit", "events", "--kind", "user_deactivated"], "");
    let users: Vec<&str> =
        events["events"].as_array().unwrap().iter().map(|e| e["username"].as_str().unwrap()).collect();
    assert_eq!(users.len(), 2, "{events}");
    assert!(users.contains(&"alice") && users.contains(&"carol"), "{events}");

    let again = s.json(0, &["user", "deactivate", "--last-login-before", "90d", "--exclude", "bob", "--yes"], "");
    assert_eq!(again["deactivated"], serde_json::json!([]), "a second run finds nothing to do");
}
