//! `login-test`: the configured chain on real credentials, answering by exit code and `--json`.

use super::{Session, input};
use crate::Error;
use crate::backends::TraceStep;
use crate::login::attempt::{Credentials, Reason};
use crate::login::{self, LoginRequest, LoginResult};
use crate::time::rfc3339;
use serde::Serialize;

#[derive(clap::Args)]
#[command(after_help = "What it writes, as a login on the site would: the attempt (time, identifier as typed, \
    address, reason, backend; never the password) for the audit and, with the lockout guard \
    (\"lockout\" first in authentication_backends), its lockout and rate-limit counters (on a \
    django-axes database, in axes' attempt rows, as the site's axes would); on success the user's \
    last_login, the token's last use, and, when Django's authenticate() would, the password \
    re-hashed with the first of password_hashers. --no-record writes nothing.\n\n\
    A user with a second factor (allauth.mfa TOTP or WebAuthn, a confirmed django-otp device) \
    is rejected with reason mfa_required unless --otp-stdin gives a code that verifies; the code \
    is then consumed as the app would (a recovery code marked used, a static token deleted, \
    django-otp's last_t and throttle written). The code is never recorded.\n\n\
    On a django-allauth database with [account] email_verification = \"mandatory\", a right \
    password whose user has no verified address (the address typed, for a login by address) is \
    refused with reason email_unverified, as the site's verification stage refuses it.\n\n\
    Exit status: 0 accepted, 1 rejected (also mfa_required and email_unverified), 3 locked out or rate limited.\n\nExamples:\n  \
    printf '%s' \"$PW\" | authadm login-test alice --password-stdin --json\n  \
    printf '%s' \"$TOKEN\" | authadm login-test alice --token-stdin --explain\n  \
    printf '%s\\n%s' \"$PW\" \"$CODE\" | authadm login-test alice --password-stdin --otp-stdin")]
pub struct Args {
    /// Username or email, as typed into a login form
    identifier: String,
    /// Read the password from stdin (to EOF, one trailing newline removed)
    #[arg(long, conflicts_with = "token_stdin")]
    password_stdin: bool,
    /// Read a bearer token (from `token create`) from stdin instead of a password
    #[arg(long)]
    token_stdin: bool,
    /// With --password-stdin: the line after the password is a one-time code (TOTP, recovery
    /// code or static token) for a user with a second factor
    #[arg(long, requires = "password_stdin")]
    otp_stdin: bool,
    /// The client address the attempt comes from (for lockouts and the audit)
    #[arg(long, value_name = "ADDR", value_parser = crate::lockout::client_ip)]
    ip: Option<std::net::IpAddr>,
    /// The client's User-Agent, recorded with the address in django-axes' attempts
    #[arg(long, value_name = "UA")]
    user_agent: Option<String>,
    /// Say what each backend looked up and why it accepted, passed or refused
    #[arg(long)]
    explain: bool,
    /// A pure probe: nothing is counted, written or upgraded
    #[arg(long)]
    no_record: bool,
}

#[derive(Serialize)]
struct UserRef<'a> {
    id: crate::store::user_model::UserId,
    username: &'a str,
}

#[derive(Serialize)]
struct LoginJson<'a> {
    authenticated: bool,
    user: Option<UserRef<'a>>,
    backend: Option<&'a str>,
    reason: Reason,
    locked_until: Option<String>,
    trace: &'a [TraceStep],
}

/// The longest identifier a login form sends on: Django's forms cap a username at 150 characters
/// and an email (as allauth's login takes) at 254, as typed. A longer one names no account and is
/// refused before anything is read or recorded, so no audit row is of unbounded size.
const MAX_IDENTIFIER_CHARS: usize = 254;

pub fn run(session: &Session, args: Args) -> Result<u8, Error> {
    if args.identifier.chars().count() > MAX_IDENTIFIER_CHARS {
        return Err(Error::Input(format!(
            "the identifier is longer than {MAX_IDENTIFIER_CHARS} characters, which no username or email address \
             is; nothing was recorded"
        )));
    }
    let (credentials, otp) = if args.token_stdin {
        (Credentials::Token(input::secret_from_stdin("token")?), None)
    } else if args.otp_stdin {
        let (password, code) = input::password_and_code_from_stdin()?;
        (Credentials::Password(password), Some(code))
    } else {
        let password = input::existing_secret(session, args.password_stdin, "password", "--password-stdin")?;
        (Credentials::Password(password), None)
    };
    let ip = args.ip.map(|ip| ip.to_string());
    let request = LoginRequest {
        identifier: &args.identifier,
        credentials,
        ip: ip.as_deref(),
        user_agent: args.user_agent.as_deref(),
        record: !args.no_record,
        otp,
    };
    let store = session.store()?;
    let result = login::login(&store, &session.settings, &request, session.now)?;
    render(session, &result, args.explain);
    Ok(result.reason.exit_code())
}

fn render(session: &Session, result: &LoginResult, explain: bool) {
    let trace: &[TraceStep] = if explain { &result.trace } else { &[] };
    if session.out.json() {
        session.out.print_json(&LoginJson {
            authenticated: result.authenticated(),
            user: result.user.as_ref().map(|u| UserRef { id: u.id, username: &u.username }),
            backend: result.backend,
            reason: result.reason,
            locked_until: result.locked_until.map(rfc3339),
            trace,
        });
        return;
    }
    match (&result.user, result.backend) {
        (Some(user), Some(backend)) => session.out.line(&format!("accepted: {} (backend {backend})", user.username)),
        _ => session.out.line(&format!("rejected: {}", result.reason.as_str().replace('_', " "))),
    }
    if explain {
        let rows = trace.iter().map(|s| vec![s.backend.to_string(), s.outcome.to_string(), s.detail.clone()]).collect();
        session.out.table(&["backend", "outcome", "detail"], rows);
    }
}
