//! `[lockout]` and `[rate_limits]` as written in the settings file, and their resolution into the
//! [`Policy`] the guard enforces (and back into tables, for `config check`).

use super::net::Cidr;
use super::rates::{self, Rate};
use super::{Given, KeyShape, Lockout, Policy, RateLimits, Source};
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

/// `[lockout]` as written in the settings file.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawLockout {
    failure_limit: Option<Spanned<i64>>,
    cooloff: Option<Spanned<String>>,
    lockout_parameters: Option<Spanned<Vec<Spanned<RawParameter>>>>,
    reset_on_success: Option<bool>,
    never_lockout: Option<Vec<Spanned<String>>>,
    use_attempt_expiration: Option<Spanned<bool>>,
    store: Option<Spanned<String>>,
}

/// axes' shape: `"username"` alone, or a list of fields that form one combined key.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawParameter {
    One(String),
    Combined(Vec<String>),
}

/// `[rate_limits]`: allauth's action names; authadm enforces the two a login consults.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawRateLimits {
    login: Option<Spanned<String>>,
    login_failed: Option<Spanned<String>>,
}

/// A settings error: where (a byte range of the file) and what.
pub type SpannedError = (Option<Range<usize>>, String);

impl Policy {
    /// The `[lockout]` and `[rate_limits]` tables in force, defaults filled in (`config check`).
    pub fn describe(&self) -> (toml::Table, toml::Table) {
        let l = &self.lockout;
        let parameters = l.parameters.iter().map(|shape| {
            let fields: Vec<&str> =
                [("username", shape.username), ("ip_address", shape.ip), ("user_agent", shape.user_agent)]
                    .iter()
                    .filter(|f| f.1)
                    .map(|f| f.0)
                    .collect();
            match fields.as_slice() {
                [one] => toml::Value::from(*one),
                many => toml::Value::from(many.to_vec()),
            }
        });
        let mut lockout = toml::Table::new();
        lockout.insert("failure_limit".into(), i64::from(l.failure_limit).into());
        if let Some(cooloff) = l.cooloff {
            lockout.insert("cooloff".into(), crate::time::format_duration(cooloff).into());
        }
        lockout.insert("lockout_parameters".into(), toml::Value::Array(parameters.collect()));
        lockout.insert("reset_on_success".into(), l.reset_on_success.into());
        let never: Vec<String> = l.never_lockout.iter().map(ToString::to_string).collect();
        lockout.insert("never_lockout".into(), never.into());
        lockout.insert("use_attempt_expiration".into(), l.use_attempt_expiration.into());
        if let Some(store) = l.store {
            lockout.insert("store".into(), store.name().into());
        }
        let join = |rates: &[rates::Rate]| rates.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
        let mut limits = toml::Table::new();
        for (action, rates) in [("login", &self.rate_limits.login), ("login_failed", &self.rate_limits.login_failed)] {
            if !rates.is_empty() {
                limits.insert(action.into(), join(rates).into());
            }
        }
        (lockout, limits)
    }

    /// Resolves the two sections; errors carry the span of the value at fault.
    pub fn resolve(lockout: Option<RawLockout>, rate_limits: Option<RawRateLimits>) -> Result<Policy, SpannedError> {
        Ok(Policy {
            lockout: resolve_lockout(lockout.unwrap_or_default())?,
            rate_limits: resolve_rate_limits(rate_limits.unwrap_or_default())?,
        })
    }
}

