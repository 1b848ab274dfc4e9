//! Placeholder until the validators module lands: the interface, and no validator yet.

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

pub trait Validator: Send + Sync {
    fn validate(&self, password: &str, user: Option<&UserAttributes>) -> Vec<Violation>;
    fn help_text(&self) -> String;
}

#[derive(Debug, thiserror::Error)]
pub enum ValidatorConfigError {
    #[error("unknown password validator `{name}`; valid names: {valid}")]
    UnknownName { name: String, valid: String },
    #[error("{0}")]
    BadOption(String),
}

struct MinimumLength(usize);

impl Validator for MinimumLength {
    fn validate(&self, password: &str, _user: Option<&UserAttributes>) -> Vec<Violation> {
        if password.chars().count() >= self.0 {
            return vec![];
        }
        vec![Violation {
            code: "password_too_short".into(),
            message: format!("This password is too short. It must contain at least {} characters.", self.0),
        }]
    }
    fn help_text(&self) -> String {
        format!("Your password must contain at least {} characters.", self.0)
    }
}

pub fn build(
    name: &str,
    _options: &toml::Table,
    _base_dir: &std::path::Path,
) -> Result<Box<dyn Validator>, ValidatorConfigError> {
    match name {
        "minimum_length" | "user_attribute_similarity" | "common_password" | "numeric_password" => {
            Ok(Box::new(MinimumLength(8)))
        }
        _ => Err(ValidatorConfigError::UnknownName { name: name.into(), valid: "minimum_length".into() }),
    }
}

pub fn validate_all(
    validators: &[Box<dyn Validator>],
    password: &str,
    user: Option<&UserAttributes>,
) -> Vec<Violation> {
    validators.iter().flat_map(|v| v.validate(password, user)).collect()
}
