//! Second factors on a real Django site with django-allauth (account, mfa) and django-otp (TOTP
//! and static devices), made through the apps' own APIs; authadm lists and resets them, and its
//! `login-test` asks for a code, checks and consumes it as the apps do (either engine, as
//! AUTHADM_TEST_STORE says).

use crate::common;
use crate::contract::{self, LoginTest, Reason};
use crate::django_project::{self, Project, UserModel};

const PW: &str = "correct-Horse-battery-9";

/// allauth with its MFA login stage, django-otp's TOTP and static plugins.
const SITE: &str = r#"
MIDDLEWARE = MIDDLEWARE + ["allauth.account.middleware.AccountMiddleware"]
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend", "allauth.account.auth_backends.AuthenticationBackend"]
ACCOUNT_EMAIL_VERIFICATION = "none"
"#;

const APPS: &[&str] = &[
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
];

/// The site with alice (allauth TOTP and recovery codes) and bob (a django-otp TOTP device and a
/// static device with two tokens); `None` (after a note) when the python lacks the apps.
fn site() -> Option<Project> {
    std::env::var_os("AUTHADM_TEST_DJANGO_PYTHON")?;
    if site_apps_missing() {
        return None;
    }
    let project = Project::with(APPS, SITE)?;
    project.serve_urls(r#"path("accounts/", include("allauth.urls"))"#);
    project.shell(&format!(
        "from django.contrib.auth.models import User\n\
         from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret\n\
         from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes\n\
         from django_otp.plugins.otp_totp.models import TOTPDevice\n\
         from django_otp.plugins.otp_static.models import StaticDevice\n\
         alice = User.objects.create_user('alice', 'alice@example.com', '{PW}')\n\
         TOTP.activate(alice, generate_totp_secret())\n\
         RecoveryCodes.activate(alice)\n\
         bob = User.objects.create_user('bob', 'bob@example.com', '{PW}')\n\
         TOTPDevice.objects.create(user=bob, name='phone', confirmed=True)\n\
         static = StaticDevice.objects.create(user=bob, name='backup', confirmed=True)\n\
         static.token_set.create(token='sesame11')\n\
         static.token_set.create(token='sesame22')\n\
         User.objects.create_user('carol', 'carol@example.com', '{PW}')\n\
         TOTPDevice.objects.create(user=User.objects.get(username='carol'), name='unconfirmed', confirmed=False)\n\
         print('ok')"
    ));
    Some(project)
}

/// Fixes authadm's clock 5 s into a TOTP period a few periods ahead and returns that time in
/// seconds, so a code computed for it stays the current one while the commands run.
fn fix_clock(project: &Project) -> i64 {
    let now = jiff::Timestamp::now();
    let at = (now.as_second() / 30 + 2) * 30 + 5;
    project.s.advance(at as f64 - now.as_millisecond() as f64 / 1000.0);
    at
}

/// alice's current allauth TOTP code at `at`, from her stored secret (allauth's own functions).
fn allauth_code(project: &Project, at: i64) -> String {
    project.shell(&format!(
        "from allauth.mfa.models import Authenticator\n\
         from allauth.mfa.totp.internal.auth import hotp_value, format_hotp_value\n\
         a = Authenticator.objects.get(user__username='alice', type='totp')\n\
         print(format_hotp_value(hotp_value(a.data['secret'], {at} // 30)))"
    ))
}

/// bob's TOTP device's code at `at`, from its stored key and parameters (django-otp's own `TOTP`).
fn otp_code(project: &Project, at: i64) -> String {
    project.shell(&format!(
        "from django_otp.oath import TOTP\n\
         from django_otp.plugins.otp_totp.models import TOTPDevice\n\
         d = TOTPDevice.objects.get(user__username='bob')\n\
         t = TOTP(d.bin_key, d.step, d.t0, d.digits, d.drift)\n\
         t.time = {at}\n\
         print(f'{{t.token():0{{d.digits}}d}}')"
    ))
}

/// `login-test USER --password-stdin --otp-stdin --json` with `code` after the password.
fn login_with(project: &Project, user: &str, code: &str, extra: &[&str]) -> (i32, serde_json::Value) {
    let mut args = vec!["login-test", user, "--password-stdin", "--otp-stdin", "--json", "--explain"];
    args.extend_from_slice(extra);
    let (code, out, err) = project.s.run(&args, &format!("{PW}\n{code}\n"));
    let json = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, json)
}

