//! allauth's rate-string grammar: parse, and what parses prints back to the same rates.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(rates) = authadm::lockout::rates::parse(text) {
        let printed: Vec<String> = rates.iter().map(ToString::to_string).collect();
        let again = authadm::lockout::rates::parse(&printed.join(",")).expect("printed rates parse");
        assert_eq!(rates, again);
    }
});