fn resolve_lockout(raw: RawLockout) -> Result<Lockout, SpannedError> {
    let defaults = Lockout::default();
    // axes/helpers.py `get_attempt_expiration` raises without a cool-off: the site could not run.
    let use_attempt_expiration = match raw.use_attempt_expiration {
        Some(value) if *value.get_ref() && raw.cooloff.is_none() => {
            let message = "lockout.use_attempt_expiration needs a cooloff (axes' AXES_COOLOFF_TIME)";
            return Err((Some(value.span()), message.into()));
        }
        value => value.is_some_and(|v| *v.get_ref()),
    };
    let given = Given {
        failure_limit: raw.failure_limit.is_some(),
        parameters: raw.lockout_parameters.is_some(),
        reset_on_success: raw.reset_on_success.is_some(),
    };
    let failure_limit = match raw.failure_limit {
        None => defaults.failure_limit,
        Some(value) => u32::try_from(*value.get_ref())
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| (Some(value.span()), "lockout.failure_limit must be a whole number of at least 1".into()))?,
    };
    let cooloff = raw
        .cooloff
        .map(|text| {
            // A zero cool-off would lift every lock the moment it is set: lockout silently off.
            crate::time::parse_duration(text.get_ref())
                .and_then(|duration| match duration.is_zero() {
                    true => Err("must be longer than 0s; leave it out to lock until `lockout reset`".into()),
                    false => Ok(duration),
                })
                .map_err(|message| (Some(text.span()), format!("lockout.cooloff: {message}")))
        })
        .transpose()?;
    let parameters = match raw.lockout_parameters {
        None => defaults.parameters,
        Some(list) => resolve_parameters(list)?,
    };
    let store = raw
        .store
        .map(|name| match name.get_ref().as_str() {
            "axes" => Ok(Source::Axes),
            "authadm" => Ok(Source::Authadm),
            other => Err((
                Some(name.span()),
                format!("lockout.store: unknown store `{other}`; expected \"axes\" or \"authadm\""),
            )),
        })
        .transpose()?;
    let never_lockout = raw
        .never_lockout
        .unwrap_or_default()
        .into_iter()
        .map(|entry| {
            Cidr::parse(entry.get_ref())
                .map_err(|message| (Some(entry.span()), format!("lockout.never_lockout: {message}")))
        })
        .collect::<Result<_, _>>()?;
    Ok(Lockout {
        failure_limit,
        cooloff,
        parameters,
        reset_on_success: raw.reset_on_success.unwrap_or(defaults.reset_on_success),
        never_lockout,
        use_attempt_expiration,
        store,
        given,
    })
}

fn resolve_parameters(list: Spanned<Vec<Spanned<RawParameter>>>) -> Result<Vec<KeyShape>, SpannedError> {
    let span = list.span();
    let list = list.into_inner();
    if list.is_empty() {
        return Err((Some(span), "lockout.lockout_parameters is empty: nothing would ever be locked".into()));
    }
    list.into_iter()
        .map(|entry| {
            let span = entry.span();
            let fields = match entry.into_inner() {
                RawParameter::One(field) => vec![field],
                RawParameter::Combined(fields) => fields,
            };
            let mut shape = KeyShape::default();
            for field in &fields {
                match field.as_str() {
                    "username" => shape.username = true,
                    "ip_address" => shape.ip = true,
                    "user_agent" => shape.user_agent = true,
                    other => {
                        let message = format!(
                            "lockout.lockout_parameters: unknown field `{other}`; expected \"username\", \"ip_address\" \
                             or \"user_agent\""
                        );
                        return Err((Some(span), message));
                    }
                }
            }
            if fields.is_empty() {
                return Err((Some(span), "lockout.lockout_parameters: an empty combination locks nothing".into()));
            }
            Ok(shape)
        })
        .collect()
}

