//! Django's `PBKDF2PasswordHasher` and `PBKDF2SHA1PasswordHasher`, one implementation over the
//! digest: `<algorithm>$<iterations>$<salt>$<base64 of one digest's length>`.

use super::text_salt_too_short;
use super::{B64_PAD, Decoded, Hasher, Maker, Param, ParamValue, SALT_LENGTH, constant_time_eq, random_string};
use crate::component::at_least;
use base64::Engine;
use ring::pbkdf2::{Algorithm, PBKDF2_HMAC_SHA1, PBKDF2_HMAC_SHA256};
use std::num::NonZeroU32;

/// Django 5.2's iteration count (for both digests).
const DEFAULT_ITERATIONS: u32 = 1_000_000;
/// A stored or given hash names its own iteration count; 20× Django's default is seconds of
/// work, while the 4294967295 a crafted hash may name would hang the process for an hour.
const MAX_ITERATIONS: u32 = 20 * DEFAULT_ITERATIONS;

/// PBKDF2-HMAC with one digest; the digest only shows in the name and the derived length.
///
/// ring's PBKDF2 rather than the generic `pbkdf2` crate's: ring's is compiled, optimised, in ring
/// itself, where a generic function is compiled into authadm, unoptimised in a debug build, which
/// made a million iterations in the test suite take 2.8 s (perf: the largest share of the
/// suite's CPU time). The same bytes come out (Django's own hashes are checked in the tests).
pub struct Pbkdf2Hasher {
    algorithm: &'static str,
    prf: Algorithm,
    digest_len: usize,
    iterations: u32,
}

/// `[hashers.pbkdf2_sha256]` and `[hashers.pbkdf2_sha1]`: Django 5.2's iterations by default.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Options {
    iterations: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options { iterations: DEFAULT_ITERATIONS }
    }
}

struct Parsed<'a> {
    hasher: &'a Pbkdf2Hasher,
    encoded: &'a str,
    iterations: u32,
    salt: &'a str,
}

impl Pbkdf2Hasher {
    pub fn build_sha256(options: Options, _: &()) -> Result<Box<dyn Hasher>, String> {
        Ok(Box::new(Self::sha256(Self::iterations_from(options)?)))
    }

    pub fn build_sha1(options: Options, _: &()) -> Result<Box<dyn Hasher>, String> {
        Ok(Box::new(Self::with_digest("pbkdf2_sha1", PBKDF2_HMAC_SHA1, 20, Self::iterations_from(options)?)))
    }

    pub fn sha256(iterations: u32) -> Pbkdf2Hasher {
        Self::with_digest("pbkdf2_sha256", PBKDF2_HMAC_SHA256, 32, iterations)
    }

    fn with_digest(algorithm: &'static str, prf: Algorithm, digest_len: usize, iterations: u32) -> Pbkdf2Hasher {
        Pbkdf2Hasher { algorithm, prf, digest_len, iterations }
    }

    fn iterations_from(options: Options) -> Result<u32, String> {
        let iterations = at_least("iterations", options.iterations, 1)?;
        check_iterations(iterations)?;
        Ok(iterations)
    }

    /// Django's `decode`; its `int()` also takes `01000`, which then fails the string comparison.
    fn parse<'a>(&'a self, encoded: &'a str) -> Result<Parsed<'a>, String> {
        let mut fields = encoded.splitn(4, '$');
        let (algorithm, iterations, salt, hash) = (fields.next(), fields.next(), fields.next(), fields.next());
        let (Some(algorithm), Some(iterations), Some(salt), Some(_)) = (algorithm, iterations, salt, hash) else {
            return Err("expected 4 fields separated by `$`".into());
        };
        if algorithm != self.algorithm {
            return Err(format!("it starts with `{algorithm}`, not `{}`", self.algorithm));
        }
        let iterations = iterations
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| "the iteration count is not a whole number from 1 to 4294967295".to_string())?;
        check_iterations(iterations)?;
        Ok(Parsed { hasher: self, encoded, iterations, salt })
    }

    fn derive(&self, password: &[u8], salt: &str, iterations: u32) -> Vec<u8> {
        let mut out = vec![0u8; self.digest_len];
        // Never 0: the settings and `parse` refuse it.
        let iterations = NonZeroU32::new(iterations).unwrap_or(NonZeroU32::MIN);
        ring::pbkdf2::derive(self.prf, iterations, salt.as_bytes(), password, &mut out);
        out
    }

    fn encode(&self, password: &[u8], salt: &str, iterations: u32) -> String {
        let hash = B64_PAD.encode(self.derive(password, salt, iterations));
        format!("{}${iterations}${salt}${hash}", self.algorithm)
    }
}

