//! Django's hex-digest formats, verify only, kept so that very old databases work until their
//! users log in once: `md5$<salt>$<hex of md5(salt + password)>` (`MD5PasswordHasher`), its
//! SHA-1 twin `sha1$<salt>$<hex>` (`SHA1PasswordHasher`, removed in Django 5.1), the
//! unsalted shapes Django 4.2 still verified (a bare 32-digit MD5 or `md5$$<hex>` as
//! `unsalted_md5`, `sha1$$<hex>` as `unsalted_sha1`). Each is one [`SaltedDigest`] value, so
//! another such format is one registration line in [`super::REGISTRY`].

use super::{Decoded, Hasher, Param, ParamValue, constant_time_eq, hex, text_salt_too_short};

/// One digest over `salt + password`, written as lower-case hex after `<prefix>$<salt>$`.
pub struct SaltedDigest {
    algorithm: &'static str,
    /// The encoded hash's first field (`md5`, `sha1`), which the unsalted shapes share.
    prefix: &'static str,
    digest: fn(&[u8]) -> Vec<u8>,
    salt: Salt,
}

/// Where the salt is, which decides the shape and Django's `must_update`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Salt {
    /// `<prefix>$<salt>$<hex>`, the salt everything up to the second `$` (Django's `decode`); a
    /// salt of too little entropy is re-made at login.
    Salted,
    /// `<prefix>$$<hex>` of exactly one digest's length, hashed without salt.
    Unsalted,
    /// As [`Salt::Unsalted`], or the bare hex digest alone (`unsalted_md5`).
    UnsaltedOrBare,
}

/// The parts of a well-formed hash of one [`SaltedDigest`] format.
struct Parsed<'a> {
    format: &'a SaltedDigest,
    salt: &'a str,
    hex: &'a str,
}

impl SaltedDigest {
    /// A verify-only format; its `[hashers.<name>]` table takes no options.
    pub fn build(
        algorithm: &'static str,
        prefix: &'static str,
        salt: Salt,
        digest: fn(&[u8]) -> Vec<u8>,
    ) -> Result<Box<dyn Hasher>, String> {
        Ok(Box::new(SaltedDigest { algorithm, prefix, digest, salt }))
    }

    fn hex_len(&self) -> usize {
        2 * (self.digest)(b"").len()
    }

    /// Django's `decode` for the format; the unsalted shapes also check the digest's length,
    /// which is how `identify_hasher` tells them apart.
    fn parse<'a>(&'a self, encoded: &'a str) -> Result<Parsed<'a>, String> {
        if self.salt == Salt::Salted {
            return match encoded.splitn(3, '$').collect::<Vec<_>>().as_slice() {
                [prefix, salt, hex] if *prefix == self.prefix => Ok(Parsed { format: self, salt, hex }),
                _ => Err(format!("expected `{}$<salt>$<hex digest>`", self.prefix)),
            };
        }
        let unsalted = encoded.strip_prefix(self.prefix).and_then(|rest| rest.strip_prefix("$$"));
        let hex = match (unsalted, self.salt) {
            (Some(hex), _) => hex,
            (None, Salt::UnsaltedOrBare) => encoded,
            (None, _) => "",
        };
        if hex.len() == self.hex_len() && !hex.contains('$') {
            return Ok(Parsed { format: self, salt: "", hex });
        }
        Err(match self.salt {
            Salt::UnsaltedOrBare => {
                format!("expected {} hexadecimal digits, optionally after `{}$$`", self.hex_len(), self.prefix)
            }
            _ => format!("expected `{}$$` and {} hexadecimal digits", self.prefix, self.hex_len()),
        })
    }
}

impl Hasher for SaltedDigest {
    fn algorithm(&self) -> &'static str {
        self.algorithm
    }

    fn decode<'a>(&'a self, encoded: &'a str) -> Result<Box<dyn Decoded + 'a>, String> {
        Ok(Box::new(self.parse(encoded)?))
    }
}

impl Decoded for Parsed<'_> {
    fn params(&self) -> Vec<Param> {
        match self.format.salt {
            Salt::Salted => vec![("salt_length", ParamValue::Number(self.salt.chars().count() as u64))],
            Salt::Unsalted | Salt::UnsaltedOrBare => Vec::new(),
        }
    }

    /// Compares the whole hex digest, so upper-case hex does not verify (as Django).
    fn verify(&self, password: &[u8]) -> bool {
        let digest = (self.format.digest)(&[self.salt.as_bytes(), password].concat());
        constant_time_eq(self.hex, &hex(&digest))
    }

    /// Django's `must_update_salt` for the salted form; the unsalted ones are never preferred,
    /// so they are re-hashed anyway.
    fn must_update(&self) -> bool {
        self.format.salt == Salt::Salted && text_salt_too_short(self.salt)
    }
}

pub fn md5(data: &[u8]) -> Vec<u8> {
    use ::md5::Digest;
    ::md5::Md5::digest(data).to_vec()
}

pub fn sha1(data: &[u8]) -> Vec<u8> {
    use sha1::Digest;
    sha1::Sha1::digest(data).to_vec()
}

#[cfg(test)]
mod tests {
    use super::super::{outdated_for, verifies as verify};
    use super::*;

    fn format(algorithm: &'static str, prefix: &'static str, salt: Salt, digest: fn(&[u8]) -> Vec<u8>) -> SaltedDigest {
        SaltedDigest { algorithm, prefix, digest, salt }
    }

    /// From Django 5.2: `MD5PasswordHasher().encode("password", "seasalt")`.
    const DJANGO_MD5: &str = "md5$seasalt$1e9bf2bf5606aa5c39852cc30f0f6f22";

    #[test]
    fn verifies_djangos_md5_hash_exactly() {
        let hasher = format("md5", "md5", Salt::Salted, md5);
        assert!(verify(&hasher, b"password", DJANGO_MD5));
        assert!(!verify(&hasher, b"Password", DJANGO_MD5));
        assert!(!verify(&hasher, b"password", &DJANGO_MD5.to_uppercase().replacen("MD5$SEASALT", "md5$seasalt", 1)));
        assert!(outdated_for(&hasher, DJANGO_MD5));
    }

    #[test]
    fn verify_the_legacy_shapes() {
        let unsalted_md5 = format("unsalted_md5", "md5", Salt::UnsaltedOrBare, md5);
        let md5 = "5f4dcc3b5aa765d61d8327deb882cf99"; // md5("password")
        assert!(verify(&unsalted_md5, b"password", md5));
        assert!(verify(&unsalted_md5, b"password", &format!("md5$${md5}")));
        assert!(!verify(&unsalted_md5, b"passwor", md5));
        let unsalted_sha1 = format("unsalted_sha1", "sha1", Salt::Unsalted, sha1);
        let sha1 = "sha1$$5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"; // sha1("password")
        assert!(verify(&unsalted_sha1, b"password", sha1));
        assert!(!verify(&unsalted_sha1, b"Password", sha1));
        assert!(!verify(&unsalted_sha1, b"password", md5));
    }
}
