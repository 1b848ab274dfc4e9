//! Django's sessions and removal as Django removes, on a project database Django's own `migrate`
//! made (SQLite, or PostgreSQL with AUTHADM_TEST_STORE=postgres), checked through Django itself:
//! sessions its test client made, its `get_user`, and its models' foreign keys. Those tests skip,
//! saying so, without AUTHADM_TEST_DJANGO_PYTHON; the apps' tables (allauth, django-otp, DRF) and
//! authadm's own database need no Python.

use crate::common::Sandbox;
use crate::django_project::Project;

/// Django checks of the sessions tests.
trait SessionsInDjango {
    fn django(&self, code: &str) -> String;
}

impl SessionsInDjango for Project {
    /// Runs Python in Django's shell (the models imported below); returns the last line printed.
    fn django(&self, code: &str) -> String {
        self.shell(&format!("{PRELUDE}\n{code}"))
    }
}

const PRELUDE: &str = "
from django.contrib.auth.models import User, Group, Permission
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.test import Client
from django.http import HttpRequest
from django.contrib.auth import get_user

def login(name):
    client = Client()
    client.force_login(User.objects.get(username=name))
    return client.session.session_key

def user_of(key):
    request = HttpRequest()
    request.session = SessionStore(key)
    user = get_user(request)
    return user.username if user.is_authenticated else None

def admin_status(key):
    client = Client()
    client.cookies['sessionid'] = key
    return client.get('/admin/').status_code
";

fn sessions_of(s: &Sandbox, args: &[&str]) -> Vec<serde_json::Value> {
    let mut full = vec!["session", "list"];
    full.extend_from_slice(args);
    s.json(0, &full, "")["sessions"].as_array().unwrap().clone()
}

fn count_for(sessions: &[serde_json::Value], user: serde_json::Value) -> usize {
    sessions.iter().filter(|entry| entry["user"] == user).count()
}

