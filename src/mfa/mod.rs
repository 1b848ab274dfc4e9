//! Second factors (allauth.mfa's authenticators, django-otp's devices): listing and resetting
//! them, and the one-time code a login presents after the password, checked and consumed as the
//! apps' own verification does. The SQL is in `store::second_factors`.

pub mod otp;
pub mod settings;

use crate::Error;
use crate::secret::Secret;
use crate::store::Store;
use crate::store::audit as audit_rows;
use crate::store::db::Db;
use crate::store::second_factors::{self as rows, AuthenticatorData, StaticDevice, Throttle, TotpDevice};
use crate::store::users::User;
use jiff::Timestamp;
use serde::Deserialize;

pub use rows::{App, Factor, Tables};

/// `[mfa]` (allauth's `MFA_*` settings, `allauth/mfa/app_settings.py`) and `[otp]` (django-otp's
/// `OTP_*`), as the site sets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// `MFA_TOTP_PERIOD`, default 30 seconds.
    pub totp_period: u32,
    /// `MFA_TOTP_DIGITS`, default 6.
    pub totp_digits: u32,
    /// `MFA_TOTP_TOLERANCE`, default 0 periods either side.
    pub totp_tolerance: u32,
    /// `MFA_RECOVERY_CODE_COUNT`, default 10.
    pub recovery_code_count: u32,
    /// `MFA_RECOVERY_CODE_DIGITS`, default 8.
    pub recovery_code_digits: u32,
    /// `OTP_TOTP_SYNC`, default true: a code matched off the current step moves the drift.
    pub otp_totp_sync: bool,
    /// `OTP_TOTP_THROTTLE_FACTOR` and `OTP_STATIC_THROTTLE_FACTOR`, default 1 second (0: off).
    pub otp_totp_throttle_factor: u32,
    pub otp_static_throttle_factor: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            totp_period: 30,
            totp_digits: 6,
            totp_tolerance: 0,
            recovery_code_count: 10,
            recovery_code_digits: 8,
            otp_totp_sync: true,
            otp_totp_throttle_factor: 1,
            otp_static_throttle_factor: 1,
        }
    }
}

/// The database's second-factor tables (none: the apps are not installed).
pub fn tables(store: &Store) -> Tables {
    rows::detect(store.db())
}

/// The second factors of `user`, or of every user.
pub fn list(store: &Store, user: Option<&User>) -> Result<Vec<Factor>, Error> {
    let tables = tables(store);
    if !tables.any() {
        return Ok(Vec::new());
    }
    rows::list(store.db(), &tables, user.map(|u| u.id))
}

/// Deletes the user's authenticators and devices (of `kind`, or all) in one transaction, with an
/// `mfa_reset` event naming what went (never a secret). None to delete is exit 4.
pub fn reset(store: &Store, user: &User, kind: Option<&str>, now: Timestamp) -> Result<Vec<(String, usize)>, Error> {
    let tables = tables(store);
    let what = kind.map_or_else(|| "second factors".to_string(), |kind| format!("`{kind}` second factors"));
    if !tables.any() {
        return Err(Error::NotFound(format!(
            "no second factors for `{}`: the database has neither allauth.mfa's nor django-otp's tables",
            user.username
        )));
    }
    store.write(|db| {
        let deleted = rows::delete(db, &tables, user.id, kind)?;
        if deleted.is_empty() {
            return Err(Error::NotFound(format!(
                "`{}` has no {what}{}",
                user.username,
                kinds_held(db, &tables, user)?
            )));
        }
        let detail = deleted.iter().map(|(table, n)| format!("{table}: {n}")).collect::<Vec<_>>().join(", ");
        audit_rows::insert_event(db, now, "mfa_reset", Some(&user.username), &detail)?;
        Ok(deleted)
    })
}

/// For a `--kind` that matched nothing: the kinds the user does have, as `mfa list` names them.
fn kinds_held(db: &Db, tables: &Tables, user: &User) -> Result<String, Error> {
    let mut kinds: Vec<String> = rows::list(db, tables, Some(user.id))?.into_iter().map(|f| f.kind).collect();
    kinds.sort();
    kinds.dedup();
    Ok(if kinds.is_empty() { String::new() } else { format!(" (the kinds they have: {})", kinds.join(", ")) })
}

/// Whether a login of `user` stops at a second factor, and which factors ask for it.
pub fn required(store: &Store, user: &User) -> Result<Vec<Factor>, Error> {
    Ok(list(store, Some(user))?.into_iter().filter(Factor::required_at_login).collect())
}

/// The code a login presented, as it will be consumed if the login is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    AllauthTotp { id: i64 },
    AllauthRecovery { id: i64, index: u32 },
    OtpTotp { id: i64, t: i64, drift: i64 },
    OtpStatic { device: i64, token: i64 },
}

