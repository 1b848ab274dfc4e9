//! authadm's `ComplexityValidator`: character-class rules, for sites whose policy demands
//! them. Each unmet requirement is its own violation, so a user learns everything at once.

use std::path::Path;

use super::{UserAttributes, Validator, Violation, py_str};

/// One character class: its violation code, and what the messages call it; [`Options`] turns it
/// off (in the order of [`REQUIREMENTS`]).
struct Requirement {
    code: &'static str,
    name: &'static str,
    matches: fn(char) -> bool,
}

/// Anything that is neither a letter nor a digit and can be seen: punctuation, symbols.
fn is_special(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

const REQUIREMENTS: [Requirement; 4] = [
    Requirement { code: "password_no_upper", name: "uppercase letter", matches: char::is_uppercase },
    Requirement { code: "password_no_lower", name: "lowercase letter", matches: char::is_lowercase },
    Requirement { code: "password_no_digit", name: "digit", matches: py_str::is_digit },
    Requirement { code: "password_no_special", name: "special character (punctuation or symbol)", matches: is_special },
];

struct Complexity {
    required: Vec<&'static Requirement>,
}

/// Each kind of character is required unless turned off.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct Options {
    require_upper: bool,
    require_lower: bool,
    require_digit: bool,
    require_special: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { require_upper: true, require_lower: true, require_digit: true, require_special: true }
    }
}

pub(super) fn build(options: Options, _base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    let wanted = [options.require_upper, options.require_lower, options.require_digit, options.require_special];
    let required = REQUIREMENTS.iter().zip(wanted).filter(|(_, wanted)| *wanted).map(|(r, _)| r).collect();
    Ok(Box::new(Complexity { required }))
}

impl Validator for Complexity {
    fn validate(&self, password: &str, _user: Option<&UserAttributes>) -> Vec<Violation> {
        self.required
            .iter()
            .filter(|r| !password.chars().any(r.matches))
            .map(|r| Violation::new(r.code, format!("This password must contain at least one {}.", r.name)))
            .collect()
    }

    fn help_text(&self) -> String {
        let names: Vec<&str> = self.required.iter().map(|r| r.name).collect();
        match names.as_slice() {
            [] => "Your password may use any characters.".to_owned(),
            _ => format!("Your password must contain at least one of each: {}.", names.join(", ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(options: &str, password: &str) -> Vec<String> {
        let table: toml::Table = toml::from_str(options).unwrap();
        let validator = super::super::build("complexity", &table, Path::new(".")).unwrap();
        validator.validate(password, None).into_iter().map(|v| v.code).collect()
    }

    #[test]
    fn each_missing_class_is_reported() {
        assert!(codes("", "Aa1!").is_empty());
        assert_eq!(codes("", "a1!"), ["password_no_upper"]);
        assert_eq!(codes("", "A1!"), ["password_no_lower"]);
        assert_eq!(codes("", "Aa!"), ["password_no_digit"]);
        assert_eq!(codes("", "Aa1 "), ["password_no_special"]);
        assert_eq!(
            codes("", ""),
            ["password_no_upper", "password_no_lower", "password_no_digit", "password_no_special"]
        );
    }

    #[test]
    fn unicode_classes_count() {
        assert!(codes("", "Éé٣€").is_empty());
    }

    #[test]
    fn disabled_requirements_are_not_checked() {
        let all_off = "require_upper = false\nrequire_lower = false\n\
                       require_digit = false\nrequire_special = false";
        assert!(codes(all_off, "").is_empty());
        assert_eq!(codes("require_upper = false", "a1"), ["password_no_special"]);
    }
}