#[test]
fn sessions_djangos_client_made_are_listed_revoked_and_pruned() {
    let Some(p) = Project::new() else { return };
    let s = &p.s;
    let keys = p.django(
        "User.objects.create_user('alice', password='Alice-pass-1', is_staff=True, is_superuser=True)
User.objects.create_user('bob', password='Bob-pass-2')
anon = SessionStore(); anon['cart'] = [1, 2]; anon.create()
old = SessionStore(); old['_auth_user_id'] = str(User.objects.get(username='bob').pk); old.create()
Session.objects.filter(pk=old.session_key).update(expire_date='2001-01-01T00:00:00Z')
print(login('alice'), login('alice'), login('bob'), old.session_key)",
    );
    let keys: Vec<&str> = keys.split(' ').collect();
    let [alice1, alice2, bob, expired] = keys[..] else { panic!("{keys:?}") };
    s.execute("INSERT INTO django_session VALUES ('malformed0000000000000000000000000', '!!not-base64:x:y', '2999-01-01 00:00:00')");
    assert_eq!(p.django(&format!("print(user_of('{alice1}'), admin_status('{alice1}'))")), "alice 200");

    let (out, _) = s.expect(0, &["session", "list", "--json"], "");
    for key in [alice1, alice2, bob, expired] {
        assert!(!out.contains(key), "never a whole key: {out}");
    }
    let all = sessions_of(s, &[]);
    assert_eq!(all.len(), 6, "{all:?}");
    assert_eq!(count_for(&all, "alice".into()), 2, "{all:?}");
    assert_eq!(count_for(&all, "bob".into()), 2, "the live one and the expired one: {all:?}");
    assert_eq!(count_for(&all, serde_json::Value::Null), 2, "anonymous and malformed: {all:?}");
    assert!(all.iter().all(|e| e["key_prefix"].as_str().unwrap().len() == 6 && e["expires"].is_string()), "{all:?}");
    let alices = sessions_of(s, &["--user", "alice"]);
    let prefixes: Vec<&str> = alices.iter().map(|e| e["key_prefix"].as_str().unwrap()).collect();
    assert_eq!(alices.len(), 2);
    assert!(prefixes.contains(&&alice1[..6]) && prefixes.contains(&&alice2[..6]), "{prefixes:?}");
    let (table, _) = s.expect(0, &["session", "list", "--user", "alice"], "");
    assert!(table.contains("alice") && table.contains(&alice1[..6]) && !table.contains(alice1), "{table}");

    assert_eq!(s.json(0, &["session", "revoke", "--user", "alice"], "")["revoked"], 2);
    let answer = p.django(&format!(
        "print(user_of('{alice1}'), user_of('{alice2}'), admin_status('{alice1}'), user_of('{bob}'))"
    ));
    assert_eq!(answer, "None None 302 bob", "alice is logged out everywhere, bob is not");
    assert_eq!(s.json(0, &["session", "revoke", "--user", "alice"], "")["revoked"], 0);
    let events = s.json(0, &["audit", "events", "--kind", "sessions_revoked"], "");
    assert_eq!(events["events"][0]["username"], "alice", "{events}");

    assert_eq!(s.json(0, &["session", "prune"], "")["pruned"], 1);
    assert_eq!(p.django(&format!("print(Session.objects.filter(pk='{expired}').exists())")), "False");
    assert_eq!(sessions_of(s, &[]).len(), 3);
    let cleared = p.django("from django.core.management import call_command\ncall_command('clearsessions')\nprint(Session.objects.count())");
    assert_eq!(cleared, "3", "clearsessions finds nothing left to delete");

    // Deactivating ends the sessions (Django only hides them, and reactivation revives them).
    s.expect(0, &["user", "modify", "bob", "--deactivate"], "");
    s.expect(0, &["user", "modify", "bob", "--activate"], "");
    assert_eq!(
        p.django(&format!("print(user_of('{bob}'), Session.objects.filter(pk='{bob}').exists())")),
        "None False"
    );
    assert_eq!(count_for(&sessions_of(s, &[]), "bob".into()), 0);
}

/// Every row of every model that points to user `id` through a foreign key or a many-to-many
/// link, as Django's own model metadata finds them.
const ROWS_POINTING_TO: &str = "
from django.apps import apps
def rows_pointing_to(pk):
    found = {}
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.many_to_one and field.related_model is User:
                n = model.objects.filter(**{field.name: pk}).count()
                if n:
                    found[f'{model._meta.db_table}.{field.column}'] = n
    return found
";

#[test]
fn a_user_with_groups_permissions_admin_log_and_sessions_is_removed_as_django_removes() {
    let Some(p) = Project::new() else { return };
    let s = &p.s;
    let setup = "
from django.contrib.admin.models import LogEntry, ADDITION
from django.contrib.contenttypes.models import ContentType
carol = User.objects.create_user('carol', password='Carol-pass-3', is_staff=True)
dave = User.objects.create_user('dave', password='Dave-pass-4')
editors, _ = Group.objects.get_or_create(name='editors'); readers, _ = Group.objects.get_or_create(name='readers')
carol.groups.add(editors, readers); dave.groups.add(editors)
carol.user_permissions.add(Permission.objects.get(codename='change_group'))
ct = ContentType.objects.get_for_model(Group)
for i in range(2):
    LogEntry.objects.create(user=carol, content_type=ct, object_id=str(editors.pk), object_repr='editors', action_flag=ADDITION)
login('carol'); login('dave')
print(carol.pk)";
    let carol = p.django(setup);
    s.json(0, &["token", "create", "carol"], "");
    let expected = serde_json::json!({
        "auth_user": 1, "auth_user_groups": 2, "auth_user_user_permissions": 1, "django_admin_log": 2,
        "django_session": 1, "authadm_token": 1,
    });

    let before = s.dump();
    let plan = s.json(0, &["user", "remove", "carol", "--dry-run"], "");
    assert_eq!((&plan["deleted"], &plan["dry_run"]), (&expected, &true.into()), "{plan}");
    assert!(s.dump() == before, "a dry run deletes nothing");

    let removed = s.json(0, &["user", "remove", "carol", "--yes"], "");
    assert_eq!((&removed["deleted"], &removed["username"]), (&expected, &"carol".into()), "{removed}");
    let answer = p.django(&format!(
        "{ROWS_POINTING_TO}\nprint(User.objects.filter(pk={carol}).exists(), rows_pointing_to({carol}), \
         sorted(Group.objects.values_list('name', flat=True)), \
         [g.name for g in User.objects.get(username='dave').groups.all()], \
         sum(1 for x in Session.objects.all() if x.get_decoded().get('_auth_user_id') == '{carol}'))"
    ));
    assert_eq!(answer, "False {} ['editors', 'readers'] ['editors'] 0", "nothing points to carol; the groups stay");
    let events = s.json(0, &["audit", "events", "--kind", "user_removed"], "");
    assert!(events["events"][0]["detail"].as_str().unwrap().contains("auth_user_groups: 2"), "{events}");
}

