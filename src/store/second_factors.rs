//! Second factors in the apps' own tables: allauth.mfa's `mfa_authenticator` and django-otp's
//! device tables (`otp_totp_totpdevice`, `otp_static_staticdevice` with `otp_static_statictoken`,
//! and any other `otp_*device` a plugin made). authadm reads and writes them as the apps do and
//! never creates or alters them.

use super::db::{Db, Engine, Row, args};
use super::schema::quoted;
use super::user_model::UserId;
use crate::Error;
use crate::secret::Secret;
use jiff::Timestamp;
use serde::Serialize;

/// allauth.mfa's `Authenticator` (`allauth/mfa/models.py`).
pub const AUTHENTICATOR: &str = "mfa_authenticator";
/// django-otp's `TOTPDevice` (`django_otp/plugins/otp_totp/models.py`).
pub const OTP_TOTP: &str = "otp_totp_totpdevice";
/// django-otp's `StaticDevice` and its `StaticToken`s (`django_otp/plugins/otp_static/models.py`).
pub const OTP_STATIC: &str = "otp_static_staticdevice";
pub const OTP_STATIC_TOKEN: &str = "otp_static_statictoken";

/// Which of the apps' tables this database has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tables {
    pub allauth: bool,
    pub otp_totp: bool,
    pub otp_static: bool,
    /// Other django-otp plugins' device tables (`otp_email_emaildevice`, `otp_hotp_hotpdevice`, ...):
    /// every `Device` has `name`, `confirmed` and `user_id` (`django_otp/models.py`).
    pub other_otp: Vec<String>,
}

impl Tables {
    pub fn any(&self) -> bool {
        self.allauth || self.otp_totp || self.otp_static || !self.other_otp.is_empty()
    }
}

/// The second-factor tables `manage.py migrate` made in this database.
pub fn detect(db: &Db) -> Tables {
    let catalogue = db.catalogue();
    let devices: Vec<&str> =
        catalogue.tables().filter(|t| t.strip_prefix("otp_").is_some_and(|rest| rest.ends_with("device"))).collect();
    Tables {
        allauth: catalogue.has_table(AUTHENTICATOR),
        otp_totp: devices.contains(&OTP_TOTP),
        otp_static: devices.contains(&OTP_STATIC) && catalogue.has_table(OTP_STATIC_TOKEN),
        other_otp: devices.into_iter().filter(|t| *t != OTP_TOTP && *t != OTP_STATIC).map(str::to_owned).collect(),
    }
}

/// The app a second factor belongs to, by its Django app label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum App {
    #[serde(rename = "allauth.mfa")]
    Allauth,
    #[serde(rename = "django_otp")]
    DjangoOtp,
}

impl App {
    pub fn as_str(self) -> &'static str {
        match self {
            App::Allauth => "allauth.mfa",
            App::DjangoOtp => "django_otp",
        }
    }
}

/// One authenticator or device, as `mfa list` shows it: never its secret or tokens.
#[derive(Debug, Clone)]
pub struct Factor {
    pub username: String,
    pub app: App,
    /// allauth's `type` (`totp`, `recovery_codes`, `webauthn`); for django-otp the plugin
    /// (`totp`, `static`, `email`, `hotp`, ...).
    pub kind: String,
    pub id: i64,
    /// django-otp's `name`; allauth keeps none (a WebAuthn key's is inside its data).
    pub name: Option<String>,
    /// django-otp's `confirmed`; an allauth authenticator is in use from its creation.
    pub confirmed: bool,
    pub created: Option<Timestamp>,
    pub last_used: Option<Timestamp>,
}

impl Factor {
    /// Whether a login must show it (allauth's `AuthenticateStage` asks for TOTP and WebAuthn
    /// only, `allauth/mfa/stages.py`; django-otp's `user_has_device` counts confirmed devices).
    pub fn required_at_login(&self) -> bool {
        match self.app {
            App::Allauth => self.kind == "totp" || self.kind == "webauthn",
            App::DjangoOtp => self.confirmed,
        }
    }
}