/// The site's own answer to the password alone: where `/accounts/login/` sends the user.
fn site_login(project: &Project, user: &str) -> String {
    project.shell(&format!(
        "from django.test import Client\n\
         r = Client().post('/accounts/login/', {{'login': '{user}', 'password': '{PW}'}})\n\
         print(r.status_code, r.headers.get('Location'))"
    ))
}

#[test]
fn allauth_totp_and_recovery_codes_are_asked_for_checked_once_and_reset() {
    let Some(project) = site() else { return };
    let s = &project.s;
    assert_eq!(site_login(&project, "alice"), "302 /accounts/2fa/authenticate/", "the site asks alice for a code");

    let (code, json) = login_with(&project, "alice", "", &[]);
    let plain: LoginTest = contract::parse(s, 1, &["login-test", "alice", "--password-stdin"], PW);
    assert_eq!((plain.authenticated, plain.reason, plain.user.is_none()), (false, Reason::MfaRequired, true));
    assert_eq!((code, json["reason"].as_str()), (1, Some("mfa_required")), "{json}");

    let at = fix_clock(&project);
    let totp = allauth_code(&project, at);
    let (code, json) = login_with(&project, "alice", &totp, &["--no-record"]);
    assert_eq!((code, json["reason"].as_str()), (0, Some("ok")), "{json}");
    let (code, json) = login_with(&project, "alice", &totp, &[]);
    assert_eq!((code, json["authenticated"].as_bool()), (0, Some(true)), "{json}");
    assert!(!json.to_string().contains(&totp), "the code is never shown: {json}");
    let (code, _) = login_with(&project, "alice", "000000x", &[]);
    assert_eq!(code, 1, "a wrong code");

    // A recovery code, as allauth lists them; --no-record consumes nothing, a login consumes it once.
    let unused = |project: &Project| {
        project.shell(
            "from allauth.mfa.models import Authenticator\n\
             from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes\n\
             print(' '.join(RecoveryCodes(Authenticator.objects.get(user__username='alice', \
             type='recovery_codes')).get_unused_codes()))",
        )
    };
    let codes = unused(&project);
    let first = codes.split(' ').next().unwrap().to_string();
    assert_eq!(codes.split(' ').count(), 10);
    assert_eq!(login_with(&project, "alice", &first, &["--no-record"]).0, 0);
    assert_eq!(unused(&project), codes, "--no-record consumed nothing");
    assert_eq!(login_with(&project, "alice", &first, &[]).0, 0);
    assert_eq!(unused(&project).split(' ').count(), 9, "allauth reads the code as used");
    assert!(!unused(&project).contains(&first));
    let (code, json) = login_with(&project, "alice", &first, &[]);
    assert_eq!((code, json["reason"].as_str()), (1, Some("mfa_required")), "a recovery code works once");

    // Listed without secrets; user show names them.
    let secret = project.shell(
        "from allauth.mfa.models import Authenticator\n\
         print(Authenticator.objects.get(user__username='alice', type='totp').data['secret'])",
    );
    let (listed, _) = s.expect(0, &["mfa", "list", "--user", "alice", "--json"], "");
    assert!(!listed.contains(&secret) && !listed.contains(&first) && !listed.contains("seed"), "{listed}");
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let kinds: Vec<&str> = listed.as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["totp", "recovery_codes"], "{listed}");
    assert_eq!(listed[0]["app"], "allauth.mfa");
    assert!(listed[0]["last_used"].is_string(), "a login records the authenticator's use: {listed}");
    let shown = s.json(0, &["user", "show", "alice"], "");
    assert_eq!(shown["second_factors"].as_array().map(Vec::len), Some(2), "{shown}");

    // A secret that allauth's default adapter did not write is not guessed at.
    project.shell(
        "from allauth.mfa.models import Authenticator\n\
         a = Authenticator.objects.get(user__username='alice', type='totp')\n\
         a.data = {'secret': 'gAAAAABm-encrypted-by-the-site!'}\n\
         a.save()\nprint('ok')",
    );
    let (code, _, err) = s.run(&["login-test", "alice", "--password-stdin", "--otp-stdin"], &format!("{PW}\n123456\n"));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("allauth.mfa") && err.contains("MFA_ADAPTER"), "{err}");

    // The reset: audited, then the site and login-test let alice in with the password alone.
    let reset = s.json(0, &["mfa", "reset", "alice", "--yes"], "");
    assert_eq!(reset["deleted"]["mfa_authenticator"], 2, "{reset}");
    s.expect(4, &["mfa", "reset", "alice", "--yes"], "");
    let events = s.json(0, &["audit", "events", "--user", "alice"], "");
    assert!(events.to_string().contains("mfa_reset"), "{events}");
    assert_eq!(site_login(&project, "alice"), "302 /accounts/profile/", "the site logs alice in");
    s.expect(0, &["login-test", "alice", "--password-stdin"], PW);
    project.python(&["manage.py", "migrate", "--check"]);
}

