//! The shared engine: a PostgreSQL database, usually the one a Django deployment already uses.
//!
//! Every statement runs unnamed, parse to result in one round trip; parameters go as text for the
//! server to read as whatever type it inferred for them (Django's `auth_user.id` is `integer`,
//! authadm's times `bigint`), and columns of any type the store reads come back as [`Value`]s.

use super::db::{Row, Value};
use super::user_model::UserId;
use crate::Error;
use bytes::BytesMut;
use jiff::Timestamp;
use postgres::Client;
use postgres::error::SqlState;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{Format, FromSql, IsNull, Kind, ToSql, Type, to_sql_checked};
use std::cell::RefCell;

/// PostgreSQL counts timestamps in microseconds from 2000-01-01 UTC.
const POSTGRES_EPOCH_US: i64 = 946_684_800_000_000;

pub struct Postgres {
    client: RefCell<Client>,
}

impl Postgres {
    pub fn new(client: Client) -> Postgres {
        Postgres { client: RefCell::new(client) }
    }

    pub fn execute(&self, sql: &str, params: &[Value]) -> Result<usize, Error> {
        let bound: Vec<Param> = params.iter().map(Param).collect();
        let changed = self.client.borrow_mut().execute_typed(&dollar_placeholders(sql), &typed(&bound))?;
        Ok(usize::try_from(changed).unwrap_or(usize::MAX))
    }

    pub fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>, Error> {
        let bound: Vec<Param> = params.iter().map(Param).collect();
        let rows = self.client.borrow_mut().query_typed(&dollar_placeholders(sql), &typed(&bound))?;
        rows.iter().map(values).collect()
    }

    /// Hands each row to `each` as it arrives from the server, never holding them all, for
    /// listings that may run to many thousands of rows.
    pub fn for_each(
        &self,
        sql: &str,
        params: &[Value],
        each: &mut dyn FnMut(Row) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let bound = params.iter().map(|value| (Param(value), Type::UNKNOWN));
        let mut client = self.client.borrow_mut();
        let mut rows = client.query_typed_raw(&dollar_placeholders(sql), bound)?;
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

/// Each parameter with the type `unknown` (see [`Param`]).
fn typed<'a>(bound: &'a [Param]) -> Vec<(&'a (dyn ToSql + Sync), Type)> {
    bound.iter().map(|param| (param as &(dyn ToSql + Sync), Type::UNKNOWN)).collect()
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

/// A [`Value`] in PostgreSQL's text form, which the server reads as the type it chose for the
/// placeholder (binary forms would need that type known here first). Every parameter is declared
/// `unknown`, so the server gives each placeholder the type its context calls for, as it does
/// when preparing (Django's `auth_user.id` is `integer`, authadm's times `bigint`), while parse,
/// bind and execute go in one round trip with no named statement (benches/run.sh figure 8:
/// prepare, then execute, was two round trips per statement).
#[derive(Debug)]
struct Param<'a>(&'a Value);

impl ToSql for Param<'_> {
    fn to_sql(&self, _: &Type, out: &mut BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match text_form(self.0) {
            None => Ok(IsNull::Yes),
            Some(text) => {
                out.extend_from_slice(text.as_bytes());
                Ok(IsNull::No)
            }
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    fn encode_format(&self, _: &Type) -> Format {
        Format::Text
    }

    to_sql_checked!();
}

/// What the server parses: `1`/`0` for a boolean (read as true/false by a `boolean` column and
/// as 1/0 by Django's integer flags alike), a datetime with its UTC offset, binary data as
/// `bytea`'s hex form.
fn text_form(value: &Value) -> Option<std::borrow::Cow<'_, str>> {
    Some(match value {
        Value::Null => return None,
        Value::Int(value) => value.to_string().into(),
        Value::Bool(value) => if *value { "1" } else { "0" }.into(),
        Value::Text(text) => text.as_str().into(),
        Value::Time(time) => time.strftime("%Y-%m-%d %H:%M:%S%.6f+00:00").to_string().into(),
        Value::Blob(bytes) => std::iter::once("\\x".to_string())
            .chain(bytes.iter().map(|b| format!("{b:02x}")))
            .collect::<String>()
            .into(),
    })
}

fn is_text(ty: &Type) -> bool {
    [Type::TEXT, Type::VARCHAR, Type::BPCHAR, Type::NAME, Type::UNKNOWN].contains(ty)
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

    /// The text forms the server reads back as the same values.
    #[test]
    fn values_go_in_the_text_forms_postgresql_reads() {
        let time = Timestamp::from_microsecond(1_800_000_000_000_001).unwrap();
        assert_eq!(text_form(&Value::Null), None);
        assert_eq!(text_form(&Value::Int(-5)).unwrap(), "-5");
        assert_eq!(text_form(&Value::Bool(true)).unwrap(), "1");
        assert_eq!(text_form(&Value::Time(time)).unwrap(), "2027-01-15 08:00:00.000001+00:00");
        assert_eq!(text_form(&Value::Blob(vec![0, 0xab])).unwrap(), "\\x00ab");
        assert_eq!(Param(&Value::Text("x".into())).encode_format(&Type::UNKNOWN) as i16, Format::Text as i16);
    }

    #[test]
    fn placeholders_become_dollars_outside_quotes() {
        assert_eq!(
            dollar_placeholders("SELECT '?1', \"a?\" FROM t WHERE a = ?1 AND b IN (?2, ?10)"),
            "SELECT '?1', \"a?\" FROM t WHERE a = $1 AND b IN ($2, $10)"
        );
    }
}
