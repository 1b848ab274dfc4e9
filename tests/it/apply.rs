//! `apply FILE`: declared users made true in one transaction, idempotently, with drift detection
//! for CI; a bad file changes nothing.

use crate::common::Sandbox;
use crate::django_project::Project;
use serde_json::{Value, json};

const ADMIN_PW: &str = "correct-Horse-battery-9";
const BOB_PW: &str = "another-Staple-horse-7";

fn apply_json(s: &Sandbox, code: i32, args: &[&str], admin_pw: &str) -> Value {
    let mut all = vec!["apply"];
    all.extend(args);
    all.push("--json");
    let output = s.cmd(&all).env("ADMIN_PW", admin_pw).output().unwrap();
    let (out, err) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(code), "apply {args:?}\n--- stdout\n{out}\n--- stderr\n{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn users_file(admin_staff: bool, admin_policy: &str, bob: &str) -> String {
    format!(
        "[[user]]\nusername = \"admin\"\nemail = \"admin@example.com\"\nis_staff = {admin_staff}\nis_superuser = true\n\
         password_env = \"ADMIN_PW\"\npassword = \"{admin_policy}\"\n\n\
         [[user]]\nusername = \"bob\"\nfirst_name = \"Bob\"\npassword_file = \"bob.pw\"\nstate = \"{bob}\"\n\n\
         [[user]]\nusername = \"carol\"\nstate = \"absent\"\n"
    )
}

fn event_count(s: &Sandbox) -> usize {
    s.json(0, &["audit", "events", "--limit", "1000"], "")["events"].as_array().unwrap().len()
}

#[test]
fn apply_converges_and_a_second_run_changes_nothing() {
    let s = Sandbox::new("");
    s.write("bob.pw", &format!("{BOB_PW}\n"));
    s.write("users.toml", &users_file(true, "set-if-missing", "present"));
    let first = apply_json(&s, 0, &["users.toml"], ADMIN_PW);
    assert_eq!(first["created"], json!(["admin", "bob"]), "{first}");
    assert_eq!(first["unchanged"], json!(["carol"]));
    s.expect(0, &["login-test", "admin", "--password-stdin", "--no-record"], ADMIN_PW);
    s.expect(0, &["login-test", "bob", "--password-stdin", "--no-record"], BOB_PW);
    let admin = s.json(0, &["user", "show", "admin"], "");
    assert_eq!((admin["is_staff"].as_bool(), admin["is_superuser"].as_bool()), (Some(true), Some(true)));

    let events = event_count(&s);
    let second = apply_json(&s, 0, &["users.toml"], ADMIN_PW);
    assert_eq!(
        second,
        json!({"created": [], "updated": [], "unchanged": ["admin", "bob", "carol"], "removed": [], "dry_run": false})
    );
    assert_eq!(event_count(&s), events, "an unchanged run writes no audit event");
    apply_json(&s, 0, &["users.toml", "--check"], ADMIN_PW);
    // Another password in the environment: set-if-missing leaves the stored one alone.
    apply_json(&s, 0, &["users.toml", "--check"], "some-Other-password-5");

    s.write("users.toml", &users_file(false, "set-if-missing", "present"));
    let before = s.dump();
    let drift = apply_json(&s, 1, &["users.toml", "--check"], ADMIN_PW);
    assert_eq!(drift["updated"], json!([{"user": "admin", "changes": ["is_staff=false"]}]), "{drift}");
    apply_json(&s, 0, &["users.toml", "--dry-run"], ADMIN_PW);
    assert_eq!(s.dump(), before, "--check and --dry-run write nothing");
    apply_json(&s, 0, &["users.toml"], ADMIN_PW);
    assert_eq!(s.json(0, &["user", "show", "admin"], "")["is_staff"], false);

    // enforce re-sets a password that does not verify, and only then.
    s.write("users.toml", &users_file(false, "enforce", "absent"));
    let new_pw = "brand-New-passphrase-3";
    let third = apply_json(&s, 0, &["users.toml"], new_pw);
    assert_eq!(third["updated"], json!([{"user": "admin", "changes": ["password"]}]), "{third}");
    assert_eq!(third["removed"], json!(["bob"]));
    s.expect(0, &["login-test", "admin", "--password-stdin", "--no-record"], new_pw);
    s.expect(4, &["user", "show", "bob"], "");
    let events = event_count(&s);
    apply_json(&s, 0, &["users.toml", "--check"], new_pw);
    apply_json(&s, 0, &["users.toml"], new_pw);
    assert_eq!(event_count(&s), events);
}

