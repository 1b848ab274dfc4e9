//! Durations and `--since` points: parse or refuse, and what parses prints back to itself.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(duration) = authadm::time::parse_duration(text) {
        let printed = authadm::time::format_duration(duration);
        assert_eq!(authadm::time::parse_duration(&printed), Ok(duration), "{printed}");
    }
    let _ = authadm::time::parse_point(text, jiff::Timestamp::UNIX_EPOCH);
});
