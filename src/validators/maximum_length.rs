//! authadm's `MaximumLengthValidator`: bounds the bytes every hasher and check must process,
//! so an enormous password cannot be used to burn CPU.

use std::path::Path;

use super::{UserAttributes, Validator, Violation};

struct MaximumLength {
    max_bytes: usize,
}

/// The same bound as `max_password_bytes` by default.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct Options {
    max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { max_bytes: 4096 }
    }
}

pub(super) fn build(options: Options, _base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    if options.max_bytes < 1 {
        return Err("`max_bytes` must be at least 1".into());
    }
    Ok(Box::new(MaximumLength { max_bytes: options.max_bytes }))
}

fn bytes(n: usize) -> &'static str {
    if n == 1 { "byte" } else { "bytes" }
}

impl Validator for MaximumLength {
    fn validate(&self, password: &str, _user: Option<&UserAttributes>) -> Vec<Violation> {
        if password.len() <= self.max_bytes {
            return Vec::new();
        }
        vec![Violation::new(
            "password_too_long",
            format!(
                "This password is too long. It must contain at most {} {} (UTF-8).",
                self.max_bytes,
                bytes(self.max_bytes)
            ),
        )]
    }

    fn help_text(&self) -> String {
        format!("Your password must contain at most {} {} (UTF-8).", self.max_bytes, bytes(self.max_bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_utf8_bytes_not_characters() {
        let v = MaximumLength { max_bytes: 4 };
        assert!(v.validate("abcd", None).is_empty());
        let too_long = v.validate("abcé", None);
        assert_eq!(too_long.len(), 1);
        assert_eq!(too_long[0].code, "password_too_long");
    }
}
