//! Round-trip properties: every hasher that makes hashes verifies them (and nothing else), and
//! settings, durations and rate strings read back what they print.

use authadm::config::Settings;
use authadm::lockout::rates;
use authadm::secret::Secret;
use authadm::time::{format_duration, parse_duration};
use jiff::SignedDuration;
use proptest::prelude::*;

/// The four makers at their lowest costs, so each case takes milliseconds.
const CHEAP: &str = r#"password_hashers = ["argon2", "pbkdf2_sha256", "bcrypt_sha256", "scrypt"]
[hashers.argon2]
memory_cost = 8
time_cost = 1
parallelism = 1
[hashers.pbkdf2_sha256]
iterations = 1
[hashers.bcrypt_sha256]
rounds = 4
[hashers.scrypt]
n = 2
r = 1
p = 1
"#;

fn roundtrip(text: &str) -> (toml::Table, toml::Table) {
    let first = Settings::from_toml(text, None).unwrap_or_else(|e| panic!("{e}\n{text}")).effective();
    let printed = toml::to_string(&first).unwrap();
    let second = Settings::from_toml(&printed, None).unwrap_or_else(|e| panic!("{e}\n{printed}")).effective();
    (first, second)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_maker_verifies_what_it_makes_and_nothing_else(password in ".{0,40}", other in ".{0,40}") {
        let settings = Settings::from_toml(CHEAP, None).unwrap();
        for algorithm in ["argon2", "pbkdf2_sha256", "bcrypt_sha256", "scrypt"] {
            let encoded = settings.hashers.make_with(algorithm, &Secret::new(password.clone())).unwrap();
            prop_assert!(encoded.starts_with(algorithm), "{encoded}");
            prop_assert!(settings.hashers.check(&Secret::new(password.clone()), &encoded).valid, "{algorithm}");
            if other != password {
                prop_assert!(!settings.hashers.check(&Secret::new(other.clone()), &encoded).valid, "{algorithm}");
            }
        }
    }

    #[test]
    fn durations_print_what_they_parse(seconds in 0i64..=100 * 365 * 86_400) {
        let duration = SignedDuration::from_secs(seconds);
        let text = format_duration(duration);
        prop_assert_eq!(parse_duration(&text), Ok(duration), "{}", text);
    }

    #[test]
    fn duration_text_parses_to_its_sum(parts in proptest::collection::vec((0i64..1000, 0usize..5), 1..4)) {
        let units = [("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800)];
        let text: String = parts.iter().map(|(n, u)| format!("{n}{}", units[*u].0)).collect();
        let sum: i64 = parts.iter().map(|(n, u)| n * units[*u].1).sum();
        let parsed = parse_duration(&text).unwrap();
        prop_assert_eq!(parsed.as_secs(), sum);
        prop_assert_eq!(parse_duration(&format_duration(parsed)), Ok(parsed));
    }

    #[test]
    fn rates_print_what_they_parse(
        items in proptest::collection::vec((1u32..100_000, 0u32..366, 0usize..4, 0usize..3), 1..4)
    ) {
        let text = items
            .iter()
            .map(|(amount, count, unit, scope)| {
                let count = if *count == 0 { String::new() } else { count.to_string() };
                format!("{amount}/{count}{}/{}", ["s", "m", "h", "d"][*unit], ["ip", "user", "key"][*scope])
            })
            .collect::<Vec<_>>()
            .join(",");
        let parsed = rates::parse(&text).unwrap();
        let printed = parsed.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
        prop_assert_eq!(rates::parse(&printed), Ok(parsed), "{} printed as {}", text, printed);
    }

    #[test]
    fn settings_print_what_they_read(
        limit in 1u32..10_000,
        cooloff in 1i64..10_000_000,
        reset in any::<bool>(),
        backends in proptest::sample::subsequence(vec!["lockout", "case_insensitive", "email", "token", "model"], 1..5),
        iterations in 1u32..1_000_000,
        memory in 64u32..100_000, // at least 8 × the default parallelism (8)
        rate in 1u32..1000,
        period in 1u32..1000,
        min_length in 1u32..64,
    ) {
        let backends = backends.iter().map(|b| format!("\"{b}\"")).collect::<Vec<_>>().join(", ");
        let text = format!(
            "authentication_backends = [{backends}]\npassword_hashers = [\"pbkdf2_sha256\", \"argon2\"]\n\
             [[auth_password_validators]]\nname = \"minimum_length\"\noptions = {{ min_length = {min_length} }}\n\
             [hashers.pbkdf2_sha256]\niterations = {iterations}\n[hashers.argon2]\nmemory_cost = {memory}\n\
             [lockout]\nfailure_limit = {limit}\ncooloff = \"{}\"\nreset_on_success = {reset}\n\
             [rate_limits]\nlogin_failed = \"{rate}/{period}m/key\"\n",
            format_duration(SignedDuration::from_secs(cooloff)),
        );
        let (first, second) = roundtrip(&text);
        prop_assert_eq!(first, second);
    }
}

#[test]
fn default_settings_print_what_they_read() {
    let (first, second) = roundtrip("");
    assert_eq!(first, second);
}