#[test]
fn django_otp_codes_are_used_once_throttled_and_static_tokens_consumed() {
    let Some(project) = site() else { return };
    let s = &project.s;
    let (code, json) = login_with(&project, "bob", "", &[]);
    assert_eq!((code, json["reason"].as_str()), (1, Some("mfa_required")), "{json}");
    s.expect(0, &["login-test", "carol", "--password-stdin"], PW);

    let at = fix_clock(&project);
    let now = otp_code(&project, at);
    assert_eq!(login_with(&project, "bob", &now, &["--no-record"]).0, 0);
    let last_t = || s.query_one("SELECT last_t FROM otp_totp_totpdevice WHERE name = 'phone'");
    assert_eq!(last_t(), "-1", "--no-record wrote nothing");
    assert_eq!(login_with(&project, "bob", &now, &[]).0, 0);
    assert_eq!(last_t(), (at / 30).to_string(), "last_t is the step used");
    let (code, json) = login_with(&project, "bob", &now, &[]);
    assert_eq!((code, json["reason"].as_str()), (1, Some("mfa_required")), "a code is used once: {json}");
    let failures = || s.query_one("SELECT throttling_failure_count FROM otp_totp_totpdevice WHERE name = 'phone'");
    assert_eq!(failures(), "1", "the refusal counts, as django-otp's");

    // The next period: the previous code is within the tolerance but at or below last_t.
    s.advance(30.0);
    assert_eq!(login_with(&project, "bob", &now, &[]).0, 1, "the previous code, once used");
    s.advance(5.0);
    let next = otp_code(&project, at + 35);
    assert_eq!(login_with(&project, "bob", &next, &[]).0, 0);
    assert_eq!(failures(), "0", "a success resets the throttle");

    // Static tokens: each works once, deleted on use.
    s.advance(5.0);
    assert_eq!(login_with(&project, "bob", "sesame11", &["--no-record"]).0, 0);
    assert_eq!(s.query_one("SELECT count(*) FROM otp_static_statictoken"), "2");
    assert_eq!(login_with(&project, "bob", "sesame11", &[]).0, 0);
    assert_eq!(s.query_one("SELECT count(*) FROM otp_static_statictoken"), "1");
    s.advance(5.0);
    assert_eq!(login_with(&project, "bob", "sesame11", &[]).0, 1, "a static token works once");

    let listed = s.json(0, &["mfa", "list"], "");
    let rows: Vec<(String, String, bool)> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["app"] == "django_otp")
        .map(|f| (f["user"].as_str().unwrap().into(), f["kind"].as_str().unwrap().into(), f["confirmed"] == true))
        .collect();
    let expected = [("bob", "totp", true), ("bob", "static", true), ("carol", "totp", false)]
        .map(|(u, k, c)| (u.into(), k.into(), c));
    assert_eq!(rows, expected);
    assert!(!listed.to_string().contains("sesame22"), "{listed}");

    // Removal takes the devices and tokens with bob, children first, as Django's cascade.
    let plan = s.json(0, &["user", "remove", "bob", "--dry-run"], "");
    assert_eq!(plan["deleted"]["otp_static_statictoken"], 1, "{plan}");
    let (_, err) = s.expect(4, &["mfa", "reset", "bob", "--kind", "hotp", "--yes"], "");
    assert!(err.contains("has no `hotp` second factors (the kinds they have: static, totp)"), "{err}");
    let reset = s.json(0, &["mfa", "reset", "bob", "--kind", "static", "--yes"], "");
    assert_eq!(reset["deleted"]["otp_static_statictoken"], 1, "{reset}");
    assert_eq!(reset["deleted"]["otp_static_staticdevice"], 1, "{reset}");
    s.json(0, &["mfa", "reset", "bob", "--yes"], "");
    s.expect(0, &["login-test", "bob", "--password-stdin"], PW);
    project.python(&["manage.py", "migrate", "--check"]);
}

