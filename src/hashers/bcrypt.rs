//! Django's `BCryptSHA256PasswordHasher` (`bcrypt_sha256$$2b$<rounds>$<salt><hash>`, the password
//! first SHA-256 hex-digested so long passwords are not truncated) and `BCryptPasswordHasher`
//! (`bcrypt$$2b$...`, plain bcrypt).
//!
//! Plain bcrypt uses at most 72 bytes of a password. bcrypt 5 (what Django 5.2 installs with)
//! refuses longer passwords with an error instead of silently truncating them, so Django's
//! `check_password` fails for them; here they simply do not verify.

use super::{Decoded, Hasher, Maker, Param, ParamValue, constant_time_eq, hex};
use crate::component::at_least;
use bcrypt::{HashParts, Version};
use sha2::{Digest, Sha256};
use std::str::FromStr;

/// Django 5.2's work factor.
const DEFAULT_ROUNDS: u32 = 12;
/// bcrypt's own lower limit on the work factor.
const MIN_ROUNDS: u32 = 4;
/// bcrypt itself takes up to 31, but each step doubles the work: 18 is 64× Django's default,
/// seconds of work, while the 31 a crafted hash may name would hang the process for days.
const MAX_ROUNDS: u32 = 18;
/// The longest password plain bcrypt takes (bcrypt 5's rule).
const MAX_PASSWORD_BYTES: usize = 72;

pub struct BcryptHasher {
    /// `bcrypt_sha256` or `bcrypt`.
    algorithm: &'static str,
    rounds: u32,
}

/// `[hashers.bcrypt_sha256]` and `[hashers.bcrypt]`: Django's work factor by default.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Options {
    rounds: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options { rounds: DEFAULT_ROUNDS }
    }
}

struct Parsed<'a> {
    hasher: &'a BcryptHasher,
    encoded: &'a str,
    version: Version,
    parts: HashParts,
}

impl BcryptHasher {
    pub fn build_sha256(options: Options, _: &()) -> Result<Box<dyn Hasher>, String> {
        Ok(Box::new(BcryptHasher { algorithm: "bcrypt_sha256", rounds: Self::rounds_from(options)? }))
    }

    pub fn build_plain(options: Options, _: &()) -> Result<Box<dyn Hasher>, String> {
        Ok(Box::new(BcryptHasher { algorithm: "bcrypt", rounds: Self::rounds_from(options)? }))
    }

    fn rounds_from(options: Options) -> Result<u32, String> {
        let rounds = at_least("rounds", options.rounds, MIN_ROUNDS)?;
        if rounds > MAX_ROUNDS {
            return Err(format!("`rounds` must be from {MIN_ROUNDS} to {MAX_ROUNDS} (it is a power of two)"));
        }
        Ok(rounds)
    }

    /// `<algorithm>$` followed by a modular-crypt bcrypt string.
    fn parse<'a>(&'a self, encoded: &'a str) -> Result<Parsed<'a>, String> {
        let data = encoded
            .strip_prefix(self.algorithm)
            .and_then(|rest| rest.strip_prefix('$'))
            .ok_or_else(|| format!("expected `{}$` and a bcrypt string", self.algorithm))?;
        let version = match data.get(..4) {
            Some("$2a$") => Version::TwoA,
            Some("$2b$") => Version::TwoB,
            Some("$2x$") => Version::TwoX,
            Some("$2y$") => Version::TwoY,
            _ => return Err("the bcrypt string does not start with `$2a$`, `$2b$`, `$2x$` or `$2y$`".into()),
        };
        let parts = HashParts::from_str(data).map_err(|err| format!("malformed bcrypt string ({err})"))?;
        if !(MIN_ROUNDS..=MAX_ROUNDS).contains(&parts.get_cost()) {
            return Err(format!("the work factor must be from {MIN_ROUNDS} to {MAX_ROUNDS}"));
        }
        Ok(Parsed { hasher: self, encoded, version, parts })
    }

    /// What bcrypt is given: the hex SHA-256 of the password for `bcrypt_sha256`; the password
    /// itself for plain `bcrypt`, which refuses more than 72 bytes.
    fn key(&self, password: &[u8]) -> Option<Vec<u8>> {
        if self.algorithm == "bcrypt_sha256" {
            return Some(hex(&Sha256::digest(password)).into_bytes());
        }
        (password.len() <= MAX_PASSWORD_BYTES).then(|| password.to_vec())
    }

