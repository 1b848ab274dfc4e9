//! authadm's `StrengthValidator`: zxcvbn's estimate of how many guesses a password takes,
//! which catches keyboard walks, dates, l33t and repeats that the list-based checks miss.

use std::path::Path;

use super::{UserAttributes, Validator, Violation};

struct Strength {
    min_score: u8,
}

/// zxcvbn's scores are 0 to 4; 3 ("safely unguessable") by default.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct Options {
    min_score: i64,
}

impl Default for Options {
    fn default() -> Self {
        Options { min_score: 3 }
    }
}

pub(super) fn build(options: Options, _base_dir: &Path) -> Result<Box<dyn Validator>, String> {
    let min_score =
        u8::try_from(options.min_score).ok().filter(|&n| n <= 4).ok_or("`min_score` must be between 0 and 4")?;
    Ok(Box::new(Strength { min_score }))
}

/// The user's own data, which zxcvbn treats as a dictionary the attacker knows.
fn user_inputs(user: Option<&UserAttributes>) -> Vec<&str> {
    user.map(|u| {
        [&u.username, &u.first_name, &u.last_name, &u.email]
            .into_iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect()
    })
    .unwrap_or_default()
}

impl Validator for Strength {
    fn validate(&self, password: &str, user: Option<&UserAttributes>) -> Vec<Violation> {
        let estimate = zxcvbn::zxcvbn(password, &user_inputs(user));
        let score = u8::from(estimate.score());
        if score >= self.min_score {
            return Vec::new();
        }
        let mut message = format!(
            "This password is too easy to guess (strength {score} of 4, at least {} required).",
            self.min_score
        );
        if let Some(feedback) = estimate.feedback() {
            if let Some(warning) = feedback.warning() {
                message.push_str(&format!(" {warning}"));
            }
            for suggestion in feedback.suggestions() {
                message.push_str(&format!(" {suggestion}"));
            }
        }
        vec![Violation::new("password_too_weak", message)]
    }

    fn help_text(&self) -> String {
        format!("Your password must be hard to guess (strength at least {} of 4).", self.min_score)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn violations(min_score: u8, password: &str, user: Option<&UserAttributes>) -> Vec<Violation> {
        Strength { min_score }.validate(password, user)
    }

    #[test]
    fn weak_password_is_refused_with_feedback() {
        let found = violations(3, "password1", None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, "password_too_weak");
        assert!(found[0].message.contains("strength 0 of 4"), "{}", found[0].message);
        assert!(found[0].message.len() > 80, "feedback missing: {}", found[0].message);
    }

    #[test]
    fn strong_password_passes() {
        assert!(violations(4, "correct-Horse-battery-staple-97", None).is_empty());
    }

    #[test]
    fn min_score_zero_accepts_anything() {
        assert!(violations(0, "", None).is_empty());
    }

    #[test]
    fn user_attributes_are_known_to_the_attacker() {
        let password = "Zqvbemtrwx1978";
        assert!(violations(3, password, None).is_empty());
        let user = UserAttributes { username: "zqvbemtrwx1978".to_owned(), ..Default::default() };
        assert_eq!(violations(3, password, Some(&user)).len(), 1);
    }
}