/// A site whose user model has a UUID key (char(32) on SQLite, uuid on PostgreSQL), the apps
/// installed and migrated after it, as a project adds them later.
#[test]
fn second_factors_work_with_a_custom_user_model() {
    if std::env::var_os("AUTHADM_TEST_DJANGO_PYTHON").is_none() || site_apps_missing() {
        return;
    }
    let Some(project) = Project::with_user_model(UserModel::UuidKey) else { return };
    let settings = std::fs::read_to_string(project.s.path().join("testsettings.py")).unwrap();
    project.s.write("testsettings.py", &format!("{settings}INSTALLED_APPS = INSTALLED_APPS + {APPS:?}\n{SITE}\n"));
    project.python(&["manage.py", "migrate", "-v", "0"]);
    project.shell(&format!(
        "from django.contrib.auth import get_user_model\n\
         from django_otp.plugins.otp_totp.models import TOTPDevice\n\
         from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes\n\
         dana = get_user_model().objects.create_user('dana', 'dana@example.com', '{PW}')\n\
         TOTPDevice.objects.create(user=dana, name='phone', confirmed=True)\n\
         RecoveryCodes.activate(dana)\nprint('ok')"
    ));
    let s = &project.s;
    // With the lockout guard: a right password stopped at the second factor is no failure (axes
    // sees none, allauth clears login_failed), so probes never lock the user out.
    s.write(
        "authadm.toml",
        &format!(
            "authentication_backends = [\"lockout\", \"model\"]\n{}\n[lockout]\nfailure_limit = 2\n",
            common::FAST_CONFIG
        ),
    );
    for _ in 0..3 {
        let (code, json) = login_with(&project, "dana", "", &[]);
        assert_eq!((code, json["reason"].as_str()), (1, Some("mfa_required")), "{json}");
    }
    let at = fix_clock(&project);
    let otp = project.shell(&format!(
        "from django_otp.oath import TOTP\nfrom django_otp.plugins.otp_totp.models import TOTPDevice\n\
         d = TOTPDevice.objects.get(name='phone')\nt = TOTP(d.bin_key, d.step, d.t0, d.digits, d.drift)\n\
         t.time = {at}\nprint(f'{{t.token():0{{d.digits}}d}}')"
    ));
    assert_eq!(login_with(&project, "dana", &otp, &[]).0, 0);
    let shown = s.json(0, &["user", "show", "dana"], "");
    let kinds: Vec<&str> =
        shown["second_factors"].as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["recovery_codes", "totp"], "allauth's first, then django-otp's: {shown}");
    let reset = s.json(0, &["mfa", "reset", "dana", "--yes"], "");
    assert_eq!(
        (reset["deleted"]["mfa_authenticator"].as_i64(), reset["deleted"]["otp_totp_totpdevice"].as_i64()),
        (Some(1), Some(1))
    );
    s.expect(0, &["login-test", "dana", "--password-stdin"], PW);
}

/// Whether the python lacks the apps (after saying so).
fn site_apps_missing() -> bool {
    let missing = !django_project::python_can_import("allauth.mfa, django_otp");
    if missing {
        common::note(
            "SKIPPED: AUTHADM_TEST_DJANGO_PYTHON cannot `import allauth.mfa, django_otp` (pip install \
             'django-allauth[mfa]' django-otp; .ci/run does)",
        );
    }
    missing
}