fn check_iterations(iterations: u32) -> Result<(), String> {
    if iterations > MAX_ITERATIONS {
        return Err(format!(
            "{iterations} iterations would take minutes to check; authadm refuses more than {MAX_ITERATIONS}"
        ));
    }
    Ok(())
}

impl Hasher for Pbkdf2Hasher {
    fn algorithm(&self) -> &'static str {
        self.algorithm
    }

    fn decode<'a>(&'a self, encoded: &'a str) -> Result<Box<dyn Decoded + 'a>, String> {
        Ok(Box::new(self.parse(encoded)?))
    }

    fn maker(&self) -> Option<&dyn Maker> {
        // Django can still make pbkdf2_sha1 hashes, but nothing should choose SHA-1 today.
        (self.algorithm == "pbkdf2_sha256").then_some(self as &dyn Maker)
    }
}

impl Decoded for Parsed<'_> {
    fn params(&self) -> Vec<Param> {
        vec![
            ("iterations", ParamValue::Number(self.iterations.into())),
            ("salt_length", ParamValue::Number(self.salt.chars().count() as u64)),
        ]
    }

    /// As Django: re-encode and compare the whole string, so `01000` iterations or unpadded
    /// base64 do not verify.
    fn verify(&self, password: &[u8]) -> bool {
        constant_time_eq(self.encoded, &self.hasher.encode(password, self.salt, self.iterations))
    }

    fn must_update(&self) -> bool {
        self.iterations != self.hasher.iterations || text_salt_too_short(self.salt)
    }

    fn harden_runtime(&self, password: &[u8]) {
        let missing = self.hasher.iterations.saturating_sub(self.iterations);
        if missing > 0 {
            self.hasher.derive(password, self.salt, missing);
        }
    }
}

impl Maker for Pbkdf2Hasher {
    fn make(&self, password: &[u8]) -> String {
        self.encode(password, &random_string(SALT_LENGTH), self.iterations)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{outdated_for, verifies};
    use super::*;

    #[test]
    fn known_vector_round_trips() {
        let hasher = Pbkdf2Hasher::sha256(1000);
        let encoded = hasher.encode(b"hunter2", "seasalt1234567890abcde", 1000);
        assert!(encoded.starts_with("pbkdf2_sha256$1000$seasalt1234567890abcde$"));
        assert!(verifies(&hasher, b"hunter2", &encoded));
        assert!(!verifies(&hasher, b"hunter3", &encoded));
        assert!(!verifies(&hasher, b"hunter2", &encoded.replacen("$1000$", "$01000$", 1)));
        assert!(!outdated_for(&hasher, &encoded));
        assert!(outdated_for(&Pbkdf2Hasher::sha256(2000), &encoded));
        assert!(outdated_for(&hasher, &hasher.encode(b"x", "short", 1000)));
    }

    /// From Django 5.2: `PBKDF2SHA1PasswordHasher().encode("password", "seasalt", 1000)`.
    const SHA1_VECTOR: &str = "pbkdf2_sha1$1000$seasalt$C8KvRfPW529R7JpDHEDOP35Xr0g=";

    #[test]
    fn sha1_matches_django() {
        let hasher = Pbkdf2Hasher::with_digest("pbkdf2_sha1", PBKDF2_HMAC_SHA1, 20, 1000);
        let encoded = hasher.encode(b"password", "seasalt", 1000);
        assert_eq!(encoded, SHA1_VECTOR);
        assert!(verifies(&hasher, b"password", SHA1_VECTOR));
        assert!(hasher.maker().is_none());
    }
}
