//! Opening a PostgreSQL connection the way libpq users expect, so a URL, `PGPASSWORD` or a
//! `~/.pgpass` that works with `psql` works with `authadm --database postgres://...` too.
//!
//! libpq's rules followed here (<https://www.postgresql.org/docs/current/libpq-connect.html>):
//! URL parts are percent-decoded; missing parts come from `PGHOST`, `PGPORT`, `PGUSER`,
//! `PGDATABASE`, `PGSSLMODE`, `PGSSLROOTCERT`, `PGCONNECT_TIMEOUT`, `PGAPPNAME`; the password
//! from the URL, then authadm's `password_file`, then `PGPASSWORD`, then the passfile
//! (`passfile=`, `PGPASSFILE` or `~/.pgpass`, skipped like libpq when group or others can read
//! it; the error then says so). `sslmode` keeps libpq's six meanings (`require` with an
//! sslrootcert verifies the chain, as libpq), TLS is never used over a unix socket, a self-signed
//! server certificate given as sslrootcert is trusted as it is, and `verify-full` falls back to
//! the common name when the certificate has no subjectAltName.
//!
//! Deliberate differences: an unknown URL parameter is refused by name; `verify-*` needs an
//! explicit sslrootcert (no `~/.postgresql/root.crt`, no `system`); one host only; with no host at
//! all the default socket directory is used only if it exists (else `localhost`); a raw `/`, `@`
//! or `:` in the password is tolerated; `connect_timeout` defaults to 10 seconds, so a dead or
//! silent server fails in bounded time.
//!
//! Unlike the rest of the library this reads the environment: libpq's variables are part of
//! the contract users expect. Tests pass a fake `Environment` instead.

use crate::Error;
use crate::secret::Secret;
use passfile::{FoundPassword, find_password};
use postgres::config::SslMode as WireMode;
use postgres::{Client, Config, NoTls};
use rustls::CertificateError;
use std::collections::HashMap;
use std::error::Error as _;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;
use tls::tls_config;
use tokio_postgres_rustls::MakeRustlsConnect;

mod passfile;
mod tls;

const DEFAULT_PORT: u16 = 5432;
/// Debian's and most packages' socket directory: where a local server without TCP listens.
const DEFAULT_SOCKET_DIR: &str = "/var/run/postgresql";
const DEFAULT_CONNECT_TIMEOUT_SECS: u64 = 10;
/// So `pg_stat_activity` tells an administrator which sessions are authadm's.
const DEFAULT_APPLICATION_NAME: &str = "authadm";
/// The URL parameters understood; anything else is refused rather than silently ignored,
/// since an ignored `sslmode`-like typo could mean a plaintext connection.
const PARAMETERS: &[&str] = &[
    "host",
    "port",
    "user",
    "password",
    "dbname",
    "passfile",
    "sslmode",
    "sslrootcert",
    "connect_timeout",
    "application_name",
];

/// Whether `--database` names PostgreSQL (postgres:// or postgresql://) rather than a SQLite path.
pub fn is_postgres_url(text: &str) -> bool {
    strip_scheme(text).is_some()
}

/// Whether the URL holds a password (said as a warning when it was typed on the command line).
pub fn carries_password(url: &str) -> bool {
    parse_url(url).is_ok_and(|(_, password)| password.is_some())
}

/// The URL with any password removed (for messages, `doctor`, `config check`): never prints a secret.
/// A URL that does not parse is not shown at all: with a raw `?` in the password there is
/// no telling which part is the secret.
pub fn redacted(url: &str) -> String {
    let Some(rest) = strip_scheme(url) else { return url.to_string() };
    let scheme = &url[..url.len() - rest.len()];
    if parse_url(url).is_err() {
        return format!("{scheme}... (not shown: the URL does not parse)");
    }
    let pieces = split_url(rest);
    let mut out = scheme.to_string();
    if let Some(userinfo) = pieces.userinfo {
        out.push_str(userinfo.split_once(':').map_or(userinfo, |(user, _)| user));
        out.push('@');
    }
    out.push_str(pieces.hostport);
    if let Some(path) = pieces.path {
        out.push('/');
        out.push_str(path);
    }
    // From the password on nothing is shown: a raw `&` may have split the password into pairs.
    let shown = query_password_at(url).unwrap_or(usize::MAX);
    let kept: Vec<&str> = pieces.query.split('&').take(shown).filter(|pair| !pair.is_empty()).collect();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    out
}

