//! `[mfa]` and `[otp]` as written in the settings file: allauth's `MFA_*` and django-otp's
//! `OTP_*` settings under their own names without the prefix (the Django names are accepted too),
//! resolved into the [`Policy`] a login checks codes with, and back into tables for `config check`.

use super::Policy;
use std::ops::Range;
use toml::Spanned;

/// `[mfa]`: `allauth/mfa/app_settings.py`.
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawMfa {
    #[serde(alias = "MFA_TOTP_PERIOD")]
    totp_period: Option<Spanned<i64>>,
    #[serde(alias = "MFA_TOTP_DIGITS")]
    totp_digits: Option<Spanned<i64>>,
    #[serde(alias = "MFA_TOTP_TOLERANCE")]
    totp_tolerance: Option<Spanned<i64>>,
    #[serde(alias = "MFA_RECOVERY_CODE_COUNT")]
    recovery_code_count: Option<Spanned<i64>>,
    #[serde(alias = "MFA_RECOVERY_CODE_DIGITS")]
    recovery_code_digits: Option<Spanned<i64>>,
}

/// `[otp]`: `django_otp/plugins/otp_totp/models.py` and `otp_static/models.py` read these.
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawOtp {
    #[serde(alias = "OTP_TOTP_SYNC")]
    totp_sync: Option<bool>,
    #[serde(alias = "OTP_TOTP_THROTTLE_FACTOR")]
    totp_throttle_factor: Option<Spanned<i64>>,
    #[serde(alias = "OTP_STATIC_THROTTLE_FACTOR")]
    static_throttle_factor: Option<Spanned<i64>>,
}

/// A settings error: where (a byte range of the file) and what.
pub type SpannedError = (Option<Range<usize>>, String);

/// A whole number within `range`, or the error at its span.
fn within(value: Option<Spanned<i64>>, name: &str, range: Range<i64>, default: u32) -> Result<u32, SpannedError> {
    let Some(value) = value else { return Ok(default) };
    u32::try_from(*value.get_ref()).ok().filter(|n| range.contains(&i64::from(*n))).ok_or_else(|| {
        (Some(value.span()), format!("{name} must be a whole number from {} to {}", range.start, range.end - 1))
    })
}

impl Policy {
    /// Resolves the two sections, defaults filled in.
    pub fn resolve(mfa: Option<RawMfa>, otp: Option<RawOtp>) -> Result<Policy, SpannedError> {
        let (mfa, otp, d) = (mfa.unwrap_or_default(), otp.unwrap_or_default(), Policy::default());
        Ok(Policy {
            totp_period: within(mfa.totp_period, "mfa.totp_period", 1..86_401, d.totp_period)?,
            totp_digits: within(mfa.totp_digits, "mfa.totp_digits", 1..10, d.totp_digits)?,
            totp_tolerance: within(mfa.totp_tolerance, "mfa.totp_tolerance", 0..101, d.totp_tolerance)?,
            recovery_code_count: within(
                mfa.recovery_code_count,
                "mfa.recovery_code_count",
                1..64,
                d.recovery_code_count,
            )?,
            recovery_code_digits: within(
                mfa.recovery_code_digits,
                "mfa.recovery_code_digits",
                1..31,
                d.recovery_code_digits,
            )?,
            otp_totp_sync: otp.totp_sync.unwrap_or(d.otp_totp_sync),
            otp_totp_throttle_factor: within(
                otp.totp_throttle_factor,
                "otp.totp_throttle_factor",
                0..86_401,
                d.otp_totp_throttle_factor,
            )?,
            otp_static_throttle_factor: within(
                otp.static_throttle_factor,
                "otp.static_throttle_factor",
                0..86_401,
                d.otp_static_throttle_factor,
            )?,
        })
    }

    /// The `[mfa]` and `[otp]` tables in force (`config check`).
    pub fn describe(&self) -> (toml::Table, toml::Table) {
        let mut mfa = toml::Table::new();
        mfa.insert("totp_period".into(), i64::from(self.totp_period).into());
        mfa.insert("totp_digits".into(), i64::from(self.totp_digits).into());
        mfa.insert("totp_tolerance".into(), i64::from(self.totp_tolerance).into());
        mfa.insert("recovery_code_count".into(), i64::from(self.recovery_code_count).into());
        mfa.insert("recovery_code_digits".into(), i64::from(self.recovery_code_digits).into());
        let mut otp = toml::Table::new();
        otp.insert("totp_sync".into(), self.otp_totp_sync.into());
        otp.insert("totp_throttle_factor".into(), i64::from(self.otp_totp_throttle_factor).into());
        otp.insert("static_throttle_factor".into(), i64::from(self.otp_static_throttle_factor).into());
        (mfa, otp)
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Settings;

    fn policy(text: &str) -> Result<super::Policy, String> {
        Settings::from_toml(text, None).map(|s| s.mfa).map_err(|e| e.to_string())
    }

    #[test]
    fn the_sites_django_names_are_accepted_and_ranges_checked() {
        let policy = policy("[mfa]\nMFA_TOTP_PERIOD = 60\ntotp_tolerance = 1\n[otp]\nOTP_TOTP_THROTTLE_FACTOR = 0\n");
        let policy = policy.unwrap();
        assert_eq!((policy.totp_period, policy.totp_tolerance, policy.otp_totp_throttle_factor), (60, 1, 0));
        assert_eq!(policy.recovery_code_digits, 8);
        let err = self::policy("[mfa]\ntotp_digits = 0\n").unwrap_err();
        assert!(err.contains(":2:") && err.contains("mfa.totp_digits"), "{err}");
        assert!(self::policy("[mfa]\ntotp_periods = 30\n").is_err(), "a misspelt key is refused");
    }
}
