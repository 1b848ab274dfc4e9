//! Password validators: Django's four, with verdicts and messages identical to Django 5.2's
//! `django.contrib.auth.password_validation`, plus authadm's own. A new validator is one new file
//! plus one line in [`REGISTRY`] ([`crate::component`]'s shape).

mod breached_password;
mod common_password;
mod complexity;
mod maximum_length;
mod minimum_length;
mod numeric_password;
mod py_str;
mod strength;
mod unicode_tables;
mod user_attribute_similarity;

#[cfg(test)]
mod django_parity_tests;

use std::fs::File;
use std::io;
use std::path::Path;

use crate::component::{self, Configured, Registration, Typed};
pub(crate) use py_str::is_word;

/// The user a password is being validated for (Django's user attributes).
#[derive(Debug, Clone, Default)]
pub struct UserAttributes {
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Violation {
    pub code: String,
    pub message: String,
}

impl Violation {
    fn new(code: &str, message: impl Into<String>) -> Self {
        Violation { code: code.to_owned(), message: message.into() }
    }
}

pub trait Validator: Send + Sync {
    fn validate(&self, password: &str, user: Option<&UserAttributes>) -> Vec<Violation>;
    fn help_text(&self) -> String;
    /// Why this validator cannot judge any password now: a list file it names cannot be read
    /// (the caller names the validator).
    /// Asked before a password is typed and by `config check` and `doctor`, but not when the
    /// settings load, so that commands validating no password (a lockout reset in an incident)
    /// keep working while the file is restored; `validate` fails closed all the same.
    fn unreadable_file(&self) -> Option<String> {
        None
    }
}

/// Opens a list file, refusing what is not a regular file: `/dev/zero` or `/dev/urandom` never
/// end (read whole, memory grows without bound) and have a length of 0 (searched, every password
/// is absent from them), and opening a FIFO blocks. Checked on the path, so such a file is not
/// opened, and again on the file opened, which is the one read.
fn open_list(path: &Path) -> io::Result<File> {
    let regular = |metadata: std::fs::Metadata| {
        if metadata.is_file() {
            Ok(())
        } else {
            Err(io::Error::new(io::ErrorKind::InvalidInput, "it is not a regular file"))
        }
    };
    regular(std::fs::metadata(path)?)?;
    let file = File::open(path)?;
    regular(file.metadata()?)?;
    Ok(file)
}

/// The message of [`Validator::unreadable_file`] for `path`, given as option `key`.
fn unreadable(key: &str, path: &Path, problem: &dyn std::fmt::Display) -> String {
    format!("`{key}` names `{}`, which cannot be read: {problem}", path.display())
}

/// Error from building a validator: an unknown name (message lists the valid names) or a bad option.
#[derive(Debug, thiserror::Error)]
pub enum ValidatorConfigError {
    #[error("unknown password validator `{name}`; valid names: {valid}")]
    UnknownName { name: String, valid: String },
    #[error("{0}")]
    BadOption(String),
}

/// A Django validator's class name and dotted path, the names accepted beside its short one.
macro_rules! django {
    ($class:literal) => {
        &[$class, concat!("django.contrib.auth.password_validation.", $class)]
    };
}

/// Short name, the other names accepted (Django's own validators also under their dotted path, so
/// an `AUTH_PASSWORD_VALIDATORS` setting carries over as it is; the first is the class name),
/// constructor. The constructor gets the settings file's folder, against which relative paths
/// (`password_list_path`, a breach list) resolve.
const REGISTRY: &[Registration<dyn Validator, Path>] = &[
    Registration::new(
        "user_attribute_similarity",
        django!("UserAttributeSimilarityValidator"),
        &Typed(user_attribute_similarity::build),
    ),
    Registration::new("minimum_length", django!("MinimumLengthValidator"), &Typed(minimum_length::build)),
    Registration::new("common_password", django!("CommonPasswordValidator"), &Typed(common_password::build)),
    Registration::new("numeric_password", django!("NumericPasswordValidator"), &Typed(numeric_password::build)),
    Registration::new("maximum_length", &["MaximumLengthValidator"], &Typed(maximum_length::build)),
    Registration::new("complexity", &["ComplexityValidator"], &Typed(complexity::build)),
    Registration::new("strength", &["StrengthValidator"], &Typed(strength::build)),
    Registration::new("breached_password", &["BreachedPasswordValidator"], &Typed(breached_password::build)),
];

pub fn registry() -> &'static [Registration<dyn Validator, Path>] {
    REGISTRY
}

/// Builds a validator from its configured name (short snake_case, Django class name, or Django
/// dotted path) and options table.
pub fn build(
    name: &str,
    options: &toml::Table,
    base_dir: &Path,
) -> Result<Configured<dyn Validator>, ValidatorConfigError> {
    let registration = component::find(REGISTRY, name).ok_or_else(|| unknown_name(name))?;
    let owner = format!("password validator `{}`", registration.name);
    registration.build(&owner, options, base_dir).map_err(ValidatorConfigError::BadOption)
}

fn unknown_name(name: &str) -> ValidatorConfigError {
    let valid = REGISTRY.iter().map(|r| format!("{} ({})", r.name, r.aliases[0])).collect::<Vec<_>>().join(", ");
    ValidatorConfigError::UnknownName { name: name.to_owned(), valid }
}

/// Runs every validator and collects every violation (Django's validate_password).
pub fn validate_all(
    validators: &[Configured<dyn Validator>],
    password: &str,
    user: Option<&UserAttributes>,
) -> Vec<Violation> {
    validators.iter().flat_map(|v| v.validate(password, user)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build_default(name: &str) -> Result<Configured<dyn Validator>, ValidatorConfigError> {
        build(name, &toml::Table::new(), Path::new("."))
    }

    #[test]
    fn every_django_name_form_resolves() {
        for name in [
            "minimum_length",
            "MinimumLengthValidator",
            "django.contrib.auth.password_validation.MinimumLengthValidator",
        ] {
            assert!(build_default(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn our_validators_have_no_django_path() {
        let err = build_default("django.contrib.auth.password_validation.ComplexityValidator");
        assert!(matches!(err, Err(ValidatorConfigError::UnknownName { .. })));
    }

    #[test]
    fn unknown_name_lists_valid_names() {
        let err = build_default("nope").err().expect("unknown name must fail");
        let text = err.to_string();
        assert!(text.contains("nope"), "{text}");
        for r in REGISTRY {
            assert!(text.contains(r.name) && text.contains(r.aliases[0]), "{text}");
        }
    }

    #[test]
    fn unknown_option_is_named_with_valid_ones() {
        let options: toml::Table = toml::from_str("min_lenght = 3").unwrap();
        let err = build("minimum_length", &options, Path::new(".")).err().expect("unknown option must fail");
        let text = err.to_string();
        assert!(text.contains("min_lenght") && text.contains("min_length"), "{text}");
    }

    #[test]
    fn wrong_option_type_is_refused() {
        let options: toml::Table = toml::from_str("min_length = \"8\"").unwrap();
        assert!(matches!(build("minimum_length", &options, Path::new(".")), Err(ValidatorConfigError::BadOption(_))));
    }

    #[test]
    fn validate_all_keeps_every_violation_in_order() {
        let validators = vec![build_default("minimum_length").unwrap(), build_default("numeric_password").unwrap()];
        let codes: Vec<String> = validate_all(&validators, "123", None).into_iter().map(|v| v.code).collect();
        assert_eq!(codes, ["password_too_short", "password_entirely_numeric"]);
    }
}