/// A django-otp plugin's short name: `otp_email_emaildevice` is `email`.
fn plugin(table: &str) -> String {
    let rest = table.strip_prefix("otp_").unwrap_or(table);
    rest.split('_').next().unwrap_or(rest).to_string()
}

/// The user table joined in, and a filter on one user (`?1`, or every user when NULL).
fn joined(db: &Db, table: &str, columns: &str, user: Option<UserId>) -> Result<Vec<Row>, Error> {
    let model = db.model();
    let sql = format!(
        "SELECT u.{username}, {columns} FROM {table} f JOIN {users} u ON u.{id} = f.user_id \
         WHERE f.user_id = ?1 OR ?1 IS NULL ORDER BY u.{username}, f.id",
        username = quoted(&model.username),
        table = quoted(table),
        users = quoted(&model.table),
        id = quoted(&model.id),
    );
    let user: crate::store::db::Value = user.map_or(crate::store::db::Value::Null, Into::into);
    db.query(&sql, &[user])
}

/// The second factors of one user, or of every user, ordered by username then app.
pub fn list(db: &Db, tables: &Tables, user: Option<UserId>) -> Result<Vec<Factor>, Error> {
    let mut found = Vec::new();
    if tables.allauth {
        for row in joined(db, AUTHENTICATOR, "f.id, f.type, f.created_at, f.last_used_at", user)? {
            found.push(Factor {
                username: row.text(0)?,
                app: App::Allauth,
                id: row.int(1)?,
                kind: row.text(2)?,
                name: None,
                confirmed: true,
                created: row.opt_time(3)?,
                last_used: row.opt_time(4)?,
            });
        }
    }
    let devices = tables.otp_totp.then_some(OTP_TOTP).into_iter().chain(tables.otp_static.then_some(OTP_STATIC));
    for table in devices.map(str::to_string).chain(tables.other_otp.iter().cloned()) {
        // TimestampMixin is django-otp's own plugins'; another plugin's device may lack it.
        let stamped = db.has_column(&table, "created_at")? && db.has_column(&table, "last_used_at")?;
        let times = if stamped { "f.created_at, f.last_used_at" } else { "NULL, NULL" };
        for row in joined(db, &table, &format!("f.id, f.name, f.confirmed, {times}"), user)? {
            found.push(Factor {
                username: row.text(0)?,
                app: App::DjangoOtp,
                id: row.int(1)?,
                kind: plugin(&table),
                name: row.opt_text(2)?,
                confirmed: row.bool(3)?,
                created: row.opt_time(4)?,
                last_used: row.opt_time(5)?,
            });
        }
    }
    found.sort_by(|a, b| a.username.cmp(&b.username).then_with(|| a.app.as_str().cmp(b.app.as_str())));
    Ok(found)
}

/// Deletes the user's authenticators and devices (of one kind, or all), children first in
/// Django's cascade order (django-apps.md §3: `otp_static_statictoken` before the devices);
/// returns `(table, rows)` for the tables that had some.
pub(crate) fn delete(
    db: &Db,
    tables: &Tables,
    user: UserId,
    kind: Option<&str>,
) -> Result<Vec<(String, usize)>, Error> {
    let wants = |k: &str| kind.is_none_or(|wanted| wanted == k);
    let mut steps: Vec<(String, String)> = Vec::new();
    if tables.otp_static && wants("static") {
        steps.push((OTP_STATIC_TOKEN.into(), format!("device_id IN (SELECT id FROM {OTP_STATIC} WHERE user_id = ?1)")));
    }
    if tables.allauth {
        let of_kind = if kind.is_some() { " AND type = ?2" } else { "" };
        steps.push((AUTHENTICATOR.into(), format!("user_id = ?1{of_kind}")));
    }
    if tables.otp_totp && wants("totp") {
        steps.push((OTP_TOTP.into(), "user_id = ?1".into()));
    }
    if tables.otp_static && wants("static") {
        steps.push((OTP_STATIC.into(), "user_id = ?1".into()));
    }
    for table in tables.other_otp.iter().filter(|table| wants(&plugin(table))) {
        steps.push((table.clone(), "user_id = ?1".into()));
    }
    let mut counts = Vec::new();
    for (table, condition) in steps {
        let sql = format!("DELETE FROM {} WHERE {condition}", quoted(&table));
        let rows = match kind {
            Some(kind) if table == AUTHENTICATOR => db.execute(&sql, args![user, kind])?,
            _ => db.execute(&sql, args![user])?,
        };
        if rows > 0 {
            counts.push((table, rows));
        }
    }
    Ok(counts)
}

