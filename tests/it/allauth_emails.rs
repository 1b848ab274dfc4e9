//! django-allauth's email addresses: a real Django + allauth (account) site with mandatory email
//! verification, whose addresses authadm adds, changes, verifies and removes, checked through
//! allauth itself (its `EmailAddress` objects, its login view, its user lookup), on the sandbox's
//! store (either engine, as AUTHADM_TEST_STORE says).

use crate::common::{self, FAST_CONFIG};
use crate::contract::{self, Address, EmailList, LoginTest, Reason};
use crate::django_project::{self, Project, UserModel};

const ERIN_PW: &str = "correct-Horse-battery-9";
const GINA_PW: &str = "another-Horse-battery-7";

/// The site: allauth's backend, its middleware, login by email or username, mandatory email
/// verification (which needs the email among the signup fields), mail kept in memory.
const SITE: &str = r#"
MIDDLEWARE = MIDDLEWARE + ["allauth.account.middleware.AccountMiddleware"]
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend", "allauth.account.auth_backends.AuthenticationBackend"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
"#;

/// The same rules in authadm's words (README: the `ACCOUNT_*` mapping).
const SETTINGS: &str = "[account]\nemail_verification = \"mandatory\"\nlogin_methods = [\"email\", \"username\"]\n";

/// Whether the python has allauth; a note when not.
fn has_allauth() -> bool {
    if std::env::var_os("AUTHADM_TEST_DJANGO_PYTHON").is_none() {
        return false;
    }
    if !django_project::python_can_import("allauth.account") {
        common::note(
            "SKIPPED: AUTHADM_TEST_DJANGO_PYTHON cannot `import allauth.account` (pip install django-allauth; .ci/run does)",
        );
        return false;
    }
    true
}

/// authadm's settings on the site: the email-or-username chain (allauth's backend) and [`SETTINGS`].
fn configure(project: &Project) {
    let chain = "authentication_backends = [\"email_or_username\"]\n";
    project.s.write("authadm.toml", &format!("{chain}{FAST_CONFIG}\n{SETTINGS}"));
}

/// A Django + allauth project on the sandbox's store; `None` (after a note) without allauth.
fn site() -> Option<Project> {
    if !has_allauth() {
        return None;
    }
    let project = Project::with(&["allauth", "allauth.account"], SITE)?;
    project.route_allauth();
    configure(&project);
    Some(project)
}

/// Posts allauth's login form (`login`, `password`) through Django's test client; returns the
/// status code and where it redirects.
fn post_login(project: &Project, login: &str, password: &str) -> String {
    project.shell(&format!(
        "from django.test import Client\nr = Client().post('/accounts/login/', {{'login': '{login}', 'password': '{password}'}})\n\
         print(r.status_code, r.headers.get('Location'))"
    ))
}

/// What allauth's `EmailAddress.objects.filter(user=...)` holds for `username`, by id.
fn allauth_addresses(project: &Project, username: &str) -> String {
    project.shell(&format!(
        "from allauth.account.models import EmailAddress\n\
         print([(a.email, a.verified, a.primary) for a in EmailAddress.objects.filter(user__username='{username}').order_by('id')])"
    ))
}

fn user_email(project: &Project, username: &str) -> String {
    project.shell(&format!(
        "from django.contrib.auth import get_user_model\nprint(get_user_model().objects.get(username='{username}').email)"
    ))
}

fn login_test(project: &Project, code: i32, identifier: &str, password: &str) -> LoginTest {
    contract::parse(&project.s, code, &["login-test", identifier, "--password-stdin", "--no-record"], password)
}

