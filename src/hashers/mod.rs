//! Encoded password formats, as Django's `hashers.py`: one [`Hasher`] per algorithm, a registry from
//! name to constructor, and [`PasswordHashers::check`], which gives verification its meaning
//! (which hasher, whether to upgrade, how to keep the time constant).
//!
//! A new algorithm is one new file plus one line in [`REGISTRY`] ([`crate::component`]'s shape).

mod argon2;
mod bcrypt;
mod pbkdf2;
mod salted_digest;
mod scrypt;

use crate::component::{Configured, NoOptions, Registration, Typed};
use crate::secret::Secret;
use base64::engine::{GeneralPurpose, general_purpose};
use salted_digest::{Salt, SaltedDigest};
use serde::Serialize;
use subtle::ConstantTimeEq;

/// Django stores hashes without padding for argon2 and with it for the others; decoding accepts both.
pub(crate) const B64_NO_PAD: GeneralPurpose = general_purpose::STANDARD_NO_PAD_INDIFFERENT;
pub(crate) const B64_PAD: GeneralPurpose = general_purpose::STANDARD;

/// Django's `UNUSABLE_PASSWORD_PREFIX`.
const UNUSABLE_PREFIX: char = '!';
/// Django's salts are drawn from `[a-zA-Z0-9]`; fewer than 128 bits of them means "make a new salt".
const SALT_CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const SALT_ENTROPY_BITS: f64 = 128.0;
const SALT_LENGTH: usize = 22;
/// The most memory verifying one hash may take. A stored or given hash can name any cost
/// (argon2's `m`, scrypt's `N`); without a ceiling one crafted row would abort the process.
pub(crate) const MAX_MEMORY_BYTES: u64 = 1 << 30;

pub trait Hasher: Send + Sync {
    /// Django's algorithm name: the encoded hash's first field.
    fn algorithm(&self) -> &'static str;
    /// Django's `decode`: `encoded` parsed once, for verifying, the upgrade rule and the runtime
    /// hardening to read, or why it is no well-formed hash of this format (never quoting it); a
    /// hash that would need more than [`MAX_MEMORY_BYTES`] to verify is refused here.
    fn decode<'a>(&'a self, encoded: &'a str) -> Result<Box<dyn Decoded + 'a>, String>;
    /// What hashes new passwords; `None` for the legacy formats authadm only verifies.
    fn maker(&self) -> Option<&dyn Maker> {
        None
    }
}

/// A well-formed hash of one format as its hasher parsed it (RustCrypto's `PasswordHash`), so a
/// login reads the text once, however many questions it then asks.
pub trait Decoded {
    /// Django's `safe_summary`: the hash's parameters, never its salt or digest.
    fn params(&self) -> Vec<Param>;
    /// Whether `password` matches.
    fn verify(&self, password: &[u8]) -> bool;
    /// Whether it was made with other parameters than its hasher's own (Django's `must_update`).
    fn must_update(&self) -> bool {
        false
    }
    /// Spends the work an up-to-date hash would have cost, so old hashes do not verify faster.
    fn harden_runtime(&self, _password: &[u8]) {}
}

/// An encoded hash decoded by the configured hasher of its format: what one login checks.
pub struct Encoded<'a> {
    hasher: &'a dyn Hasher,
    decoded: Box<dyn Decoded + 'a>,
    /// Made by the preferred hasher, the first of `password_hashers`.
    preferred: bool,
}

impl Encoded<'_> {
    pub fn algorithm(&self) -> &'static str {
        self.hasher.algorithm()
    }

    pub fn params(&self) -> Vec<Param> {
        self.decoded.params()
    }

    /// Django's `must_update`: another algorithm than the preferred one, or the preferred one
    /// with other parameters. `check`, `inspect` and `doctor` share it.
    pub fn must_update(&self) -> bool {
        !self.preferred || self.decoded.must_update()
    }

    /// Django's `verify_password` on a parsed hash; a wrong password against an outdated hash of
    /// the preferred format costs what a current one would.
    pub fn check(&self, password: &Secret) -> Verdict {
        let password = password.expose().as_bytes();
        let must_update = self.must_update();
        let valid = self.decoded.verify(password);
        if !valid && self.preferred && must_update {
            self.decoded.harden_runtime(password);
        }
        Verdict { valid, must_update }
    }
}

