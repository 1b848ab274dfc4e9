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

/// `hash audit --django 5.1` on a database holding every legacy format lists exactly the users
/// that release cannot verify, never a digest; `--expire` makes those passwords (and the ones of
/// no known format, which no release verifies) unusable, audited.
#[test]
fn hash_audit_counts_kinds_and_expires_what_a_django_release_cannot_verify() {
    let s = Sandbox::new("");
    let legacy = [
        ("salted_sha1", "sha1$seasalt$0a4dd27d1c2d8d6ec3f4ec28c1b27b0cd2f6a7e1"),
        ("bare_md5", "5f4dcc3b5aa765d61d8327deb882cf99"),
        ("bare_sha1", "sha1$$5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"),
        ("salted_md5", "md5$seasalt$6f1ed002ab5595859014ebf0951522d9"),
        ("clear_text", "hunter2-in-clear"),
    ];
    for (name, _) in legacy.iter().chain(&[("modern", ""), ("token_only", "")]) {
        let how = if *name == "token_only" { "--no-password" } else { "--password-stdin" };
        s.expect(0, &["user", "add", name, "--email", &format!("{name}@example.com"), how], PW);
    }
    for (name, encoded) in legacy {
        s.execute(&format!("UPDATE auth_user SET password = '{encoded}' WHERE username = '{name}'"));
    }
    let (out, _) = s.expect(0, &["hash", "audit", "--django", "5.1", "--json"], "");
    for (_, encoded) in legacy {
        let secret = encoded.rsplit('$').next().unwrap();
        assert!(!out.contains(secret), "a digest or stored text was printed: {out}");
    }
    let report: Value = serde_json::from_str(&out).unwrap();
    let kinds = report["hashes"].as_array().unwrap();
    let users_where = |test: &dyn Fn(&Value) -> bool| {
        let mut names: Vec<&str> = kinds
            .iter()
            .filter(|k| test(k))
            .flat_map(|k| k["users"].as_array().unwrap().iter().map(|u| u.as_str().unwrap()))
            .collect();
        names.sort();
        names
    };
    let unverifiable = |k: &Value| k["django_verifies"] == false && k["unusable"] == false && k["unknown"] == false;
    assert_eq!(users_where(&unverifiable), ["bare_md5", "bare_sha1", "salted_sha1"], "{report}");
    assert_eq!(users_where(&|k| k["unknown"] == true), ["clear_text"]);
    assert_eq!(users_where(&|k| k["unusable"] == true), ["token_only"]);
    assert_eq!(users_where(&|k| k["would_upgrade"] == true), ["bare_md5", "bare_sha1", "salted_md5", "salted_sha1"]);
    assert_eq!(users_where(&|k| k["django_verifies"] == true), ["modern", "salted_md5"]);

    let floored = s.json(0, &["hash", "audit", "--floor", "iterations=600000", "--floor", "memory_cost=19456"], "");
    let below: Vec<&str> = floored["hashes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["below_floor"] == true)
        .flat_map(|k| k["users"].as_array().unwrap().iter().map(|u| u.as_str().unwrap()))
        .collect();
    let mut below = below;
    below.sort();
    // The sandbox's cheap argon2 (memory_cost=64) and the formats with no cost at all.
    assert_eq!(below, ["bare_md5", "bare_sha1", "modern", "salted_md5", "salted_sha1"], "{floored}");
    s.expect(2, &["hash", "audit", "--expire", "--yes"], "");
    let done = s.json(0, &["hash", "audit", "--django", "5.1", "--expire", "--yes"], "");
    let mut expired: Vec<&str> = done["expired"].as_array().unwrap().iter().map(|u| u.as_str().unwrap()).collect();
    expired.sort();
    // A password of no known format (kept in clear, here) no release verifies: it goes too.
    assert_eq!(expired, ["bare_md5", "bare_sha1", "clear_text", "salted_sha1"]);
    let after = s.json(0, &["hash", "audit", "--django", "5.1"], "");
    let unusable = after["hashes"].as_array().unwrap().iter().find(|k| k["unusable"] == true).unwrap();
    assert_eq!(unusable["count"], 5, "{after}");
    let events = s.json(0, &["audit", "events", "--kind", "password_expired"], "");
    assert_eq!(events["events"].as_array().unwrap().len(), 4, "{events}");
}
