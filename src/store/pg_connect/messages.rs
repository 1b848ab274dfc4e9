//! The words of connection errors: what failed, at which server, and what a user can do about
//! it, never the password.

use super::environment::{Host, Target};
use crate::Error;
use rustls::CertificateError;
use std::error::Error as _;
use std::io;

pub(super) fn timeout_error(target: &Target) -> Error {
    let seconds = target.connect_timeout.map_or(0, |timeout| timeout.as_secs());
    Error::Database(format!(
        "cannot connect to PostgreSQL at {}: no answer within {seconds} s (connect_timeout)",
        target.describe()
    ))
}

/// `note`: why a passfile was skipped, which "password authentication failed" alone would not say.
pub(super) fn connect_error(target: &Target, err: &postgres::Error, note: Option<&str>) -> Error {
    let mut message = format!("cannot connect to PostgreSQL at {}: {}", target.describe(), reason(target, err));
    if let Some(note) = note {
        message.push_str(&format!(" ({note})"));
    }
    Error::Database(message)
}

/// The cause in words a user can act on. Neither the server's messages nor the client's errors
/// contain the password, and the URL is not part of any of them.
fn reason(target: &Target, err: &postgres::Error) -> String {
    if let Some(db) = err.as_db_error() {
        return db.message().to_string();
    }
    if let Some(tls) = tls_error(err) {
        return tls_reason(target, tls);
    }
    if let Some(io) = source_chain(err).find_map(|cause| cause.downcast_ref::<io::Error>()) {
        return connect_io_reason(target, io);
    }
    let causes: Vec<String> = source_chain(err).map(ToString::to_string).collect();
    match causes.first().map(String::as_str) {
        Some("password missing") => {
            "the server asks for a password and none was found (URL, password_file, PGPASSWORD, ~/.pgpass)".into()
        }
        Some("server did not use channel binding") => {
            "channel_binding=require (URL or PGCHANNELBINDING), but the login was not bound to a TLS session: \
             binding needs TLS over TCP (sslmode=prefer or require; never over a unix socket), SCRAM-SHA-256 \
             authentication, and a server certificate signed with RSA, RSA-PSS or ECDSA"
                .into()
        }
        Some("server does not support TLS") => {
            format!("the server does not accept TLS connections (sslmode={})", target.sslmode.name())
        }
        _ => std::iter::once(err.to_string()).chain(causes).collect::<Vec<_>>().join(": "),
    }
}

fn source_chain<'a>(err: &'a postgres::Error) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    std::iter::successors(err.source(), |&cause| cause.source())
}

/// rustls's error, which tokio-rustls wraps inside an `io::Error`.
pub(super) fn tls_error(err: &postgres::Error) -> Option<&rustls::Error> {
    source_chain(err).find_map(|cause| {
        cause
            .downcast_ref::<rustls::Error>()
            .or_else(|| cause.downcast_ref::<io::Error>()?.get_ref()?.downcast_ref::<rustls::Error>())
    })
}

fn tls_reason(target: &Target, err: &rustls::Error) -> String {
    let roots = target.sslrootcert.as_deref().map_or_else(String::new, |path| path.display().to_string());
    match err {
        rustls::Error::InvalidCertificate(
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
        ) => {
            format!(
                "the server's certificate is not valid for the host name {} (sslmode=verify-full)",
                host_text(target)
            )
        }
        rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer) => {
            format!("the server's certificate is not signed by a CA in sslrootcert {roots}")
        }
        rustls::Error::InvalidCertificate(CertificateError::Expired | CertificateError::ExpiredContext { .. }) => {
            "the server's certificate has expired".into()
        }
        // webpki's error, which rustls only carries as text: a self-signed (CA:TRUE) server
        // certificate that is not itself in sslrootcert.
        rustls::Error::InvalidCertificate(CertificateError::Other(other))
            if other.to_string() == "CaUsedAsEndEntity" =>
        {
            format!("the server's self-signed certificate is not in sslrootcert {roots}")
        }
        _ => format!("TLS handshake failed: {err}"),
    }
}

fn connect_io_reason(target: &Target, err: &io::Error) -> String {
    match (err.kind(), &target.host) {
        (io::ErrorKind::ConnectionRefused, Host::Tcp(_)) => {
            "connection refused (is the server running and accepting TCP connections on that port?)".into()
        }
        (io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused, Host::Socket(dir)) => format!(
            "no server listening on the socket {}/.s.PGSQL.{} (is the server running?)",
            dir.display(),
            target.port
        ),
        (io::ErrorKind::TimedOut, _) => match target.connect_timeout {
            Some(timeout) => format!("no answer within {} s (connect_timeout)", timeout.as_secs()),
            None => "timed out".into(),
        },
        _ => {
            let text = io_reason(err);
            match text.strip_prefix("failed to lookup address information: ") {
                Some(why) => format!("cannot resolve the host name: {}", lower_first(why)),
                None => text,
            }
        }
    }
}

/// An `io::Error` without Rust's " (os error N)" suffix, which means nothing to a user.
pub(super) fn io_reason(err: &io::Error) -> String {
    let text = err.to_string();
    match text.rfind(" (os error ") {
        Some(at) => lower_first(&text[..at]),
        None => text,
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
}

fn host_text(target: &Target) -> String {
    match &target.host {
        Host::Tcp(host) => host.clone(),
        Host::Socket(dir) => dir.display().to_string(),
    }
}
