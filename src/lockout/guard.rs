//! The atomic check-and-record, run by the login around its chain. [`before`] runs in one
//! `BEGIN IMMEDIATE` transaction: it reads the attempt's lockout keys and rate-limit windows, and
//! either refuses (recording the refusal) or reserves the attempt (counts it as a failure and
//! records it as pending). The password is verified after the commit, outside the lock; on a
//! success [`after`] gives the reservation back, in the transaction that records the result. N
//! processes at once therefore get exactly `failure_limit` reservations, and a process killed
//! between the two keeps its failure counted.

use super::axes::{self, Reserved};
use super::rates::Scope;
use super::{Lock, Lockout, Policy};
use crate::Error;
use crate::audit;
use crate::login::attempt::{Attempt, Denial, Reason};
use crate::store::Store;
use crate::store::attempts::{self, Counter, Key, KeyFilter, Scoped, Subject};
use crate::store::axes::Tables;
use crate::store::db::Db;
use crate::time::rfc3339;
use jiff::Timestamp;
use std::net::IpAddr;

/// The guard's place in `authentication_backends` (axes' backend, which it stands for, is listed
/// there too), its name in traces, `--json` and the rows it decides.
pub const NAME: &str = "lockout";

/// axes' dotted names, accepted for [`NAME`].
const ALIASES: &[&str] = &["axes.backends.AxesBackend", "axes.backends.AxesStandaloneBackend"];

/// Whether an `authentication_backends` entry names the guard.
pub fn is_named(name: &str) -> bool {
    name == NAME || ALIASES.contains(&name)
}

/// An attempt counted before its password is checked, to give back if it succeeds.
pub struct Reservation {
    /// The attempt's pending audit row, which the login completes with the result.
    pub row: i64,
    subject: Subject,
    /// Each key keeps the time of its last failure before this attempt (none if its counter had
    /// expired), to give back on a success along with the failure.
    keys: Vec<(Key, Option<Timestamp>)>,
    at: Timestamp,
    /// On django-axes' store, the failure recorded in its rows instead of `keys`.
    axes: Option<Reserved>,
}

pub enum Verdict {
    /// The chain may go on; the text says why, for `--explain`. No reservation for a probe.
    Allowed { reservation: Option<Reservation>, detail: String },
    /// Refused, and (unless a probe) the refusal recorded.
    Denied(Denial),
}

/// Decides whether the attempt may reach the password check, reserving it when `record`.
pub fn before(
    store: &Store,
    policy: &Policy,
    attempt: &Attempt,
    record: bool,
    now: Timestamp,
) -> Result<Verdict, Error> {
    let in_force = super::in_force(store, &policy.lockout)?;
    if let Some(tables) = in_force.axes {
        return axes_before(store, policy, &in_force.lockout, tables, attempt, record, now);
    }
    let subject = &attempt.resolution.subject;
    if !record {
        let counters = counters(store.db(), policy, subject, attempt.ip)?;
        return Ok(match refusal(store.db(), policy, subject, &counters, attempt.ip, now)? {
            Some(denial) => Verdict::Denied(denial),
            None => Verdict::Allowed {
                reservation: None,
                detail: "not locked or rate limited (probe: nothing counted)".into(),
            },
        });
    }
    store.write(|db| {
        let counters = counters(db, policy, subject, attempt.ip)?;
        if let Some(denial) = refusal(db, policy, subject, &counters, attempt.ip, now)? {
            audit::record_attempt(db, attempt, Some(denial.reason), Some(NAME), now)?;
            return Ok(Verdict::Denied(denial));
        }
        let name = subject.key.strip_prefix("n:").unwrap_or(attempt.identifier);
        for (key, counter) in &counters {
            let counter = policy.lockout.after_failure(*counter, now);
            attempts::save_counter(db, key, subject, name, &counter)?;
        }
        let keys: Vec<(Key, Option<Timestamp>)> = counters
            .into_iter()
            .map(|(key, before)| (key, before.filter(|c| policy.lockout.alive(c, now)).map(|c| c.last)))
            .collect();
        let row = audit::record_attempt(db, attempt, None, None, now)?;
        let detail = format!("not locked; attempt counted against {} key(s) until it succeeds", keys.len());
        let reservation = Reservation { row, subject: subject.clone(), keys, at: now, axes: None };
        Ok(Verdict::Allowed { reservation: Some(reservation), detail })
    })
}

/// [`before`] on django-axes' store: the lock read from axes' rows as its handler reads them,
/// the rate limits from authadm's windows, and the reservation a failure recorded in axes' rows
/// (axes' own writes happen after the password check; doing it before keeps N concurrent authadm
/// processes to exactly the limit). A refused attempt is recorded as a failure too, as the site
/// records one (axes' `AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT`, default True).
fn axes_before(
    store: &Store,
    policy: &Policy,
    lockout: &Lockout,
    tables: Tables,
    attempt: &Attempt,
    record: bool,
    now: Timestamp,
) -> Result<Verdict, Error> {
    let subject = &attempt.resolution.subject;
    let user_agent = attempt.user_agent.unwrap_or(axes::UNKNOWN_AGENT);
    let keys = axes::keys_of(lockout, attempt.identifier, parse_ip(attempt.ip), user_agent);
    let client = (attempt.identifier, attempt.ip, user_agent);
    let decide = |db: &Db| -> Result<Option<Denial>, Error> {
        match axes::lock_of(db, lockout, &keys, now)? {
            Some(lock) => Ok(Some(locked(lock))),
            None => refusal(db, policy, subject, &[], attempt.ip, now),
        }
    };
    if !record {
        return Ok(match decide(store.db())? {
            Some(denial) => Verdict::Denied(denial),
            None => Verdict::Allowed {
                reservation: None,
                detail: "not locked in axes' attempts or rate limited (probe: nothing counted)".into(),
            },
        });
    }
    store.write(|db| {
        if let Some(denial) = decide(db)? {
            if denial.reason == Reason::LockedOut {
                axes::reserve(db, tables, lockout, keys.clone(), client, now)?;
            }
            audit::record_attempt(db, attempt, Some(denial.reason), Some(NAME), now)?;
            return Ok(Verdict::Denied(denial));
        }
        let reserved = axes::reserve(db, tables, lockout, keys.clone(), client, now)?;
        let row = audit::record_attempt(db, attempt, None, None, now)?;
        let detail =
            format!("not locked; attempt counted in axes' attempts against {} key(s) until it succeeds", keys.len());
        let reservation =
            Reservation { row, subject: subject.clone(), keys: Vec::new(), at: now, axes: Some(reserved) };
        Ok(Verdict::Allowed { reservation: Some(reservation), detail })
    })
}

