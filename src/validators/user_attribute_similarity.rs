//! Django's `UserAttributeSimilarityValidator`, to the code point: lengths, lowercasing and
//! the `\W+` split follow Python's `str` and `re`, not Rust's.

use std::collections::HashMap;
use std::path::Path;

use super::{UserAttributes, Validator, Violation, py_str};

#[derive(Debug, Clone, Copy)]
enum Attribute {
    Username,
    FirstName,
    LastName,
    Email,
}

const ATTRIBUTES: [(&str, Attribute); 4] = [
    ("username", Attribute::Username),
    ("first_name", Attribute::FirstName),
    ("last_name", Attribute::LastName),
    ("email", Attribute::Email),
];

impl Attribute {
    fn value(self, user: &UserAttributes) -> &str {
        match self {
            Attribute::Username => &user.username,
            Attribute::FirstName => &user.first_name,
            Attribute::LastName => &user.last_name,
            Attribute::Email => &user.email,
        }
    }

    /// The field's `verbose_name` on Django's `User` model, which the message quotes.
    fn verbose_name(self) -> &'static str {
        match self {
            Attribute::Username => "username",
            Attribute::FirstName => "first name",
            Attribute::LastName => "last name",
            Attribute::Email => "email address",
        }
    }
}

struct UserAttributeSimilarity {
    attributes: Vec<Attribute>,
    max_similarity: f64,
}

/// Django's `DEFAULT_USER_ATTRIBUTES` and `max_similarity=0.7`; an integer is taken as a number,
/// as Python takes `max_similarity=1`.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct Options {
    user_attributes: Vec<String>,
    max_similarity: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options { user_attributes: ATTRIBUTES.iter().map(|&(n, _)| n.to_string()).collect(), max_similarity: 0.7 }
    }
}

pub(super) fn build(options: Options, _base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    let attributes = options.user_attributes.iter().map(|name| attribute_named(name)).collect::<Result<_, _>>()?;
    let max_similarity = options.max_similarity;
    // Django raises ValueError below 0.1; NaN is refused too, as it would disable the check.
    if max_similarity.is_nan() || max_similarity < 0.1 {
        return Err("`max_similarity` must be at least 0.1".into());
    }
    Ok(Box::new(UserAttributeSimilarity { attributes, max_similarity }))
}

fn attribute_named(name: &str) -> Result<Attribute, String> {
    ATTRIBUTES.iter().find(|&&(n, _)| n == name).map(|&(_, a)| a).ok_or_else(|| {
        let names: Vec<&str> = ATTRIBUTES.iter().map(|&(n, _)| n).collect();
        format!("`user_attributes` names `{name}`, not one of: {}", names.join(", "))
    })
}

impl Validator for UserAttributeSimilarity {
    fn validate(&self, password: &str, user: Option<&UserAttributes>) -> Vec<Violation> {
        let Some(user) = user else {
            return Vec::new();
        };
        let password: Vec<char> = py_str::lower(password).chars().collect();
        // Django stops at the first attribute that is too similar.
        self.attributes
            .iter()
            .find(|a| self.is_too_similar(&password, a.value(user)))
            .map(|a| {
                Violation::new(
                    "password_too_similar",
                    format!("The password is too similar to the {}.", a.verbose_name()),
                )
            })
            .into_iter()
            .collect()
    }

    fn help_text(&self) -> String {
        "Your password can’t be too similar to your other personal information.".to_owned()
    }
}

impl UserAttributeSimilarity {
    fn is_too_similar(&self, password: &[char], value: &str) -> bool {
        if value.is_empty() {
            return false;
        }
        let value = py_str::lower(value);
        let mut parts = py_str::split_non_word(&value);
        parts.push(&value);
        parts.into_iter().any(|part| {
            let part: Vec<char> = part.chars().collect();
            !self.exceeds_maximum_length_ratio(password.len(), part.len())
                && quick_ratio(password, &part) >= self.max_similarity
        })
    }

    /// Django's shortcut for a part far shorter than the password: its ratio is then provably
    /// below `max_similarity`, so the comparison is skipped, which matters for long passwords.
    fn exceeds_maximum_length_ratio(&self, password_len: usize, part_len: usize) -> bool {
        let length_bound_similarity = self.max_similarity / 2.0 * password_len as f64;
        password_len >= 10 * part_len && (part_len as f64) < length_bound_similarity
    }
}

/// `difflib.SequenceMatcher(a=a, b=b).quick_ratio()`: twice the size of the multiset
/// intersection over the total length, with the same float operations as Python.
fn quick_ratio(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let mut available: HashMap<char, usize> = HashMap::new();
    for &c in b {
        *available.entry(c).or_default() += 1;
    }
    let matches = a
        .iter()
        .filter(|c| match available.get_mut(c) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        })
        .count();
    2.0 * matches as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_ratio_counts_the_multiset_intersection() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(quick_ratio(&chars("abcd"), &chars("bcda")), 1.0);
        assert_eq!(quick_ratio(&chars("aab"), &chars("abb")), 2.0 * 2.0 / 6.0);
        assert_eq!(quick_ratio(&[], &[]), 1.0);
    }
}
