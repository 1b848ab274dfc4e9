//! Password validators through the binary: validate-password, and the same policy guarding
//! user add and set-password.

use crate::common::Sandbox;
use sha1::{Digest, Sha1};

fn codes(result: &serde_json::Value) -> Vec<String> {
    let mut codes: Vec<String> =
        result["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap().to_string()).collect();
    codes.sort();
    codes
}

#[test]
fn default_validators_are_djangos_four() {
    let s = Sandbox::new("");
    let result = s.json(1, &["validate-password", "--password-stdin", "--username", "alice1234"], "alice1234");
    assert_eq!(result["valid"], false);
    assert_eq!(codes(&result), ["password_too_similar"]);
    let result = s.json(1, &["validate-password", "--password-stdin"], "1234567");
    assert_eq!(codes(&result), ["password_entirely_numeric", "password_too_common", "password_too_short"]);
    for error in result["errors"].as_array().unwrap() {
        assert!(!error["message"].as_str().unwrap().contains("1234567"), "no password in messages");
    }
    let result = s.json(0, &["validate-password", "--password-stdin"], "correct-Horse-battery-9\n");
    assert_eq!(result, serde_json::json!({"valid": true, "errors": []}));
}

#[test]
fn similarity_uses_an_existing_users_attributes() {
    let s = Sandbox::new("");
    s.expect(0, &["user", "add", "jdoe", "--email", "x@example.com", "--last-name", "Wonderland", "--no-password"], "");
    let result = s.json(1, &["validate-password", "--password-stdin", "--user", "jdoe"], "wonderland77x");
    assert_eq!(codes(&result), ["password_too_similar"]);
    assert_eq!(result["errors"][0]["message"], "The password is too similar to the last name.");
    s.expect(4, &["validate-password", "--password-stdin", "--user", "nobody"], "wonderland77x");
}

#[test]
fn dotted_class_and_short_names_with_options() {
    let s = Sandbox::new(
        r#"
[[auth_password_validators]]
name = "django.contrib.auth.password_validation.MinimumLengthValidator"
options = { min_length = 12 }
[[auth_password_validators]]
name = "ComplexityValidator"
options = { require_special = false }
[[auth_password_validators]]
name = "numeric_password"
"#,
    );
    let result = s.json(1, &["validate-password", "--password-stdin"], "abcdefghij");
    assert_eq!(codes(&result), ["password_no_digit", "password_no_upper", "password_too_short"]);
    s.expect(0, &["validate-password", "--password-stdin"], "abcdefghijK1");
    let (help, _) = s.expect(0, &["validate-password", "--help-text"], "");
    assert_eq!(help.lines().count(), 3, "{help}");
    assert!(help.contains("at least 12 characters"), "{help}");
}

#[test]
fn bad_validator_config_gives_line_and_column() {
    let s = Sandbox::new(
        "[[auth_password_validators]]\nname = \"UserAttributeSimilarityValidator\"\noptions = { max_similarity = 0.05 }\n",
    );
    let (_, err) = s.expect(2, &["validate-password", "--help-text"], "");
    assert!(err.contains("authadm.toml:2:1"), "{err}");
    assert!(err.contains("max_similarity"), "{err}");
    let s = Sandbox::new("[[auth_password_validators]]\nname = \"LengthValidator\"\n");
    let (_, err) = s.expect(2, &["validate-password", "--help-text"], "");
    assert!(err.contains("unknown password validator `LengthValidator`"), "{err}");
    assert!(err.contains("minimum_length"), "{err}");
}

#[test]
fn breached_passwords_are_found_in_an_hibp_file() {
    let s = Sandbox::new(
        "[[auth_password_validators]]\nname = \"breached_password\"\noptions = { path = \"pwned.txt\", min_count = 2 }\n",
    );
    let hex = |pw: &str| Sha1::digest(pw.as_bytes()).iter().map(|b| format!("{b:02X}")).collect::<String>();
    let mut lines = [format!("{}:5", hex("hunter2")), format!("{}:1", hex("rarely-seen")), format!("{}:9", hex("x"))];
    lines.sort();
    s.write("pwned.txt", &(lines.join("\r\n") + "\r\n"));
    let result = s.json(1, &["validate-password", "--password-stdin"], "hunter2");
    assert_eq!(codes(&result), ["password_breached"]);
    s.expect(0, &["validate-password", "--password-stdin"], "rarely-seen");
    s.expect(0, &["validate-password", "--password-stdin"], "never-seen-before");
}

/// A missing list file stops only what validates a password (exit 2, at the validator's line,
/// before any password is read); the other commands keep working, and doctor says what is wrong.
#[test]
fn a_missing_list_file_stops_only_password_validation() {
    let s =
        Sandbox::new("[[auth_password_validators]]\nname = \"breached_password\"\noptions = { path = \"gone.txt\" }\n");
    for args in [
        &["validate-password", "--password-stdin"][..],
        &["user", "add", "bob", "--email", "bob@example.com", "--password-stdin"],
        &["config", "check"],
    ] {
        let (_, err) = s.expect(2, args, "correct-Horse-battery-9");
        assert!(err.contains("authadm.toml:2:1") && err.contains("gone.txt"), "{args:?}: {err}");
    }
    s.expect(0, &["user", "add", "carol", "--email", "carol@example.com", "--no-password"], "");
    s.expect(0, &["lockout", "status"], "");
    let report = s.json(1, &["doctor"], "");
    let check = report["checks"].as_array().unwrap().iter().find(|c| c["check"] == "validator_files").unwrap();
    assert_eq!(check["status"], "fail", "{report}");
    assert!(check["detail"].as_str().unwrap().contains("gone.txt"), "{report}");
    s.write("gone.txt", "");
    s.json(0, &["doctor"], "");
    s.expect(0, &["validate-password", "--password-stdin"], "correct-Horse-battery-9");
}

/// A list that is not a regular file, or too large, is caught as a missing one is: by doctor and
/// config check, and before a password is read, naming the file and what is wrong with it.
#[test]
fn a_device_or_an_oversized_list_is_refused_by_name() {
    let s = Sandbox::new(
        "[[auth_password_validators]]\nname = \"common_password\"\noptions = { password_list_path = \"/dev/zero\" }\n",
    );
    s.expect(0, &["user", "add", "carol", "--no-password"], "");
    let report = s.json(1, &["doctor"], "");
    let check = report["checks"].as_array().unwrap().iter().find(|c| c["check"] == "validator_files").unwrap();
    let detail = check["detail"].as_str().unwrap();
    assert!(detail.contains("`/dev/zero`, which cannot be read: it is not a regular file"), "{detail}");

    let s = Sandbox::new(
        "[[auth_password_validators]]\nname = \"common_password\"\noptions = { password_list_path = \"huge.txt\" }\n",
    );
    // Sparse: 33 MiB by its size, nothing on disk.
    std::fs::File::create(s.path().join("huge.txt")).unwrap().set_len(33 << 20).unwrap();
    for args in [&["config", "check"][..], &["validate-password", "--password-stdin"]] {
        let (_, err) = s.expect(2, args, "correct-Horse-battery-9");
        assert!(err.contains("authadm.toml:2:1") && err.contains("huge.txt"), "{args:?}: {err}");
        assert!(err.contains("more than 33554432 bytes (32 MiB), the most a password list may hold"), "{err}");
    }
}

#[test]
fn user_add_and_set_password_apply_the_validators() {
    let s = Sandbox::new("");
    let (out, err) = s.expect(1, &["user", "add", "bob", "--email", "bob@example.com", "--password-stdin"], "password");
    assert!(err.contains("password_too_common"), "{err}");
    assert!(!out.contains("password\n") && !err.contains("[password]"));
    s.expect(4, &["user", "show", "bob"], "");
    s.expect(
        0,
        &["user", "add", "bob", "--email", "bob@example.com", "--password-stdin", "--skip-validation"],
        "password",
    );
    s.expect(0, &["login-test", "bob", "--password-stdin"], "password");
    let refused = s.json(1, &["set-password", "bob", "--password-stdin"], "bob12345");
    assert_eq!(refused["valid"], false);
    s.expect(0, &["login-test", "bob", "--password-stdin"], "password");
}

#[test]
fn bypassed_validation_is_recorded_in_the_audit() {
    let s = Sandbox::new("");
    s.expect(
        0,
        &["user", "add", "bob", "--email", "b@example.com", "--password-stdin", "--skip-validation"],
        "password",
    );
    s.expect(0, &["set-password", "bob", "--password-stdin"], "Another-long-phrase-4");
    s.expect(0, &["set-password", "bob", "--password-stdin", "--skip-validation"], "123");
    let events = s.json(0, &["audit", "events", "--user", "bob"], "");
    let details: Vec<(&str, &str)> = events["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["kind"].as_str().unwrap(), e["detail"].as_str().unwrap()))
        .collect();
    assert_eq!(details.len(), 3, "{details:?}");
    assert_eq!(details[0].0, "password_changed");
    assert!(details[0].1.contains("BYPASSED"), "{details:?}");
    assert!(details[1].1.starts_with("password validated"), "{details:?}");
    assert_eq!(details[2].0, "user_added");
    assert!(details[2].1.contains("BYPASSED"), "{details:?}");
    let text = events.to_string();
    assert!(!text.contains("Another-long-phrase-4") && !text.contains("\"123\""), "no password in the audit");
}