#[test]
fn an_address_verified_by_authadm_logs_in_where_an_unverified_one_is_sent_to_confirm() {
    let Some(project) = site() else { return };
    let s = &project.s;
    s.expect(
        0,
        &["user", "add", "erin", "--email", "erin@example.com", "--email-verified", "--password-stdin"],
        ERIN_PW,
    );
    s.expect(0, &["user", "add", "gina", "--email", "gina@example.com", "--password-stdin"], GINA_PW);
    assert_eq!(post_login(&project, "erin@example.com", ERIN_PW), "302 /accounts/profile/", "verified: logged in");
    let gina = post_login(&project, "gina@example.com", GINA_PW);
    assert!(gina.starts_with("302 /accounts/confirm-email/"), "unverified: sent to confirm, got {gina}");
    assert_eq!(login_test(&project, 0, "erin@example.com", ERIN_PW).reason, Reason::Ok);
    let refused = login_test(&project, 1, "gina@example.com", GINA_PW);
    assert_eq!((refused.authenticated, refused.reason), (false, Reason::EmailUnverified));
    assert_eq!(login_test(&project, 1, "gina", GINA_PW).reason, Reason::EmailUnverified, "by username too");
    assert_eq!(login_test(&project, 1, "gina@example.com", ERIN_PW).reason, Reason::InvalidCredentials);

    s.expect(0, &["user", "modify", "gina", "--email-verified"], "");
    assert_eq!(allauth_addresses(&project, "gina"), "[('gina@example.com', True, True)]");
    assert_eq!(post_login(&project, "gina@example.com", GINA_PW), "302 /accounts/profile/");
    assert_eq!(login_test(&project, 0, "gina@example.com", GINA_PW).reason, Reason::Ok);
    s.expect(0, &["user", "modify", "gina", "--email-unverified"], "");
    assert!(post_login(&project, "gina", GINA_PW).starts_with("302 /accounts/confirm-email/"));
}

#[test]
fn addresses_added_changed_and_removed_by_authadm_are_what_allauth_shows() {
    let Some(project) = site() else { return };
    let s = &project.s;
    s.expect(0, &["user", "add", "erin", "--email", "Erin@Example.com", "--password-stdin"], ERIN_PW);
    assert_eq!(allauth_addresses(&project, "erin"), "[('erin@example.com', False, True)]", "lowercased, primary");
    assert_eq!(user_email(&project, "erin"), "erin@example.com");

    s.expect(0, &["email", "add", "erin", "erin@work.example"], "");
    s.expect(5, &["email", "add", "erin", "ERIN@work.example"], "");
    s.expect(5, &["email", "remove", "erin", "erin@example.com"], "");
    s.expect(0, &["email", "primary", "erin", "erin@work.example"], "");
    s.expect(0, &["email", "primary", "erin", "erin@example.com"], "");
    s.expect(0, &["email", "verify", "erin", "erin@example.com"], "");
    s.expect(5, &["email", "primary", "erin", "erin@work.example"], "");
    s.expect(0, &["email", "verify", "erin", "erin@work.example"], "");
    s.expect(0, &["email", "primary", "erin", "erin@work.example"], "");
    assert_eq!(
        allauth_addresses(&project, "erin"),
        "[('erin@example.com', True, False), ('erin@work.example', True, True)]"
    );
    assert_eq!(user_email(&project, "erin"), "erin@work.example", "set_as_primary writes user.email");
    s.expect(0, &["email", "remove", "erin", "erin@example.com"], "");
    s.expect(4, &["email", "remove", "erin", "erin@example.com"], "");
    s.expect(4, &["email", "list", "nobody"], "");

    s.expect(0, &["user", "modify", "erin", "--email", "Erin@New.example"], "");
    assert_eq!(allauth_addresses(&project, "erin"), "[('erin@new.example', False, True)]", "the old primary goes");
    assert_eq!(user_email(&project, "erin"), "erin@new.example");
    let listed: EmailList = contract::parse(s, 0, &["email", "list", "erin"], "");
    assert_eq!(listed.user, "erin");
    assert_eq!(listed.emails, [Address { email: "erin@new.example".into(), verified: false, primary: true }]);
    let shown: contract::User = contract::parse(s, 0, &["user", "show", "erin"], "");
    assert_eq!(shown.emails.unwrap(), listed.emails);
    assert!(!shown.email_verified);

    project.python(&["manage.py", "migrate", "--check"]);
    s.expect(0, &["user", "remove", "erin", "--yes"], "");
    assert_eq!(allauth_addresses(&project, "erin"), "[]");
}

