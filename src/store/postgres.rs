//! The shared engine: a PostgreSQL database, usually the one a Django deployment already uses.
//!
//! Statements are prepared once per connection and cached; parameters are bound to whatever type
//! the server inferred for them (Django's `auth_user.id` is `integer`, authadm's times `bigint`),
//! and columns of any type the store reads come back as [`Value`]s.

use super::db::{Row, Value};
use super::user_model::UserId;
use crate::Error;
use crate::time::parse_django_text;
use bytes::BytesMut;
use jiff::Timestamp;
use postgres::error::SqlState;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{FromSql, IsNull, Kind, ToSql, Type, to_sql_checked};
use postgres::{Client, Statement};
use std::cell::RefCell;
use std::collections::HashMap;

/// PostgreSQL counts timestamps in microseconds from 2000-01-01 UTC.
const POSTGRES_EPOCH_US: i64 = 946_684_800_000_000;

pub struct Postgres {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
}

impl Postgres {
    pub fn new(client: Client) -> Postgres {
        Postgres { client: RefCell::new(client), statements: RefCell::new(HashMap::new()) }
    }

    fn prepare(&self, sql: &str) -> Result<Statement, Error> {
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.borrow_mut().prepare(&dollar_placeholders(sql))?;
        self.statements.borrow_mut().insert(sql.to_owned(), statement.clone());
        Ok(statement)
    }

    pub fn execute(&self, sql: &str, params: &[Value]) -> Result<usize, Error> {
        let statement = self.prepare(sql)?;
        let bound: Vec<Param> = params.iter().map(Param).collect();
        let refs: Vec<&(dyn ToSql + Sync)> = bound.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        let changed = self.client.borrow_mut().execute(&statement, &refs)?;
        Ok(usize::try_from(changed).unwrap_or(usize::MAX))
    }

    pub fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>, Error> {
        let rows = if params.is_empty() {
            // Nothing to bind, so no types to learn: one round trip instead of prepare + execute
            // (the schema checks every command makes on opening).
            self.client.borrow_mut().query_typed(sql, &[])?
        } else {
            let statement = self.prepare(sql)?;
            let bound: Vec<Param> = params.iter().map(Param).collect();
            let refs: Vec<&(dyn ToSql + Sync)> = bound.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
            self.client.borrow_mut().query(&statement, &refs)?
        };
        rows.iter().map(values).collect()
    }

    /// Hands each row to `each` as it arrives from the server (the portal is read to its end,
    /// never held whole), for listings that may run to many thousands of rows.
    pub fn for_each(
        &self,
        sql: &str,
        params: &[Value],
        each: &mut dyn FnMut(Row) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let statement = self.prepare(sql)?;
        let bound: Vec<Param> = params.iter().map(Param).collect();
        let mut client = self.client.borrow_mut();
        let mut rows = client.query_raw(&statement, bound.iter())?;
        while let Some(row) = rows.next()? {
            each(values(&row)?)?;
        }
        Ok(())
    }

    pub fn batch(&self, sql: &str) -> Result<(), Error> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }

    /// A connection lost during COMMIT may have lost it before or after the server committed:
    /// saying "rolled back" then could make someone run `user add` or `token create` twice.
    pub fn commit(&self) -> Result<(), Error> {
        self.client.borrow_mut().batch_execute("COMMIT").map_err(|err| match err.is_closed() {
            true => Error::Database(
                "the connection to PostgreSQL was lost while committing: the change may or may not \
                 have been saved; look before running the command again"
                    .into(),
            ),
            false => error(&err),
        })
    }
}

/// A row's columns as [`Value`]s.
fn values(row: &postgres::Row) -> Result<Row, Error> {
    let values = (0..row.len()).map(|index| row.try_get::<_, Cell>(index).map(|cell| cell.0));
    Ok(Row(values.collect::<Result<_, _>>()?))
}

/// `?1` → `$1`, outside quoted strings and identifiers.
fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    for ch in sql.chars() {
        match (quote, ch) {
            (None, '\'' | '"') => quote = Some(ch),
            (Some(open), _) if ch == open => quote = None,
            (None, '?') => {
                out.push('$');
                continue;
            }
            _ => {}
        }
        out.push(ch);
    }
    out
}

/// A [`Value`] bound to the type the server chose for its placeholder.
#[derive(Debug)]
struct Param<'a>(&'a Value);