    fn encode(&self, key: &[u8], cost: u32, salt: [u8; 16], version: Version) -> String {
        let parts = bcrypt::hash_with_salt(key, cost, salt).expect("cost checked against bcrypt's range");
        format!("{}${}", self.algorithm, parts.format_for_version(version))
    }
}

impl Hasher for BcryptHasher {
    fn algorithm(&self) -> &'static str {
        self.algorithm
    }

    fn decode<'a>(&'a self, encoded: &'a str) -> Result<Box<dyn Decoded + 'a>, String> {
        Ok(Box::new(self.parse(encoded)?))
    }

    fn maker(&self) -> Option<&dyn Maker> {
        // Plain bcrypt truncates or refuses long passwords; Django too recommends the SHA-256 form.
        (self.algorithm == "bcrypt_sha256").then_some(self as &dyn Maker)
    }
}

impl Decoded for Parsed<'_> {
    fn params(&self) -> Vec<Param> {
        let variant = self.encoded.split('$').nth(2).unwrap_or_default().to_string();
        vec![("variant", ParamValue::Text(variant)), ("rounds", ParamValue::Number(self.parts.get_cost().into()))]
    }

    /// As Django: hash again with the stored salt and prefix, compare the whole string.
    fn verify(&self, password: &[u8]) -> bool {
        let Some(key) = self.hasher.key(password) else { return false };
        let again = self.hasher.encode(&key, self.parts.get_cost(), self.parts.get_salt_raw(), self.version.clone());
        constant_time_eq(self.encoded, &again)
    }

    fn must_update(&self) -> bool {
        self.parts.get_cost() != self.hasher.rounds
    }

    /// Django's: each round fewer halves the work, so hash `2^(difference) - 1` more times.
    fn harden_runtime(&self, password: &[u8]) {
        let Some(key) = self.hasher.key(password) else { return };
        let (cost, rounds) = (self.parts.get_cost(), self.hasher.rounds);
        if cost < rounds {
            for _ in 1..(1u64 << (rounds - cost)) {
                self.hasher.encode(&key, cost, self.parts.get_salt_raw(), Version::TwoB);
            }
        }
    }
}

impl Maker for BcryptHasher {
    /// A fresh 16-byte salt, as `bcrypt.gensalt()`.
    fn make(&self, password: &[u8]) -> String {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).expect("the operating system's random source");
        let key = self.key(password).expect("bcrypt_sha256 takes any password");
        self.encode(&key, self.rounds, salt, Version::TwoB)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{outdated_for, verifies};
    use super::*;

    /// From Django 5.2 with bcrypt 5: `BCryptSHA256PasswordHasher().encode("password", b"$2b$04$abcdefghijklmnopqrstuu")`.
    const DJANGO: &str = "bcrypt_sha256$$2b$04$abcdefghijklmnopqrstuuavYyybW8SwBYgHrVfEOHIljvgCGgHr2";

    fn sha256(rounds: u32) -> BcryptHasher {
        BcryptHasher { algorithm: "bcrypt_sha256", rounds }
    }

    #[test]
    fn verifies_djangos_hash_and_makes_its_own() {
        assert!(verifies(&sha256(4), b"password", DJANGO));
        assert!(!verifies(&sha256(4), b"passwore", DJANGO));
        assert!(!outdated_for(&sha256(4), DJANGO));
        assert!(outdated_for(&sha256(5), DJANGO));
        let made = sha256(4).make("ünïcode".as_bytes());
        assert!(made.starts_with("bcrypt_sha256$$2b$04$"), "{made}");
        assert!(verifies(&sha256(4), "ünïcode".as_bytes(), &made));
    }

    #[test]
    fn plain_bcrypt_refuses_passwords_over_72_bytes() {
        let plain = BcryptHasher { algorithm: "bcrypt", rounds: 4 };
        let salt = [7u8; 16];
        let encoded = plain.encode(&[b'x'; 72], 4, salt, Version::TwoB);
        assert!(verifies(&plain, &[b'x'; 72], &encoded));
        assert!(!verifies(&plain, &[b'x'; 73], &encoded));
    }
}