#[test]
fn an_unknown_table_pointing_to_the_user_blocks_removal_and_changes_nothing() {
    let Some(p) = Project::new() else { return };
    let s = &p.s;
    p.django(
        "erin = User.objects.create_user('erin', password='Erin-pass-5')
erin.groups.add(Group.objects.create(name='staffers'))
User.objects.create_user('frank', password='Frank-pass-6')
login('erin'); login('frank')",
    );
    s.execute(
        "CREATE TABLE app_membership (id integer PRIMARY KEY, member_id integer NOT NULL \
         REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED); \
         INSERT INTO app_membership SELECT 1, id FROM auth_user WHERE username = 'erin'",
    );
    // authadm's first open makes its own tables: that happens before the snapshot.
    s.json(0, &["session", "list"], "");
    let before = s.dump();
    for args in [&["user", "remove", "erin", "--yes"][..], &["user", "remove", "erin", "--dry-run"]] {
        let (_, err) = s.expect(5, args, "");
        assert!(err.contains("app_membership.member_id") && err.contains("nothing was removed"), "{err}");
    }
    assert!(s.dump() == before, "nothing deleted, not even a session");
    assert_eq!(p.django("print(User.objects.get(username='erin').groups.count())"), "1");
    // The table blocks only the users it has rows for.
    let removed = s.json(0, &["user", "remove", "frank", "--yes"], "");
    assert_eq!(removed["deleted"], serde_json::json!({"auth_user": 1, "django_session": 1}), "{removed}");
}

/// authadm's own database keeps no sessions: the session commands say so and write nothing;
/// removal and deactivation work without the table.
#[test]
fn a_database_without_django_session_says_so() {
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    for args in [&["session", "list"][..], &["session", "revoke", "--user", "alice"], &["session", "prune"]] {
        let (_, err) = s.expect(6, args, "");
        assert!(err.contains("no django_session table") && err.contains("signed_cookies"), "{err}");
    }
    assert!(!s.dump().contains("django_session"), "authadm never makes Django's tables");
    s.expect(0, &["user", "modify", "alice", "--deactivate"], "");
    let removed = s.json(0, &["user", "remove", "alice", "--yes"], "");
    assert_eq!(removed["deleted"], serde_json::json!({"auth_user": 1}), "{removed}");
}

