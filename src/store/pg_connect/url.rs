//! The URL: libpq's `postgres://user:password@host:port/dbname?key=value` cut into keyword
//! options and a password kept apart, and the redacted form every message shows.

use crate::Error;
use crate::secret::Secret;
use std::borrow::Cow;
use std::collections::HashMap;

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
    "channel_binding",
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

/// A raw `&` in a `?password=` value splits the password into parameters of their own, so with
/// a password in the query no parameter name or value may be quoted back: it could be a piece
/// of the password.
pub(super) fn unquoted_if_query_password(url: &str, err: Error) -> Error {
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

/// Keyword to value, libpq's model: URL parts and `?key=value` parameters land in one map.
#[derive(Debug, Default)]
pub(super) struct Options(HashMap<&'static str, String>);

impl Options {
    pub(super) fn get(&self, key: &str) -> Option<&str> {
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
pub(super) fn parse_url(url: &str) -> Result<(Options, Option<Secret>), Error> {
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
/// The crate passes a malformed escape through as text, libpq refuses it: so it is checked first.
fn percent_decode(text: &str) -> Result<String, String> {
    let well_formed = text.split('%').skip(1).all(|after| after.get(..2).is_some_and(is_hex_pair));
    if !well_formed {
        return Err("has a % not followed by two hex digits".into());
    }
    let decoded = percent_encoding::percent_decode_str(text).decode_utf8();
    decoded.map(Cow::into_owned).map_err(|_| "is not UTF-8 once percent-decoded".to_string())
}

fn is_hex_pair(pair: &str) -> bool {
    pair.bytes().all(|byte| byte.is_ascii_hexdigit())
}

pub(super) fn parse_port(text: &str) -> Result<u16, Error> {
    text.parse::<u16>()
        .ok()
        .filter(|port| *port != 0)
        .ok_or_else(|| Error::Database(format!("invalid PostgreSQL port {text:?}: use a number from 1 to 65535")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::pg_connect::environment::Host;
    use crate::store::pg_connect::tests::{env, message, target, url_password};

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

    /// Only `%` and two hex digits is an escape, as in libpq: not `%+1` (which a radix parse
    /// would take), nor a `%` cut short by the end or by another `%`.
    #[test]
    fn malformed_escapes_are_refused_everywhere() {
        for bad in ["%+1", "%-1", "%4", "%", "%%41", "%4%41", "%g0", "%\u{e9}"] {
            assert_eq!(percent_decode(bad).unwrap_err(), "has a % not followed by two hex digits", "{bad}");
        }
        assert_eq!(percent_decode("%c3").unwrap_err(), "is not UTF-8 once percent-decoded");
        assert_eq!(percent_decode("%C3%A9%2f%25+x").unwrap(), "\u{e9}/%+x");
        assert_eq!(percent_decode("").unwrap(), "");
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
    fn unknown_parameter_is_named() {
        let err = message(target("postgres://u:topsecret@h/d?sslmod=require", &env(&[])).unwrap_err());
        assert!(err.contains("unknown parameter \"sslmod\""), "{err}");
        assert!(!err.contains("topsecret"), "{err}");
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
}
