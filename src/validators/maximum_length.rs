//! authadm's `MaximumLengthValidator`: bounds the bytes every hasher and check must process,
//! so an enormous password cannot be used to burn CPU.

use std::path::Path;

use super::{Registration, UserAttributes, Validator, Violation};
use crate::config::Options;

pub(super) const REGISTRATION: Registration = Registration {
    short: "maximum_length",
    class: "MaximumLengthValidator",
    django: false,
    options: &["max_bytes"],
    build,
};

struct MaximumLength {
    max_bytes: usize,
}

fn build(options: &Options, _base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    let max_bytes = match options.integer("max_bytes")? {
        None => 4096,
        Some(n) => {
            usize::try_from(n).ok().filter(|&n| n >= 1).ok_or_else(|| options.bad("max_bytes", "must be at least 1"))?
        }
    };
    Ok(Box::new(MaximumLength { max_bytes }))
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
