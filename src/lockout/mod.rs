//! Lockouts (django-axes) and rate limits (django-allauth): the policy from the settings file and
//! the pure rules that decide, given counters and `now`, whether a key is locked.
//!
//! [`guard`] applies them atomically against the store; the `lockout` backend calls it first in the
//! chain. Nothing here reads the clock: `now` is always a parameter.

mod admin;
pub mod guard;
mod net;
pub mod rates;

pub use admin::{Cleared, KeyState, reset, status};
use jiff::{SignedDuration, Timestamp};
use net::Cidr;
pub use net::client_ip;
use rates::Rate;
use serde::Deserialize;
use std::net::IpAddr;
use std::ops::Range;
use toml::Spanned;

/// axes' `AXES_FAILURE_LIMIT` default is 3; allauth's `5/5m/key` and the example use 5.
pub const DEFAULT_FAILURE_LIMIT: u32 = 5;

/// `[lockout]` as written in the settings file.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawLockout {
    failure_limit: Option<Spanned<i64>>,
    cooloff: Option<Spanned<String>>,
    lockout_parameters: Option<Spanned<Vec<Spanned<RawParameter>>>>,
    reset_on_success: Option<bool>,
    never_lockout: Option<Vec<Spanned<String>>>,
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

/// Everything the guard enforces.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub lockout: Lockout,
    pub rate_limits: RateLimits,
}

#[derive(Debug, Clone)]
pub struct Lockout {
    pub failure_limit: u32,
    /// `None`: locked until an operator resets the key (axes' `AXES_COOLOFF_TIME = None`).
    pub cooloff: Option<SignedDuration>,
    /// Each entry is one key; a key reaching the limit locks (axes: any entry matching locks).
    pub parameters: Vec<KeyShape>,
    pub reset_on_success: bool,
    never_lockout: Vec<Cidr>,
}

impl Default for Lockout {
    /// Username keys, since a command-line login often has no address; locked until reset, as axes.
    fn default() -> Self {
        Lockout {
            failure_limit: DEFAULT_FAILURE_LIMIT,
            cooloff: None,
            parameters: vec![KeyShape { username: true, ip: false }],
            reset_on_success: true,
            never_lockout: Vec::new(),
        }
    }
}

/// Which fields of an attempt form a lockout key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyShape {
    pub username: bool,
    pub ip: bool,
}

#[derive(Debug, Clone, Default)]
pub struct RateLimits {
    /// Every attempt that reached the password check (allauth's `login`).
    pub login: Vec<Rate>,
    /// Failed attempts, and attempts still in progress (allauth's `login_failed`).
    pub login_failed: Vec<Rate>,
}

impl RateLimits {
    /// How far back any failure limit looks; older rows never matter to it.
    pub fn longest_failed_period(&self) -> Option<SignedDuration> {
        self.login_failed.iter().map(|r| r.period).max()
    }

    pub fn longest_period(&self) -> Option<SignedDuration> {
        self.login.iter().chain(&self.login_failed).map(|r| r.period).max()
    }
}

/// A lockout key: `subject` is the account or name part (`""` when the key has none), `ip` the
/// address part (`""` when the key has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub subject: String,
    pub ip: String,
}

/// The failures counted against one key (axes' `AccessAttempt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    pub failures: u32,
    pub first: Timestamp,
    pub last: Timestamp,
}

/// How long a key stays locked; ordered so that the strictest of several locks is the max.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lock {
    Until(Timestamp),
    UntilReset,
}

impl Lock {
    /// The contract's `locked_until`: `None` means until reset.
    pub fn until(self) -> Option<Timestamp> {
        match self {
            Lock::Until(t) => Some(t),
            Lock::UntilReset => None,
        }
    }
}

impl Lockout {
    /// Whether a counter still counts: axes forgets a key's failures `cooloff` after the last one.
    pub fn alive(&self, counter: &Counter, now: Timestamp) -> bool {
        self.cooloff.is_none_or(|cooloff| counter.last.checked_add(cooloff).is_ok_and(|end| now < end))
    }

