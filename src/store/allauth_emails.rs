//! django-allauth's email addresses (`allauth/account/models.py` `EmailAddress`), where the site
//! installed `allauth.account` and migrated it: the addresses a user logs in with, which of them
//! is verified, and which is primary. authadm writes these rows as allauth's own code does
//! (`account/managers.py`, `account/models.py`), never the schema.

use super::db::{Db, args};
use super::schema::quoted;
use super::user_model::UserId;
use crate::Error;

/// `EmailAddress`: `(id, verified, primary, user_id, email)`, `UNIQUE(user_id, email)`.
pub const ADDRESS: &str = "account_emailaddress";
/// `EmailConfirmation`, whose rows hang off an address (`on_delete=CASCADE` in the ORM only).
const CONFIRMATION: &str = "account_emailconfirmation";

/// allauth's tables as this database has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tables {
    /// The conditional index `unique_verified_email` (`UNIQUE (email) WHERE verified`): made by
    /// migration 0003 only where `ACCOUNT_UNIQUE_EMAIL` held at migrate time, so read from the
    /// catalogue rather than the settings. Where it exists the database itself refuses a second
    /// verified row of one address.
    pub unique_verified_index: bool,
    /// `account_emailconfirmation`, whose rows go before their address.
    confirmations: bool,
}

/// The columns allauth's migrations give `account_emailaddress`.
const COLUMNS: [&str; 4] = ["user_id", "email", "verified", "primary"];

/// allauth's address table, if `manage.py migrate` made it in this database: a table of that
/// name without allauth's columns is another program's, and left alone.
pub fn detect(db: &Db) -> Result<Option<Tables>, Error> {
    let present = db.columns(ADDRESS)?;
    if !COLUMNS.iter().all(|column| present.iter().any(|c| c.name == *column)) {
        return Ok(None);
    }
    let catalogue = db.catalogue();
    Ok(Some(Tables {
        unique_verified_index: catalogue.has_index("unique_verified_email"),
        confirmations: catalogue.has_table(CONFIRMATION),
    }))
}

/// One row of a user's addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub email: String,
    pub verified: bool,
    pub primary: bool,
}

/// The user's addresses, primary first, then as allauth's `EmailAddress.objects.filter(user=...)`
/// gives them (by id).
pub fn of_user(db: &Db, user: UserId) -> Result<Vec<Address>, Error> {
    let sql =
        format!("SELECT email, verified, \"primary\" FROM {ADDRESS} WHERE user_id = ?1 ORDER BY \"primary\" DESC, id");
    db.query(&sql, args![user])?
        .iter()
        .map(|row| Ok(Address { email: row.text(0)?, verified: row.bool(1)?, primary: row.bool(2)? }))
        .collect()
}

/// The user's row of this (lowercased) address.
pub fn find(db: &Db, user: UserId, email: &str) -> Result<Option<Address>, Error> {
    Ok(of_user(db, user)?.into_iter().find(|address| address.email == email))
}

/// The usernames of the other accounts that have `email` as allauth's `filter_users_by_email`
/// finds them (`internal/userkit.py`): a row `email = lower(e)`, or the user model's email field
/// equal to the lowercased address (exactly, so a mixed-case `auth_user.email` is no match).
/// `verified_only`: only rows marked verified (`EmailAddress.can_set_verified`).
pub(crate) fn other_holders(
    db: &Db,
    email: &str,
    except: Option<UserId>,
    verified_only: bool,
) -> Result<Vec<String>, Error> {
    let model = db.model();
    let (table, id, username) = (quoted(&model.table), quoted(&model.id), quoted(&model.username));
    let by_row = format!("u.{id} IN (SELECT user_id FROM {ADDRESS} WHERE email = ?1 AND (verified OR NOT ?3))");
    let condition = match model.email.as_deref().filter(|_| !verified_only) {
        Some(column) => format!("({by_row} OR u.{} = ?1)", quoted(column)),
        None => by_row,
    };
    let sql = format!(
        "SELECT u.{username} FROM {table} u WHERE {condition} AND (u.{id} <> ?2 OR ?2 IS NULL) ORDER BY u.{username}"
    );
    db.query(&sql, args![email, except, verified_only])?.iter().map(|row| row.text(0)).collect()
}

