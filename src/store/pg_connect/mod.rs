//! Opening a PostgreSQL connection the way libpq users expect, so a URL, `PGPASSWORD` or a
//! `~/.pgpass` that works with `psql` works with `authadm --database postgres://...` too.
//!
//! libpq's rules followed here (<https://www.postgresql.org/docs/current/libpq-connect.html>):
//! URL parts are percent-decoded; missing parts come from `PGHOST`, `PGPORT`, `PGUSER`,
//! `PGDATABASE`, `PGSSLMODE`, `PGSSLROOTCERT`, `PGCHANNELBINDING`, `PGCONNECT_TIMEOUT`, `PGAPPNAME`; the password
//! from the URL, then authadm's `password_file`, then `PGPASSWORD`, then the passfile
//! (`passfile=`, `PGPASSFILE` or `~/.pgpass`, skipped like libpq when group or others can read
//! it; the error then says so). `sslmode` keeps libpq's six meanings (`require` with an
//! sslrootcert verifies the chain, as libpq), TLS is never used over a unix socket, a self-signed
//! server certificate given as sslrootcert is trusted as it is, and `verify-full` falls back to
//! the common name when the certificate has no subjectAltName. `channel_binding` (`prefer` by
//! default) ties a SCRAM login to the TLS session, as libpq's.
//!
//! Deliberate differences: an unknown URL parameter is refused by name; `verify-*` needs an
//! explicit sslrootcert (no `~/.postgresql/root.crt`, no `system`); one host only; with no host at
//! all the default socket directory is used only if it exists (else `localhost`); a raw `/`, `@`
//! or `:` in the password is tolerated; `connect_timeout` defaults to 10 seconds, so a dead or
//! silent server fails in bounded time.
//!
//! Unlike the rest of the library this reads the environment: libpq's variables are part of
//! the contract users expect. Tests pass a fake `Environment` instead.
//!
//! One file for each part: `url` parses and redacts the URL, `environment` resolves each setting
//! from it, the `PG*` variables or a default, `passfile` finds the password, `connection` opens
//! the connection (over `tls_stream`, set up by `tls`, when `sslmode` asks), and `messages` words
//! its errors.

use crate::Error;
use connection::open;
use environment::{Environment, ProcessEnvironment, Target};
use passfile::find_password;
use postgres::Client;
use std::path::Path;
use url::{parse_url, unquoted_if_query_password};

pub use url::{carries_password, is_postgres_url, redacted};

mod connection;
mod environment;
mod messages;
mod passfile;
mod tls;
mod tls_stream;
mod url;

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::path::PathBuf;

    /// A fake environment: variables from a list, and whether the default socket directory exists.
    pub(super) struct FakeEnv {
        pub(super) vars: Vec<(&'static str, String)>,
        pub(super) socket_dir: bool,
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

    pub(super) fn target(url: &str, env: &FakeEnv) -> Result<Target, Error> {
        let (options, _) = parse_url(url)?;
        Target::resolve(&options, env)
    }

    pub(super) fn message(err: Error) -> String {
        match err {
            Error::Database(text) => text,
            other => panic!("expected a database error, got {other:?}"),
        }
    }

    pub(super) fn url_password(url: &str) -> Option<String> {
        parse_url(url).ok()?.1.map(|secret| secret.expose().to_string())
    }

    pub(super) fn temp_file(dir: &tempfile::TempDir, name: &str, text: &str, mode: u32) -> PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
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

    /// Against a real server: `AUTHADM_TEST_POSTGRES` is a URL with the password and host
    /// 127.0.0.1, for a server with `ssl = on`; `AUTHADM_TEST_POSTGRES_CERT` its self-signed
    /// certificate for CN=localhost (enables the verify-* checks). Run with
    /// `cargo test --lib pg_connect -- --ignored`.
    mod live {
        use super::*;
        use std::time::{Duration, Instant};

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