    /// The lock a counter puts on its key at `now`, if any.
    pub fn lock(&self, counter: &Counter, now: Timestamp) -> Option<Lock> {
        if counter.failures < self.failure_limit || !self.alive(counter, now) {
            return None;
        }
        Some(match self.cooloff {
            None => Lock::UntilReset,
            Some(cooloff) => Lock::Until(counter.last.checked_add(cooloff).unwrap_or(Timestamp::MAX)),
        })
    }

    /// The counter after one more failure at `now`: an expired one starts over.
    pub fn after_failure(&self, counter: Option<Counter>, now: Timestamp) -> Counter {
        match counter.filter(|c| self.alive(c, now)) {
            Some(c) => Counter { failures: c.failures.saturating_add(1), first: c.first, last: now },
            None => Counter { failures: 1, first: now, last: now },
        }
    }

    /// The keys an attempt counts against. An entry needing the address does not apply to an
    /// attempt without one, and allow-listed addresses are never locked out.
    pub fn keys(&self, subject: &str, ip: Option<IpAddr>) -> Vec<Key> {
        if ip.is_some_and(|ip| self.never_lockout.iter().any(|net| net.contains(ip))) {
            return Vec::new();
        }
        let ip_text = ip.map(|ip| ip.to_string());
        let mut keys: Vec<Key> = Vec::new();
        for shape in &self.parameters {
            if shape.ip && ip_text.is_none() {
                continue;
            }
            let key = Key {
                subject: if shape.username { subject.to_string() } else { String::new() },
                ip: if shape.ip { ip_text.clone().unwrap_or_default() } else { String::new() },
            };
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        keys
    }
}

impl Policy {
    /// The `[lockout]` and `[rate_limits]` tables in force, defaults filled in (`config check`).
    pub fn describe(&self) -> (toml::Table, toml::Table) {
        let l = &self.lockout;
        let parameters = l.parameters.iter().map(|shape| {
            let fields: Vec<&str> =
                [("username", shape.username), ("ip_address", shape.ip)].iter().filter(|f| f.1).map(|f| f.0).collect();
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
            let mut shape = KeyShape { username: false, ip: false };
            for field in &fields {
                match field.as_str() {
                    "username" => shape.username = true,
                    "ip_address" => shape.ip = true,
                    other => {
                        let message = format!(
                            "lockout.lockout_parameters: unknown field `{other}`; expected \"username\" or \"ip_address\""
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

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + secs).unwrap()
    }

    fn policy(limit: u32, cooloff: Option<i64>) -> Lockout {
        Lockout { failure_limit: limit, cooloff: cooloff.map(SignedDuration::from_secs), ..Lockout::default() }
    }

    #[test]
    fn locks_at_the_limit_and_lifts_after_cooloff_from_the_last_failure() {
        let lockout = policy(3, Some(60));
        let mut counter = None;
        for second in 0..3 {
            assert_eq!(counter.and_then(|c| lockout.lock(&c, at(second))), None);
            counter = Some(lockout.after_failure(counter, at(second)));
        }
        let counter = counter.unwrap();
        assert_eq!(counter.failures, 3);
        assert_eq!(lockout.lock(&counter, at(2)), Some(Lock::Until(at(62))));
        assert_eq!(lockout.lock(&counter, at(61)), Some(Lock::Until(at(62))));
        assert_eq!(lockout.lock(&counter, at(62)), None);
        assert_eq!(lockout.after_failure(Some(counter), at(62)).failures, 1, "an expired counter starts over");
    }

    #[test]
    fn without_cooloff_the_lock_holds_until_reset() {
        let lockout = policy(1, None);
        let counter = lockout.after_failure(None, at(0));
        assert_eq!(lockout.lock(&counter, at(10_000_000)), Some(Lock::UntilReset));
        assert!(Lock::UntilReset > Lock::Until(at(1)), "the strictest lock wins");
    }

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
        for text in ["lockout_parameters = []", "lockout_parameters = [\"user_agent\"]", "failure_limit = 0"] {
            let raw: RawLockout = toml::from_str(text).unwrap();
            assert!(resolve_lockout(raw).is_err(), "{text}");
        }
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
