//! Lockouts, rate limits and the failed-login audit, driven through the binary.

use crate::common::{self, Sandbox};
use serde_json::Value;

const ALICE_PW: &str = "correct-Horse-battery-9";
const WRONG_PW: &str = "Wrong-guess-Secret-42";

/// The guard first, then `tables` (`[lockout]`, `[rate_limits]`) after the sandbox's own settings.
fn sandbox(tables: &str) -> Sandbox {
    let s = Sandbox::new("");
    let chain = "authentication_backends = [\"lockout\", \"email_or_username\"]";
    s.write("authadm.toml", &format!("{chain}\n{}\n{tables}\n", common::FAST_CONFIG));
    s.add_user("alice", "alice@example.com", ALICE_PW);
    s
}

fn login(s: &Sandbox, code: i32, who: &str, password: &str, ip: Option<&str>) -> Value {
    let mut args = vec!["login-test", who, "--password-stdin"];
    if let Some(ip) = ip {
        args.extend(["--ip", ip]);
    }
    s.json(code, &args, password)
}

#[test]
fn three_failures_lock_until_reset_and_the_audit_shows_them() {
    let s = sandbox("[lockout]\nfailure_limit = 3\nlockout_parameters = [\"username\"]");
    for _ in 0..3 {
        assert_eq!(login(&s, 1, "alice", WRONG_PW, Some("192.0.2.7"))["reason"], "invalid_credentials");
    }
    let locked = login(&s, 3, "alice", ALICE_PW, Some("192.0.2.7"));
    assert_eq!(locked["reason"], "locked_out");
    assert_eq!(locked["authenticated"], false);
    assert_eq!(locked["backend"], "lockout");
    assert_eq!(locked["locked_until"], Value::Null, "no cooloff: until reset");

    let status = s.json(0, &["lockout", "status"], "");
    let entries = status["locked"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{status}");
    assert_eq!(entries[0]["username"], "alice");
    assert_eq!(entries[0]["ip"], Value::Null);
    assert_eq!(entries[0]["failures"], 3);
    assert!(entries[0]["first_failure"].as_str().unwrap().ends_with('Z'));
    assert!(entries[0]["last_failure"].is_string());
    assert_eq!(entries[0]["locked_until"], Value::Null);

    let reset = s.json(0, &["lockout", "reset", "--user", "alice"], "");
    assert_eq!(reset["cleared"].as_array().unwrap().len(), 1, "{reset}");
    assert_eq!(s.json(0, &["lockout", "status"], "")["locked"], serde_json::json!([]));
    assert_eq!(login(&s, 0, "alice", ALICE_PW, None)["reason"], "ok");

    let (audit, _) = s.expect(0, &["audit", "failed-logins", "--json"], "");
    let attempts: Value = serde_json::from_str(&audit).unwrap();
    let attempts = attempts["attempts"].as_array().unwrap();
    let reasons: Vec<&str> = attempts.iter().map(|a| a["reason"].as_str().unwrap()).collect();
    assert_eq!(reasons, ["locked_out", "invalid_credentials", "invalid_credentials", "invalid_credentials"]);
    for attempt in attempts {
        assert_eq!(attempt["username"], "alice");
        assert_eq!(attempt["ip"], "192.0.2.7");
        assert!(attempt["time"].as_str().unwrap().ends_with('Z'));
    }
    for password in [ALICE_PW, WRONG_PW] {
        assert!(!audit.contains(password), "password in the audit: {audit}");
        assert!(!s.dump().contains(password), "password in the database");
        for format in ["table", "csv"] {
            let (text, _) = s.expect(0, &["audit", "failed-logins", "--format", format], "");
            assert!(!text.contains(password));
        }
    }
}

#[test]
fn case_and_email_variants_share_one_counter() {
    let s = sandbox("[lockout]\nfailure_limit = 3\nlockout_parameters = [\"username\"]");
    login(&s, 1, "alice", WRONG_PW, None);
    login(&s, 1, "ALICE", WRONG_PW, None);
    login(&s, 1, "Alice@Example.com", WRONG_PW, None);
    assert_eq!(login(&s, 3, "alice@example.com", ALICE_PW, None)["reason"], "locked_out");
    // An unknown name is counted under its lowercased form.
    for name in ["mallory", "MALLORY", "Mallory"] {
        login(&s, 1, name, WRONG_PW, None);
    }
    login(&s, 3, "mallory", WRONG_PW, None);
    let all = s.json(0, &["lockout", "status", "--all"], "");
    let names: Vec<&str> = all["locked"].as_array().unwrap().iter().map(|k| k["username"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 2, "{all}");
    assert!(names.contains(&"alice") && names.contains(&"mallory"), "{all}");
    // The audit shows each identifier as typed, and --user finds all of an account's.
    let alice = s.json(0, &["audit", "failed-logins", "--user", "ALICE"], "");
    let typed: Vec<&str> =
        alice["attempts"].as_array().unwrap().iter().map(|a| a["username"].as_str().unwrap()).collect();
    assert_eq!(typed, ["alice@example.com", "Alice@Example.com", "ALICE", "alice"]);
}

#[test]
fn a_cooloff_expires_and_the_account_logs_in_again() {
    let s = sandbox("[lockout]\nfailure_limit = 2\ncooloff = \"2s\"\nlockout_parameters = [\"username\"]");
    login(&s, 1, "alice", WRONG_PW, None);
    login(&s, 1, "alice", WRONG_PW, None);
    let locked = login(&s, 3, "alice", ALICE_PW, None);
    assert!(locked["locked_until"].is_string(), "{locked}");
    s.advance(2.1);
    assert_eq!(login(&s, 0, "alice", ALICE_PW, None)["reason"], "ok");
    assert_eq!(s.json(0, &["lockout", "status", "--all"], "")["locked"], serde_json::json!([]));
}

#[test]
fn success_resets_the_counter_and_probes_count_nothing() {
    let s = sandbox("[lockout]\nfailure_limit = 3\nlockout_parameters = [\"username\"]");
    login(&s, 1, "alice", WRONG_PW, None);
    login(&s, 1, "alice", WRONG_PW, None);
    login(&s, 0, "alice", ALICE_PW, None);
    login(&s, 1, "alice", WRONG_PW, None);
    login(&s, 1, "alice", WRONG_PW, None);
    for _ in 0..5 {
        s.expect(1, &["login-test", "alice", "--password-stdin", "--no-record"], WRONG_PW);
    }
    let before = s.dump();
    login(&s, 1, "alice", WRONG_PW, None);
    // Locked now; a probe says so and changes nothing.
    let after = s.dump();
    let probe = s.json(3, &["login-test", "alice", "--password-stdin", "--no-record"], ALICE_PW);
    assert_eq!(probe["reason"], "locked_out");
    assert_eq!(s.dump(), after);
    assert_ne!(before, after);
}

#[test]
fn ip_keys_and_the_allow_list() {
    let s = sandbox(
        "[lockout]\nfailure_limit = 2\nlockout_parameters = [[\"username\", \"ip_address\"]]\n\
         never_lockout = [\"10.0.0.0/8\"]",
    );
    login(&s, 1, "alice", WRONG_PW, Some("192.0.2.1"));
    login(&s, 1, "alice", WRONG_PW, Some("192.0.2.1"));
    login(&s, 3, "alice", ALICE_PW, Some("192.0.2.1"));
    login(&s, 0, "alice", ALICE_PW, Some("192.0.2.2"));
    for _ in 0..4 {
        login(&s, 1, "alice", WRONG_PW, Some("10.1.2.3"));
    }
    login(&s, 0, "alice", ALICE_PW, Some("10.1.2.3"));
    let status = s.json(0, &["lockout", "status", "--ip", "192.0.2.1"], "");
    assert_eq!(status["locked"][0]["ip"], "192.0.2.1");
    s.expect(0, &["lockout", "reset", "--user", "alice", "--ip", "192.0.2.1"], "");
    login(&s, 0, "alice", ALICE_PW, Some("192.0.2.1"));

    let groups = s.json(0, &["audit", "failed-logins", "--group-by", "ip", "--since", "24h"], "");
    let groups = groups["groups"].as_array().unwrap();
    assert_eq!(groups[0]["key"], "10.1.2.3");
    assert_eq!(groups[0]["failures"], 4);
    assert_eq!(groups[1]["key"], "192.0.2.1");
    assert_eq!(groups[1]["failures"], 3);
    assert!(groups[1]["first"].is_string() && groups[1]["last"].is_string());
}

/// Dual-stack servers report IPv4 clients as `::ffff:a.b.c.d`: that is the same client, under
/// the same counter, and inside the IPv4 allow list.
#[test]
fn ipv4_mapped_addresses_are_their_ipv4_address() {
    let s = sandbox(
        "[lockout]\nfailure_limit = 2\nlockout_parameters = [\"ip_address\"]\nnever_lockout = [\"10.0.0.0/8\"]",
    );
    for _ in 0..3 {
        login(&s, 1, "alice", WRONG_PW, Some("::ffff:10.1.2.3"));
    }
    login(&s, 1, "alice", WRONG_PW, Some("192.0.2.1"));
    login(&s, 1, "alice", WRONG_PW, Some("::ffff:192.0.2.1"));
    login(&s, 3, "alice", ALICE_PW, Some("192.0.2.1"));
    let status = s.json(0, &["lockout", "status", "--ip", "::ffff:192.0.2.1"], "");
    assert_eq!(status["locked"][0]["ip"], "192.0.2.1", "{status}");
    assert_eq!(status["locked"][0]["failures"], 2, "{status}");
}

#[test]
fn rate_limits_refuse_with_exit_3_until_the_window_slides() {
    let s = sandbox("[lockout]\nfailure_limit = 100\n[rate_limits]\nlogin_failed = \"2/2s/key\"");
    login(&s, 1, "alice", WRONG_PW, None);
    login(&s, 1, "ALICE", WRONG_PW, None);
    let limited = login(&s, 3, "alice", ALICE_PW, None);
    assert_eq!(limited["reason"], "rate_limited");
    assert!(limited["locked_until"].is_string(), "{limited}");
    s.advance(2.1);
    login(&s, 0, "alice", ALICE_PW, None);
    let (csv, _) = s.expect(0, &["audit", "failed-logins", "--format", "csv"], "");
    assert!(csv.starts_with("time,username,ip,reason,backend\r\n"), "{csv}");
    assert!(csv.contains(",rate_limited,lockout"), "{csv}");
}

#[test]
fn reset_all_and_prune_need_yes_without_a_terminal() {
    let s = sandbox("[lockout]\nfailure_limit = 1");
    login(&s, 1, "alice", WRONG_PW, None);
    let (_, err) = s.expect(2, &["lockout", "reset", "--all"], "");
    assert!(err.contains("--yes"), "{err}");
    s.expect(2, &["lockout", "reset"], "");
    let reset = s.json(0, &["lockout", "reset", "--all", "--yes"], "");
    assert_eq!(reset["cleared"][0]["failures"], 1);
    let (_, err) = s.expect(2, &["audit", "prune", "--older-than", "90d"], "");
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(s.json(0, &["audit", "prune", "--older-than", "90d", "--yes"], "")["attempts"], 0);
    s.advance(1.1);
    assert_eq!(s.json(0, &["audit", "prune", "--older-than", "1s", "--yes"], "")["attempts"], 1);
    let (_, err) = s.expect(2, &["audit", "failed-logins", "--since", "yesterday"], "");
    assert!(err.contains("--since"), "{err}");
}

#[test]
fn failed_logins_by_ip_since_use_the_partial_index() {
    if common::skip_in_postgres_mode("EXPLAIN QUERY PLAN of the SQLite query") {
        return;
    }
    let s = sandbox("");
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    let sql = format!(
        "EXPLAIN QUERY PLAN {}",
        authadm::store::audit::grouped_sql(authadm::store::audit::GroupBy::Ip, authadm::store::db::Engine::Sqlite,)
    );
    let plan: Vec<String> = conn
        .prepare(&sql)
        .unwrap()
        .query_map(rusqlite::params![0, i64::MAX, None::<String>, None::<String>, None::<String>, 100], |r| r.get(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(plan.iter().any(|p| p.contains("COVERING INDEX authadm_attempt_failed_ip")), "{plan:?}");
    assert!(!plan.iter().any(|p| p.contains("FOR GROUP BY")), "grouped while scanning: {plan:?}");
}

/// `reset_on_success = false`: a success takes back its own reservation and nothing more; the
/// earlier failures keep their times, so they expire when they would have (axes does not count
/// a success), and a success on a clean key leaves no counter behind.
#[test]
fn without_reset_on_success_a_success_keeps_old_failures_from_living_longer() {
    let s = sandbox("[lockout]\nfailure_limit = 3\ncooloff = \"2s\"\nreset_on_success = false");
    login(&s, 0, "alice", ALICE_PW, None);
    assert_eq!(s.json(0, &["lockout", "status", "--all"], "")["locked"], serde_json::json!([]));
    login(&s, 1, "alice", WRONG_PW, None);
    login(&s, 1, "alice", WRONG_PW, None);
    s.advance(1.5);
    login(&s, 0, "alice", ALICE_PW, None);
    let status = s.json(0, &["lockout", "status", "--all"], "");
    assert_eq!(status["locked"][0]["failures"], 2, "{status}");
    s.advance(1.0);
    // The two failures expired 2 s after the last of them, success or not: this one starts afresh.
    login(&s, 1, "alice", WRONG_PW, None);
    login(&s, 0, "alice", ALICE_PW, None);
}

/// A reset's event names the account a `--user` reset was for (whatever name was typed), and no
/// one for `--all` or `--ip`, whoever's keys those cleared.
#[test]
fn reset_events_name_the_account_reset() {
    let s = sandbox("[lockout]\nfailure_limit = 2\nlockout_parameters = [\"username\"]");
    login(&s, 1, "alice", WRONG_PW, Some("192.0.2.1"));
    s.expect(0, &["lockout", "reset", "--all", "--yes"], "");
    s.expect(0, &["lockout", "reset", "--ip", "192.0.2.1"], "");
    login(&s, 1, "alice", WRONG_PW, None);
    s.expect(0, &["lockout", "reset", "--user", "ALICE@example.com"], "");
    let events = s.json(0, &["audit", "events", "--kind", "lockout_reset"], "");
    let names: Vec<&serde_json::Value> = events["events"].as_array().unwrap().iter().map(|e| &e["username"]).collect();
    assert_eq!(names, [&serde_json::json!("alice"), &serde_json::Value::Null, &serde_json::Value::Null], "{events}");
}

/// Rate limits count attempt rows, so pruning inside their longest window is refused.
#[test]
fn prune_never_reaches_into_a_rate_limit_window() {
    let s = sandbox("[lockout]\nfailure_limit = 100\n[rate_limits]\nlogin_failed = \"2/5m/key\"");
    login(&s, 1, "alice", WRONG_PW, None);
    login(&s, 1, "alice", WRONG_PW, None);
    let (_, err) = s.expect(2, &["audit", "prune", "--older-than", "1m", "--yes"], "");
    assert!(err.contains("longest window is 5m"), "{err}");
    login(&s, 3, "alice", WRONG_PW, None);
    assert_eq!(s.json(0, &["audit", "prune", "--older-than", "5m", "--yes"], "")["attempts"], 0);
}

/// The red team's bypass: an attacker registers the username `alice@example.com`. Backends that
/// look an `@` identifier up by email check alice's password, so the guesses must count against
/// alice, whatever account has that string as its username; the attacker's own successful logins
/// (by their address) must not clear them. Case variants buy nothing either.
#[test]
fn a_username_equal_to_another_accounts_email_cannot_split_the_counters() {
    for (chain, policy) in [
        ("email_or_username", "[lockout]\nfailure_limit = 3"),
        ("email", "[lockout]\nfailure_limit = 3"),
        ("email", "[lockout]\nfailure_limit = 100\n[rate_limits]\nlogin_failed = \"3/h/key\""),
    ] {
        let s = Sandbox::new("");
        let backends = format!("authentication_backends = [\"lockout\", \"{chain}\"]");
        s.write("authadm.toml", &format!("{backends}\n{}\n{policy}\n", common::FAST_CONFIG));
        s.add_user("alice", "alice@example.com", ALICE_PW);
        s.add_user("alice@example.com", "m@evil.test", "Mallory-own-Secret-77");
        for guess in ["alice@example.com", "ALICE@example.com", "Alice@Example.COM"] {
            assert_eq!(login(&s, 1, guess, WRONG_PW, None)["reason"], "invalid_credentials", "{chain}");
            login(&s, 0, "m@evil.test", "Mallory-own-Secret-77", None);
        }
        let refused = login(&s, 3, "alice@example.com", WRONG_PW, None);
        assert!(["locked_out", "rate_limited"].contains(&refused["reason"].as_str().unwrap()), "{chain}: {refused}");
        // The guesses are alice's: her audit and her reset find them.
        let audit = s.json(0, &["audit", "failed-logins", "--user", "alice"], "");
        assert!(audit["attempts"].as_array().unwrap().len() >= 3, "{chain}: {audit}");
        if policy.contains("failure_limit = 3") {
            let reset = s.json(0, &["lockout", "reset", "--user", "alice"], "");
            assert_eq!(reset["cleared"][0]["failures"], 3, "{chain}: {reset}");
            assert_eq!(login(&s, 0, "alice@example.com", ALICE_PW, None)["user"]["username"], "alice");
        }
    }
}