/// Gives back a successful attempt's reservation (or, with `reset_on_success`, clears its keys)
/// and empties the failure windows of the account, as allauth clears `login_failed` on success.
/// Runs in the login's closing transaction; a failure keeps what [`before`] counted.
///
/// `mfa_required` and `email_unverified` had the right password too: axes saw no failure
/// (Django's `authenticate()` succeeded) and allauth cleared `login_failed`, but no one logged in
/// (a later stage of allauth's login stopped it), so nothing is reset as `reset_on_success` would;
/// the failure is only given back.
pub fn after(db: &Db, policy: &Policy, reservation: &Reservation, reason: Reason, now: Timestamp) -> Result<(), Error> {
    let logged_in = match reason {
        Reason::Ok => true,
        Reason::MfaRequired | Reason::EmailUnverified => false,
        _ => return Ok(()),
    };
    if let Some(reserved) = &reservation.axes {
        axes::release(db, reserved, logged_in)?;
    }
    for (key, last_before) in &reservation.keys {
        match policy.lockout.reset_on_success && logged_in {
            true => attempts::clear_counter(db, key)?,
            false => attempts::give_back_failure(db, key, reservation.at, *last_before)?,
        }
    }
    if let Some(period) = policy.rate_limits.longest_failed_period() {
        let filter = KeyFilter { subject: Some(reservation.subject.key.clone()), ..KeyFilter::default() };
        attempts::clear_windows(db, &filter, now.checked_sub(period).unwrap_or(Timestamp::MIN), true)?;
    }
    Ok(())
}

/// The refusal a lock makes, on either store.
fn locked(lock: Lock) -> Denial {
    let detail = match lock {
        Lock::Until(until) => format!("too many failures; locked until {}", rfc3339(until)),
        Lock::UntilReset => "too many failures; locked until an operator runs `authadm lockout reset`".into(),
    };
    Denial { reason: Reason::LockedOut, detail, locked_until: lock.until() }
}

fn parse_ip(ip: Option<&str>) -> Option<IpAddr> {
    ip.and_then(|ip| super::client_ip(ip).ok())
}

/// The attempt's lockout keys and their counters, read once for the decision and the reservation.
fn counters(
    db: &Db,
    policy: &Policy,
    subject: &Subject,
    ip: Option<&str>,
) -> Result<Vec<(Key, Option<Counter>)>, Error> {
    let keys = policy.lockout.keys(&subject.key, parse_ip(ip));
    keys.into_iter()
        .map(|key| {
            let counter = attempts::counter(db, &key)?;
            Ok((key, counter))
        })
        .collect()
}

/// Why the attempt must be refused now, if it must: a locked key first, then a full window.
fn refusal(
    db: &Db,
    policy: &Policy,
    subject: &Subject,
    counters: &[(Key, Option<Counter>)],
    ip: Option<&str>,
    now: Timestamp,
) -> Result<Option<Denial>, Error> {
    let lock = counters.iter().filter_map(|(_, counter)| policy.lockout.lock(counter.as_ref()?, now)).max();
    if let Some(lock) = lock {
        return Ok(Some(locked(lock)));
    }
    let limits = &policy.rate_limits;
    let mut limited: Option<(Timestamp, String)> = None;
    for (action, rates, failures_only) in
        [("login", &limits.login, false), ("login_failed", &limits.login_failed, true)]
    {
        for rate in rates {
            let scoped = match rate.scope {
                Scope::Ip => ip.map(Scoped::Ip),
                Scope::User => subject.user_id.map(|_| Scoped::Subject(&subject.key)),
                Scope::Key => Some(Scoped::Subject(&subject.key)),
            };
            let Some(scoped) = scoped else { continue };
            let since = now.checked_sub(rate.period).unwrap_or(Timestamp::MIN);
            if let Some(oldest) = attempts::nth_newest(db, scoped, since, failures_only, rate.amount)? {
                let until = oldest.checked_add(rate.period).unwrap_or(Timestamp::MAX);
                if limited.as_ref().is_none_or(|(t, _)| until > *t) {
                    let what =
                        format!("{action} limit of {} per {}s by {:?}", rate.amount, rate.period.as_secs(), rate.scope);
                    limited = Some((until, what.to_lowercase()));
                }
            }
        }
    }
    Ok(limited.map(|(until, what)| Denial {
        reason: Reason::RateLimited,
        detail: format!("{what} reached; retry after {}", rfc3339(until)),
        locked_until: Some(until),
    }))
}
