//! The `--json` shapes of the command-line contract (/work/shared/cli-contract.md in the project's
//! notes; README's JSON section) as types the tests own, so a renamed or removed field fails a
//! test where indexing a `serde_json::Value` would quietly read `null`. Fields may be added to the
//! output, so unknown fields are allowed; every contract field is required, `null`able ones too
//! ([`present`]).

use crate::common::Sandbox;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

const ALICE_PW: &str = "correct-Horse-battery-9";
const WRONG_PW: &str = "Wrong-guess-Secret-42";

/// A field that may be `null` but must be there: serde would read a missing `Option` as `None`.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    Option::deserialize(deserializer)
}

/// `authadm ARGS --json`, its exit code asserted and its output read as `T`.
pub fn parse<T: DeserializeOwned>(s: &Sandbox, code: i32, args: &[&str], stdin: &str) -> T {
    let value = s.json(code, args, stdin);
    serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("authadm {args:?}: not the contract's shape ({e}): {value}"))
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Ok,
    InvalidCredentials,
    LockedOut,
    RateLimited,
    MfaRequired,
    EmailUnverified,
}

#[derive(Debug, Deserialize)]
pub struct LoginTest {
    pub authenticated: bool,
    #[serde(deserialize_with = "present")]
    pub user: Option<LoginUser>,
    #[serde(deserialize_with = "present")]
    pub backend: Option<String>,
    pub reason: Reason,
    #[serde(deserialize_with = "present")]
    pub locked_until: Option<String>,
    pub trace: Vec<TraceStep>,
}

#[derive(Debug, Deserialize)]
pub struct LoginUser {
    pub id: i64,
    pub username: String,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    User,
    None,
    Denied,
    Skipped,
}

#[derive(Debug, Deserialize)]
pub struct TraceStep {
    pub backend: String,
    pub outcome: Outcome,
    pub detail: String,
}

#[derive(Debug, Deserialize)]
pub struct Validation {
    pub valid: bool,
    pub errors: Vec<ValidationError>,
}

#[derive(Debug, Deserialize)]
pub struct ValidationError {
    pub code: String,
    pub message: String,
}

/// `user show`, `user add`, and each of `user list`.
#[derive(Debug, Deserialize)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub is_active: bool,
    pub is_staff: bool,
    pub is_superuser: bool,
    pub date_joined: String,
    #[serde(deserialize_with = "present")]
    pub last_login: Option<String>,
    pub email_verified: bool,
    pub has_usable_password: bool,
    /// Only where the database has django-allauth's addresses.
    #[serde(default)]
    pub emails: Option<Vec<Address>>,
}

/// One of a user's django-allauth addresses (`user show --json`'s `emails`, `email list --json`).
#[derive(Debug, Deserialize, PartialEq)]
pub struct Address {
    pub email: String,
    pub verified: bool,
    pub primary: bool,
}

/// `email list --json`, and the `email` writes with `--json`.
#[derive(Debug, Deserialize)]
pub struct EmailList {
    pub user: String,
    pub emails: Vec<Address>,
}

#[derive(Debug, Deserialize)]
pub struct HashVerify {
    pub valid: bool,
    pub algorithm: String,
    pub must_update: bool,
}

#[derive(Debug, Deserialize)]
pub struct LockoutStatus {
    pub locked: Vec<LockedKey>,
}

#[derive(Debug, Deserialize)]
pub struct LockedKey {
    #[serde(deserialize_with = "present")]
    pub username: Option<String>,
    #[serde(deserialize_with = "present")]
    pub ip: Option<String>,
    pub failures: i64,
    pub first_failure: String,
    pub last_failure: String,
    #[serde(deserialize_with = "present")]
    pub locked_until: Option<String>,
    #[serde(deserialize_with = "present")]
    pub attempts_left: Option<i64>,
    /// `"axes"` or `"authadm"`: which store the key is in.
    pub source: String,
}

#[derive(Debug, Deserialize)]
pub struct FailedLogins {
    pub attempts: Vec<Attempt>,
}