/// The formats new passwords may be hashed with (Django's `make_password`).
pub trait Maker {
    /// Hashes `password` with a fresh random salt.
    fn make(&self, password: &[u8]) -> String;
}

/// One parameter of an encoded hash, as `hash identify` shows it.
pub type Param = (&'static str, ParamValue);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ParamValue {
    Number(u64),
    Text(String),
}

impl std::fmt::Display for ParamValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamValue::Number(n) => write!(f, "{n}"),
            ParamValue::Text(text) => f.write_str(text),
        }
    }
}

/// Whether a registered format hashes new passwords ([`makers`]) or only verifies old ones.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Makes,
    Verifies,
}
use Role::{Makes, Verifies};

/// A Django hasher's class name and dotted path, the names accepted beside its short one.
macro_rules! django {
    ($class:literal) => {
        &[$class, concat!("django.contrib.auth.hashers.", $class)]
    };
}

/// Every format, named by Django's `algorithm` (the encoded hash's first field, and the
/// `[hashers.<name>]` table), with its role.
const REGISTRY: &[(Role, Registration<dyn Hasher>)] = &[
    (Makes, Registration::new("argon2", django!("Argon2PasswordHasher"), &Typed(argon2::Argon2Hasher::build))),
    (
        Makes,
        Registration::new("pbkdf2_sha256", django!("PBKDF2PasswordHasher"), &Typed(pbkdf2::Pbkdf2Hasher::build_sha256)),
    ),
    (
        Verifies,
        Registration::new("pbkdf2_sha1", django!("PBKDF2SHA1PasswordHasher"), &Typed(pbkdf2::Pbkdf2Hasher::build_sha1)),
    ),
    (
        Makes,
        Registration::new(
            "bcrypt_sha256",
            django!("BCryptSHA256PasswordHasher"),
            &Typed(bcrypt::BcryptHasher::build_sha256),
        ),
    ),
    (Verifies, Registration::new("bcrypt", django!("BCryptPasswordHasher"), &Typed(bcrypt::BcryptHasher::build_plain))),
    (Makes, Registration::new("scrypt", django!("ScryptPasswordHasher"), &Typed(scrypt::ScryptHasher::build))),
    (
        Verifies,
        Registration::new(
            "md5",
            django!("MD5PasswordHasher"),
            &Typed(|_: NoOptions, _: &()| SaltedDigest::build("md5", "md5", Salt::Salted, salted_digest::md5)),
        ),
    ),
    (
        Verifies,
        Registration::new(
            "sha1",
            django!("SHA1PasswordHasher"),
            &Typed(|_: NoOptions, _: &()| SaltedDigest::build("sha1", "sha1", Salt::Salted, salted_digest::sha1)),
        ),
    ),
    (
        Verifies,
        Registration::new(
            "unsalted_md5",
            django!("UnsaltedMD5PasswordHasher"),
            &Typed(|_: NoOptions, _: &()| {
                SaltedDigest::build("unsalted_md5", "md5", Salt::UnsaltedOrBare, salted_digest::md5)
            }),
        ),
    ),
    (
        Verifies,
        Registration::new(
            "unsalted_sha1",
            django!("UnsaltedSHA1PasswordHasher"),
            &Typed(|_: NoOptions, _: &()| {
                SaltedDigest::build("unsalted_sha1", "sha1", Salt::Unsalted, salted_digest::sha1)
            }),
        ),
    ),
];

/// Every format, for the generated lists (README, `config init`).
pub fn registrations() -> impl Iterator<Item = &'static Registration<dyn Hasher>> {
    REGISTRY.iter().map(|(_, registration)| registration)
}

