//! The settings a connection is made with: each from the URL's options, else from libpq's `PG*`
//! variable, else a default; and the `Environment` those variables are read through.

use super::url::{Options, parse_port};
use crate::Error;
use postgres::config::ChannelBinding;
use std::path::{Path, PathBuf};
use std::time::Duration;

const DEFAULT_PORT: u16 = 5432;
/// Debian's and most packages' socket directory: where a local server without TCP listens.
const DEFAULT_SOCKET_DIR: &str = "/var/run/postgresql";
const DEFAULT_CONNECT_TIMEOUT_SECS: u64 = 10;
/// So `pg_stat_activity` tells an administrator which sessions are authadm's.
const DEFAULT_APPLICATION_NAME: &str = "authadm";

/// Where defaults come from: a trait so tests can pass a fake environment instead of changing
/// the process-global one.
pub(super) trait Environment {
    fn var(&self, name: &str) -> Option<String>;
    fn is_dir(&self, path: &Path) -> bool;
}

pub(super) struct ProcessEnvironment;

impl Environment for ProcessEnvironment {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
}

/// An empty variable counts as unset, as `PGHOST=` in a shell usually means "no preference".
pub(super) fn env_var(env: &dyn Environment, name: &str) -> Option<String> {
    env.var(name).filter(|value| !value.is_empty())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SslMode {
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

    pub(super) fn name(self) -> &'static str {
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

/// libpq's `channel_binding`: whether a SCRAM login is tied to the TLS session (SCRAM-SHA-256-PLUS),
/// so that a server in the middle, even one with a certificate `sslmode` accepts, cannot relay it.
/// The client library's own setting, whose three values are libpq's: `prefer` binds when TLS and
/// the server offer it, `require` fails a login that was not bound.
fn parse_channel_binding(text: &str) -> Result<ChannelBinding, Error> {
    Ok(match text {
        "disable" => ChannelBinding::Disable,
        "prefer" => ChannelBinding::Prefer,
        "require" => ChannelBinding::Require,
        _ => {
            return Err(Error::Database(format!("invalid channel_binding {text:?}: use disable, prefer or require")));
        }
    })
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Host {
    Tcp(String),
    Socket(PathBuf),
}

#[derive(Debug)]
pub(super) struct Target {
    pub(super) host: Host,
    pub(super) port: u16,
    pub(super) user: String,
    pub(super) dbname: String,
    pub(super) sslmode: SslMode,
    pub(super) sslrootcert: Option<PathBuf>,
    pub(super) channel_binding: ChannelBinding,
    /// `None`: wait as long as the system does (libpq's `connect_timeout=0`).
    pub(super) connect_timeout: Option<Duration>,
    pub(super) application_name: String,
    pub(super) passfile: Option<PathBuf>,
}

impl Target {
    pub(super) fn resolve(options: &Options, env: &dyn Environment) -> Result<Target, Error> {
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
            channel_binding: parse_channel_binding(
                &pick("channel_binding", "PGCHANNELBINDING").unwrap_or_else(|| "prefer".into()),
            )?,
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
    pub(super) fn passfile_host(&self) -> &str {
        match &self.host {
            Host::Tcp(host) => host,
            Host::Socket(dir) if dir == Path::new(DEFAULT_SOCKET_DIR) => "localhost",
            Host::Socket(dir) => dir.to_str().unwrap_or_default(),
        }
    }

    /// How messages name the server: host, port, database and user, never the password.
    pub(super) fn describe(&self) -> String {
        let host = match &self.host {
            Host::Tcp(host) if host.contains(':') => format!("[{host}]"),
            Host::Tcp(host) => host.clone(),
            Host::Socket(dir) => dir.display().to_string(),
        };
        format!("{host}:{}/{} as {}", self.port, self.dbname, self.user)
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::pg_connect::tests::{FakeEnv, env, message, target};

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
    fn bad_values_are_refused() {
        assert!(message(target("postgres://u@h:99999/d", &env(&[])).unwrap_err()).contains("the port is not a number"));
        assert!(message(target("postgres://u@h/d?sslmode=on", &env(&[])).unwrap_err()).contains("invalid sslmode"));
        let err = message(target("postgres://u@h/d?channel_binding=yes", &env(&[])).unwrap_err());
        assert!(err.contains("invalid channel_binding \"yes\"") && err.contains("require"), "{err}");
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
}
