//! Django's `NumericPasswordValidator`, with Python's `str.isdigit` (superscripts count).

use std::path::Path;

use super::{UserAttributes, Validator, Violation, py_str};
use crate::component::NoOptions;

struct NumericPassword;

pub(super) fn build(_: NoOptions, _base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    Ok(Box::new(NumericPassword))
}

impl Validator for NumericPassword {
    fn validate(&self, password: &str, _user: Option<&UserAttributes>) -> Vec<Violation> {
        if !py_str::is_all_digits(password) {
            return Vec::new();
        }
        vec![Violation::new("password_entirely_numeric", "This password is entirely numeric.")]
    }

    fn help_text(&self) -> String {
        "Your password can’t be entirely numeric.".to_owned()
    }
}
