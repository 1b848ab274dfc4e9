//! Django's `ScryptPasswordHasher`: `scrypt$<N>$<salt>$<r>$<p>$<base64 of 64 bytes>`.

use super::random_string;
use super::{B64_PAD, Decoded, Hasher, MAX_MEMORY_BYTES, Maker, Param, ParamValue, SALT_LENGTH, constant_time_eq};
use crate::component::at_least;
use base64::Engine;

/// Django 5.2's parameters: N = 2^14, r = 8, p = 5.
const DEFAULT_N: u32 = 1 << 14;
const DEFAULT_R: u32 = 8;
const DEFAULT_P: u32 = 5;
const HASH_LEN: usize = 64;

pub struct ScryptHasher {
    n: u32,
    r: u32,
    p: u32,
}

/// `[hashers.scrypt]`: Django 5.2's parameters by default.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Options {
    n: u32,
    r: u32,
    p: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options { n: DEFAULT_N, r: DEFAULT_R, p: DEFAULT_P }
    }
}

struct Parsed<'a> {
    hasher: &'a ScryptHasher,
    encoded: &'a str,
    n: u32,
    salt: &'a str,
    r: u32,
    p: u32,
}

impl ScryptHasher {
    pub fn build(options: Options, _: &()) -> Result<Box<dyn Hasher>, String> {
        let n = at_least("n", options.n, 2)?;
        let r = at_least("r", options.r, 1)?;
        let p = at_least("p", options.p, 1)?;
        check_cost(n, r, p)?;
        Ok(Box::new(ScryptHasher { n, r, p }))
    }

    /// Django's `decode` (`int()` of each number; 0 means "the default" to its `encode`, which
    /// then cannot reproduce the string, so such hashes never verify).
    fn parse<'a>(&'a self, encoded: &'a str) -> Result<Parsed<'a>, String> {
        let fields: Vec<&str> = encoded.splitn(6, '$').collect();
        let ["scrypt", n, salt, r, p, _hash] = fields.as_slice() else {
            return Err("expected `scrypt$<N>$<salt>$<r>$<p>$<hash>`".into());
        };
        let number = |text: &str, what: &str| -> Result<u32, String> {
            text.parse()
                .ok()
                .filter(|v| *v > 0)
                .ok_or_else(|| format!("{what} is not a whole number from 1 to 4294967295"))
        };
        let (hasher, n, r, p) = (self, number(n, "N")?, number(r, "r")?, number(p, "p")?);
        let parsed = Parsed { hasher, encoded, n, salt, r, p };
        check_cost(parsed.n, parsed.r, parsed.p)?;
        Ok(parsed)
    }

    fn encode(password: &[u8], (n, salt, r, p): (u32, &str, u32, u32)) -> String {
        let params = scrypt::Params::new(n.trailing_zeros() as u8, r, p).expect("checked by check_cost");
        let mut out = [0u8; HASH_LEN];
        scrypt::scrypt(password, salt.as_bytes(), &params, &mut out).expect("64 bytes is a valid length");
        format!("scrypt${n}${salt}${r}${p}${}", B64_PAD.encode(out))
    }
}

/// The work verifying takes grows with N·r·p: 2^24 is about 25× Django's default cost, seconds of
/// work, while a crafted hash with a small N and a huge p passes the memory check and would hang.
const MAX_WORK: u64 = 1 << 24;

/// N must be a power of two (as OpenSSL, which Python's `hashlib.scrypt` uses, requires) and
/// the memory scrypt needs, 128·r·(N + p) bytes, within [`MAX_MEMORY_BYTES`].
fn check_cost(n: u32, r: u32, p: u32) -> Result<(), String> {
    if !n.is_power_of_two() || n < 2 {
        return Err(format!("N = {n} is not a power of two greater than 1"));
    }
    // In u128: u32 parameters from a stored hash would overflow u64 here.
    let bytes = 128 * u128::from(r) * (u128::from(n) + u128::from(p));
    if bytes > u128::from(MAX_MEMORY_BYTES) {
        return Err(format!(
            "N = {n}, r = {r}, p = {p} needs {} MiB of memory; authadm refuses more than {} MiB",
            bytes >> 20,
            MAX_MEMORY_BYTES >> 20
        ));
    }
    let work = u128::from(n) * u128::from(r) * u128::from(p);
    if work > u128::from(MAX_WORK) {
        return Err(format!(
            "N = {n}, r = {r}, p = {p} would take minutes to check; authadm refuses N·r·p above {MAX_WORK}"
        ));
    }
    scrypt::Params::new(n.trailing_zeros() as u8, r, p).map(|_| ()).map_err(|_| "invalid scrypt parameters".into())
}

impl Hasher for ScryptHasher {
    fn algorithm(&self) -> &'static str {
        "scrypt"
    }

    fn decode<'a>(&'a self, encoded: &'a str) -> Result<Box<dyn Decoded + 'a>, String> {
        Ok(Box::new(self.parse(encoded)?))
    }

    fn maker(&self) -> Option<&dyn Maker> {
        Some(self)
    }
}

impl Decoded for Parsed<'_> {
    fn params(&self) -> Vec<Param> {
        vec![
            ("n", ParamValue::Number(self.n.into())),
            ("r", ParamValue::Number(self.r.into())),
            ("p", ParamValue::Number(self.p.into())),
            ("salt_length", ParamValue::Number(self.salt.chars().count() as u64)),
        ]
    }

    /// As Django: re-encode with the stored parameters and compare the whole string.
    fn verify(&self, password: &[u8]) -> bool {
        constant_time_eq(self.encoded, &ScryptHasher::encode(password, (self.n, self.salt, self.r, self.p)))
    }

    /// Django ignores the salt's length for scrypt.
    fn must_update(&self) -> bool {
        (self.n, self.r, self.p) != (self.hasher.n, self.hasher.r, self.hasher.p)
    }
}

impl Maker for ScryptHasher {
    fn make(&self, password: &[u8]) -> String {
        let salt = random_string(SALT_LENGTH);
        Self::encode(password, (self.n, &salt, self.r, self.p))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{outdated_for, verifies};
    use super::*;

    /// From Django 5.2: `ScryptPasswordHasher().encode("password", "seasalt", 1024, 8, 1)`.
    const DJANGO: &str = "scrypt$1024$seasalt$8$1$31PFhAHfMCdqX/BGQIxXuAjBaIcgP0CgVuIps6DSp+8K7h82mbxhGi3Z9fAVqY17jT4eecjow+NbgfAYw3me9g==";

    #[test]
    fn verifies_djangos_hash() {
        let hasher = ScryptHasher { n: 1024, r: 8, p: 1 };
        assert!(verifies(&hasher, b"password", DJANGO));
        assert!(!verifies(&hasher, b"passwor", DJANGO));
        assert!(!outdated_for(&hasher, DJANGO));
        assert!(outdated_for(&ScryptHasher { n: 2048, r: 8, p: 1 }, DJANGO));
    }

    #[test]
    fn absurd_memory_is_refused_not_allocated() {
        let hasher = ScryptHasher { n: 1024, r: 8, p: 1 };
        let huge = "scrypt$1073741824$seasalt$8$1$AAAA";
        let err = hasher.decode(huge).err().unwrap();
        assert!(err.contains("refuses more than"), "{err}");
        assert!(!verifies(&hasher, b"password", huge));
        assert!(hasher.decode("scrypt$1000$salt$8$1$AAAA").err().unwrap().contains("power of two"));
    }
}