/// The short name of a configured hasher name, whichever of the three spellings it uses.
pub fn canonical_name(name: &str) -> Option<&'static str> {
    registrations().find(|r| r.is_named(name)).map(|r| r.name)
}

pub fn valid_names() -> String {
    registrations().map(|r| r.name).collect::<Vec<_>>().join(", ")
}

/// The hasher `short_name` with the options of its `[hashers.<name>]` table.
pub fn build(short_name: &str, table: &toml::Table) -> Result<Configured<dyn Hasher>, String> {
    let registration = registrations()
        .find(|r| r.name == short_name)
        .ok_or_else(|| format!("unknown password hasher `{short_name}`; valid names: {}", valid_names()))?;
    registration.build(&format!("hashers.{short_name}"), table, &())
}

/// Result of checking a password against a stored hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub valid: bool,
    /// The hash should be re-made with the preferred hasher (Django's `must_update`).
    pub must_update: bool,
}

/// The configured `password_hashers`: the first makes new hashes, all of them verify.
pub struct PasswordHashers {
    hashers: Vec<Configured<dyn Hasher>>,
}

/// What `hash identify` tells about an encoded hash.
pub struct Identified {
    pub algorithm: &'static str,
    pub parameters: Vec<Param>,
    /// One of `password_hashers`, so it can verify at all.
    pub configured: bool,
    /// A successful login would re-hash it (Django's `must_update`, or a hasher not configured).
    pub must_update: bool,
}

impl PasswordHashers {
    /// The first hasher must be one that makes new hashes (the legacy formats only verify).
    pub fn new(hashers: Vec<Configured<dyn Hasher>>) -> Result<Self, String> {
        match hashers.first() {
            None => Err("password_hashers is empty: at least one is needed to hash new passwords".into()),
            Some(first) if first.maker().is_none() => Err(format!(
                "`{}` only verifies old hashes and cannot hash new passwords; put one of {} first in password_hashers",
                first.algorithm(),
                makers().join(", ")
            )),
            Some(_) => Ok(PasswordHashers { hashers }),
        }
    }

    pub fn preferred(&self) -> &dyn Hasher {
        &*self.hashers[0]
    }

