//! Django's `Argon2PasswordHasher`: the PHC string without its first `$`, prefixed `argon2`:
//! `argon2$argon2id$v=19$m=<KiB>,t=<n>,p=<n>$<salt>$<hash>` (base64 without padding).

use super::salt_too_short;
use super::{B64_NO_PAD, Decoded, Hasher, MAX_MEMORY_BYTES, Maker, Param, ParamValue, SALT_LENGTH, random_string};
use crate::component::at_least;
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use subtle::ConstantTimeEq;

/// Django's hash length.
const HASH_LEN: usize = 32;
/// Django 5.2's `Argon2PasswordHasher` costs.
const DJANGO_MEMORY_COST_KIB: u32 = 102_400;
const DJANGO_TIME_COST: u32 = 2;
const DJANGO_PARALLELISM: u32 = 8;

pub struct Argon2Hasher {
    memory_cost: u32,
    time_cost: u32,
    parallelism: u32,
}

/// `[hashers.argon2]`. Defaults are Django 5.2's (`Argon2PasswordHasher`: m=100 MiB, t=2, p=8), so
/// a hash made here is not `must_update` for the site, and the site's hashes are not for authadm.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Options {
    memory_cost: u32,
    time_cost: u32,
    parallelism: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options { memory_cost: DJANGO_MEMORY_COST_KIB, time_cost: DJANGO_TIME_COST, parallelism: DJANGO_PARALLELISM }
    }
}

struct Parsed {
    algorithm: Algorithm,
    version: Version,
    memory_cost: u32,
    time_cost: u32,
    parallelism: u32,
    salt: Vec<u8>,
    hash: Vec<u8>,
}

impl Argon2Hasher {
    pub fn build(options: Options, _: &()) -> Result<Box<dyn Hasher>, String> {
        let hasher = Argon2Hasher {
            memory_cost: at_least("memory_cost", options.memory_cost, 8)?,
            time_cost: at_least("time_cost", options.time_cost, 1)?,
            parallelism: at_least("parallelism", options.parallelism, 1)?,
        };
        if u64::from(hasher.memory_cost) < 8 * u64::from(hasher.parallelism) {
            return Err("memory_cost must be at least 8 × parallelism (KiB)".into());
        }
        check_cost(hasher.memory_cost, hasher.time_cost)?;
        Ok(Box::new(hasher))
    }

    /// The parsed hash, or why it is not one (never quoting it).
    fn parse_checked(encoded: &str) -> Result<Parsed, String> {
        let parsed = Self::parse(encoded).ok_or_else(|| {
            "expected `argon2$argon2id$v=19$m=<KiB>,t=<n>,p=<n>$<salt>$<hash>` (base64 without padding)".to_string()
        })?;
        check_cost(parsed.memory_cost, parsed.time_cost)?;
        Params::new(parsed.memory_cost, parsed.time_cost, parsed.parallelism, Some(parsed.hash.len().max(4)))
            .map_err(|err| format!("invalid argon2 parameters ({err})"))?;
        Ok(parsed)
    }

    fn parse(encoded: &str) -> Option<Parsed> {
        let rest = encoded.strip_prefix("argon2$")?;
        let fields: Vec<&str> = rest.split('$').collect();
        // Hashes from argon2-cffi before version 16 have no `v=` field.
        let (variant, version, params, salt, hash) = match fields.as_slice() {
            [variant, version, params, salt, hash] => {
                (*variant, version.strip_prefix("v=")?.parse().ok()?, *params, *salt, *hash)
            }
            [variant, params, salt, hash] => (*variant, 0x10, *params, *salt, *hash),
            _ => return None,
        };
        let algorithm = match variant {
            "argon2id" => Algorithm::Argon2id,
            "argon2i" => Algorithm::Argon2i,
            "argon2d" => Algorithm::Argon2d,
            _ => return None,
        };
        let (mut m, mut t, mut p) = (None, None, None);
        for pair in params.split(',') {
            let (key, value) = pair.split_once('=')?;
            let value: u32 = value.parse().ok()?;
            match key {
                "m" => m = Some(value),
                "t" => t = Some(value),
                "p" => p = Some(value),
                _ => return None,
            }
        }
        Some(Parsed {
            algorithm,
            version: Version::try_from(version).ok()?,
            memory_cost: m?,
            time_cost: t?,
            parallelism: p?,
            salt: B64_NO_PAD.decode(salt).ok()?,
            hash: B64_NO_PAD.decode(hash).ok()?,
        })
    }

    fn hash(p: &Parsed, password: &[u8], out_len: usize) -> Option<Vec<u8>> {
        let params = Params::new(p.memory_cost, p.time_cost, p.parallelism, Some(out_len)).ok()?;
        let mut out = vec![0u8; out_len];
        Argon2::new(p.algorithm, p.version, params).hash_password_into(password, &p.salt, &mut out).ok()?;
        Some(out)
    }
}

/// The work verifying takes grows with m × t (KiB of memory filled, times passes): 2^22 is 4 GiB
/// of memory traffic, about 100× Django's default cost, seconds of work, while the t = 4294967295
/// a crafted hash may name would hang the process.
const MAX_MEMORY_PASSES_KIB: u64 = 1 << 22;

/// A stored `m` is allocated as is and `t` passes are made over it; refuse what no sane hash asks for.
fn check_cost(memory_cost_kib: u32, time_cost: u32) -> Result<(), String> {
    check_memory(memory_cost_kib)?;
    let passes = u64::from(memory_cost_kib) * u64::from(time_cost);
    if passes > MAX_MEMORY_PASSES_KIB {
        return Err(format!(
            "m = {memory_cost_kib} KiB with t = {time_cost} passes would take minutes to check; \
             authadm refuses m × t above {MAX_MEMORY_PASSES_KIB}"
        ));
    }
    Ok(())
}

