//! The unsalted forms very old Django versions stored (Django 4.2 still verified them; 5.0
//! removed the hashers but kept recognising the shapes): a bare 32-character MD5 hex digest or
//! `md5$$<hex>` (`unsalted_md5`), and `sha1$$<hex>` (`unsalted_sha1`). Verify only.

use super::{Hasher, Param, constant_time_eq, hex};
use crate::config::Options;
use ::md5::Md5;
use sha1::{Digest, Sha1};

pub struct UnsaltedMd5;
pub struct UnsaltedSha1;

impl UnsaltedMd5 {
    pub fn build(options: &Options) -> Result<Box<dyn Hasher>, String> {
        options.allow_only(&[])?;
        Ok(Box::new(UnsaltedMd5))
    }

    fn digest(encoded: &str) -> Result<&str, String> {
        let digest = encoded.strip_prefix("md5$$").unwrap_or(encoded);
        if digest.len() == 32 && !digest.contains('$') {
            Ok(digest)
        } else {
            Err("expected 32 hexadecimal digits, optionally after `md5$$`".into())
        }
    }
}

impl Hasher for UnsaltedMd5 {
    fn algorithm(&self) -> &'static str {
        "unsalted_md5"
    }

    fn describe(&self, encoded: &str) -> Result<Vec<Param>, String> {
        Self::digest(encoded).map(|_| Vec::new())
    }

    fn verify(&self, password: &[u8], encoded: &str) -> bool {
        Self::digest(encoded).is_ok_and(|digest| constant_time_eq(digest, &hex(&Md5::digest(password))))
    }
}

impl UnsaltedSha1 {
    pub fn build(options: &Options) -> Result<Box<dyn Hasher>, String> {
        options.allow_only(&[])?;
        Ok(Box::new(UnsaltedSha1))
    }
}

impl Hasher for UnsaltedSha1 {
    fn algorithm(&self) -> &'static str {
        "unsalted_sha1"
    }

    fn describe(&self, encoded: &str) -> Result<Vec<Param>, String> {
        match encoded.strip_prefix("sha1$$") {
            Some(digest) if digest.len() == 40 => Ok(Vec::new()),
            _ => Err("expected `sha1$$` and 40 hexadecimal digits".into()),
        }
    }

    fn verify(&self, password: &[u8], encoded: &str) -> bool {
        constant_time_eq(encoded, &format!("sha1$${}", hex(&Sha1::digest(password))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_the_legacy_shapes() {
        let md5 = "5f4dcc3b5aa765d61d8327deb882cf99"; // md5("password")
        assert!(UnsaltedMd5.verify(b"password", md5));
        assert!(UnsaltedMd5.verify(b"password", &format!("md5$${md5}")));
        assert!(!UnsaltedMd5.verify(b"passwor", md5));
        let sha1 = "sha1$$5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"; // sha1("password")
        assert!(UnsaltedSha1.verify(b"password", sha1));
        assert!(!UnsaltedSha1.verify(b"Password", sha1));
    }
}