    pub fn algorithms(&self) -> Vec<&'static str> {
        self.hashers.iter().map(|h| h.algorithm()).collect()
    }

    /// Django's `make_password` with a fresh salt.
    pub fn make(&self, password: &Secret) -> String {
        let maker = self.preferred().maker().expect("new() checked that the preferred hasher makes hashes");
        maker.make(password.expose().as_bytes())
    }

    /// `make_password(password, hasher=algorithm)`, with the configured options of that hasher.
    pub fn make_with(&self, algorithm: &str, password: &Secret) -> Result<String, String> {
        Ok(self.can_make(algorithm)?.make(password.expose().as_bytes()))
    }

    /// The configured maker of `algorithm`, or why there is none.
    pub fn can_make(&self, algorithm: &str) -> Result<&dyn Maker, String> {
        let makers = makers();
        if !makers.contains(&algorithm) {
            return Err(format!("`{algorithm}` cannot make new hashes; choose one of {}", makers.join(", ")));
        }
        let Some(hasher) = self.hashers.iter().find(|h| h.algorithm() == algorithm) else {
            return Err(format!(
                "`{algorithm}` is not in password_hashers (configured: {}); add it there, with options in [hashers.{algorithm}]",
                self.algorithms().join(", ")
            ));
        };
        Ok(hasher.maker().expect("a registered maker makes hashes whatever its options"))
    }

    /// The hasher that made `encoded`, when it is one of the configured ones.
    pub fn identify(&self, encoded: &str) -> Option<&dyn Hasher> {
        let algorithm = algorithm_of(encoded);
        self.hashers.iter().find(|h| h.algorithm() == algorithm).map(|h| &**h)
    }

    /// `encoded` decoded by the configured hasher of its format, when it is usable, well-formed
    /// and within the cost limits: the one parse a login makes.
    pub fn verifier<'a>(&'a self, encoded: &'a str) -> Option<Encoded<'a>> {
        let hasher = self.identify(encoded).filter(|_| is_usable(encoded))?;
        self.decode(hasher, encoded).ok()
    }

    fn decode<'a>(&'a self, hasher: &'a dyn Hasher, encoded: &'a str) -> Result<Encoded<'a>, String> {
        let preferred = hasher.algorithm() == self.preferred().algorithm();
        Ok(Encoded { hasher, decoded: hasher.decode(encoded)?, preferred })
    }

    /// The format and parameters of a verifiable hash (`pbkdf2_sha256 iterations=1000000`): hashes
    /// of one kind cost the same to check. Never the salt or digest.
    pub fn kind_of(&self, encoded: &str) -> Option<String> {
        let hash = self.verifier(encoded)?;
        let params = hash.params();
        let costs = params
            .iter()
            .filter(|(name, _)| !name.ends_with("_length"))
            .map(|(name, value)| format!(" {name}={value}"));
        Some(std::iter::once(hash.algorithm().to_string()).chain(costs).collect())
    }

    /// Parses `encoded` with the configured hasher of its format, or else with the registry's
    /// default one, so a hash authadm is not set up for is still described. Errors say why the
    /// text is no usable hash; they never quote it.
    pub fn inspect(&self, encoded: &str) -> Result<Identified, String> {
        if !is_usable(encoded) {
            return Err("it is an unusable password (it starts with `!`), which no password matches".into());
        }
        let algorithm = algorithm_of(encoded);
        let fallback;
        let (hasher, configured) = match self.identify(encoded) {
            Some(hasher) => (hasher, true),
            None => {
                let short = canonical_name(algorithm).filter(|short| *short == algorithm).ok_or_else(|| {
                    format!("it is not an encoded password of a known format; known formats: {}", valid_names())
                })?;
                fallback = build(short, &toml::Table::new())?;
                (&*fallback, false)
            }
        };
        let hash = self.decode(hasher, encoded).map_err(|why| format!("it is not a valid {algorithm} hash: {why}"))?;
        let must_update = !configured || hash.must_update();
        Ok(Identified { algorithm: hash.algorithm(), parameters: hash.params(), configured, must_update })
    }

    /// Django's `verify_password`: one hash's worth of work whatever `encoded` holds, so neither an
    /// unusable, an unknown nor a malformed hash answers faster than a wrong password.
    pub fn check(&self, password: &Secret, encoded: &str) -> Verdict {
        // A hash of a configured format that does not parse, or exceeds the cost limits, would
        // otherwise be refused in microseconds, telling the account apart from an unknown one.
        match self.verifier(encoded) {
            Some(hash) => hash.check(password),
            None => {
                self.spend_one_hash(password);
                Verdict { valid: false, must_update: false }
            }
        }
    }

    /// Each hasher's name and options in force, in order (`config check`).
    pub fn describe(&self) -> Vec<(&'static str, toml::Table)> {
        self.hashers.iter().map(|h| (h.name, h.options.clone())).collect()
    }

    /// Costs what checking a password against a current hash costs; for unknown users.
    pub fn spend_one_hash(&self, password: &Secret) {
        let _ = self.make(password);
    }
}

/// The algorithms that hash new passwords; the others only verify what older systems stored.
pub fn makers() -> Vec<&'static str> {
    REGISTRY.iter().filter(|(role, _)| *role == Makes).map(|(_, r)| r.name).collect()
}

/// Django's `identify_hasher` rules for the prefix, including the legacy unsalted forms.
pub fn algorithm_of(encoded: &str) -> &str {
    if (encoded.len() == 32 && !encoded.contains('$')) || (encoded.len() == 37 && encoded.starts_with("md5$$")) {
        "unsalted_md5"
    } else if encoded.len() == 46 && encoded.starts_with("sha1$$") {
        "unsalted_sha1"
    } else {
        encoded.split('$').next().unwrap_or("")
    }
}

/// The algorithm's name for people: a known format's, else `unknown`, never the stored text
/// itself, which may be a bare digest or a password kept in clear.
pub fn algorithm_name(encoded: &str) -> &'static str {
    let algorithm = algorithm_of(encoded);
    canonical_name(algorithm).filter(|short| *short == algorithm).unwrap_or("unknown")
}