/// Connects. `password_file`: a file whose first line is the password (authadm's `password_file` setting).
pub fn connect(url: &str, password_file: Option<&Path>) -> Result<Client, Error> {
    connect_in(url, password_file, &ProcessEnvironment)
}

fn connect_in(url: &str, password_file: Option<&Path>, env: &dyn Environment) -> Result<Client, Error> {
    let (options, url_password) = parse_url(url).map_err(|err| unquoted_if_query_password(url, err))?;
    let target = Target::resolve(&options, env).map_err(|err| unquoted_if_query_password(url, err))?;
    let found = find_password(url_password, password_file, &target, env)?;
    open(&target, &found)
}

/// A raw `&` in a `?password=` value splits the password into parameters of their own, so with
/// a password in the query no parameter name or value may be quoted back: it could be a piece
/// of the password.
fn unquoted_if_query_password(url: &str, err: Error) -> Error {
    if query_password_at(url).is_none() {
        return err;
    }
    Error::Database(
        "invalid PostgreSQL URL (its parameters are not shown, as it holds a password): check them, \
         and write a `&` in the password as %26, or move the password to password_file"
            .into(),
    )
}

/// Which `&`-separated pair of the URL's query is its first `password=`, if any.
fn query_password_at(url: &str) -> Option<usize> {
    let rest = strip_scheme(url)?;
    split_url(rest).query.split('&').position(is_password_pair)
}

/// Where defaults come from: a trait so tests can pass a fake environment instead of changing
/// the process-global one.
trait Environment {
    fn var(&self, name: &str) -> Option<String>;
    fn is_dir(&self, path: &Path) -> bool;
}

struct ProcessEnvironment;

impl Environment for ProcessEnvironment {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
}

/// An empty variable counts as unset, as `PGHOST=` in a shell usually means "no preference".
fn env_var(env: &dyn Environment, name: &str) -> Option<String> {
    env.var(name).filter(|value| !value.is_empty())
}

// ---------------------------------------------------------------------------------------------
// The URL

/// Keyword to value, libpq's model: URL parts and `?key=value` parameters land in one map.
#[derive(Debug, Default)]
struct Options(HashMap<&'static str, String>);

impl Options {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str).filter(|value| !value.is_empty())
    }
}

fn strip_scheme(text: &str) -> Option<&str> {
    ["postgresql://", "postgres://"].iter().find_map(|scheme| {
        let head = text.get(..scheme.len())?;
        head.eq_ignore_ascii_case(scheme).then(|| &text[scheme.len()..])
    })
}

fn is_password_pair(pair: &str) -> bool {
    let key = pair.split_once('=').map_or(pair, |(key, _)| key);
    percent_decode(key).is_ok_and(|key| key == "password")
}

/// A URL after its scheme, cut where libpq would, except that the user part ends at the last `@`
/// before the query, so a raw `/`, `@` or `:` in a password still parses (and is still redacted).
struct UrlPieces<'a> {
    userinfo: Option<&'a str>,
    hostport: &'a str,
    path: Option<&'a str>,
    query: &'a str,
}

fn split_url(rest: &str) -> UrlPieces<'_> {
    let (before_query, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (userinfo, after) = match before_query.rsplit_once('@') {
        Some((userinfo, after)) => (Some(userinfo), after),
        None => (None, before_query),
    };
    let (hostport, path) = match after.split_once('/') {
        Some((hostport, path)) => (hostport, Some(path)),
        None => (after, None),
    };
    UrlPieces { userinfo, hostport, path, query }
}

