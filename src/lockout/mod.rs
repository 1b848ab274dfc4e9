//! Lockouts (django-axes) and rate limits (django-allauth): the policy from the settings file and
//! the pure rules that decide, given counters and `now`, whether a key is locked.
//!
//! [`guard`] applies them atomically against the store, before and after the login's chain when
//! `lockout` heads `authentication_backends`; [`settings`] reads them from the settings file.
//! Nothing here reads the clock: `now` is always a parameter.

mod admin;
pub mod axes;
pub mod guard;
mod net;
pub mod rates;
pub mod settings;
mod source;

use crate::store::attempts::{Counter, Key};
pub use admin::{Cleared, KeyState, reset, status};
use jiff::{SignedDuration, Timestamp};
use net::Cidr;
pub use net::client_ip;
use rates::Rate;
pub use source::{InForce, in_force};
use std::net::IpAddr;

/// axes' `AXES_FAILURE_LIMIT` default is 3; allauth's `5/5m/key` and the example use 5.
pub const DEFAULT_FAILURE_LIMIT: u32 = 5;

/// axes/conf.py: `settings.AXES_FAILURE_LIMIT = getattr(settings, "AXES_FAILURE_LIMIT", 3)`.
const AXES_FAILURE_LIMIT: u32 = 3;

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
    /// axes' `AXES_USE_ATTEMPT_EXPIRATION`: a failure on axes' store keeps its attempt's
    /// `axes_accessattemptexpiration` row at the last failure plus the cool-off.
    pub use_attempt_expiration: bool,
    /// `store` as given: `None` lets the database decide (axes' tables where present).
    pub store: Option<Source>,
    /// The keys whose authadm default differs from axes' and which the settings file gave, so
    /// [`Lockout::for_source`] fills only the others with axes' defaults.
    given: Given,
}

/// Which of [`Lockout`]'s keys with a store-dependent default the settings file gave.
#[derive(Debug, Clone, Copy, Default)]
struct Given {
    failure_limit: bool,
    parameters: bool,
    reset_on_success: bool,
}

/// Where lockout counters live: django-axes' `axes_accessattempt` or authadm's `authadm_lockout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Axes,
    Authadm,
}

impl Source {
    /// Its name in `[lockout] store` and in `--json`'s `"source"`.
    pub fn name(self) -> &'static str {
        match self {
            Source::Axes => "axes",
            Source::Authadm => "authadm",
        }
    }
}

impl Default for Lockout {
    /// Username keys, since a command-line login often has no address; locked until reset, as axes.
    fn default() -> Self {
        Lockout {
            failure_limit: DEFAULT_FAILURE_LIMIT,
            cooloff: None,
            parameters: vec![KeyShape { username: true, ..KeyShape::default() }],
            reset_on_success: true,
            never_lockout: Vec::new(),
            use_attempt_expiration: false,
            store: None,
            given: Given::default(),
        }
    }
}

/// Which fields of an attempt form a lockout key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct KeyShape {
    pub username: bool,
    pub ip: bool,
    /// axes' `"user_agent"`: only axes' store keeps the user agent (see [`source::in_force`]).
    pub user_agent: bool,
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
    /// The policy on a store: on axes', a key the settings file left out takes axes' default
    /// (axes/conf.py: `AXES_FAILURE_LIMIT` 3, `AXES_LOCKOUT_PARAMETERS` `["ip_address"]` when no
    /// legacy `AXES_ONLY_USER_FAILURES`-style flag is set, `AXES_RESET_ON_SUCCESS` False); the
    /// other keys have the same default on both (`AXES_COOLOFF_TIME` None: locked until reset;
    /// no whitelist).
    pub fn for_source(&self, source: Source) -> Lockout {
        let mut lockout = self.clone();
        if source == Source::Axes {
            if !self.given.failure_limit {
                lockout.failure_limit = AXES_FAILURE_LIMIT;
            }
            if !self.given.parameters {
                lockout.parameters = vec![KeyShape { ip: true, ..KeyShape::default() }];
            }
            if !self.given.reset_on_success {
                lockout.reset_on_success = false;
            }
        }
        lockout
    }

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
}