fn check_memory(memory_cost_kib: u32) -> Result<(), String> {
    let bytes = u64::from(memory_cost_kib) * 1024;
    if bytes > MAX_MEMORY_BYTES {
        return Err(format!(
            "m = {memory_cost_kib} KiB needs {} MiB of memory; authadm refuses more than {} MiB",
            bytes >> 20,
            MAX_MEMORY_BYTES >> 20
        ));
    }
    Ok(())
}

impl Argon2Hasher {
    fn encode(&self, password: &[u8], salt: &str) -> String {
        let parsed = Parsed {
            algorithm: Algorithm::Argon2id,
            version: Version::V0x13,
            memory_cost: self.memory_cost,
            time_cost: self.time_cost,
            parallelism: self.parallelism,
            salt: salt.as_bytes().to_vec(),
            hash: Vec::new(),
        };
        let hash = Self::hash(&parsed, password, HASH_LEN).expect("parameters validated when the hasher was built");
        format!(
            "argon2$argon2id$v=19$m={},t={},p={}${}${}",
            self.memory_cost,
            self.time_cost,
            self.parallelism,
            B64_NO_PAD.encode(salt.as_bytes()),
            B64_NO_PAD.encode(hash)
        )
    }
}

impl Hasher for Argon2Hasher {
    fn algorithm(&self) -> &'static str {
        "argon2"
    }

    fn decode<'a>(&'a self, encoded: &'a str) -> Result<Box<dyn Decoded + 'a>, String> {
        Ok(Box::new(Stored { hasher: self, parsed: Self::parse_checked(encoded)? }))
    }

    fn maker(&self) -> Option<&dyn Maker> {
        Some(self)
    }
}

/// A stored hash and the hasher whose parameters it is compared with.
struct Stored<'a> {
    hasher: &'a Argon2Hasher,
    parsed: Parsed,
}

impl Decoded for Stored<'_> {
    fn params(&self) -> Vec<Param> {
        let p = &self.parsed;
        let variety = match p.algorithm {
            Algorithm::Argon2d => "argon2d",
            Algorithm::Argon2i => "argon2i",
            Algorithm::Argon2id => "argon2id",
        };
        vec![
            ("variety", ParamValue::Text(variety.into())),
            ("version", ParamValue::Number(u32::from(p.version).into())),
            ("memory_cost", ParamValue::Number(p.memory_cost.into())),
            ("time_cost", ParamValue::Number(p.time_cost.into())),
            ("parallelism", ParamValue::Number(p.parallelism.into())),
            ("salt_length", ParamValue::Number(p.salt.len() as u64)),
            ("hash_length", ParamValue::Number(p.hash.len() as u64)),
        ]
    }

    fn verify(&self, password: &[u8]) -> bool {
        let p = &self.parsed;
        match Argon2Hasher::hash(p, password, p.hash.len()) {
            Some(hash) => bool::from(hash.ct_eq(&p.hash)),
            None => false,
        }
    }

    /// Django compares type, version, m, t, p and hash length, and the salt's entropy.
    fn must_update(&self) -> bool {
        let (p, own) = (&self.parsed, self.hasher);
        p.algorithm != Algorithm::Argon2id
            || p.version != Version::V0x13
            || (p.memory_cost, p.time_cost, p.parallelism) != (own.memory_cost, own.time_cost, own.parallelism)
            || p.hash.len() != HASH_LEN
            || salt_too_short(p.salt.len())
    }
}

impl Maker for Argon2Hasher {
    fn make(&self, password: &[u8]) -> String {
        self.encode(password, &random_string(SALT_LENGTH))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{outdated_for, verifies};
    use super::*;

    /// From Django 5.2 with argon2-cffi: make_password("password", "abcdefghijklmnopqrstuv") at m=19456,t=2,p=1.
    const DJANGO: &str = "argon2$argon2id$v=19$m=19456,t=2,p=1$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg$JriGDdbxsTctSZqRDYIq0ftplTvvQ4VW2HhM/v9QWlc";

    fn owasp() -> Argon2Hasher {
        Argon2Hasher { memory_cost: 19456, time_cost: 2, parallelism: 1 }
    }

    #[test]
    fn encodes_in_djangos_format() {
        let encoded = owasp().encode(b"password", "abcdefghijklmnopqrstuv");
        assert_eq!(encoded, DJANGO);
        assert!(verifies(&owasp(), b"password", &encoded));
        assert!(!verifies(&owasp(), b"Password", &encoded));
        assert!(!outdated_for(&owasp(), &encoded));
        let cheaper = Argon2Hasher { memory_cost: 8, time_cost: 1, parallelism: 1 };
        assert!(outdated_for(&cheaper, &encoded));
    }

    #[test]
    fn binary_16_byte_salts_must_update() {
        let hasher = Argon2Hasher { memory_cost: 8, time_cost: 1, parallelism: 1 };
        let encoded = hasher.encode(b"pw", "0123456789abcdef");
        assert!(outdated_for(&hasher, &encoded));
        assert!(verifies(&hasher, b"pw", &encoded));
    }

    #[test]
    fn absurd_memory_is_refused_not_allocated() {
        let huge = DJANGO.replace("m=19456", "m=4294967295");
        let err = owasp().decode(&huge).err().unwrap();
        assert!(err.contains("refuses more than"), "{err}");
        assert!(!verifies(&owasp(), b"password", &huge));
    }
}
