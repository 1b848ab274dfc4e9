//! django-axes as the lockout store: a real Django site with axes' database handler, locked out
//! through Django's test client, seen and freed by authadm on the same database (either engine,
//! as AUTHADM_TEST_STORE says).

use crate::common::{self, FAST_CONFIG};
use crate::contract::{self, LockoutStatus};
use crate::django_project::{self, Project};

const BOB_PW: &str = "correct-Horse-battery-9";
const WRONG_PW: &str = "Wrong-guess-Secret-42";

/// The site: axes' backend first and its middleware, 3 failures per username and address, a
/// lock lifting an hour after the last failure, every failure logged.
const SITE: &str = r#"
from datetime import timedelta
MIDDLEWARE = MIDDLEWARE + ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 3
AXES_COOLOFF_TIME = timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_ENABLE_ACCESS_FAILURE_LOG = True
"#;

/// The same policy in authadm's words (README: the `AXES_*` mapping).
const SETTINGS: &str = "[lockout]\ncooloff = \"1h\"\nlockout_parameters = [[\"username\", \"ip_address\"]]\n";

/// A Django + axes project on the sandbox's store, with the staff user bob; `None` (after a note)
/// when the python has no Django or no axes.
fn site() -> Option<Project> {
    site_with(SITE, SETTINGS)
}

/// [`site`] with other axes settings (Python, after the project's) and authadm settings.
fn site_with(axes: &str, settings: &str) -> Option<Project> {
    std::env::var_os("AUTHADM_TEST_DJANGO_PYTHON")?;
    if !django_project::python_can_import("axes") {
        common::note(
            "SKIPPED: AUTHADM_TEST_DJANGO_PYTHON cannot `import axes` (pip install django-axes; .ci/run does)",
        );
        return None;
    }
    let project = Project::with(&["axes"], axes)?;
    project.s.write("authadm.toml", &format!("{FAST_CONFIG}\n{settings}"));
    project.shell(&format!(
        "from django.contrib.auth.models import User; User.objects.create_superuser('bob', 'bob@example.com', '{BOB_PW}')"
    ));
    Some(project)
}

/// Posts bob's login form to `/admin/login/` from `ip` through Django's test client, `times`
/// times with `password`; returns the last status code (302 logged in, 200 refused, 429 locked).
fn post(project: &Project, ip: &str, password: &str, times: u32) -> String {
    post_as(project, ip, "", password, times)
}

/// [`post`] with these keyword arguments for the test client (e.g. `HTTP_USER_AGENT='curl'`).
fn post_as(project: &Project, ip: &str, client: &str, password: &str, times: u32) -> String {
    project.shell(&format!(
        "from django.test import Client\nc = Client(REMOTE_ADDR='{ip}', {client})\nfor _ in range({times}):\n    \
         r = c.post('/admin/login/?next=/admin/', {{'username': 'bob', 'password': '{password}'}})\nprint(r.status_code)"
    ))
}

/// axes' own `attempt_time` of bob's row from `ip`, RFC 3339.
fn attempt_time(project: &Project, ip: &str) -> jiff::Timestamp {
    let time = project.shell(&format!(
        "from axes.models import AccessAttempt\nprint(AccessAttempt.objects.get(username='bob', ip_address='{ip}')\
         .attempt_time.isoformat())"
    ));
    time.parse().unwrap_or_else(|e| panic!("{time}: {e}"))
}

