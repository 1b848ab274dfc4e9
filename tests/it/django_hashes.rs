//! Replays tests/django/hash_cases.json (hashes made by Django 5.2 itself, with Django's own
//! answers) through authadm's hashers: the right password verifies exactly when Django's
//! `check_password` says so, the wrong one never does, and `must_update` agrees. No Python needed;
//! regenerate the file with tests/django/gen_hash_cases.py.

use crate::common::{self, Sandbox};
use authadm::config::Settings;
use authadm::hashers::PasswordHashers;
use authadm::secret::Secret;
use serde_json::Value;
use std::collections::BTreeMap;

fn cases() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/django/hash_cases.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn hashers_of(toml: &str) -> PasswordHashers {
    Settings::from_toml(toml, None).unwrap_or_else(|e| panic!("{e}\n{toml}")).hashers
}

fn check(hashers: &PasswordHashers, password: &str, encoded: &str) -> (bool, bool) {
    let verdict = hashers.check(&Secret::new(password.to_string()), encoded);
    (verdict.valid, verdict.must_update)
}

#[test]
fn every_django_hash_verifies_as_django_says() {
    let data = cases();
    assert_eq!(data["django"], "5.2.19");
    let configs: BTreeMap<String, PasswordHashers> = data["configs"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, toml)| (name.clone(), hashers_of(toml.as_str().unwrap())))
        .collect();
    let mut checked = 0;
    let mut failures = Vec::new();
    for case in data["cases"].as_array().unwrap().iter().filter(|c| c.get("expect").is_some()) {
        let (name, encoded) = (case["name"].as_str().unwrap(), case["encoded"].as_str().unwrap());
        let (password, wrong) = (case["password"].as_str().unwrap(), case["wrong_password"].as_str().unwrap());
        for (config, expect) in case["expect"].as_object().unwrap() {
            let hashers = &configs[config];
            let (valid, must_update) = check(hashers, password, encoded);
            let mut wanted = vec![("valid", valid, expect["valid"].as_bool().unwrap())];
            // Django's full-cost hashes (a second each in a debug build) check only the right
            // password; the reduced-cost cases of the same formats check the wrong one.
            if !name.ends_with("/default") {
                let (wrong_valid, _) = check(hashers, wrong, encoded);
                wanted.push(("wrong_valid", wrong_valid, expect["wrong_valid"].as_bool().unwrap()));
            }
            if let Some(django) = expect["must_update"].as_bool() {
                wanted.push(("must_update", must_update, django));
            }
            for (what, ours, django) in wanted {
                if ours != django {
                    failures.push(format!("{name} under {config}: {what} is {ours}, Django says {django}"));
                }
            }
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{} disagreements:\n{}", failures.len(), failures.join("\n"));
    assert!(checked >= 80, "only {checked} checks");
}

/// Django 5.2 no longer ships the unsalted hashers; Django 4.2's verified these shapes and
/// always re-hashed them.
#[test]
fn legacy_unsalted_shapes_verify_and_upgrade() {
    let hashers = hashers_of(
        "password_hashers = [\"argon2\", \"unsalted_md5\", \"unsalted_sha1\"]\n\
         [hashers.argon2]\nmemory_cost = 64\ntime_cost = 1\nparallelism = 1\n",
    );
    let data = cases();
    let legacy: Vec<&Value> =
        data["cases"].as_array().unwrap().iter().filter(|c| c.get("legacy_algorithm").is_some()).collect();
    assert_eq!(legacy.len(), 9);
    for case in legacy {
        let encoded = case["encoded"].as_str().unwrap();
        assert_eq!(authadm::hashers::algorithm_of(encoded), case["legacy_algorithm"].as_str().unwrap());
        assert_eq!(check(&hashers, case["password"].as_str().unwrap(), encoded), (true, true), "{}", case["name"]);
        assert!(!check(&hashers, case["wrong_password"].as_str().unwrap(), encoded).0, "{}", case["name"]);
    }
}

/// tests/django/hash_cases_django42.json: the hex-digest formats as Django 4.2's own hashers made
/// and judged them (`sha1`, which Django 5.1 removed, `md5` and the unsalted shapes); regenerate it
/// with tests/django/gen_hash_cases_django42.py.
#[test]
fn django_42_digest_hashes_verify_and_upgrade_as_django_says() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/django/hash_cases_django42.json");
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(data["django"].as_str().unwrap().starts_with("4.2."));
    let hashers = hashers_of(data["config"].as_str().unwrap());
    let cases = data["cases"].as_array().unwrap();
    assert_eq!(cases.iter().filter(|c| c["algorithm"] == "sha1").count(), 15);
    for case in cases {
        let (name, encoded) = (case["name"].as_str().unwrap(), case["encoded"].as_str().unwrap());
        let algorithm = case["algorithm"].as_str().unwrap();
        assert_eq!(authadm::hashers::algorithm_of(encoded), algorithm, "{name}");
        let (password, wrong) = (case["password"].as_str().unwrap(), case["wrong_password"].as_str().unwrap());
        let expected = (case["valid"].as_bool().unwrap(), case["must_update"].as_bool().unwrap());
        assert_eq!(check(&hashers, password, encoded), expected, "{name}");
        assert_eq!(check(&hashers, wrong, encoded).0, case["wrong_valid"].as_bool().unwrap(), "{name}");
        let own = authadm::hashers::build(algorithm, &toml::Table::new()).unwrap();
        let decoded = own.decode(encoded).unwrap();
        assert_eq!(decoded.must_update(), case["hasher_must_update"].as_bool().unwrap(), "{name}");
    }
}