/// An allauth authenticator with its `data` (JSON text; its secrets as the adapter stored them).
pub struct AuthenticatorData {
    pub id: i64,
    pub kind: String,
    pub data: Secret,
}

/// `data` as JSON text: a `jsonb` on PostgreSQL, text on SQLite.
fn data_text(db: &Db) -> &'static str {
    match db.engine() {
        Engine::Sqlite => "data",
        Engine::Postgres => "data::text",
    }
}

/// The user's allauth authenticators that take a typed code (`allauth/mfa/base/forms.py`
/// excludes WebAuthn), in the order the form tries them.
pub fn authenticators(db: &Db, user: UserId) -> Result<Vec<AuthenticatorData>, Error> {
    let sql = format!(
        "SELECT id, type, {} FROM {AUTHENTICATOR} WHERE user_id = ?1 AND type <> 'webauthn' ORDER BY id",
        data_text(db)
    );
    db.query(&sql, args![user])?
        .iter()
        .map(|row| Ok(AuthenticatorData { id: row.int(0)?, kind: row.text(1)?, data: Secret::new(row.text(2)?) }))
        .collect()
}

/// `Authenticator.record_usage` (`allauth/mfa/models.py`): `last_used_at` now.
pub(crate) fn authenticator_used(db: &Db, id: i64, now: Timestamp) -> Result<(), Error> {
    db.execute(&format!("UPDATE {AUTHENTICATOR} SET last_used_at = ?2 WHERE id = ?1"), args![id, now])?;
    Ok(())
}

/// `RecoveryCodes._mark_code_used`: `used_mask |= 1 << index`, only if that bit is still clear
/// (allauth locks the row with `select_for_update`; here the condition does). The JSON is
/// rewritten by the database's own JSON functions, keeping every other key. `false` when another
/// login used the code first.
pub(crate) fn recovery_code_used(db: &Db, id: i64, index: u32) -> Result<bool, Error> {
    let bit = 1i64 << index;
    let sql = match db.engine() {
        Engine::Sqlite => format!(
            "UPDATE {AUTHENTICATOR} SET data = json_set(data, '$.used_mask', \
             coalesce(json_extract(data, '$.used_mask'), 0) | ?2) \
             WHERE id = ?1 AND coalesce(json_extract(data, '$.used_mask'), 0) & ?2 = 0"
        ),
        Engine::Postgres => format!(
            "UPDATE {AUTHENTICATOR} SET data = jsonb_set(data::jsonb, '{{used_mask}}', \
             to_jsonb(coalesce((data->>'used_mask')::bigint, 0) | ?2::bigint)) \
             WHERE id = ?1 AND coalesce((data->>'used_mask')::bigint, 0) & ?2::bigint = 0"
        ),
    };
    Ok(db.execute(&sql, args![id, bit])? == 1)
}

/// django-otp's `ThrottlingMixin` state of a device.
#[derive(Debug, Clone, Copy)]
pub struct Throttle {
    pub failures: i64,
    pub failed_at: Option<Timestamp>,
}

/// A `TOTPDevice` with its parameters and key.
pub struct TotpDevice {
    pub id: i64,
    pub key: Secret,
    pub step: i64,
    pub t0: i64,
    pub digits: i64,
    pub tolerance: i64,
    pub drift: i64,
    pub last_t: i64,
    pub throttle: Throttle,
}

