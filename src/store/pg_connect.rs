//! STUB: replaced by the pgconn branch.
use crate::Error;
use std::path::Path;

pub fn is_postgres_url(text: &str) -> bool {
    text.starts_with("postgres://") || text.starts_with("postgresql://")
}

pub fn redacted(url: &str) -> String {
    url.to_string()
}

pub fn connect(url: &str, _password_file: Option<&Path>) -> Result<postgres::Client, Error> {
    postgres::Client::connect(url, postgres::NoTls).map_err(|e| Error::Database(format!("cannot connect: {e}")))
}