#[test]
fn an_address_another_account_has_is_refused_as_allauth_refuses_it() {
    let Some(project) = site() else { return };
    let s = &project.s;
    project.shell(&format!(
        "from django.contrib.auth.models import User\nfrom allauth.account.models import EmailAddress\n\
         u = User.objects.create_user('erin', 'erin@example.com', '{ERIN_PW}')\n\
         EmailAddress.objects.create(user=u, email='erin@example.com', verified=True, primary=True)"
    ));
    s.expect(5, &["user", "add", "gina", "--email", "ERIN@example.com", "--password-stdin"], GINA_PW);
    s.expect(0, &["user", "add", "gina", "--email", "gina@example.com", "--password-stdin"], GINA_PW);
    s.expect(5, &["user", "modify", "gina", "--email", "erin@example.com"], "");
    s.expect(5, &["email", "add", "gina", "erin@example.com"], "");
    assert_eq!(allauth_addresses(&project, "gina"), "[('gina@example.com', False, True)]", "nothing written");

    // An unverified row the site itself made: verifying it is refused, as allauth's
    // can_set_verified refuses it (and its unique_verified_email index would).
    let allowed = project.shell(
        "from django.contrib.auth.models import User\nfrom allauth.account.models import EmailAddress\n\
         a = EmailAddress.objects.create(user=User.objects.get(username='gina'), email='erin@example.com')\n\
         print(a.can_set_verified())",
    );
    assert_eq!(allowed, "False");
    s.expect(5, &["email", "verify", "gina", "erin@example.com"], "");
}

#[test]
fn login_test_by_address_finds_the_user_allauth_finds() {
    let Some(project) = site() else { return };
    // gina's own email field holds erin's address, which only erin has verified: allauth's
    // backend (filter_users_by_email, verified rows preferred) tries erin alone.
    project.shell(&format!(
        "from django.contrib.auth.models import User\nfrom allauth.account.models import EmailAddress\n\
         u = User.objects.create_user('erin', 'erin@example.com', '{ERIN_PW}')\n\
         EmailAddress.objects.create(user=u, email='erin@example.com', verified=True, primary=True)\n\
         User.objects.create_user('gina', 'erin@example.com', '{GINA_PW}')"
    ));
    let found = project.shell(
        "from allauth.account.internal.userkit import filter_users_by_email\n\
         print([u.username for u in filter_users_by_email('ERIN@example.com', prefer_verified=True, for_login=True)])",
    );
    assert_eq!(found, "['erin']");
    let accepted = login_test(&project, 0, "ERIN@example.com", ERIN_PW);
    assert_eq!(accepted.user.unwrap().username, "erin");
    assert_eq!(login_test(&project, 1, "erin@example.com", GINA_PW).reason, Reason::InvalidCredentials);
    assert!(post_login(&project, "erin@example.com", GINA_PW).starts_with("200"), "the site refuses gina too");
}

#[test]
fn a_custom_user_model_with_uuid_keys_has_its_addresses_kept_too() {
    if !has_allauth() {
        return;
    }
    let Some(project) = Project::with_user_model_and(UserModel::UuidKey, &["allauth", "allauth.account"], SITE) else {
        return;
    };
    configure(&project);
    let s = &project.s;
    s.expect(
        0,
        &["user", "add", "erin", "--email", "erin@example.com", "--email-verified", "--password-stdin"],
        ERIN_PW,
    );
    s.expect(0, &["email", "add", "erin", "erin@work.example"], "");
    assert_eq!(
        allauth_addresses(&project, "erin"),
        "[('erin@example.com', True, True), ('erin@work.example', False, False)]"
    );
    // A UUID key is a JSON string: the reason is read without the contract's integer id.
    let reason = |code, login: &str| {
        s.json(code, &["login-test", login, "--password-stdin", "--no-record"], ERIN_PW)["reason"].clone()
    };
    assert_eq!(reason(0, "erin@example.com"), "ok");
    assert_eq!(reason(1, "erin@work.example"), "email_unverified", "a login by an unverified address");
    project.python(&["manage.py", "migrate", "--check"]);
    s.expect(0, &["user", "remove", "erin", "--yes"], "");
    assert_eq!(allauth_addresses(&project, "erin"), "[]");
}

#[test]
fn apply_keeps_the_addresses_as_user_add_and_modify_do() {
    let Some(project) = site() else { return };
    let s = &project.s;
    let file = |email: &str| format!("[[user]]\nusername = \"erin\"\nemail = \"{email}\"\n");
    s.write("users.toml", &file("Erin@Example.com"));
    s.expect(0, &["apply", "users.toml"], "");
    assert_eq!(allauth_addresses(&project, "erin"), "[('erin@example.com', False, True)]");
    s.expect(0, &["apply", "users.toml", "--check"], "");
    s.write("users.toml", &file("erin@new.example"));
    s.expect(0, &["apply", "users.toml"], "");
    assert_eq!(allauth_addresses(&project, "erin"), "[('erin@new.example', False, True)]");
    assert_eq!(user_email(&project, "erin"), "erin@new.example");
}
