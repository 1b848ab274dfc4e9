//! Django's `PBKDF2PasswordHasher`: `pbkdf2_sha256$<iterations>$<salt>$<base64 of 32 bytes>`.

use super::{B64_PAD, Hasher, constant_time_eq, salt_too_short};
use crate::config::Options;
use base64::Engine;
use sha2::Sha256;

/// Django 5.2's iteration count.
const DEFAULT_ITERATIONS: u32 = 1_000_000;

pub struct Pbkdf2Sha256 {
    iterations: u32,
}

struct Parsed<'a> {
    iterations: u32,
    salt: &'a str,
}

impl Pbkdf2Sha256 {
    pub fn build(options: &Options) -> Result<Box<dyn Hasher>, String> {
        options.allow_only(&["iterations"])?;
        let iterations = options.u32_at_least("iterations", DEFAULT_ITERATIONS, 1)?;
        Ok(Self::with_iterations(iterations))
    }

    pub fn with_iterations(iterations: u32) -> Box<dyn Hasher> {
        Box::new(Pbkdf2Sha256 { iterations })
    }

    fn parse(encoded: &str) -> Option<Parsed<'_>> {
        let mut fields = encoded.splitn(4, '$');
        let (algorithm, iterations, salt, _hash) = (fields.next()?, fields.next()?, fields.next()?, fields.next()?);
        if algorithm != "pbkdf2_sha256" {
            return None;
        }
        let iterations = iterations.parse().ok().filter(|n| *n > 0)?;
        Some(Parsed { iterations, salt })
    }

    fn derive(password: &[u8], salt: &str, iterations: u32) -> [u8; 32] {
        let mut out = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<Sha256>(password, salt.as_bytes(), iterations, &mut out);
        out
    }

    fn encode_with(password: &[u8], salt: &str, iterations: u32) -> String {
        let hash = B64_PAD.encode(Self::derive(password, salt, iterations));
        format!("pbkdf2_sha256${iterations}${salt}${hash}")
    }
}

impl Hasher for Pbkdf2Sha256 {
    fn algorithm(&self) -> &'static str {
        "pbkdf2_sha256"
    }

    fn options(&self) -> toml::Table {
        toml::Table::from_iter([("iterations".to_string(), i64::from(self.iterations).into())])
    }

    fn encode(&self, password: &[u8], salt: &str) -> String {
        Self::encode_with(password, salt, self.iterations)
    }

    /// As Django: re-encode and compare the whole string, so `01000` iterations or unpadded
    /// base64 do not verify.
    fn verify(&self, password: &[u8], encoded: &str) -> bool {
        match Self::parse(encoded) {
            Some(p) => constant_time_eq(encoded, &Self::encode_with(password, p.salt, p.iterations)),
            None => false,
        }
    }

    fn must_update(&self, encoded: &str) -> bool {
        Self::parse(encoded).is_none_or(|p| p.iterations != self.iterations || salt_too_short(p.salt.chars().count()))
    }

    fn harden_runtime(&self, password: &[u8], encoded: &str) {
        if let Some(p) = Self::parse(encoded) {
            let missing = self.iterations.saturating_sub(p.iterations);
            if missing > 0 {
                Self::derive(password, p.salt, missing);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_vector_round_trips() {
        let hasher = Pbkdf2Sha256::with_iterations(1000);
        let encoded = hasher.encode(b"hunter2", "seasalt1234567890abcde");
        assert!(encoded.starts_with("pbkdf2_sha256$1000$seasalt1234567890abcde$"));
        assert!(hasher.verify(b"hunter2", &encoded));
        assert!(!hasher.verify(b"hunter3", &encoded));
        assert!(!hasher.verify(b"hunter2", &encoded.replacen("$1000$", "$01000$", 1)));
        assert!(!hasher.must_update(&encoded));
        assert!(Pbkdf2Sha256::with_iterations(2000).must_update(&encoded));
        assert!(hasher.must_update(&hasher.encode(b"x", "short")));
    }
}
