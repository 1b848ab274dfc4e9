//! Opening the connection: the plaintext and TLS tries `sslmode` asks for, each bounded by
//! `connect_timeout`.

use super::environment::{Host, SslMode, Target};
use super::messages::{connect_error, timeout_error, tls_error};
use super::passfile::FoundPassword;
use super::tls::tls_config;
use super::tls_stream::MakeRustls;
use crate::Error;
use postgres::config::SslMode as WireMode;
use postgres::{Client, Config, NoTls};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

/// One try at the wire: libpq's `allow` and `prefer` are two tries, plaintext and TLS in some order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Attempt {
    Plain,
    /// TLS if the server offers it, plaintext if it does not (`prefer`).
    TlsIfOffered,
    Tls,
}

/// The tries in order; TLS is never used over a unix socket, as in libpq.
fn attempts(target: &Target) -> &'static [Attempt] {
    if matches!(target.host, Host::Socket(_)) {
        return &[Attempt::Plain];
    }
    match target.sslmode {
        SslMode::Disable => &[Attempt::Plain],
        SslMode::Allow => &[Attempt::Plain, Attempt::Tls],
        SslMode::Prefer => &[Attempt::TlsIfOffered, Attempt::Plain],
        SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => &[Attempt::Tls],
    }
}

pub(super) fn open(target: &Target, found: &FoundPassword) -> Result<Client, Error> {
    let config = base_config(target, found);
    let tls = match attempts(target) {
        [Attempt::Plain] => None,
        _ => Some(MakeRustls::new(tls_config(target)?)),
    };
    let mut last = None;
    for attempt in attempts(target) {
        let (config, tls, attempt) = (config.clone(), tls.clone(), *attempt);
        match within(target.connect_timeout, move || try_once(config, attempt, tls)) {
            Err(RecvTimeoutError::Timeout) => return Err(timeout_error(target)),
            Err(RecvTimeoutError::Disconnected) => {
                return Err(Error::Database(format!("cannot connect to PostgreSQL at {}", target.describe())));
            }
            Ok(Ok(client)) => return Ok(client),
            Ok(Err(err)) if worth_another_try(&err) => last = Some(err),
            Ok(Err(err)) => return Err(connect_error(target, &err, found.note.as_deref())),
        }
    }
    // `attempts` is never empty, so `last` is set; the fallback message only guards that.
    Err(last.map_or_else(
        || Error::Database(format!("cannot connect to PostgreSQL at {}", target.describe())),
        |err| connect_error(target, &err, found.note.as_deref()),
    ))
}

/// `connect_timeout` bounds the whole attempt, as in libpq: the client library bounds only the
/// TCP connect, and a server (or another service on that port) that accepts and stays silent
/// would otherwise hang authadm. On timeout the attempt's thread is left behind, blocked; the
/// command is about to fail anyway.
fn within<T: Send + 'static>(
    timeout: Option<Duration>,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, RecvTimeoutError> {
    let Some(timeout) = timeout else { return Ok(work()) };
    let (sender, receiver) = mpsc::channel();
    let spawned = std::thread::Builder::new().name("pg-connect".into()).spawn(move || {
        // The receiver is gone only after a timeout, when nobody wants the result.
        let _ = sender.send(work());
    });
    match spawned {
        Ok(_) => receiver.recv_timeout(timeout),
        Err(_) => Err(RecvTimeoutError::Disconnected),
    }
}

fn base_config(target: &Target, found: &FoundPassword) -> Config {
    let mut config = Config::new();
    match &target.host {
        Host::Tcp(host) => config.host(host),
        Host::Socket(dir) => config.host_path(dir),
    };
    config.port(target.port).user(&target.user).dbname(&target.dbname).application_name(&target.application_name);
    // A command lives for one process: a generic plan is never reused enough to pay off, and
    // one made for `username IN ($1, ..., $1000)` compares every row with every parameter (an
    // import of 100,000 users took 85 s). Custom plans see the values and use the indexes.
    // Parameters go as text (store::postgres): a Django datetime without an offset is UTC, as
    // Django writes it, whatever the server's or role's time zone.
    config.options("-c plan_cache_mode=force_custom_plan -c TimeZone=UTC");
    config.channel_binding(target.channel_binding);
    if let Some(timeout) = target.connect_timeout {
        config.connect_timeout(timeout);
    }
    if let Some(password) = &found.password {
        config.password(password.expose());
    }
    config
}

fn try_once(config: Config, attempt: Attempt, tls: Option<MakeRustls>) -> Result<Client, postgres::Error> {
    let mut config = config;
    match (attempt, tls) {
        (Attempt::TlsIfOffered, Some(tls)) => config.ssl_mode(WireMode::Prefer).connect(tls),
        (Attempt::Tls, Some(tls)) => config.ssl_mode(WireMode::Require).connect(tls),
        _ => config.ssl_mode(WireMode::Disable).connect(NoTls),
    }
}

/// libpq retries the other way (plaintext after TLS for `prefer`, TLS after plaintext for
/// `allow`) when the handshake fails or `pg_hba.conf` has no line for this kind of connection
/// (SQLSTATE 28000). A wrong password (28P01) is not retried: it would only fail again.
fn worth_another_try(err: &postgres::Error) -> bool {
    match err.code() {
        Some(code) => *code == postgres::error::SqlState::INVALID_AUTHORIZATION_SPECIFICATION,
        None => tls_error(err).is_some() || err.to_string() == "error performing TLS handshake",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::pg_connect::tests::{env, target};

    #[test]
    fn attempts_follow_sslmode() {
        let of = |url: &str| attempts(&target(url, &env(&[])).unwrap());
        assert_eq!(of("postgres://u@h/d?sslmode=disable"), &[Attempt::Plain]);
        assert_eq!(of("postgres://u@h/d?sslmode=allow"), &[Attempt::Plain, Attempt::Tls]);
        assert_eq!(of("postgres://u@h/d"), &[Attempt::TlsIfOffered, Attempt::Plain]);
        assert_eq!(of("postgres://u@h/d?sslmode=require"), &[Attempt::Tls]);
        assert_eq!(of("postgres://u@%2Ftmp/d?sslmode=require"), &[Attempt::Plain]);
    }
}
