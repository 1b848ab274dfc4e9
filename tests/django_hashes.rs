//! Replays tests/django/hash_cases.json (hashes made by Django 5.2 itself, with Django's own
//! answers) through authadm's hashers: the right password verifies exactly when Django's
//! `check_password` says so, the wrong one never does, and `must_update` agrees. No Python needed;
//! regenerate the file with tests/django/gen_hash_cases.py.

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