impl Use {
    /// What `--explain` says matched (never the code).
    pub fn describe(&self) -> String {
        match self {
            Use::AllauthTotp { id } => format!("allauth.mfa TOTP authenticator #{id}"),
            Use::AllauthRecovery { id, index } => format!("allauth.mfa recovery code {} of #{id}", index + 1),
            Use::OtpTotp { id, .. } => format!("django_otp TOTP device #{id}"),
            Use::OtpStatic { device, .. } => format!("django_otp static token of device #{device}"),
        }
    }
}

/// How a code fared: what it matched, and the django-otp devices that count a failure
/// (`match_token` asks each device in turn; every miss is throttled, `django_otp/__init__.py`).
#[derive(Debug, Default)]
pub struct Verification {
    pub matched: Option<Use>,
    pub failed: Vec<(&'static str, i64)>,
}

/// Checks `code` against the user's factors in the apps' order: allauth's authenticators as its
/// `AuthenticateForm` tries them (by id, WebAuthn excluded, `allauth/mfa/base/forms.py`), then
/// django-otp's TOTP and static devices. Nothing is written here.
pub fn verify(
    store: &Store,
    policy: &Policy,
    user: &User,
    code: &Secret,
    now: Timestamp,
) -> Result<Verification, Error> {
    let tables = tables(store);
    let db = store.db();
    let mut verification = Verification::default();
    if tables.allauth {
        for authenticator in rows::authenticators(db, user.id)? {
            if let Some(matched) = allauth_code(policy, &authenticator, code.expose(), now)? {
                verification.matched = Some(matched);
                return Ok(verification);
            }
        }
    }
    if tables.otp_totp {
        for device in rows::totp_devices(db, user.id)? {
            match otp_totp_code(policy, &device, code.expose(), now)? {
                Some(matched) => {
                    verification.matched = Some(matched);
                    return Ok(verification);
                }
                None if throttled(policy.otp_totp_throttle_factor, device.throttle, now) => {}
                None => verification.failed.push((rows::OTP_TOTP, device.id)),
            }
        }
    }
    if tables.otp_static {
        for device in rows::static_devices(db, user.id)? {
            if throttled(policy.otp_static_throttle_factor, device.throttle, now) {
                continue;
            }
            match static_token(&device, code.expose()) {
                Some(matched) => {
                    verification.matched = Some(matched);
                    return Ok(verification);
                }
                None => verification.failed.push((rows::OTP_STATIC, device.id)),
            }
        }
    }
    Ok(verification)
}

/// Writes what the apps write: on a match its consumption (and, for django-otp, the throttle
/// reset), and a failure for each device missed. A code another login consumed meanwhile is a
/// conflict, and the caller's transaction is rolled back.
pub(crate) fn record(db: &Db, verification: &Verification, now: Timestamp) -> Result<(), Error> {
    for (table, id) in &verification.failed {
        rows::device_failed(db, table, *id, now)?;
    }
    let fresh = match verification.matched {
        None => return Ok(()),
        Some(Use::AllauthTotp { id }) => {
            rows::authenticator_used(db, id, now)?;
            true
        }
        Some(Use::AllauthRecovery { id, index }) => {
            rows::authenticator_used(db, id, now)?;
            rows::recovery_code_used(db, id, index)?
        }
        Some(Use::OtpTotp { id, t, drift }) => rows::totp_used(db, id, t, drift, now)?,
        Some(Use::OtpStatic { device, token }) => rows::static_token_used(db, device, token, now)?,
    };
    if fresh {
        Ok(())
    } else {
        Err(Error::Conflict("the one-time code was used by another login meanwhile; nothing was recorded".into()))
    }
}

/// `ThrottlingMixin.verify_is_allowed` (`django_otp/models.py`): after n failures, no check for
/// `factor * 2**(n-1)` seconds from the last, and such a refusal counts no failure.
fn throttled(factor: u32, throttle: Throttle, now: Timestamp) -> bool {
    let Some(failed_at) = throttle.failed_at else { return false };
    if factor == 0 || throttle.failures <= 0 {
        return false;
    }
    let required = f64::from(factor) * 2f64.powf((throttle.failures - 1) as f64);
    let elapsed = now.duration_since(failed_at).as_secs_f64();
    elapsed < required.min(MAX_THROTTLE_DELAY_SECONDS)
}

/// django-otp's `MAX_THROTTLE_DELAY_SECONDS`: a hundred years.
const MAX_THROTTLE_DELAY_SECONDS: f64 = 365.0 * 100.0 * 86_400.0;

/// `mfa_authenticator.data` as the default adapter stores it (`encrypt` is a no-op).
#[derive(Deserialize)]
struct Data {
    secret: Option<String>,
    seed: Option<String>,
    used_mask: Option<u64>,
    migrated_codes: Option<serde_json::Value>,
}

/// An authenticator's secret that is not what allauth's default adapter writes: a site's own
/// `MFA_ADAPTER` encrypts it, and authadm cannot read it (nor guess).
fn unreadable(authenticator: &AuthenticatorData, what: &str) -> Error {
    Error::Config(format!(
        "allauth.mfa: the {what} of authenticator #{} is not what allauth's default adapter stores (the site's \
         MFA_ADAPTER may encrypt it); authadm cannot check codes against it",
        authenticator.id
    ))
}

fn allauth_code(
    policy: &Policy,
    authenticator: &AuthenticatorData,
    code: &str,
    now: Timestamp,
) -> Result<Option<Use>, Error> {
    let data: Data =
        serde_json::from_str(authenticator.data.expose()).map_err(|_| unreadable(authenticator, "data"))?;
    match authenticator.kind.as_str() {
        "totp" => {
            let key =
                data.secret.as_deref().and_then(otp::base32).ok_or_else(|| unreadable(authenticator, "secret"))?;
            Ok(allauth_totp(policy, &key, code, now).then_some(Use::AllauthTotp { id: authenticator.id }))
        }
        "recovery_codes" => {
            if data.migrated_codes.is_some() {
                return Err(Error::Config(format!(
                    "allauth.mfa: authenticator #{} holds recovery codes migrated from another app, which authadm \
                     does not check",
                    authenticator.id
                )));
            }
            let seed =
                data.seed.filter(|seed| otp::hex(seed).is_some()).ok_or_else(|| unreadable(authenticator, "seed"))?;
            let used = data.used_mask.unwrap_or(0);
            let codes = otp::recovery_codes(&seed, policy.recovery_code_count, policy.recovery_code_digits);
            let index = codes
                .iter()
                .enumerate()
                .filter(|(i, _)| *i >= 64 || used & (1 << i) == 0)
                .find(|(_, expected)| otp::same_user_code(code, expected))
                .map(|(i, _)| i as u32);
            Ok(index.map(|index| Use::AllauthRecovery { id: authenticator.id, index }))
        }
        _ => Ok(None),
    }
}

/// `validate_totp_code` (`allauth/mfa/totp/internal/auth.py`): counters `int(time) // period`
/// ± `MFA_TOTP_TOLERANCE`, each compared as a user code. allauth keeps used codes only in the
/// site's cache, which authadm cannot see.
fn allauth_totp(policy: &Policy, key: &[u8], code: &str, now: Timestamp) -> bool {
    let counter = now.as_second().div_euclid(i64::from(policy.totp_period.max(1)));
    let tolerance = i64::from(policy.totp_tolerance);
    (-tolerance..=tolerance).any(|offset| {
        let value = otp::hotp(key, counter + offset, policy.totp_digits);
        otp::same_user_code(code, &format!("{value:0width$}", width = policy.totp_digits as usize))
    })
}

/// `TOTPDevice.verify_token` with `TOTP.verify` (`django_otp/plugins/otp_totp/models.py`,
/// `django_otp/oath.py`): the token as `int()`, steps `(time - t0) // step + drift` ± tolerance,
/// skipping any at or below `last_t`; a throttled device is not asked.
fn otp_totp_code(policy: &Policy, device: &TotpDevice, code: &str, now: Timestamp) -> Result<Option<Use>, Error> {
    if throttled(policy.otp_totp_throttle_factor, device.throttle, now) {
        return Ok(None);
    }
    let key = otp::hex(device.key.expose()).ok_or_else(|| {
        Error::Config(format!(
            "django_otp: the key of TOTP device #{} is not hex as django-otp stores it; authadm cannot check its codes",
            device.id
        ))
    })?;
    let Some(token) = otp::python_int(code) else { return Ok(None) };
    let base = (now.as_second() - device.t0).div_euclid(device.step.max(1));
    let digits = u32::try_from(device.digits).unwrap_or(6);
    for offset in -device.tolerance..=device.tolerance {
        let drift = device.drift + offset;
        let t = base + drift;
        if t <= device.last_t {
            continue;
        }
        if i64::try_from(otp::hotp(&key, t, digits)).is_ok_and(|value| value == token) {
            let drift = if policy.otp_totp_sync { drift } else { device.drift };
            return Ok(Some(Use::OtpTotp { id: device.id, t, drift }));
        }
    }
    Ok(None)
}

/// `StaticDevice.verify_token` (`django_otp/plugins/otp_static/models.py`): an exact,
/// case-sensitive match of one of its tokens, compared in constant time.
fn static_token(device: &StaticDevice, code: &str) -> Option<Use> {
    use subtle::ConstantTimeEq;
    device
        .tokens
        .iter()
        .find(|(_, token)| bool::from(token.expose().as_bytes().ct_eq(code.as_bytes())))
        .map(|(token, _)| Use::OtpStatic { device: device.id, token: *token })
}