#[test]
fn the_sites_lockouts_are_seen_and_freed_by_lockout_status_and_reset() {
    let Some(project) = site() else { return };
    let s = &project.s;
    assert_eq!(post(&project, "203.0.113.7", WRONG_PW, 3), "429", "axes locks at the third failure");
    assert_eq!(post(&project, "203.0.113.7", BOB_PW, 1), "429", "locked even with the right password");
    assert_eq!(post(&project, "198.51.100.2", WRONG_PW, 1), "200", "another address is another key");

    let (checked, _) = s.expect(0, &["config", "check"], "");
    assert!(checked.contains("# lockout store in force: axes (axes_accessattempt, "), "{checked}");
    let status: LockoutStatus = contract::parse(s, 0, &["lockout", "status"], "");
    let [key] = status.locked.as_slice() else { panic!("{status:?}") };
    // The refused login counted too (axes' AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT, default True).
    assert_eq!((key.username.as_deref(), key.ip.as_deref(), key.failures), (Some("bob"), Some("203.0.113.7"), 4));
    let lifts = attempt_time(&project, "203.0.113.7") + jiff::SignedDuration::from_hours(1);
    let shown = key.locked_until.as_deref().map(|t| t.parse::<jiff::Timestamp>().unwrap().as_second());
    assert_eq!(shown, Some(lifts.as_second()), "an hour after the last failure, to the second shown");
    assert_eq!((key.attempts_left, key.source.as_str()), (Some(0), "axes"));
    let all: LockoutStatus = contract::parse(s, 0, &["lockout", "status", "--all"], "");
    let other = all.locked.iter().find(|k| k.ip.as_deref() == Some("198.51.100.2")).expect("the unlocked key");
    assert_eq!((other.failures, other.attempts_left, other.locked_until.as_deref()), (1, Some(2), None));

    // The site's failures, from axes' failure log, beside authadm's own (none here).
    let failed = s.json(0, &["audit", "failed-logins"], "");
    let attempts = failed["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 5, "{failed}");
    assert!(attempts.iter().all(|a| a["source"] == "axes" && a["username"] == "bob"), "{failed}");
    let refused = attempts.iter().filter(|a| a["reason"] == "locked_out").count();
    assert_eq!(refused, 2, "the third failure and the right password while locked: {failed}");
    let by_ip = s.json(0, &["audit", "failed-logins", "--group-by", "ip"], "");
    assert_eq!(by_ip["groups"][0]["key"], "203.0.113.7", "{by_ip}");
    assert_eq!((&by_ip["groups"][0]["failures"], &by_ip["groups"][1]["failures"]), (&4.into(), &1.into()));
    let bobs = s.json(0, &["audit", "failed-logins", "--user", "bob", "--ip", "198.51.100.2"], "");
    assert_eq!(bobs["attempts"].as_array().unwrap().len(), 1, "{bobs}");

    // axes_reset_username: every row of the username, whatever the address.
    let (out, _) = s.expect(0, &["lockout", "reset", "--user", "bob"], "");
    assert!(out.starts_with("Removed 2 axes attempt row(s) for user bob."), "{out}");
    assert_eq!(post(&project, "203.0.113.7", BOB_PW, 1), "302", "the site lets bob in again");

    // axes_reset_ip: only that address's rows.
    assert_eq!(post(&project, "203.0.113.7", WRONG_PW, 3), "429");
    post(&project, "198.51.100.2", WRONG_PW, 1);
    let reset = s.json(0, &["lockout", "reset", "--ip", "203.0.113.7"], "");
    assert_eq!(reset["attempts_removed"], 1, "{reset}");
    assert_eq!(post(&project, "203.0.113.7", BOB_PW, 1), "302");
    let (out, _) = s.expect(0, &["lockout", "status", "--all"], "");
    assert!(out.contains("198.51.100.2") && !out.contains("203.0.113.7"), "{out}");

    // axes_reset: everything.
    let (out, _) = s.expect(0, &["lockout", "reset", "--all", "--yes"], "");
    assert!(out.starts_with("Removed 1 axes attempt row(s) for all keys."), "{out}");
    let (out, err) = s.expect(0, &["lockout", "status", "--all"], "");
    assert!(out.is_empty() && err.contains("No key has failures."), "{out}{err}");

    // axes_reset_logs and axes_reset_failure_logs --age: what is older goes.
    s.advance(2.0 * 86400.0);
    let pruned = s.json(0, &["audit", "prune", "--older-than", "1d", "--yes"], "");
    assert_eq!((&pruned["axes_failure_logs"], &pruned["axes_access_logs"]), (&9.into(), &2.into()), "{pruned}");
    let left = project.shell("from axes.models import AccessFailureLog, AccessLog\nprint(AccessFailureLog.objects.count() + AccessLog.objects.count())");
    assert_eq!(left, "0");

    project.python(&["manage.py", "migrate", "--check"]);
}

#[test]
fn asking_for_axes_without_its_tables_names_the_cache_handler() {
    let s = common::Sandbox::new("");
    s.write("authadm.toml", &format!("{FAST_CONFIG}\n[lockout]\nstore = \"axes\"\n"));
    s.add_user("alice", "alice@example.com", BOB_PW);
    let (_, err) = s.expect(6, &["lockout", "status"], "");
    assert!(err.contains("axes' cache handler") && err.contains("keeps no tables"), "{err}");
    let doctor = s.json(1, &["doctor"], "");
    let check = doctor["checks"].as_array().unwrap().iter().find(|c| c["check"] == "lockout_store").unwrap();
    assert_eq!(check["status"], "fail", "{check}");
}

/// `login-test` bob from `ip` with `password`, as `curl` (a user agent the site's test client
/// does not send), asserting the exit code; returns the `--json` result.
fn login_test(project: &Project, code: i32, ip: &str, password: &str) -> serde_json::Value {
    let args = ["login-test", "bob", "--password-stdin", "--ip", ip, "--user-agent", "curl/8.5"];
    project.s.json(code, &args, password)
}

#[test]
fn login_test_and_the_site_count_lock_and_reset_one_state() {
    let Some(project) = site() else { return };
    let s = &project.s;
    s.write("authadm.toml", &format!("authentication_backends = [\"lockout\", \"model\"]\n{FAST_CONFIG}\n{SETTINGS}"));
    // A success from the shell counts nothing: its reservation is given back.
    login_test(&project, 0, "203.0.113.7", BOB_PW);
    let (_, err) = s.expect(0, &["lockout", "status", "--all"], "");
    assert!(err.contains("No key has failures."), "{err}");

    // Two failures from the shell and one from the site reach the site's limit of 3.
    for _ in 0..2 {
        assert_eq!(login_test(&project, 1, "203.0.113.7", WRONG_PW)["reason"], "invalid_credentials");
    }
    assert_eq!(post(&project, "203.0.113.7", WRONG_PW, 1), "429", "the shell's failures count on the site");
    // The site's lockout refuses the shell, even with the right password.
    let refused = login_test(&project, 3, "203.0.113.7", BOB_PW);
    assert_eq!(refused["reason"], "locked_out", "{refused}");
    assert!(refused["locked_until"].is_string(), "{refused}");

    // axes' own reset frees the shell too.
    project.python(&["manage.py", "axes_reset_username", "bob"]);
    login_test(&project, 0, "203.0.113.7", BOB_PW);

    // Three failures from the shell lock the site out, until `lockout reset`.
    for _ in 0..3 {
        login_test(&project, 1, "203.0.113.7", WRONG_PW);
    }
    assert_eq!(post(&project, "203.0.113.7", BOB_PW, 1), "429", "the shell's lockout locks the site");
    s.expect(0, &["lockout", "reset", "--user", "bob"], "");
    assert_eq!(post(&project, "203.0.113.7", BOB_PW, 1), "302");
    project.python(&["manage.py", "migrate", "--check"]);
}

#[test]
fn sixteen_concurrent_wrong_logins_lock_after_exactly_the_limit() {
    let Some(project) = site() else { return };
    let s = &project.s;
    s.write("authadm.toml", &format!("authentication_backends = [\"lockout\", \"model\"]\n{FAST_CONFIG}\n{SETTINGS}"));
    let args = ["login-test", "bob", "--password-stdin", "--ip", "203.0.113.7"];
    let codes: Vec<i32> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..16).map(|_| scope.spawn(|| s.run(&args, WRONG_PW))).collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap())
            .map(|(code, _, err)| (code, err))
            .map(|(code, err)| {
                assert!(code == 1 || code == 3, "exit {code}: {err}");
                code
            })
            .collect()
    });
    assert_eq!(codes.iter().filter(|c| **c == 1).count(), 3, "exactly AXES_FAILURE_LIMIT checked: {codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 3).count(), 13, "{codes:?}");
    assert_eq!(post(&project, "203.0.113.7", BOB_PW, 1), "429");
}

