//! Django's `MD5PasswordHasher`: `md5$<salt>$<hex of md5(salt + password)>`. Verify only; it is
//! here so that very old Django databases keep working until their users log in once.

use super::{Hasher, Param, ParamValue, constant_time_eq, hex, text_salt_too_short};
use crate::config::Options;
use ::md5::{Digest, Md5};

pub struct Md5Hasher;

impl Md5Hasher {
    pub fn build(options: &Options) -> Result<Box<dyn Hasher>, String> {
        options.allow_only(&[])?;
        Ok(Box::new(Md5Hasher))
    }

    /// Django's `decode`: the salt is everything up to the second `$`.
    fn salt(encoded: &str) -> Result<&str, String> {
        match encoded.splitn(3, '$').collect::<Vec<_>>().as_slice() {
            ["md5", salt, _hash] => Ok(salt),
            _ => Err("expected `md5$<salt>$<hex digest>`".into()),
        }
    }
}

impl Hasher for Md5Hasher {
    fn algorithm(&self) -> &'static str {
        "md5"
    }

    fn describe(&self, encoded: &str) -> Result<Vec<Param>, String> {
        let salt = Self::salt(encoded)?;
        Ok(vec![("salt_length", ParamValue::Number(salt.chars().count() as u64))])
    }

    /// Re-encodes and compares the whole string, so upper-case hex does not verify (as Django).
    fn verify(&self, password: &[u8], encoded: &str) -> bool {
        let Ok(salt) = Self::salt(encoded) else { return false };
        let digest = Md5::new().chain_update(salt.as_bytes()).chain_update(password).finalize();
        constant_time_eq(encoded, &format!("md5${salt}${}", hex(&digest)))
    }

    fn must_update(&self, encoded: &str) -> bool {
        Self::salt(encoded).is_ok_and(text_salt_too_short)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// From Django 5.2: `MD5PasswordHasher().encode("password", "seasalt")`.
    const DJANGO: &str = "md5$seasalt$1e9bf2bf5606aa5c39852cc30f0f6f22";

    #[test]
    fn verifies_djangos_hash_exactly() {
        assert!(Md5Hasher.verify(b"password", DJANGO));
        assert!(!Md5Hasher.verify(b"Password", DJANGO));
        assert!(!Md5Hasher.verify(b"password", &DJANGO.to_uppercase().replacen("MD5$SEASALT", "md5$seasalt", 1)));
        assert!(Md5Hasher.must_update(DJANGO));
    }
}
