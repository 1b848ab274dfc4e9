//! `hash audit`: the stored hashes counted by algorithm and parameters, with what each kind means
//! for the site: re-hashed at the next login, unusable, of no known format, or of a hasher a given
//! Django release no longer has. Never a salt or digest: a kind names only the format and costs.

use crate::hashers::{self, PasswordHashers};
use crate::store::users::User;
use std::collections::BTreeMap;

/// Django's releases and the hashers each removed (their `algorithm` names): the release notes of
/// 5.0 (CryptPasswordHasher) and 5.1 (SHA1PasswordHasher, UnsaltedSHA1PasswordHasher,
/// UnsaltedMD5PasswordHasher).
const REMOVED: &[((u32, u32), &str)] =
    &[((5, 0), "crypt"), ((5, 1), "sha1"), ((5, 1), "unsalted_sha1"), ((5, 1), "unsalted_md5")];

/// A Django release, `MAJOR.MINOR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DjangoVersion(pub u32, pub u32);

impl std::str::FromStr for DjangoVersion {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}` is not a Django release such as 5.1");
        let (major, rest) = text.split_once('.').ok_or_else(bad)?;
        let minor = rest.split('.').next().unwrap_or(rest);
        Ok(DjangoVersion(major.parse().map_err(|_| bad())?, minor.parse().map_err(|_| bad())?))
    }
}

impl std::fmt::Display for DjangoVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

impl DjangoVersion {
    /// Whether this release still has the hasher of `algorithm`.
    pub fn has(self, algorithm: &str) -> bool {
        !REMOVED.iter().any(|((major, minor), removed)| *removed == algorithm && self >= DjangoVersion(*major, *minor))
    }
}

/// A stated minimum cost: `iterations=600000`, `rounds=12`, `memory_cost=19456`, ... A hash with
/// that parameter below the value is under the floor, and so is one of a format with no cost at
/// all (md5, sha1, the unsalted ones), whatever floor is stated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Floor {
    pub parameter: String,
    pub minimum: u64,
}

impl std::str::FromStr for Floor {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}` is not PARAMETER=MINIMUM, such as iterations=600000");
        let (parameter, minimum) = text.split_once('=').ok_or_else(bad)?;
        let minimum = minimum.trim().parse().map_err(|_| bad())?;
        Ok(Floor { parameter: parameter.trim().to_string(), minimum })
    }
}

/// Whether a hash with these cost parameters is below any of the floors.
fn below(floors: &[Floor], costs: &[(&str, u64)]) -> bool {
    !floors.is_empty()
        && (costs.is_empty()
            || floors
                .iter()
                .any(|floor| costs.iter().any(|(name, value)| *name == floor.parameter && *value < floor.minimum)))
}

/// One kind of stored hash and the users holding it.
#[derive(Debug)]
pub struct Kind {
    /// `pbkdf2_sha256 iterations=1000000`, `unusable`, or `unknown`.
    pub kind: String,
    pub algorithm: &'static str,
    pub users: Vec<String>,
    /// A login under the current settings would re-hash it (not the preferred hasher, or weaker
    /// parameters), as Django's `must_update`.
    pub would_upgrade: bool,
    pub unusable: bool,
    /// Of no format authadm knows, or malformed: no login can succeed with it.
    pub unknown: bool,
    /// With `--django`: whether that release can verify it (`None` without).
    pub django_verifies: Option<bool>,
    /// Under a stated `--floor` (never for an unusable or unknown hash).
    pub below_floor: bool,
}

/// The users' hashes by kind, most users first.
pub fn census(users: &[User], hashers: &PasswordHashers, django: Option<DjangoVersion>, floors: &[Floor]) -> Vec<Kind> {
    let mut kinds: BTreeMap<String, Kind> = BTreeMap::new();
    for user in users {
        let encoded = user.password.encoded();
        let (kind, algorithm, would_upgrade, unusable, unknown, below_floor) = if !hashers::is_usable(encoded) {
            ("unusable".to_string(), "unusable", false, true, false, false)
        } else {
            match hashers.inspect(encoded) {
                Ok(found) => {
                    let costs: Vec<_> =
                        found.parameters.iter().filter(|(name, _)| !name.ends_with("_length")).collect();
                    let numbers: Vec<(&str, u64)> = costs
                        .iter()
                        .filter_map(|(name, value)| match value {
                            hashers::ParamValue::Number(n) => Some((*name, *n)),
                            hashers::ParamValue::Text(_) => None,
                        })
                        .collect();
                    let kind = std::iter::once(found.algorithm.to_string())
                        .chain(costs.iter().map(|(name, value)| format!("{name}={value}")))
                        .collect::<Vec<_>>()
                        .join(" ");
                    (kind, found.algorithm, found.must_update, false, false, below(floors, &numbers))
                }
                Err(_) => ("unknown".to_string(), hashers::algorithm_name(encoded), false, false, true, false),
            }
        };
        let django_verifies = django.map(|release| !unusable && !unknown && release.has(algorithm));
        kinds
            .entry(kind.clone())
            .or_insert_with(|| Kind {
                kind,
                algorithm,
                users: Vec::new(),
                would_upgrade,
                unusable,
                unknown,
                django_verifies,
                below_floor,
            })
            .users
            .push(user.username.clone());
    }
    let mut kinds: Vec<Kind> = kinds.into_values().collect();
    kinds.sort_by(|a, b| b.users.len().cmp(&a.users.len()).then_with(|| a.kind.cmp(&b.kind)));
    kinds
}

#[cfg(test)]
mod tests {
    use super::DjangoVersion;

    #[test]
    fn floors_flag_lower_costs_and_costless_formats() {
        let floor: super::Floor = "iterations=600000".parse().unwrap();
        let floors = [floor];
        assert!(super::below(&floors, &[("iterations", 1000)]));
        assert!(!super::below(&floors, &[("iterations", 1_000_000)]));
        assert!(!super::below(&floors, &[("rounds", 4)]), "another parameter: not this floor's");
        assert!(super::below(&floors, &[]), "md5 and friends have no cost at all");
        assert!(!super::below(&[], &[]));
        assert!("iterations".parse::<super::Floor>().is_err());
    }

    #[test]
    fn releases_know_which_hashers_they_removed() {
        let v = |text: &str| text.parse::<DjangoVersion>().unwrap();
        assert!(v("5.0").has("sha1") && !v("5.1").has("sha1") && !v("5.2.3").has("unsalted_md5"));
        assert!(v("5.1").has("md5") && v("4.2").has("crypt") && !v("5.0").has("crypt"));
        assert!("5".parse::<DjangoVersion>().is_err() && "five.one".parse::<DjangoVersion>().is_err());
    }
}