#[test]
fn a_bad_file_or_password_is_exit_2_at_its_place_and_writes_nothing() {
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", ADMIN_PW);
    let before = s.dump();
    s.write("typo.toml", "[[user]]\nusername = \"bob\"\nemial = \"bob@example.com\"\n");
    let (_, err) = s.expect(2, &["apply", "typo.toml"], "");
    assert!(err.contains("typo.toml:3:1") && err.contains("emial"), "{err}");
    s.write("typo.json", "{\"user\": [{\"username\": \"bob\", \"is_staff\": \"yes\"}]}");
    let (_, err) = s.expect(2, &["apply", "typo.json"], "");
    assert!(err.contains("typo.json:1:"), "{err}");
    // The second user's password is refused by the validators: the first is not created either.
    s.write(
        "weak.toml",
        "[[user]]\nusername = \"bob\"\n\n[[user]]\nusername = \"dave\"\npassword_env = \"ADMIN_PW\"\n",
    );
    let output = s.cmd(&["apply", "weak.toml"]).env("ADMIN_PW", "1234").output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stderr).contains("`dave`"));
    s.write("unset.toml", "[[user]]\nusername = \"dave\"\npassword_env = \"AUTHADM_TEST_UNSET_VARIABLE\"\n");
    let (_, err) = s.expect(2, &["apply", "unset.toml"], "");
    assert!(err.contains("AUTHADM_TEST_UNSET_VARIABLE"), "{err}");
    assert_eq!(s.dump(), before, "nothing was written");
}

/// On a Django project: a password from the environment passes Django's `authenticate()`, and
/// the declared groups are Django's.
#[test]
fn applied_users_log_into_django_with_their_groups() {
    let Some(p) = Project::new() else { return };
    p.shell("from django.contrib.auth.models import Group\nGroup.objects.create(name='editors')");
    p.s.write(
        "users.toml",
        "[[user]]\nusername = \"ed\"\nemail = \"ed@example.com\"\ngroups = [\"editors\"]\n\
         permissions = [\"auth.view_user\"]\npassword_env = \"ADMIN_PW\"\n",
    );
    let created = apply_json(&p.s, 0, &["users.toml"], ADMIN_PW);
    assert_eq!(created["created"], json!(["ed"]));
    let answer = p.shell(&format!(
        "from django.contrib.auth import authenticate\nu = authenticate(username='ed', password='{ADMIN_PW}')\n\
         print(u is not None and list(u.groups.values_list('name', flat=True)) == ['editors'] \
         and u.has_perm('auth.view_user'))"
    ));
    assert_eq!(answer, "True");
    p.s.write("users.toml", "[[user]]\nusername = \"ed\"\ngroups = []\npermissions = []\n");
    let emptied = apply_json(&p.s, 0, &["users.toml"], ADMIN_PW);
    let changes = json!([{"user": "ed", "changes": ["group -editors", "permission -auth.view_user"]}]);
    assert_eq!(emptied["updated"], changes, "{emptied}");
    let answer = p.shell("from django.contrib.auth.models import User\nprint(User.objects.get(username='ed').has_perm('auth.view_user'))");
    assert_eq!(answer, "False");
}

/// `--prune` acts only within the file's declared `[prune]` scope: the users there the file does
/// not list are deactivated (or removed); without a scope it is refused.
#[test]
fn prune_deactivates_or_removes_only_within_the_declared_scope() {
    let s = Sandbox::new("");
    for name in ["ci-keep", "ci-stale", "someone"] {
        s.expect(0, &["user", "add", name, "--no-password"], "");
    }
    s.write("plain.toml", "[[user]]\nusername = \"ci-keep\"\n");
    let (_, err) = s.expect(2, &["apply", "plain.toml", "--prune"], "");
    assert!(err.contains("[prune]"), "{err}");
    s.write("scoped.toml", "[[user]]\nusername = \"ci-keep\"\n\n[prune]\nusername_prefix = \"ci-\"\n");
    let pruned = apply_json(&s, 0, &["scoped.toml", "--prune"], ADMIN_PW);
    assert_eq!(pruned["updated"], json!([{"user": "ci-stale", "changes": ["is_active=false (pruned)"]}]), "{pruned}");
    assert_eq!(s.json(0, &["user", "show", "someone"], "")["is_active"], true, "outside the scope");
    apply_json(&s, 0, &["scoped.toml", "--prune", "--check"], ADMIN_PW);
    s.write(
        "remove.toml",
        "[[user]]\nusername = \"ci-keep\"\n\n[prune]\nusername_prefix = \"ci-\"\naction = \"remove\"\n",
    );
    let removed = apply_json(&s, 0, &["remove.toml", "--prune"], ADMIN_PW);
    assert_eq!(removed["removed"], json!(["ci-stale"]), "{removed}");
    s.expect(4, &["user", "show", "ci-stale"], "");
}