#[derive(Debug, Deserialize)]
pub struct Attempt {
    pub time: String,
    pub username: String,
    #[serde(deserialize_with = "present")]
    pub ip: Option<String>,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
pub struct FailedLoginGroups {
    pub groups: Vec<FailedLoginGroup>,
}

#[derive(Debug, Deserialize)]
pub struct FailedLoginGroup {
    pub key: String,
    pub failures: i64,
    pub first: String,
    pub last: String,
}

/// `token create`; `token list` entries are the same without `token`.
#[derive(Debug, Deserialize)]
pub struct CreatedToken {
    pub token: String,
    #[serde(flatten)]
    pub listed: Token,
}

#[derive(Debug, Deserialize)]
pub struct Token {
    pub id: i64,
    pub user: String,
    #[serde(deserialize_with = "present")]
    pub name: Option<String>,
    #[serde(deserialize_with = "present")]
    pub expires: Option<String>,
}

/// Times are RFC 3339 in UTC.
fn assert_utc(time: &str) {
    let parsed: jiff::Timestamp = time.parse().unwrap_or_else(|e| panic!("{time:?} is not RFC 3339: {e}"));
    assert!(time.ends_with('Z'), "{time:?} is not in UTC");
    assert!(parsed > jiff::Timestamp::UNIX_EPOCH, "{time:?}");
}

fn with_alice(extra: &str) -> Sandbox {
    let s = Sandbox::new(extra);
    s.add_user("alice", "alice@example.com", ALICE_PW);
    s
}

#[test]
fn login_test_and_its_trace() {
    let s = with_alice("");
    let ok: LoginTest = parse(&s, 0, &["login-test", "alice", "--password-stdin", "--explain"], ALICE_PW);
    assert!(ok.authenticated);
    assert_eq!(ok.reason, Reason::Ok);
    assert_eq!(ok.user.as_ref().map(|u| u.username.as_str()), Some("alice"));
    assert!(ok.user.unwrap().id > 0);
    assert_eq!(ok.backend.as_deref(), Some("model"));
    assert!(ok.locked_until.is_none());
    assert_eq!(ok.trace.len(), 1);
    assert_eq!((ok.trace[0].backend.as_str(), &ok.trace[0].outcome), ("model", &Outcome::User));
    assert!(!ok.trace[0].detail.is_empty());

    let rejected: LoginTest = parse(&s, 1, &["login-test", "alice", "--password-stdin"], WRONG_PW);
    assert!(!rejected.authenticated && rejected.user.is_none() && rejected.backend.is_none());
    assert_eq!(rejected.reason, Reason::InvalidCredentials);
    assert!(rejected.trace.is_empty(), "the trace is only for --explain: {rejected:?}");
}

#[test]
fn validate_password() {
    let s = Sandbox::new("");
    let valid: Validation = parse(&s, 0, &["validate-password", "--password-stdin"], ALICE_PW);
    assert!(valid.valid && valid.errors.is_empty());
    let invalid: Validation = parse(&s, 1, &["validate-password", "--password-stdin"], "12345");
    assert!(!invalid.valid);
    let codes: Vec<&str> = invalid.errors.iter().map(|e| e.code.as_str()).collect();
    assert!(codes.contains(&"password_too_short") && codes.contains(&"password_entirely_numeric"), "{codes:?}");
    assert!(invalid.errors.iter().all(|e| !e.message.is_empty()));
}

#[test]
fn user_add_show_and_list() {
    let s = Sandbox::new("");
    let added: User =
        parse(&s, 0, &["user", "add", "alice", "--email", "alice@example.com", "--password-stdin"], ALICE_PW);
    let shown: User = parse(&s, 0, &["user", "show", "alice"], "");
    let listed: Vec<User> = parse(&s, 0, &["user", "list"], "");
    assert_eq!(listed.len(), 1);
    for user in [&added, &shown, &listed[0]] {
        assert_eq!((user.id, user.username.as_str(), user.email.as_str()), (added.id, "alice", "alice@example.com"));
        assert_eq!((user.first_name.as_str(), user.last_name.as_str()), ("", ""));
        assert!(user.is_active && !user.is_staff && !user.is_superuser && user.has_usable_password);
        assert!(!user.email_verified && user.last_login.is_none());
        assert_utc(&user.date_joined);
    }
    s.expect(0, &["login-test", "alice", "--password-stdin"], ALICE_PW);
    let logged_in: User = parse(&s, 0, &["user", "show", "alice"], "");
    assert_utc(logged_in.last_login.as_deref().expect("last_login after a login"));
}

#[test]
fn hash_verify() {
    let s = with_alice("");
    let encoded = s.query_one("SELECT password FROM auth_user WHERE username = 'alice'");
    let right: HashVerify = parse(&s, 0, &["hash", "verify", &encoded, "--password-stdin"], ALICE_PW);
    assert!(right.valid && !right.must_update);
    assert_eq!(right.algorithm, "argon2");
    let wrong: HashVerify = parse(&s, 1, &["hash", "verify", &encoded, "--password-stdin"], WRONG_PW);
    assert!(!wrong.valid);
}

#[test]
fn lockout_status_and_failed_logins() {
    let s = with_alice(
        "authentication_backends = [\"lockout\", \"model\"]\n[lockout]\nfailure_limit = 2\ncooloff = \"1h\"\n\
         lockout_parameters = [[\"username\", \"ip_address\"]]",
    );
    for _ in 0..2 {
        s.expect(1, &["login-test", "alice", "--password-stdin", "--ip", "192.0.2.1"], WRONG_PW);
    }
    let locked: LoginTest = parse(&s, 3, &["login-test", "alice", "--password-stdin", "--ip", "192.0.2.1"], ALICE_PW);
    assert_eq!(locked.reason, Reason::LockedOut);
    assert_utc(locked.locked_until.as_deref().expect("a cool-off's end"));

    let status: LockoutStatus = parse(&s, 0, &["lockout", "status", "--all"], "");
    let [key] = &status.locked[..] else { panic!("one key: {status:?}") };
    assert_eq!((key.username.as_deref(), key.ip.as_deref(), key.failures), (Some("alice"), Some("192.0.2.1"), 2));
    for time in [&key.first_failure, &key.last_failure] {
        assert_utc(time);
    }
    assert_utc(key.locked_until.as_deref().expect("the cool-off"));

    let audit: FailedLogins = parse(&s, 0, &["audit", "failed-logins"], "");
    assert_eq!(audit.attempts.len(), 3, "{audit:?}");
    for attempt in &audit.attempts {
        assert_utc(&attempt.time);
        assert_eq!((attempt.username.as_str(), attempt.ip.as_deref()), ("alice", Some("192.0.2.1")));
    }
    assert_eq!(audit.attempts[0].reason, "locked_out");
    let grouped: FailedLoginGroups = parse(&s, 0, &["audit", "failed-logins", "--group-by", "user"], "");
    let [group] = &grouped.groups[..] else { panic!("one group: {grouped:?}") };
    assert_eq!((group.key.as_str(), group.failures), ("alice", 3));
    assert_utc(&group.first);
    assert_utc(&group.last);
}

#[test]
fn token_create_and_list() {
    let s = with_alice("authentication_backends = [\"token\", \"model\"]");
    let created: CreatedToken = parse(&s, 0, &["token", "create", "alice", "--name", "ci", "--expires", "7d"], "");
    assert!(!created.token.is_empty());
    assert_eq!((created.listed.user.as_str(), created.listed.name.as_deref()), ("alice", Some("ci")));
    assert_utc(created.listed.expires.as_deref().expect("--expires"));
    let listed: Vec<serde_json::Value> = parse(&s, 0, &["token", "list"], "");
    assert!(listed.iter().all(|token| token.get("token").is_none()), "token list never shows a token: {listed:?}");
    let listed: Vec<Token> = listed.into_iter().map(|t| serde_json::from_value(t).unwrap()).collect();
    let [token] = &listed[..] else { panic!("one token: {listed:?}") };
    assert_eq!((token.id, token.name.as_deref()), (created.listed.id, Some("ci")));
}