/// The user's confirmed TOTP devices (`devices_for_user(user, confirmed=True)`).
pub fn totp_devices(db: &Db, user: UserId) -> Result<Vec<TotpDevice>, Error> {
    let sql = format!(
        "SELECT id, key, step, t0, digits, tolerance, drift, last_t, throttling_failure_count, \
         throttling_failure_timestamp FROM {OTP_TOTP} WHERE user_id = ?1 AND confirmed ORDER BY id"
    );
    db.query(&sql, args![user])?
        .iter()
        .map(|row| {
            Ok(TotpDevice {
                id: row.int(0)?,
                key: Secret::new(row.text(1)?),
                step: row.int(2)?,
                t0: row.int(3)?,
                digits: row.int(4)?,
                tolerance: row.int(5)?,
                drift: row.int(6)?,
                last_t: row.int(7)?,
                throttle: Throttle { failures: row.int(8)?, failed_at: row.opt_time(9)? },
            })
        })
        .collect()
}

/// A `StaticDevice` and its tokens.
pub struct StaticDevice {
    pub id: i64,
    pub throttle: Throttle,
    /// `(id, token)` of each `StaticToken`.
    pub tokens: Vec<(i64, Secret)>,
}

/// The user's confirmed static devices.
pub fn static_devices(db: &Db, user: UserId) -> Result<Vec<StaticDevice>, Error> {
    let sql = format!(
        "SELECT id, throttling_failure_count, throttling_failure_timestamp FROM {OTP_STATIC} \
         WHERE user_id = ?1 AND confirmed ORDER BY id"
    );
    let mut devices = Vec::new();
    for row in db.query(&sql, args![user])? {
        let id = row.int(0)?;
        let tokens = db
            .query(&format!("SELECT id, token FROM {OTP_STATIC_TOKEN} WHERE device_id = ?1 ORDER BY id"), args![id])?
            .iter()
            .map(|token| Ok((token.int(0)?, Secret::new(token.text(1)?))))
            .collect::<Result<_, Error>>()?;
        devices.push(StaticDevice {
            id,
            throttle: Throttle { failures: row.int(1)?, failed_at: row.opt_time(2)? },
            tokens,
        });
    }
    Ok(devices)
}

/// `TOTPDevice.verify_token`'s success: `last_t`, `drift`, the throttle reset and
/// `set_last_used_timestamp`, only while `last_t` is still below `t` (django-otp locks the row
/// with `select_for_update`). `false` when another login used the code first.
pub(crate) fn totp_used(db: &Db, id: i64, t: i64, drift: i64, now: Timestamp) -> Result<bool, Error> {
    let sql = format!(
        "UPDATE {OTP_TOTP} SET last_t = ?2, drift = ?3, throttling_failure_count = 0, \
         throttling_failure_timestamp = NULL, last_used_at = ?4 WHERE id = ?1 AND last_t < ?2"
    );
    Ok(db.execute(&sql, args![id, t, drift, now])? == 1)
}

/// `StaticDevice.verify_token`'s success: the token row deleted, the throttle reset, the
/// device's last use. `false` when another login deleted the token first.
pub(crate) fn static_token_used(db: &Db, device: i64, token: i64, now: Timestamp) -> Result<bool, Error> {
    let deleted =
        db.execute(&format!("DELETE FROM {OTP_STATIC_TOKEN} WHERE id = ?1 AND device_id = ?2"), args![token, device])?;
    db.execute(
        &format!(
            "UPDATE {OTP_STATIC} SET throttling_failure_count = 0, throttling_failure_timestamp = NULL, \
             last_used_at = ?2 WHERE id = ?1"
        ),
        args![device, now],
    )?;
    Ok(deleted == 1)
}

/// `ThrottlingMixin.throttle_increment`: one more failure, timestamped now.
pub(crate) fn device_failed(db: &Db, table: &str, id: i64, now: Timestamp) -> Result<(), Error> {
    let sql = format!(
        "UPDATE {} SET throttling_failure_count = throttling_failure_count + 1, \
         throttling_failure_timestamp = ?2 WHERE id = ?1",
        quoted(table)
    );
    db.execute(&sql, args![id, now])?;
    Ok(())
}
