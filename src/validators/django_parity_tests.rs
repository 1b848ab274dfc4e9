//! Replays the cases that real Django produced (`tests/django/gen_validator_cases.py`).

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use super::{UserAttributes, Validator, build, validate_all};

const CASES: &str = include_str!("../../tests/django/validator_cases.json");

#[derive(Deserialize)]
struct Cases {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    validators: Vec<Configured>,
    password: String,
    user: Option<User>,
    codes: Vec<String>,
    messages: Vec<String>,
    help_texts: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Configured {
    name: String,
    options: toml::Table,
}

#[derive(Deserialize)]
struct User {
    username: String,
    first_name: String,
    last_name: String,
    email: String,
}

impl From<User> for UserAttributes {
    fn from(u: User) -> Self {
        UserAttributes { username: u.username, first_name: u.first_name, last_name: u.last_name, email: u.email }
    }
}

/// Paths in the cases are relative to `tests/django/`, where the lists were written.
fn base_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/django"))
}

fn build_all(configured: &[Configured]) -> Vec<crate::component::Configured<dyn Validator>> {
    configured.iter().map(|c| build(&c.name, &c.options, base_dir()).expect("validator builds")).collect()
}

#[test]
fn verdicts_and_messages_match_django() {
    let cases: Cases = serde_json::from_str(CASES).expect("validator_cases.json parses");
    assert!(cases.cases.len() >= 300, "too few cases: {}", cases.cases.len());
    // Built once per configuration, as a real run does, so each list is loaded only once.
    let mut built: HashMap<String, Vec<crate::component::Configured<dyn Validator>>> = HashMap::new();
    let mut failures = Vec::new();
    for (i, case) in cases.cases.into_iter().enumerate() {
        let validators = built.entry(format!("{:?}", case.validators)).or_insert_with(|| build_all(&case.validators));
        let user = case.user.map(UserAttributes::from);
        let found = validate_all(validators, &case.password, user.as_ref());
        let mut codes: Vec<String> = found.iter().map(|v| v.code.clone()).collect();
        codes.sort();
        let messages: Vec<String> = found.into_iter().map(|v| v.message).collect();
        let help_texts: Vec<String> = validators.iter().map(|v| v.help_text()).collect();
        if (&codes, &messages, &help_texts) != (&case.codes, &case.messages, &case.help_texts) {
            failures.push(format!(
                "case {i} password {:?}: got {codes:?} {messages:?} {help_texts:?}, \
                 Django {:?} {:?} {:?}",
                case.password, case.codes, case.messages, case.help_texts
            ));
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}
