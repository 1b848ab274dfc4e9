//! What removing a user takes with it: the rows Django's ORM cascades (`user.delete()`) in the
//! tables authadm knows, found by the foreign keys the database declares.

use super::db::{Db, Engine, args};
use super::schema::quoted;
use super::user_model::{UserId, UserModel};
use crate::Error;

/// A table whose rows go with the user, and the condition picking them (`?1` is the user's id).
struct Step {
    table: &'static str,
    /// Where the table's rows hang off another table (a grandchild), that table too must exist.
    parent: Option<&'static str>,
    condition: &'static str,
}

/// Django's own order (`user.delete()` on 5.2, observed): grandchildren first, then the admin
/// log, the user model's link tables (added by [`present`]: their names follow the model) and the
/// apps' rows, then (by the caller) the user. `authtoken_token` (DRF) and
/// authadm's tokens go too; axes rows survive, as with Django, having no foreign key.
const STEPS: &[Step] = &[
    Step {
        table: "account_emailconfirmation",
        parent: Some("account_emailaddress"),
        condition: "email_address_id IN (SELECT id FROM account_emailaddress WHERE user_id = ?1)",
    },
    Step {
        table: "otp_static_statictoken",
        parent: Some("otp_static_staticdevice"),
        condition: "device_id IN (SELECT id FROM otp_static_staticdevice WHERE user_id = ?1)",
    },
    Step { table: "django_admin_log", parent: None, condition: "user_id = ?1" },
    Step { table: "mfa_authenticator", parent: None, condition: "user_id = ?1" },
    Step { table: "otp_totp_totpdevice", parent: None, condition: "user_id = ?1" },
    Step { table: "account_emailaddress", parent: None, condition: "user_id = ?1" },
    Step { table: "otp_static_staticdevice", parent: None, condition: "user_id = ?1" },
    Step { table: "authtoken_token", parent: None, condition: "user_id = ?1" },
    Step { table: "authadm_token", parent: None, condition: "user_id = ?1" },
];

/// authadm's own tables reference the user `ON DELETE CASCADE`: the database removes their
/// rows with the user.
const OWN_PREFIX: &str = "authadm_";

/// A foreign key to `auth_user` from a table authadm does not know, with how many rows of it
/// point to the user being removed.
pub struct Unknown {
    pub table: String,
    pub column: String,
    pub rows: usize,
}

/// Every `(table, column)` declaring a foreign key to `auth_user`.
fn references(db: &Db) -> Result<Vec<(String, String)>, Error> {
    let sql = match db.engine() {
        Engine::Sqlite => {
            "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
             WHERE m.type = 'table' AND lower(f.\"table\") = lower(?1) ORDER BY 1, 2"
        }
        Engine::Postgres => {
            "SELECT t.relname::text, a.attname::text FROM pg_constraint c \
             JOIN pg_class t ON t.oid = c.conrelid \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) \
             WHERE c.contype = 'f' AND c.confrelid = to_regclass(quote_ident(?1)) ORDER BY 1, 2"
        }
    };
    db.query(sql, args![db.model().table.as_str()])?.iter().map(|row| Ok((row.text(0)?, row.text(1)?))).collect()
}

/// The user model's link tables, as `(table, user column)`.
fn links(model: &UserModel) -> impl Iterator<Item = (&str, &str)> {
    [&model.groups, &model.permissions].into_iter().flatten().map(|l| (l.table.as_str(), l.user_column.as_str()))
}

/// Another django-otp plugin's device table (`otp_email_emaildevice`, `otp_hotp_hotpdevice`):
/// `Device.user` is `on_delete=CASCADE` (`django_otp/models.py`), and no table of theirs hangs
/// off the user through them.
fn is_otp_device(table: &str, column: &str) -> bool {
    table.starts_with("otp_") && table.ends_with("device") && column == "user_id"
}

fn is_known(model: &UserModel, table: &str, column: &str) -> bool {
    let direct = STEPS.iter().any(|step| step.table == table && step.parent.is_none());
    let link = links(model).any(|link| link == (table, column));
    table.starts_with(OWN_PREFIX) || (direct && column == "user_id") || link || is_otp_device(table, column)
}

/// The tables authadm does not know whose rows point to user `id`: Django would cascade or
/// protect them by rules only the site's models hold, so removal stops there.
pub(crate) fn unknown(db: &Db, id: UserId) -> Result<Vec<Unknown>, Error> {
    let mut found = Vec::new();
    for (table, column) in references(db)? {
        if is_known(db.model(), &table, &column) {
            continue;
        }
        let sql = format!("SELECT count(*) FROM {} WHERE {} = ?1", quoted(&table), quoted(&column));
        let rows = usize::try_from(db.query_one(&sql, args![id])?.int(0)?).unwrap_or(0);
        if rows > 0 {
            found.push(Unknown { table, column, rows });
        }
    }
    Ok(found)
}

/// `(table, condition)` of the steps whose tables this database has, in [`STEPS`]' order with the
/// model's link tables after the admin log.
fn present(db: &Db) -> Result<Vec<(String, String)>, Error> {
    let mut steps = Vec::new();
    for step in STEPS {
        if db.has_table(step.table) && step.parent.is_none_or(|parent| db.has_table(parent)) {
            steps.push((step.table.to_string(), step.condition.to_string()));
        }
        if step.table == "django_admin_log" {
            for (table, column) in links(db.model()) {
                steps.push((table.to_string(), format!("{} = ?1", quoted(column))));
            }
        }
    }
    for table in super::second_factors::detect(db).other_otp {
        steps.push((table, "user_id = ?1".to_string()));
    }
    Ok(steps)
}

/// `(table, rows)` that removing user `id` would delete, in Django's order; tables with none
/// are left out.
pub(crate) fn count(db: &Db, id: UserId) -> Result<Vec<(String, usize)>, Error> {
    let mut counts = Vec::new();
    for (table, condition) in present(db)? {
        let sql = format!("SELECT count(*) FROM {} WHERE {condition}", quoted(&table));
        let rows = usize::try_from(db.query_one(&sql, args![id])?.int(0)?).unwrap_or(0);
        if rows > 0 {
            counts.push((table, rows));
        }
    }
    Ok(counts)
}

/// Deletes the rows [`count`] counts, within the caller's transaction; returns the same shape.
pub(crate) fn delete(db: &Db, id: UserId) -> Result<Vec<(String, usize)>, Error> {
    let mut counts = Vec::new();
    for (table, condition) in present(db)? {
        let rows = db.execute(&format!("DELETE FROM {} WHERE {condition}", quoted(&table)), args![id])?;
        if rows > 0 {
            counts.push((table, rows));
        }
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::is_known;
    use crate::store::user_model::UserModel;

    #[test]
    fn only_the_foreign_keys_of_the_known_tables_are_known() {
        let is_known = |table, column| is_known(&UserModel::django_default(), table, column);
        for (table, column) in [
            ("auth_user_groups", "user_id"),
            ("django_admin_log", "user_id"),
            ("authadm_token", "user_id"),
            ("otp_email_emaildevice", "user_id"),
        ] {
            assert!(is_known(table, column), "{table}.{column}");
        }
        for (table, column) in
            [("app_membership", "member_id"), ("django_admin_log", "editor_id"), ("blog_post", "user_id")]
        {
            assert!(!is_known(table, column), "{table}.{column}");
        }
    }
}
