//! Typed access to a validator's options table, so that a misspelt or mistyped option is a
//! configuration error instead of a silently ignored setting.

use super::ValidatorConfigError;

pub(super) struct Options<'a> {
    validator: &'static str,
    table: &'a toml::Table,
}

impl<'a> Options<'a> {
    pub(super) fn new(
        validator: &'static str,
        table: &'a toml::Table,
        valid: &[&str],
    ) -> Result<Self, ValidatorConfigError> {
        let options = Options { validator, table };
        match table.keys().find(|key| !valid.contains(&key.as_str())) {
            Some(key) => Err(options.bad(key, &format!("is unknown; valid options: {}", list(valid)))),
            None => Ok(options),
        }
    }

    /// A configuration error about option `key`.
    pub(super) fn bad(&self, key: &str, problem: &str) -> ValidatorConfigError {
        ValidatorConfigError::BadOption(format!("option `{key}` of password validator `{}` {problem}", self.validator))
    }

    fn typed<T>(
        &self,
        key: &str,
        expected: &str,
        convert: impl FnOnce(&'a toml::Value) -> Option<T>,
    ) -> Result<Option<T>, ValidatorConfigError> {
        match self.table.get(key) {
            None => Ok(None),
            Some(value) => convert(value)
                .map(Some)
                .ok_or_else(|| self.bad(key, &format!("must be {expected}, not {}", value.type_str()))),
        }
    }

    pub(super) fn integer(&self, key: &str) -> Result<Option<i64>, ValidatorConfigError> {
        self.typed(key, "an integer", toml::Value::as_integer)
    }

    /// Integers are accepted too, as Python accepts `max_similarity=1`.
    pub(super) fn float(&self, key: &str) -> Result<Option<f64>, ValidatorConfigError> {
        self.typed(key, "a number", |v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)))
    }

    pub(super) fn boolean(&self, key: &str) -> Result<Option<bool>, ValidatorConfigError> {
        self.typed(key, "a boolean", toml::Value::as_bool)
    }

    pub(super) fn string(&self, key: &str) -> Result<Option<&'a str>, ValidatorConfigError> {
        self.typed(key, "a string", toml::Value::as_str)
    }

    pub(super) fn string_array(&self, key: &str) -> Result<Option<Vec<&'a str>>, ValidatorConfigError> {
        self.typed(key, "an array of strings", |v| v.as_array()?.iter().map(toml::Value::as_str).collect())
    }
}

/// `a, b, c` for messages listing the accepted values.
pub(super) fn list(values: &[&str]) -> String {
    values.join(", ")
}