/// The apps' tables (allauth's addresses and mfa, django-otp's devices, DRF's tokens), with the
/// foreign keys Django's migrations give them (deferred, no ON DELETE), and an axes row: removal
/// takes the user's rows, grandchildren included, leaves other users' and axes' alone.
#[test]
fn removal_takes_the_users_rows_of_the_apps_authadm_knows() {
    let s = Sandbox::new("");
    for name in ["grace", "henry"] {
        s.add_user(name, &format!("{name}@example.com"), "correct-Horse-battery-9");
    }
    let fk = |table: &str| format!("REFERENCES {table} (id) DEFERRABLE INITIALLY DEFERRED");
    s.execute(&format!(
        "CREATE TABLE account_emailaddress (id integer PRIMARY KEY, email varchar(254) NOT NULL, \
           user_id integer NOT NULL {user});
         CREATE TABLE account_emailconfirmation (id integer PRIMARY KEY, key varchar(64) NOT NULL, \
           email_address_id integer NOT NULL {address});
         CREATE TABLE mfa_authenticator (id integer PRIMARY KEY, type varchar(20) NOT NULL, user_id integer NOT NULL {user});
         CREATE TABLE otp_totp_totpdevice (id integer PRIMARY KEY, name varchar(64) NOT NULL, user_id integer NOT NULL {user});
         CREATE TABLE otp_static_staticdevice (id integer PRIMARY KEY, name varchar(64) NOT NULL, user_id integer NOT NULL {user});
         CREATE TABLE otp_static_statictoken (id integer PRIMARY KEY, token varchar(16) NOT NULL, \
           device_id integer NOT NULL {device});
         CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, user_id integer NOT NULL UNIQUE {user});
         CREATE TABLE axes_accessattempt (id integer PRIMARY KEY, username varchar(255) NULL);",
        user = fk("auth_user"),
        address = fk("account_emailaddress"),
        device = fk("otp_static_staticdevice"),
    ));
    let id = |name: &str| s.query_one(&format!("SELECT id FROM auth_user WHERE username = '{name}'"));
    for (n, name) in [(1, "grace"), (2, "henry")] {
        let user = id(name);
        s.execute(&format!(
            "INSERT INTO account_emailaddress VALUES ({n}, '{name}@example.com', {user}), ({n}0, '{name}@example.org', {user});
             INSERT INTO account_emailconfirmation VALUES ({n}, 'k{n}', {n}), ({n}0, 'k{n}0', {n}0);
             INSERT INTO mfa_authenticator VALUES ({n}, 'totp', {user});
             INSERT INTO otp_totp_totpdevice VALUES ({n}, 'phone', {user});
             INSERT INTO otp_static_staticdevice VALUES ({n}, 'backup', {user});
             INSERT INTO otp_static_statictoken VALUES ({n}, 'a{n}', {n}), ({n}0, 'b{n}', {n}), ({n}00, 'c{n}', {n});
             INSERT INTO authtoken_token VALUES ('key{n}', {user});
             INSERT INTO axes_accessattempt VALUES ({n}, '{name}');"
        ));
    }
    let expected = serde_json::json!({
        "account_emailaddress": 2, "account_emailconfirmation": 2, "auth_user": 1, "authtoken_token": 1,
        "mfa_authenticator": 1, "otp_static_staticdevice": 1, "otp_static_statictoken": 3, "otp_totp_totpdevice": 1,
    });
    assert_eq!(s.json(0, &["user", "remove", "grace", "--dry-run"], "")["deleted"], expected);
    assert_eq!(s.json(0, &["user", "remove", "grace", "--yes"], "")["deleted"], expected);
    for table in [
        "account_emailaddress",
        "account_emailconfirmation",
        "mfa_authenticator",
        "otp_totp_totpdevice",
        "otp_static_staticdevice",
        "authtoken_token",
    ] {
        assert_eq!(
            s.query_one(&format!("SELECT count(*) FROM {table}")),
            if table.starts_with("account_") { "2" } else { "1" },
            "{table}: henry's rows stay"
        );
    }
    assert_eq!(s.query_one("SELECT count(*) FROM otp_static_statictoken"), "3");
    assert_eq!(s.query_one("SELECT count(*) FROM axes_accessattempt"), "2", "axes rows survive, as with Django");
    assert_eq!(s.query_one("SELECT count(*) FROM auth_user"), "1");
}