/// The options and, kept apart so it can never reach a `Debug` print, the URL's password.
/// Errors do not quote the URL, nor any value that could be a piece of a mistyped password.
fn parse_url(url: &str) -> Result<(Options, Option<Secret>), Error> {
    let bad = |why: String| Error::Database(format!("invalid PostgreSQL URL: {why}"));
    let rest = strip_scheme(url).ok_or_else(|| bad("it must start with postgres:// or postgresql://".into()))?;
    let UrlPieces { userinfo, hostport, path, query } = split_url(rest);
    let path = path.unwrap_or_default();
    let mut options = Options::default();
    let mut password = None;
    if let Some(userinfo) = userinfo {
        let (user, pass) = match userinfo.split_once(':') {
            Some((user, pass)) => (user, Some(pass)),
            None => (userinfo, None),
        };
        options.0.insert("user", percent_decode(user).map_err(|why| bad(format!("the user name {why}")))?);
        if let Some(pass) = pass {
            let pass = percent_decode(pass).map_err(|why| bad(format!("the password {why}")))?;
            // As libpq: an empty password is no password, so PGPASSWORD and .pgpass still apply.
            password = Some(Secret::new(pass)).filter(|secret| !secret.expose().is_empty());
        }
    }
    let (host, port) = split_host_port(hostport).map_err(&bad)?;
    options.0.insert("host", percent_decode(host).map_err(|why| bad(format!("the host {why}")))?);
    if !port.is_empty() {
        parse_port(port).map_err(|_| bad("the port is not a number from 1 to 65535".into()))?;
    }
    options.0.insert("port", port.to_string());
    options.0.insert("dbname", percent_decode(path).map_err(|why| bad(format!("the database name {why}")))?);
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (key, value) = parse_parameter(pair).map_err(&bad)?;
        if key == "password" {
            password = Some(Secret::new(value)).filter(|secret| !secret.expose().is_empty());
        } else {
            options.0.insert(key, value);
        }
    }
    Ok((options, password))
}

fn split_host_port(hostport: &str) -> Result<(&str, &str), String> {
    if let Some(bracketed) = hostport.strip_prefix('[') {
        let (host, after) = bracketed.split_once(']').ok_or("the IPv6 address has no closing ]")?;
        let port = match after {
            "" => "",
            _ => after.strip_prefix(':').ok_or("unexpected text after the IPv6 address")?,
        };
        return Ok((host, port));
    }
    if hostport.contains(',') {
        return Err("several hosts are not supported; name one".into());
    }
    Ok(hostport.split_once(':').unwrap_or((hostport, "")))
}

/// One `key=value`; the value is never echoed in an error, as it may be the password.
fn parse_parameter(pair: &str) -> Result<(&'static str, String), String> {
    let (key, value) = pair.split_once('=').ok_or_else(|| "a parameter has no value (use key=value)".to_string())?;
    let key = percent_decode(key).map_err(|why| format!("a parameter name {why}"))?;
    let known = PARAMETERS
        .iter()
        .find(|known| **known == key)
        .ok_or_else(|| format!("unknown parameter {key:?}; authadm understands {}", PARAMETERS.join(", ")))?;
    let value = percent_decode(value).map_err(|why| format!("the value of {key} {why}"))?;
    Ok((known, value))
}

/// RFC 3986 percent-decoding as libpq does it (`+` stays a plus); the error completes a sentence.
fn percent_decode(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).and_then(|pair| std::str::from_utf8(pair).ok());
            let byte = hex.and_then(|hex| u8::from_str_radix(hex, 16).ok());
            out.push(byte.ok_or("has a % not followed by two hex digits")?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "is not UTF-8 once percent-decoded".to_string())
}