/// A `sha1` hash Django 4.2 made (hash_cases_django42.json's `sha1/4/0`) logs in once and is
/// re-made with the preferred hasher, as Django's `check_password` setter does.
#[test]
fn a_django_42_sha1_hash_is_upgraded_at_login() {
    let s = Sandbox::new("");
    let with_sha1 =
        common::FAST_CONFIG.replace(r#"["argon2", "pbkdf2_sha256"]"#, r#"["argon2", "pbkdf2_sha256", "sha1"]"#);
    s.write("sha1.toml", &with_sha1);
    let sha1 = "sha1$seasaltSEASALT0123456x$a1282d0734568b2b3cee0cb02ae57533e3027af0";
    s.expect(0, &["--config", "sha1.toml", "user", "add", "olga", "--password-hash", sha1], "");
    let hash = || s.query_one("SELECT password FROM auth_user WHERE username='olga'");
    s.expect(1, &["--config", "sha1.toml", "login-test", "olga", "--password-stdin"], "Ünïcödé-Strasse");
    assert_eq!(hash(), sha1);
    s.expect(0, &["--config", "sha1.toml", "login-test", "olga", "--password-stdin"], "Ünïcödé-Straße");
    assert!(hash().starts_with("argon2$argon2id$"), "{}", hash());
    s.expect(0, &["login-test", "olga", "--password-stdin"], "Ünïcödé-Straße");
}

#[test]
fn hash_make_verify_identify_round_trip() {
    let s = Sandbox::new("");
    for algorithm in ["argon2", "pbkdf2_sha256"] {
        let (out, _) = s.expect(0, &["hash", "make", "--algorithm", algorithm, "--password-stdin"], "pässwörd\n");
        let encoded = out.trim_end();
        assert!(encoded.starts_with(&format!("{algorithm}$")), "{encoded}");
        let ok = s.json(0, &["hash", "verify", encoded, "--password-stdin"], "pässwörd");
        assert_eq!(
            ok,
            serde_json::json!({"valid": true, "algorithm": algorithm, "must_update": algorithm != "argon2"})
        );
        s.expect(1, &["hash", "verify", encoded, "--password-stdin"], "passwörd");
        let identified = s.json(0, &["hash", "identify", encoded], "");
        assert_eq!(identified["algorithm"], algorithm);
        assert_eq!(identified["configured"], true);
        assert!(!identified.to_string().contains(encoded), "JSON never carries the hash");
    }
    let (_, err) = s.expect(2, &["hash", "make", "--algorithm", "md5", "--password-stdin"], "pw");
    assert!(err.contains("cannot make new hashes"), "{err}");
    let (_, err) = s.expect(2, &["hash", "make", "--password-stdin", "--json"], "pw");
    assert!(err.contains("drop --json"), "{err}");
}

#[test]
fn malformed_and_absurd_hashes_are_input_errors_that_do_not_quote_them() {
    let s = Sandbox::new("");
    let argon2 = "argon2$argon2id$v=19$m=4294967295,t=2,p=1$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg$JriGDdbxsTctSZqRDYIq0ftplTvvQ4VW2HhM/v9QWlc";
    let scrypt = "scrypt$4294967296$seasalt$8$1$AAAA";
    for encoded in [argon2, "scrypt$1073741824$seasalt$8$1$AAAA", scrypt, "pbkdf2_sha256$x$y", "no-such-format"] {
        for args in [&["hash", "verify", encoded, "--password-stdin"][..], &["hash", "identify", encoded][..]] {
            let (_, err) = s.expect(2, args, "password");
            assert!(!err.contains(encoded), "{err}");
        }
    }
    let (_, err) = s.expect(2, &["hash", "identify", argon2], "");
    assert!(err.contains("refuses more than 1024 MiB"), "{err}");
    let unusable = s.json(1, &["hash", "verify", "!abcdef", "--password-stdin"], "x");
    assert_eq!(unusable["valid"], false);
}

#[test]
fn user_add_stores_a_checked_pre_made_hash() {
    let s = Sandbox::new("");
    let (out, _) = s.expect(0, &["hash", "make", "--password-stdin"], "Premade-phrase-42");
    let encoded = out.trim_end();
    let added = s.json(0, &["user", "add", "dora", "--email", "d@example.com", "--password-hash", encoded], "");
    assert_eq!(added["has_usable_password"], true);
    assert!(!added.to_string().contains(encoded));
    s.expect(0, &["login-test", "dora", "--password-stdin"], "Premade-phrase-42");
    let (_, err) = s.expect(2, &["user", "add", "eve", "--password-hash", "pbkdf2_sha256$1$salt"], "");
    assert!(err.contains("not a valid pbkdf2_sha256 hash") && !err.contains("$1$salt"), "{err}");
    let (_, err) =
        s.expect(2, &["user", "add", "eve", "--password-hash", "md5$salt$1e9bf2bf5606aa5c39852cc30f0f6f22"], "");
    assert!(err.contains("not in password_hashers"), "{err}");
    s.expect(4, &["user", "show", "eve"], "");
}
