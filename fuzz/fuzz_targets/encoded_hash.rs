//! The encoded-hash parsers of every format: any text is described or refused, never a panic or
//! an absurd allocation.
#![no_main]
use authadm::config::Settings;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static SETTINGS: LazyLock<Settings> = LazyLock::new(|| {
    let text = r#"password_hashers = ["argon2", "pbkdf2_sha256", "pbkdf2_sha1", "bcrypt_sha256", "bcrypt", "scrypt", "md5", "unsalted_md5", "unsalted_sha1"]"#;
    Settings::from_toml(text, None).expect("every hasher")
});

fuzz_target!(|encoded: &str| {
    let _ = SETTINGS.hashers.inspect(encoded);
    let _ = authadm::hashers::algorithm_of(encoded);
});