impl ToSql for Param<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        let ty = base_type(ty);
        match (self.0, ty) {
            (Value::Null, _) => Ok(IsNull::Yes),
            (Value::Int(value), _) => int_to_sql(*value, ty, out),
            (Value::Bool(value), _) if *ty == Type::BOOL => value.to_sql(ty, out),
            (Value::Bool(value), _) => int_to_sql((*value).into(), ty, out),
            (Value::Time(time), _) if is_timestamp(ty) => time_to_sql(*time, ty, out),
            (Value::Text(text), _) if is_timestamp(ty) => match parse_django_text(text) {
                Some(time) => time_to_sql(time, ty, out),
                None => Err(format!("`{text}` is not a datetime").into()),
            },
            (Value::Text(text), _) if is_text(ty) => text.as_str().to_sql(&Type::TEXT, out),
            (Value::Text(text), _) if *ty == Type::UUID => match UserId::from_value(&Value::Text(text.clone())) {
                Some(UserId::Uuid(uuid)) => {
                    out.extend_from_slice(&uuid.to_be_bytes());
                    Ok(IsNull::No)
                }
                _ => Err(format!("`{text}` is not a UUID").into()),
            },
            (Value::Text(_), _) => Err(format!("cannot store text in a {ty} column").into()),
            (Value::Time(_), _) => Err(format!("cannot store a datetime in a {ty} column").into()),
            (Value::Blob(bytes), _) if *ty == Type::BYTEA => bytes.as_slice().to_sql(ty, out),
            (Value::Blob(_), _) => Err(format!("cannot store binary data in a {ty} column").into()),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

fn int_to_sql(value: i64, ty: &Type, out: &mut BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
    match *ty {
        Type::INT2 => i16::try_from(value)?.to_sql(ty, out),
        Type::INT4 => i32::try_from(value)?.to_sql(ty, out),
        Type::INT8 => value.to_sql(ty, out),
        Type::BOOL => (value != 0).to_sql(ty, out),
        // Anything else would take the eight bytes as its own binary form, silently wrong.
        _ => Err(format!("cannot store an integer in a {ty} column").into()),
    }
}

fn time_to_sql(
    time: Timestamp,
    ty: &Type,
    out: &mut BytesMut,
) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
    (time.as_microsecond() - POSTGRES_EPOCH_US).to_sql(ty, out)
}

fn is_text(ty: &Type) -> bool {
    [Type::TEXT, Type::VARCHAR, Type::BPCHAR, Type::NAME, Type::UNKNOWN].contains(ty)
}

fn is_timestamp(ty: &Type) -> bool {
    *ty == Type::TIMESTAMPTZ || *ty == Type::TIMESTAMP
}

/// Domains (information_schema's `sql_identifier`, `yes_or_no`) read as the type they wrap.
fn base_type(ty: &Type) -> &Type {
    match ty.kind() {
        Kind::Domain(inner) => base_type(inner),
        _ => ty,
    }
}

/// A column of any type the store reads, as a [`Value`].
struct Cell(Value);

impl<'a> FromSql<'a> for Cell {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        let ty = base_type(ty);
        let value = match *ty {
            Type::INT2 => Value::Int(i16::from_sql(ty, raw)?.into()),
            Type::INT4 => Value::Int(i32::from_sql(ty, raw)?.into()),
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::OID => Value::Int(u32::from_sql(ty, raw)?.into()),
            Type::BOOL => Value::Bool(bool::from_sql(ty, raw)?),
            Type::TIMESTAMPTZ | Type::TIMESTAMP => {
                let us = i64::from_sql(ty, raw)?.saturating_add(POSTGRES_EPOCH_US);
                Value::Time(Timestamp::from_microsecond(us).unwrap_or(Timestamp::UNIX_EPOCH))
            }
            _ if is_text(ty) => Value::Text(String::from_utf8_lossy(raw).into_owned()),
            Type::BYTEA => Value::Blob(raw.to_vec()),
            // Django's form on SQLite, 32 hex digits, so both engines hand the same value up.
            Type::UUID => match <[u8; 16]>::try_from(raw) {
                Ok(bytes) => Value::from(UserId::Uuid(u128::from_be_bytes(bytes))),
                Err(_) => return Err("a uuid of the wrong length".into()),
            },
            _ => return Err(format!("authadm cannot read a column of type {ty}").into()),
        };
        Ok(Cell(value))
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Cell(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// The library error for a PostgreSQL error: a deadlock or serialization failure is
/// [`Error::Busy`] (the transaction is worth running again), everything else one line.
pub fn error(err: &postgres::Error) -> Error {
    if let Some(db) = err.as_db_error() {
        let message = format!("PostgreSQL: {}", db.message());
        return match *db.code() {
            SqlState::T_R_DEADLOCK_DETECTED | SqlState::T_R_SERIALIZATION_FAILURE => Error::Busy(message),
            _ => Error::Database(message),
        };
    }
    if err.is_closed() {
        return Error::Database(
            "the connection to PostgreSQL was lost; its unfinished transaction was rolled back".into(),
        );
    }
    let cause = std::error::Error::source(err).map_or_else(|| err.to_string(), ToString::to_string);
    Error::Database(format!("PostgreSQL: {cause}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An integer bound to a timestamp, or text to an integer, would be read by the server as
    /// that type's binary form: refused instead.
    #[test]
    fn values_bind_only_to_columns_of_their_kind() {
        let bind = |value: Value, ty: Type| Param(&value).to_sql(&ty, &mut BytesMut::new()).is_ok();
        assert!(bind(Value::Int(5), Type::INT4) && bind(Value::Int(5), Type::INT8) && bind(Value::Int(1), Type::BOOL));
        assert!(!bind(Value::Int(5), Type::TIMESTAMPTZ) && !bind(Value::Int(5), Type::TEXT));
        assert!(bind(Value::Text("abcd".into()), Type::VARCHAR));
        assert!(!bind(Value::Text("abcd".into()), Type::INT4));
        assert!(bind(Value::Text("2026-11-23 10:00:00".into()), Type::TIMESTAMPTZ));
        assert!(!bind(Value::Int(1 << 40), Type::INT4), "out of range");
    }

    #[test]
    fn placeholders_become_dollars_outside_quotes() {
        assert_eq!(
            dollar_placeholders("SELECT '?1', \"a?\" FROM t WHERE a = ?1 AND b IN (?2, ?10)"),
            "SELECT '?1', \"a?\" FROM t WHERE a = $1 AND b IN ($2, $10)"
        );
    }
}