#[test]
fn user_agent_keys_are_shared_with_the_site() {
    let by_agent = "AXES_LOCKOUT_PARAMETERS = [[\"username\", \"user_agent\"]]\n";
    let settings = "[lockout]\ncooloff = \"1h\"\nlockout_parameters = [[\"username\", \"user_agent\"]]\n";
    let Some(project) = site_with(&format!("{SITE}{by_agent}"), settings) else { return };
    let chain = "authentication_backends = [\"lockout\", \"model\"]";
    project.s.write("authadm.toml", &format!("{chain}\n{FAST_CONFIG}\n{settings}"));
    for _ in 0..2 {
        login_test(&project, 1, "203.0.113.7", WRONG_PW);
    }
    let curl = "HTTP_USER_AGENT='curl/8.5'";
    assert_eq!(post_as(&project, "198.51.100.2", curl, WRONG_PW, 1), "429", "same username and agent, any address");
    assert_eq!(post(&project, "198.51.100.2", BOB_PW, 1), "302", "another agent is another key");
    let status: LockoutStatus = contract::parse(&project.s, 0, &["lockout", "status"], "");
    let [key] = status.locked.as_slice() else { panic!("{status:?}") };
    assert_eq!((key.username.as_deref(), key.ip.as_deref(), key.failures), (Some("bob"), None, 3));
    let json = project.s.json(0, &["lockout", "status"], "");
    assert_eq!(json["locked"][0]["user_agent"], "curl/8.5", "{json}");
}

#[test]
fn with_attempt_expiration_a_shell_failure_keeps_axes_expiration_row() {
    let settings = "[lockout]\ncooloff = \"1h\"\nlockout_parameters = [[\"username\", \"ip_address\"]]\n\
                    use_attempt_expiration = true\n";
    let Some(project) = site_with(&format!("{SITE}AXES_USE_ATTEMPT_EXPIRATION = True\n"), settings) else { return };
    let chain = "authentication_backends = [\"lockout\", \"model\"]";
    project.s.write("authadm.toml", &format!("{chain}\n{FAST_CONFIG}\n{settings}"));
    login_test(&project, 1, "203.0.113.7", WRONG_PW);
    let hour = project.shell(
        "from axes.models import AccessAttempt\na = AccessAttempt.objects.get(username='bob')\n\
         print((a.expiration.expires_at - a.attempt_time).total_seconds())",
    );
    assert_eq!(hour, "3600.0");
    // A success gives its failure back: the row (and its expiration) keep the first failure.
    login_test(&project, 0, "203.0.113.7", BOB_PW);
    let left = project.shell(
        "from axes.models import AccessAttempt, AccessAttemptExpiration\n\
         print(AccessAttempt.objects.get(username='bob').failures_since_start, AccessAttemptExpiration.objects.count())",
    );
    assert_eq!(left, "1 1");
}
