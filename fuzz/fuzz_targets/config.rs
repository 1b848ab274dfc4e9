//! The settings parser: any text is either settings or one located error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(err) = authadm::config::Settings::from_toml(text, Some(std::path::Path::new("fuzz.toml"))) {
        let message = err.to_string();
        assert!(message.starts_with("fuzz.toml"), "{message}");
        assert!(!message.contains('\n'), "one line: {message}");
    }
});
