//! Django's `MinimumLengthValidator`: length in code points, as Python's `len`.

use std::path::Path;

use super::{UserAttributes, Validator, Violation};

struct MinimumLength {
    min_length: i64,
}

/// Django's `min_length=8`.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct Options {
    min_length: i64,
}

impl Default for Options {
    fn default() -> Self {
        Options { min_length: 8 }
    }
}

pub(super) fn build(options: Options, _base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    Ok(Box::new(MinimumLength { min_length: options.min_length }))
}

/// English `ngettext`: the singular only for exactly one.
fn characters(n: i64) -> &'static str {
    if n == 1 { "character" } else { "characters" }
}

impl Validator for MinimumLength {
    fn validate(&self, password: &str, _user: Option<&UserAttributes>) -> Vec<Violation> {
        let length = i64::try_from(password.chars().count()).unwrap_or(i64::MAX);
        if length >= self.min_length {
            return Vec::new();
        }
        vec![Violation::new(
            "password_too_short",
            format!(
                "This password is too short. It must contain at least {} {}.",
                self.min_length,
                characters(self.min_length)
            ),
        )]
    }

    fn help_text(&self) -> String {
        format!("Your password must contain at least {} {}.", self.min_length, characters(self.min_length))
    }
}