// ---------------------------------------------------------------------------------------------
// Resolved settings

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SslMode {
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(text: &str) -> Result<SslMode, Error> {
        Ok(match text {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => {
                return Err(Error::Database(format!(
                    "invalid sslmode {text:?}: use disable, allow, prefer, require, verify-ca or verify-full"
                )));
            }
        })
    }

    fn name(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Host {
    Tcp(String),
    Socket(PathBuf),
}

#[derive(Debug)]
struct Target {
    host: Host,
    port: u16,
    user: String,
    dbname: String,
    sslmode: SslMode,
    sslrootcert: Option<PathBuf>,
    /// `None`: wait as long as the system does (libpq's `connect_timeout=0`).
    connect_timeout: Option<Duration>,
    application_name: String,
    passfile: Option<PathBuf>,
}

impl Target {
    fn resolve(options: &Options, env: &dyn Environment) -> Result<Target, Error> {
        let pick = |key: &str, var: &str| options.get(key).map(str::to_string).or_else(|| env_var(env, var));
        let host = match pick("host", "PGHOST") {
            Some(host) if host.starts_with('/') => Host::Socket(PathBuf::from(host)),
            Some(host) => Host::Tcp(host),
            None if env.is_dir(Path::new(DEFAULT_SOCKET_DIR)) => Host::Socket(PathBuf::from(DEFAULT_SOCKET_DIR)),
            None => Host::Tcp("localhost".into()),
        };
        let port = match pick("port", "PGPORT") {
            Some(port) => parse_port(&port)?,
            None => DEFAULT_PORT,
        };
        let user =
            pick("user", "PGUSER").or_else(|| env_var(env, "USER")).or_else(|| env_var(env, "LOGNAME")).ok_or_else(
                || Error::Database("no PostgreSQL user name: put it in the URL (postgres://USER@...)".into()),
            )?;
        let dbname = pick("dbname", "PGDATABASE").unwrap_or_else(|| user.clone());
        let sslmode = SslMode::parse(&pick("sslmode", "PGSSLMODE").unwrap_or_else(|| "prefer".into()))?;
        let connect_timeout = match pick("connect_timeout", "PGCONNECT_TIMEOUT") {
            Some(text) => parse_timeout(&text)?,
            None => Some(Duration::from_secs(DEFAULT_CONNECT_TIMEOUT_SECS)),
        };
        let passfile = pick("passfile", "PGPASSFILE")
            .map(PathBuf::from)
            .or_else(|| env_var(env, "HOME").map(|home| Path::new(&home).join(".pgpass")));
        let target = Target {
            host,
            port,
            user,
            dbname,
            sslmode,
            sslrootcert: pick("sslrootcert", "PGSSLROOTCERT").map(PathBuf::from),
            connect_timeout,
            application_name: pick("application_name", "PGAPPNAME").unwrap_or_else(|| DEFAULT_APPLICATION_NAME.into()),
            passfile,
        };
        target.check_tls_settings()?;
        Ok(target)
    }

    /// Refused before connecting: verifying without a CA file would have to trust nothing or
    /// everything, and libpq's `~/.postgresql/root.crt` fallback is a surprise we do not copy.
    fn check_tls_settings(&self) -> Result<(), Error> {
        let verifies = matches!(self.sslmode, SslMode::VerifyCa | SslMode::VerifyFull);
        if verifies && self.sslrootcert.is_none() && matches!(self.host, Host::Tcp(_)) {
            return Err(Error::Database(format!(
                "sslmode={} needs the certificate of the CA that signed the server's: add sslrootcert=FILE (PEM) to the URL",
                self.sslmode.name()
            )));
        }
        if self.sslrootcert.as_deref() == Some(Path::new("system")) {
            return Err(Error::Database(
                "sslrootcert=system is not supported: pass the CA certificate as a PEM file".into(),
            ));
        }
        Ok(())
    }

    /// The name libpq matches against `.pgpass`: the default socket directory counts as
    /// `localhost`, any other socket directory as its path.
    fn passfile_host(&self) -> &str {
        match &self.host {
            Host::Tcp(host) => host,
            Host::Socket(dir) if dir == Path::new(DEFAULT_SOCKET_DIR) => "localhost",
            Host::Socket(dir) => dir.to_str().unwrap_or_default(),
        }
    }

    /// How messages name the server: host, port, database and user, never the password.
    fn describe(&self) -> String {
        let host = match &self.host {
            Host::Tcp(host) if host.contains(':') => format!("[{host}]"),
            Host::Tcp(host) => host.clone(),
            Host::Socket(dir) => dir.display().to_string(),
        };
        format!("{host}:{}/{} as {}", self.port, self.dbname, self.user)
    }
}

fn parse_port(text: &str) -> Result<u16, Error> {
    text.parse::<u16>()
        .ok()
        .filter(|port| *port != 0)
        .ok_or_else(|| Error::Database(format!("invalid PostgreSQL port {text:?}: use a number from 1 to 65535")))
}

/// libpq's rules: 0 (or less) waits forever, 1 is raised to 2 seconds.
fn parse_timeout(text: &str) -> Result<Option<Duration>, Error> {
    let seconds: i64 = text.trim().parse().map_err(|_| {
        Error::Database(format!("invalid connect_timeout {text:?}: use a number of seconds (0 waits forever)"))
    })?;
    Ok(match seconds {
        ..=0 => None,
        1 => Some(Duration::from_secs(2)),
        _ => Some(Duration::from_secs(seconds.unsigned_abs())),
    })
}

// ---------------------------------------------------------------------------------------------
// Connecting

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

fn open(target: &Target, found: &FoundPassword) -> Result<Client, Error> {
    let config = base_config(target, found);
    let tls = match attempts(target) {
        [Attempt::Plain] => None,
        _ => Some(MakeRustlsConnect::new(tls_config(target)?)),
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
            Ok(Err(err)) => return Err(connect_error(target, &err, found)),
        }
    }
    // `attempts` is never empty, so `last` is set; the fallback message only guards that.
    Err(last.map_or_else(
        || Error::Database(format!("cannot connect to PostgreSQL at {}", target.describe())),
        |err| connect_error(target, &err, found),
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
    config.options("-c plan_cache_mode=force_custom_plan");
    if let Some(timeout) = target.connect_timeout {
        config.connect_timeout(timeout);
    }
    if let Some(password) = &found.password {
        config.password(password.expose());
    }
    config
}

fn try_once(config: Config, attempt: Attempt, tls: Option<MakeRustlsConnect>) -> Result<Client, postgres::Error> {
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

// ---------------------------------------------------------------------------------------------
// Messages

fn timeout_error(target: &Target) -> Error {
    let seconds = target.connect_timeout.map_or(0, |timeout| timeout.as_secs());
    Error::Database(format!(
        "cannot connect to PostgreSQL at {}: no answer within {seconds} s (connect_timeout)",
        target.describe()
    ))
}

fn connect_error(target: &Target, err: &postgres::Error, found: &FoundPassword) -> Error {
    let mut message = format!("cannot connect to PostgreSQL at {}: {}", target.describe(), reason(target, err));
    if let Some(note) = &found.note {
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
fn tls_error(err: &postgres::Error) -> Option<&rustls::Error> {
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
fn io_reason(err: &io::Error) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// A fake environment: variables from a list, and whether the default socket directory exists.
    pub(super) struct FakeEnv {
        vars: Vec<(&'static str, String)>,
        socket_dir: bool,
    }

    impl Environment for FakeEnv {
        fn var(&self, name: &str) -> Option<String> {
            self.vars.iter().find(|(key, _)| *key == name).map(|(_, value)| value.clone())
        }

        fn is_dir(&self, _path: &Path) -> bool {
            self.socket_dir
        }
    }

    pub(super) fn env(vars: &[(&'static str, &str)]) -> FakeEnv {
        FakeEnv { vars: vars.iter().map(|(key, value)| (*key, value.to_string())).collect(), socket_dir: false }
    }

    fn target(url: &str, env: &FakeEnv) -> Result<Target, Error> {
        let (options, _) = parse_url(url)?;
        Target::resolve(&options, env)
    }

    pub(super) fn message(err: Error) -> String {
        match err {
            Error::Database(text) => text,
            other => panic!("expected a database error, got {other:?}"),
        }
    }

    fn url_password(url: &str) -> Option<String> {
        parse_url(url).ok()?.1.map(|secret| secret.expose().to_string())
    }

    pub(super) fn temp_file(dir: &tempfile::TempDir, name: &str, text: &str, mode: u32) -> PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
    }

    #[test]
    fn recognises_postgres_urls_only() {
        assert!(is_postgres_url("postgres://localhost/app"));
        assert!(is_postgres_url("postgresql://localhost/app"));
        assert!(is_postgres_url("PostgreSQL://localhost/app"));
        assert!(is_postgres_url("postgres://"));
        assert!(!is_postgres_url("/var/lib/authadm/db.sqlite3"));
        assert!(!is_postgres_url("postgres.sqlite3"));
        assert!(!is_postgres_url("mysql://localhost/app"));
        assert!(!is_postgres_url(""));
    }

    #[test]
    fn parses_every_part_and_percent_decodes() {
        let url = "postgresql://al%40ice:p%3Ass%2Fw@db.example.com:6543/my%20app?application_name=x%26y";
        let target = target(url, &env(&[])).unwrap();
        assert_eq!(target.host, Host::Tcp("db.example.com".into()));
        assert_eq!(target.port, 6543);
        assert_eq!(target.user, "al@ice");
        assert_eq!(target.dbname, "my app");
        assert_eq!(target.application_name, "x&y");
        assert_eq!(url_password(url).as_deref(), Some("p:ss/w"));
    }

    #[test]
    fn plus_stays_a_plus_and_bad_escapes_are_refused_without_the_password() {
        assert_eq!(url_password("postgres://u:a+b@h/d").as_deref(), Some("a+b"));
        let err = message(parse_url("postgres://u:sec%zzret@h/d").unwrap_err());
        assert!(err.contains("the password has a % not followed by two hex digits"), "{err}");
        assert!(!err.contains("sec"), "{err}");
    }

    #[test]
    fn password_may_be_a_parameter() {
        assert_eq!(url_password("postgres://u@h/d?password=s%3Dx").as_deref(), Some("s=x"));
    }

    #[test]
    fn ipv6_and_socket_hosts() {
        let target6 = target("postgres://u@[::1]:5433/d", &env(&[])).unwrap();
        assert_eq!(target6.host, Host::Tcp("::1".into()));
        assert_eq!(target6.port, 5433);
        assert_eq!(target6.describe(), "[::1]:5433/d as u");
        let encoded = target("postgres://u@%2Frun%2Fpg/d", &env(&[])).unwrap();
        assert_eq!(encoded.host, Host::Socket("/run/pg".into()));
        let param = target("postgres:///d?host=/tmp/sock&user=u", &env(&[])).unwrap();
        assert_eq!(param.host, Host::Socket("/tmp/sock".into()));
        assert_eq!(param.describe(), "/tmp/sock:5432/d as u");
    }

    #[test]
    fn defaults_come_from_the_environment() {
        let fake = env(&[("PGHOST", "pg.internal"), ("PGPORT", "6000"), ("PGUSER", "svc"), ("PGDATABASE", "auth")]);
        let target = target("postgres://", &fake).unwrap();
        assert_eq!(target.host, Host::Tcp("pg.internal".into()));
        assert_eq!(target.port, 6000);
        assert_eq!(target.user, "svc");
        assert_eq!(target.dbname, "auth");
        assert_eq!(target.sslmode, SslMode::Prefer);
        assert_eq!(target.connect_timeout, Some(Duration::from_secs(10)));
        assert_eq!(target.application_name, "authadm");
    }

    #[test]
    fn url_beats_environment() {
        let fake = env(&[("PGHOST", "pg.internal"), ("PGUSER", "svc"), ("PGSSLMODE", "disable")]);
        let target = target("postgres://me@db/x?sslmode=require", &fake).unwrap();
        assert_eq!(target.host, Host::Tcp("db".into()));
        assert_eq!(target.user, "me");
        assert_eq!(target.sslmode, SslMode::Require);
    }

    #[test]
    fn last_resort_defaults() {
        let fake = env(&[("USER", "osuser"), ("HOME", "/home/osuser")]);
        let tcp = target("postgres://", &fake).unwrap();
        assert_eq!(tcp.host, Host::Tcp("localhost".into()));
        assert_eq!(tcp.port, 5432);
        assert_eq!((tcp.user.as_str(), tcp.dbname.as_str()), ("osuser", "osuser"));
        assert_eq!(tcp.passfile, Some(PathBuf::from("/home/osuser/.pgpass")));
        let with_socket = FakeEnv { socket_dir: true, ..env(&[("LOGNAME", "logname")]) };
        let socket = target("postgres://", &with_socket).unwrap();
        assert_eq!(socket.host, Host::Socket(DEFAULT_SOCKET_DIR.into()));
        assert_eq!(socket.user, "logname");
        assert!(message(target("postgres://", &env(&[])).unwrap_err()).contains("no PostgreSQL user name"));
    }

    #[test]
    fn unknown_parameter_is_named() {
        let err = message(target("postgres://u:topsecret@h/d?sslmod=require", &env(&[])).unwrap_err());
        assert!(err.contains("unknown parameter \"sslmod\""), "{err}");
        assert!(!err.contains("topsecret"), "{err}");
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(message(target("postgres://u@h:99999/d", &env(&[])).unwrap_err()).contains("the port is not a number"));
        assert!(message(target("postgres://u@h/d?sslmode=on", &env(&[])).unwrap_err()).contains("invalid sslmode"));
        assert!(
            message(target("postgres://u@h/d?connect_timeout=x", &env(&[])).unwrap_err()).contains("connect_timeout")
        );
        assert!(message(target("postgres://u@a,b/d", &env(&[])).unwrap_err()).contains("several hosts"));
        assert!(message(target("postgres://u@h/d?sslmode", &env(&[])).unwrap_err()).contains("has no value"));
    }

    #[test]
    fn connect_timeout_follows_libpq() {
        let timeout = |value: &str| target(&format!("postgres://u@h/d?connect_timeout={value}"), &env(&[])).unwrap();
        assert_eq!(timeout("0").connect_timeout, None);
        assert_eq!(timeout("1").connect_timeout, Some(Duration::from_secs(2)));
        assert_eq!(timeout("30").connect_timeout, Some(Duration::from_secs(30)));
    }

    #[test]
    fn verify_modes_need_a_root_certificate() {
        let err = message(target("postgres://u@h/d?sslmode=verify-full", &env(&[])).unwrap_err());
        assert!(err.contains("sslmode=verify-full") && err.contains("sslrootcert=FILE"), "{err}");
        assert!(target("postgres://u@h/d?sslmode=verify-ca&sslrootcert=/ca.pem", &env(&[])).is_ok());
        let from_env = env(&[("PGSSLROOTCERT", "/ca.pem")]);
        assert!(target("postgres://u@h/d?sslmode=verify-full", &from_env).is_ok());
        // No TLS over a unix socket, so nothing to verify there.
        assert!(target("postgres://u@%2Ftmp/d?sslmode=verify-full", &env(&[])).is_ok());
    }

    #[test]
    fn attempts_follow_sslmode() {
        let of = |url: &str| attempts(&target(url, &env(&[])).unwrap());
        assert_eq!(of("postgres://u@h/d?sslmode=disable"), &[Attempt::Plain]);
        assert_eq!(of("postgres://u@h/d?sslmode=allow"), &[Attempt::Plain, Attempt::Tls]);
        assert_eq!(of("postgres://u@h/d"), &[Attempt::TlsIfOffered, Attempt::Plain]);
        assert_eq!(of("postgres://u@h/d?sslmode=require"), &[Attempt::Tls]);
        assert_eq!(of("postgres://u@%2Ftmp/d?sslmode=require"), &[Attempt::Plain]);
    }

    /// `password=Xy&9k=Qp` is a password with a raw `&`: neither half may reach an error.
    #[test]
    fn errors_quote_nothing_of_a_url_whose_query_holds_a_password() {
        for url in ["postgres://u@h/db?password=Xy&9k=Qp", "postgres://u@h/db?password=Xy&sslmode=Qp"] {
            let err = message(connect_in(url, None, &env(&[])).err().unwrap());
            assert!(!err.contains("Qp") && !err.contains("9k") && err.contains("%26"), "{err}");
        }
        let err = message(connect_in("postgres://u@h/db?sslmode=Qp", None, &env(&[])).err().unwrap());
        assert!(err.contains("\"Qp\""), "without a password the value is quoted: {err}");
    }

    #[test]
    fn redaction_removes_every_password() {
        assert_eq!(redacted("postgres://alice:s3cret@db:5432/app"), "postgres://alice@db:5432/app");
        assert_eq!(
            redacted("postgresql://alice:p%40ss@db/app?sslmode=require"),
            "postgresql://alice@db/app?sslmode=require"
        );
        assert_eq!(redacted("postgres://a:b@c@h/d"), "postgres://a@h/d");
        assert_eq!(redacted("postgres://h/d?sslmode=require&password=x"), "postgres://h/d?sslmode=require");
        // After a password nothing is shown: a raw `&` in it would make the rest look like pairs.
        assert_eq!(redacted("postgres://h/d?password=Xy&sslmode=Qp"), "postgres://h/d");
        assert_eq!(redacted("postgres://h/d?pass%77ord=x"), "postgres://h/d");
        assert_eq!(redacted("postgres://alice@h/d"), "postgres://alice@h/d");
        assert_eq!(redacted("/path/to/db.sqlite3"), "/path/to/db.sqlite3");
        assert_eq!(redacted("postgres://"), "postgres://");
        assert_eq!(redacted("postgres://h?application_name=a@b"), "postgres://h?application_name=a@b");
        // Raw `/`, `:` and `@` in a password: parsed as the password, and removed.
        assert_eq!(redacted("postgres://u:a/b:c@d@h:1/db"), "postgres://u@h:1/db");
        assert_eq!(url_password("postgres://u:a/b:c@d@h:1/db").as_deref(), Some("a/b:c@d"));
        // A raw `?` makes the URL ambiguous: nothing of it is shown, nor in the error.
        let shown = redacted("postgres://u:Zq9?Xw7@h/db");
        assert!(!shown.contains("Zq9") && !shown.contains("Xw7"), "{shown}");
        let err = message(parse_url("postgres://u:Zq9?Xw7@h/db").unwrap_err());
        assert!(!err.contains("Zq9") && !err.contains("Xw7"), "{err}");
    }

    /// Against a real server: `AUTHADM_TEST_POSTGRES` is a URL with the password and host
    /// 127.0.0.1, for a server with `ssl = on`; `AUTHADM_TEST_POSTGRES_CERT` its self-signed
    /// certificate for CN=localhost (enables the verify-* checks). Run with
    /// `cargo test --lib pg_connect -- --ignored`.
    mod live {
        use super::*;
        use std::time::Instant;

        fn server() -> Option<(String, String)> {
            let url = std::env::var("AUTHADM_TEST_POSTGRES").ok()?;
            let password = url_password(&url).expect("AUTHADM_TEST_POSTGRES must hold the password");
            Some((url, password))
        }

        fn with(url: &str, params: &str) -> String {
            format!("{url}{}{params}", if url.contains('?') { '&' } else { '?' })
        }

        fn uses_tls(client: &mut Client) -> bool {
            let row = client.query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[]).unwrap();
            row.get(0)
        }

        fn no_env() -> FakeEnv {
            env(&[("HOME", "/nonexistent")])
        }

        #[test]
        #[ignore]
        fn every_password_source_works() {
            let Some((url, password)) = server() else { return };
            let bare = redacted(&url);
            connect_in(&url, None, &no_env()).unwrap();
            connect_in(&bare, None, &env(&[("PGPASSWORD", &password)])).unwrap();
            let dir = tempfile::tempdir().unwrap();
            let pgpass = temp_file(&dir, "pgpass", &format!("127.0.0.1:*:*:*:{password}\n"), 0o600);
            connect_in(&bare, None, &env(&[("PGPASSFILE", &pgpass.display().to_string())])).unwrap();
            let file = temp_file(&dir, "pw", &format!("{password}\n"), 0o600);
            connect_in(&bare, Some(&file), &no_env()).unwrap();
            let missing = message(connect_in(&bare, None, &no_env()).map(drop).unwrap_err());
            assert!(missing.contains("none was found"), "{missing}");
        }

        #[test]
        #[ignore]
        fn wrong_password_is_one_line_without_the_password() {
            let Some((url, password)) = server() else { return };
            let wrong = url.replacen(&format!(":{password}@"), ":Wr0ngPassw0rd@", 1);
            let err = message(connect_in(&wrong, None, &no_env()).map(drop).unwrap_err());
            eprintln!("{err}");
            assert!(err.starts_with("cannot connect to PostgreSQL at 127.0.0.1:"), "{err}");
            assert!(err.contains("password authentication failed for user"), "{err}");
            assert!(!err.contains("Wr0ngPassw0rd") && !err.contains('\n'), "{err}");
        }

        #[test]
        #[ignore]
        fn closed_port_fails_fast() {
            let started = Instant::now();
            let err = message(connect_in("postgres://u:pw@127.0.0.1:1/d", None, &no_env()).map(drop).unwrap_err());
            eprintln!("{err}");
            assert!(err.contains("connection refused"), "{err}");
            assert!(started.elapsed() < Duration::from_secs(5));
        }

        #[test]
        #[ignore]
        fn sslmodes_encrypt_or_not() {
            let Some((url, _)) = server() else { return };
            assert!(uses_tls(&mut connect_in(&with(&url, "sslmode=require"), None, &no_env()).unwrap()));
            assert!(uses_tls(&mut connect_in(&url, None, &no_env()).unwrap()));
            assert!(!uses_tls(&mut connect_in(&with(&url, "sslmode=disable"), None, &no_env()).unwrap()));
            assert!(!uses_tls(&mut connect_in(&with(&url, "sslmode=allow"), None, &no_env()).unwrap()));
        }

        #[test]
        #[ignore]
        fn verify_modes_check_the_certificate() {
            let Some((url, _)) = server() else { return };
            let Ok(cert) = std::env::var("AUTHADM_TEST_POSTGRES_CERT") else { return };
            let by_name = url.replacen("@127.0.0.1:", "@localhost:", 1);
            let full = format!("sslmode=verify-full&sslrootcert={cert}");
            assert!(uses_tls(&mut connect_in(&with(&by_name, &full), None, &no_env()).unwrap()));
            let ca = format!("sslmode=verify-ca&sslrootcert={cert}");
            assert!(uses_tls(&mut connect_in(&with(&url, &ca), None, &no_env()).unwrap()));
            let err = message(connect_in(&with(&url, &full), None, &no_env()).map(drop).unwrap_err());
            eprintln!("{err}");
            assert!(err.contains("not valid for the host name 127.0.0.1"), "{err}");
            let other = std::env::var("AUTHADM_TEST_POSTGRES_OTHER_CERT").unwrap_or_default();
            if !other.is_empty() {
                let err = message(
                    connect_in(&with(&url, &format!("sslmode=verify-ca&sslrootcert={other}")), None, &no_env())
                        .map(drop)
                        .unwrap_err(),
                );
                eprintln!("{err}");
                assert!(err.contains("self-signed certificate is not in sslrootcert"), "{err}");
            }
        }
    }
}
