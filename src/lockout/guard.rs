//! The atomic check-and-record. [`check`] runs in one `BEGIN IMMEDIATE` transaction: it reads the
//! attempt's lockout keys and rate-limit windows, and either records a refusal or reserves the
//! attempt (counts it as a failure and writes a `pending` row). The password is verified after the
//! commit, outside the lock; [`conclude`] then records the chain's result and, on a success, gives
//! the reservation back. N processes at once therefore get exactly `failure_limit` reservations,
//! and a process killed between the two keeps its failure counted.

use super::rates::Scope;
use super::{Counter, Key, Lock, Policy};
use crate::Error;
use crate::backends::{Attempt, Denial, Reason};
use crate::store::Store;
use crate::store::attempts::{self, KeyFilter, NewAttempt, PENDING, Scoped, Subject};
use crate::store::db::Db;
use crate::time::rfc3339;
use jiff::Timestamp;
use std::cell::RefCell;
use std::net::IpAddr;

/// The backend name recorded on the rows the guard decides.
const GUARD: &str = "lockout";

/// Carries the guard's reservation from [`check`] to [`conclude`] within one login.
#[derive(Default)]
pub struct Ticket(RefCell<Option<Reservation>>);

enum Reservation {
    /// Counted and recorded as pending; the chain's result is still to be written. Each key keeps
    /// the time of its last failure before this attempt (none if its counter had expired), to
    /// give back on a success along with the failure.
    Pending { row: i64, subject: Subject, keys: Vec<(Key, Option<Timestamp>)>, at: Timestamp },
    /// The guard refused and recorded the refusal itself.
    Recorded,
}

pub enum Verdict {
    /// The chain may go on; the text says why, for `--explain`.
    Allowed(String),
    Denied(Denial),
}

/// Decides whether the attempt may reach the password check, reserving it unless it is a probe.
pub fn check(store: &Store, policy: &Policy, attempt: &Attempt, now: Timestamp) -> Result<Verdict, Error> {
    let Some(ticket) = attempt.ticket else {
        let subject = &attempt.resolution.subject;
        let counters = counters(store.db(), policy, subject, attempt.ip)?;
        return Ok(match refusal(store.db(), policy, subject, &counters, attempt.ip, now)? {
            Some(denial) => Verdict::Denied(denial),
            None => Verdict::Allowed("not locked or rate limited (probe: nothing counted)".into()),
        });
    };
    let (reservation, verdict) = store.write(|db| {
        let subject = &attempt.resolution.subject;
        let mut row = NewAttempt {
            time: now,
            username: attempt.identifier,
            subject: &subject.key,
            ip: attempt.ip,
            reason: PENDING,
            backend: None,
        };
        let counters = counters(db, policy, subject, attempt.ip)?;
        if let Some(denial) = refusal(db, policy, subject, &counters, attempt.ip, now)? {
            row.reason = denial.reason.as_str();
            row.backend = Some(GUARD);
            attempts::insert_attempt(db, &row)?;
            return Ok((Reservation::Recorded, Verdict::Denied(denial)));
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
        let row = attempts::insert_attempt(db, &row)?;
        let detail = format!("not locked; attempt counted against {} key(s) until it succeeds", keys.len());
        Ok((Reservation::Pending { row, subject: subject.clone(), keys, at: now }, Verdict::Allowed(detail)))
    })?;
    ticket.0.replace(Some(reservation));
    Ok(verdict)
}

/// Records how the chain ended. A success gives back the reservation (or, with
/// `reset_on_success`, clears the keys) and empties the failure windows of the account, as
/// allauth clears `login_failed` on success. Without a guard in the chain it records the attempt.
/// `on_success` (`last_login`, a hash upgrade) joins the same transaction, so a login is
/// recorded whole or not at all.
pub fn conclude(
    store: &Store,
    policy: &Policy,
    attempt: &Attempt,
    reason: Reason,
    backend: Option<&str>,
    now: Timestamp,
    on_success: &dyn Fn(&Db) -> Result<(), Error>,
) -> Result<(), Error> {
    let reservation = attempt.ticket.and_then(|ticket| ticket.0.take());
    store.write(|db| {
        if reason == Reason::Ok {
            on_success(db)?;
        }
        record(db, policy, attempt, &reservation, reason, backend, now)
    })
}

fn record(
    db: &Db,
    policy: &Policy,
    attempt: &Attempt,
    reservation: &Option<Reservation>,
    reason: Reason,
    backend: Option<&str>,
    now: Timestamp,
) -> Result<(), Error> {
    match reservation {
        Some(Reservation::Recorded) => Ok(()),
        Some(Reservation::Pending { row, subject, keys, at }) => {
            attempts::finish_attempt(db, *row, reason.as_str(), backend)?;
            if reason == Reason::Ok {
                for (key, last_before) in keys {
                    match policy.lockout.reset_on_success {
                        true => attempts::clear_counter(db, key)?,
                        false => attempts::give_back_failure(db, key, *at, *last_before)?,
                    }
                }
                if let Some(period) = policy.rate_limits.longest_failed_period() {
                    let filter = KeyFilter { subject: Some(subject.key.clone()), ..KeyFilter::default() };
                    attempts::clear_windows(db, &filter, now.checked_sub(period).unwrap_or(Timestamp::MIN), true)?;
                }
            }
            Ok(())
        }
        None => {
            let subject = &attempt.resolution.subject;
            let row = NewAttempt {
                time: now,
                username: attempt.identifier,
                subject: &subject.key,
                ip: attempt.ip,
                reason: reason.as_str(),
                backend,
            };
            attempts::insert_attempt(db, &row).map(drop)
        }
    }
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
        let detail = match lock {
            Lock::Until(until) => format!("too many failures; locked until {}", rfc3339(until)),
            Lock::UntilReset => "too many failures; locked until an operator runs `authadm lockout reset`".into(),
        };
        return Ok(Some(Denial { reason: Reason::LockedOut, detail, locked_until: lock.until() }));
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