fn resolve_rate_limits(raw: RawRateLimits) -> Result<RateLimits, SpannedError> {
    let parse = |action: &str, value: Option<Spanned<String>>| -> Result<Vec<Rate>, SpannedError> {
        let Some(value) = value else { return Ok(Vec::new()) };
        rates::parse(value.get_ref()).map_err(|err| {
            // +1 skips the opening quote, so the column lands on the character at fault.
            let at = value.span().start + 1 + err.offset;
            (Some(at..at), format!("rate_limits.{action}: `{}`: {}", value.get_ref(), err.message))
        })
    };
    Ok(RateLimits { login: parse("login", raw.login)?, login_failed: parse("login_failed", raw.login_failed)? })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::attempts::Key;
    use std::net::IpAddr;

    #[test]
    fn keys_follow_the_parameters_and_the_allow_list() {
        let text = "lockout_parameters = [\"username\", [\"username\", \"ip_address\"], \"ip_address\"]\n\
                    never_lockout = [\"10.0.0.0/8\"]\n";
        let raw: RawLockout = toml::from_str(text).unwrap();
        let lockout = resolve_lockout(raw).unwrap();
        let key = |subject: &str, ip: &str| Key { subject: subject.into(), ip: ip.into() };
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        assert_eq!(lockout.keys("u:1", Some(ip)), [key("u:1", ""), key("u:1", "192.0.2.1"), key("", "192.0.2.1")]);
        assert_eq!(lockout.keys("u:1", None), [key("u:1", "")]);
        assert_eq!(lockout.keys("u:1", Some("10.1.2.3".parse().unwrap())), []);
    }

    #[test]
    fn bad_parameters_are_refused() {
        let no_cooloff = "use_attempt_expiration = true";
        for text in ["lockout_parameters = []", "lockout_parameters = [\"referer\"]", "failure_limit = 0", no_cooloff] {
            let raw: RawLockout = toml::from_str(text).unwrap();
            assert!(resolve_lockout(raw).is_err(), "{text}");
        }
    }

    /// On axes' store the keys the file left out take axes' defaults (axes/conf.py), the others stay.
    #[test]
    fn axes_defaults_fill_only_what_the_file_left_out() {
        let lockout = |text: &str| resolve_lockout(toml::from_str(text).unwrap()).unwrap();
        let bare = lockout("").for_source(Source::Axes);
        assert_eq!((bare.failure_limit, bare.reset_on_success, bare.cooloff), (3, false, None));
        assert_eq!(bare.parameters, [KeyShape { ip: true, ..KeyShape::default() }]);
        let own = lockout("").for_source(Source::Authadm);
        assert_eq!((own.failure_limit, own.reset_on_success), (5, true));
        let given = lockout(
            "failure_limit = 7\nlockout_parameters = [\"username\"]\nreset_on_success = true\nstore = \"axes\"",
        )
        .for_source(Source::Axes);
        assert_eq!((given.failure_limit, given.reset_on_success, given.store), (7, true, Some(Source::Axes)));
        assert_eq!(given.parameters, [KeyShape { username: true, ..KeyShape::default() }]);
        let err = config_error("[lockout]\nstore = \"cache\"\n");
        assert!(err.starts_with("a.toml:2:9: lockout.store: unknown store `cache`"), "{err}");
    }

    fn config_error(text: &str) -> String {
        match crate::config::Settings::from_toml(text, Some(std::path::Path::new("a.toml"))) {
            Ok(_) => panic!("expected an error for {text:?}"),
            Err(err) => err.to_string(),
        }
    }

    #[test]
    fn settings_errors_name_line_and_column() {
        let err = config_error("[rate_limits]\nlogin_failed = \"10/m/ip,5/5x/key\"\n");
        assert!(
            err.starts_with("a.toml:2:28: rate_limits.login_failed: `10/m/ip,5/5x/key`: unknown period unit"),
            "{err}"
        );
        let err = config_error("[rate_limits]\nsignup = \"20/m/ip\"\n");
        assert!(err.starts_with("a.toml:2:1: unknown field `signup`"), "{err}");
        let err = config_error("[lockout]\ncooloff = \"soon\"\n");
        assert!(err.starts_with("a.toml:2:11: lockout.cooloff: invalid duration"), "{err}");
        let err = config_error("authentication_backends = [\"model\", \"axes.backends.AxesBackend\"]");
        assert!(err.contains("`lockout` must come first"), "{err}");
    }
}