/// The ids of the users allauth's `AuthenticationBackend._authenticate_by_email` tries for a
/// login by `email` (`filter_users_by_email(email, prefer_verified=True, for_login=True)`): the
/// users of the rows with `email = lower(e)`, only those of verified rows if there are any;
/// without a verified row, also the users whose email field equals `lower(e)`.
pub(crate) fn login_candidates(db: &Db, email: &str) -> Result<Vec<UserId>, Error> {
    let email = email.to_lowercase();
    let rows =
        db.query(&format!("SELECT user_id, verified FROM {ADDRESS} WHERE email = ?1 ORDER BY id"), args![&email])?;
    let rows: Vec<(UserId, bool)> =
        rows.iter().map(|row| Ok((row.user_id(0)?, row.bool(1)?))).collect::<Result<_, Error>>()?;
    let verified: Vec<UserId> = rows.iter().filter(|row| row.1).map(|row| row.0).collect();
    let mut ids = if verified.is_empty() { rows.iter().map(|row| row.0).collect() } else { verified.clone() };
    let model = db.model();
    if let (Some(column), true) = (model.email.as_deref(), verified.is_empty()) {
        let sql = format!("SELECT {} FROM {} WHERE {} = ?1", quoted(&model.id), quoted(&model.table), quoted(column));
        for row in db.query(&sql, args![&email])? {
            ids.push(row.user_id(0)?);
        }
    }
    let mut unique = Vec::new();
    for id in ids {
        if !unique.contains(&id) {
            unique.push(id);
        }
    }
    Ok(unique)
}

/// `EmailAddress.objects.add_email`: `get_or_create(user, email)` with allauth's defaults
/// (`verified=False, primary=False`) unless given; returns whether a row was made.
pub(crate) fn add(db: &Db, user: UserId, email: &str, verified: bool, primary: bool) -> Result<bool, Error> {
    if find(db, user, email)?.is_some() {
        return Ok(false);
    }
    let sql = format!("INSERT INTO {ADDRESS} (user_id, email, verified, \"primary\") VALUES (?1, ?2, ?3, ?4)");
    db.execute(&sql, args![user, email, verified, primary])?;
    Ok(true)
}

/// `EmailAddress.set_verified` (or back to unverified); returns the rows changed.
pub(crate) fn set_verified(db: &Db, user: UserId, email: &str, verified: bool) -> Result<usize, Error> {
    db.execute(
        &format!("UPDATE {ADDRESS} SET verified = ?3 WHERE user_id = ?1 AND email = ?2"),
        args![user, email, verified],
    )
}

/// The flags part of `EmailAddress.set_as_primary`: the old primary to `False` first (the
/// partial index `unique_primary_email` allows one primary per user), then this one. The caller
/// writes `user.email`, as `set_as_primary` does through `user_email(..., commit=True)`.
pub(crate) fn set_primary(db: &Db, user: UserId, email: &str) -> Result<(), Error> {
    db.execute(
        &format!("UPDATE {ADDRESS} SET \"primary\" = ?2 WHERE user_id = ?1 AND \"primary\""),
        args![user, false],
    )?;
    db.execute(
        &format!("UPDATE {ADDRESS} SET \"primary\" = ?3 WHERE user_id = ?1 AND email = ?2"),
        args![user, email, true],
    )?;
    Ok(())
}

/// Deletes the row as `EmailAddress.delete()` does, its confirmations first (the ORM cascades
/// them; the database's foreign key does not). Returns the address rows deleted.
pub(crate) fn delete(db: &Db, user: UserId, email: &str) -> Result<usize, Error> {
    if db.emails().is_some_and(|tables| tables.confirmations) {
        let sql = format!(
            "DELETE FROM {CONFIRMATION} WHERE email_address_id IN \
             (SELECT id FROM {ADDRESS} WHERE user_id = ?1 AND email = ?2)"
        );
        db.execute(&sql, args![user, email])?;
    }
    db.execute(&format!("DELETE FROM {ADDRESS} WHERE user_id = ?1 AND email = ?2"), args![user, email])
}