/// Django's `is_password_usable`.
pub fn is_usable(encoded: &str) -> bool {
    !encoded.starts_with(UNUSABLE_PREFIX)
}

/// Django's `make_password(None)`: `!` and 40 random characters, which no password matches.
pub fn unusable_password() -> String {
    format!("{UNUSABLE_PREFIX}{}", random_string(40))
}

/// Uniform random characters from `[a-zA-Z0-9]` (Django's `get_random_string`).
pub fn random_string(length: usize) -> String {
    let mut out = String::with_capacity(length);
    let mut buf = [0u8; 64];
    while out.len() < length {
        getrandom::fill(&mut buf).expect("the operating system's random source");
        // 248 = 4 * 62: rejecting larger bytes keeps every character equally likely.
        for b in buf.iter().filter(|b| **b < 248) {
            if out.len() == length {
                break;
            }
            out.push(SALT_CHARS[(*b % 62) as usize] as char);
        }
    }
    out
}

/// Django's `must_update_salt`: a salt of too few characters carries too little entropy.
pub(crate) fn salt_too_short(salt_chars: usize) -> bool {
    (salt_chars as f64) * (SALT_CHARS.len() as f64).log2() < SALT_ENTROPY_BITS
}

/// Django's `must_update_salt` for a salt given as text (pbkdf2, md5).
pub(crate) fn text_salt_too_short(salt: &str) -> bool {
    salt_too_short(salt.chars().count())
}

/// Lower-case hex, as Python's `hexdigest()`.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two strings in time that depends only on their lengths.
pub(crate) fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Whether `password` matches `encoded`, decoded by `hasher` (the hashers' unit tests).
#[cfg(test)]
pub(crate) fn verifies(hasher: &dyn Hasher, password: &[u8], encoded: &str) -> bool {
    hasher.decode(encoded).is_ok_and(|hash| hash.verify(password))
}

/// `hasher`'s own `must_update` for `encoded`, which must decode (the hashers' unit tests).
#[cfg(test)]
pub(crate) fn outdated_for(hasher: &dyn Hasher, encoded: &str) -> bool {
    hasher.decode(encoded).unwrap().must_update()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unusable_passwords_never_verify() {
        let hashers =
            PasswordHashers::new(vec![build("pbkdf2_sha256", &toml::from_str("iterations = 1").unwrap()).unwrap()])
                .unwrap();
        let unusable = unusable_password();
        assert_eq!(unusable.len(), 41);
        let verdict = hashers.check(&Secret::new(String::new()), &unusable);
        assert!(!verdict.valid);
    }

    #[test]
    fn legacy_prefixes_are_identified() {
        assert_eq!(algorithm_of("5f4dcc3b5aa765d61d8327deb882cf99"), "unsalted_md5");
        assert_eq!(algorithm_of("sha1$$5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"), "unsalted_sha1");
        assert_eq!(algorithm_of("pbkdf2_sha256$1$a$b"), "pbkdf2_sha256");
        assert_eq!(algorithm_name("pbkdf2_sha256$1$a$b"), "pbkdf2_sha256");
        assert_eq!(algorithm_name("5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"), "unknown");
        assert_eq!(algorithm_name("hunter2"), "unknown");
    }

    /// `role` is what each hasher's `maker()` gives, whatever its options.
    #[test]
    fn registrations_say_which_formats_make_hashes() {
        for (role, r) in REGISTRY {
            let hasher = build(r.name, &toml::Table::new()).unwrap();
            assert_eq!(hasher.algorithm(), r.name);
            assert_eq!(hasher.maker().is_some(), *role == Makes, "{}", r.name);
        }
    }

    #[test]
    fn random_strings_use_salt_characters() {
        let s = random_string(1000);
        assert_eq!(s.len(), 1000);
        assert!(s.bytes().all(|b| SALT_CHARS.contains(&b)));
    }
}
