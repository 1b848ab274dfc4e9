//! `perm grant | revoke | list | check` on a database Django's own migrate made (SQLite, or the
//! suite's PostgreSQL database with AUTHADM_TEST_STORE=postgres), every answer checked against
//! Django itself: `user.has_perm()` and `user.get_all_permissions()`.

use crate::common::Sandbox;
use crate::django_project::Project;
use serde_json::{Value, json};

/// Django checks of the permission tests.
trait PermissionsInDjango {
    fn django(&self, code: &str) -> String;
    fn all_permissions(&self, users: &[&str]) -> Value;
}

impl PermissionsInDjango for Project {
    /// Runs `code` after `django.setup()`, with the auth models imported; returns its stdout.
    fn django(&self, code: &str) -> String {
        let script = format!(
            "import django, json\ndjango.setup()\nfrom django.contrib.auth.models import User, Group, Permission\n\
             def perm(name):\n    app, codename = name.split('.', 1)\n    \
             return Permission.objects.get(content_type__app_label=app, codename=codename)\n{code}"
        );
        self.python(&["-c", &script])
    }

    /// Django's `get_all_permissions()` of each user, sorted.
    fn all_permissions(&self, users: &[&str]) -> Value {
        let code = format!(
            "print(json.dumps({{u: sorted(User.objects.get(username=u).get_all_permissions()) for u in {}}}))",
            json!(users)
        );
        serde_json::from_str(&self.django(&code)).unwrap()
    }
}

/// The matrix's users, made by Django: `(username, is_superuser, is_active, how they hold
/// auth.change_user)`.
const USERS: [(&str, bool, bool, &str); 6] = [
    ("su_active", true, true, "nothing"),
    ("su_inactive", true, false, "nothing"),
    ("inactive_direct", false, false, "direct"),
    ("direct", false, true, "direct"),
    ("via_group", false, true, "group"),
    ("plain", false, true, "nothing"),
];

/// An existing permission some hold, an existing one nobody holds, and names no row has.
const PERMS: [&str; 4] = ["auth.change_user", "auth.delete_group", "nosuch.perm", "auth.change_users"];

fn make_matrix_users(p: &Project) {
    let code = format!(
        "g = Group.objects.create(name='editors')\ng.permissions.add(perm('auth.change_user'))\n\
         for name, su, active, how in {}:\n    \
         u = User.objects.create_user(name, is_superuser=su, is_active=active)\n    \
         if how == 'direct': u.user_permissions.add(perm('auth.change_user'))\n    \
         if how == 'group': u.groups.add(g)\n",
        json!(USERS.iter().map(|(n, su, a, how)| json!([n, su, a, how])).collect::<Vec<_>>())
            .to_string()
            .replace("true", "True")
            .replace("false", "False")
    );
    p.django(&code);
}

#[test]
fn perm_check_agrees_with_djangos_has_perm_on_every_cell() {
    let Some(p) = Project::new() else { return };
    make_matrix_users(&p);
    let code = format!(
        "print(json.dumps({{u: {{q: User.objects.get(username=u).has_perm(q) for q in {perms}}} for u in {users}}}))",
        perms = json!(PERMS),
        users = json!(USERS.map(|u| u.0)),
    );
    let django: Value = serde_json::from_str(&p.django(&code)).unwrap();
    let exists = |perm: &str| matches!(perm, "auth.change_user" | "auth.delete_group");
    for (user, ..) in USERS {
        for perm in PERMS {
            let yes = django[user][perm].as_bool().unwrap();
            let expected = if yes {
                0
            } else if exists(perm) {
                1
            } else {
                4
            };
            let (code, out, err) = p.s.run(&["perm", "check", user, perm, "--explain"], "");
            assert_eq!(code, expected, "{user} {perm}: Django says {yes}\n{out}{err}");
        }
    }
    // The active superuser's yes for a name no permission has is Django's too.
    assert_eq!(django["su_active"]["nosuch.perm"], true);
    assert_eq!(django["plain"]["nosuch.perm"], false);
}

#[test]
fn perm_check_explains_where_the_answer_comes_from() {
    let Some(p) = Project::new() else { return };
    make_matrix_users(&p);
    let check = |user: &str, perm: &str, code: i32| p.s.json(code, &["perm", "check", user, perm], "");
    let answer = check("via_group", "auth.change_user", 0);
    assert_eq!(answer["via"], json!(["group:editors"]), "{answer}");
    assert_eq!((answer["user"].as_str(), answer["granted"].as_bool()), (Some("via_group"), Some(true)));
    assert_eq!(check("direct", "auth.change_user", 0)["via"], json!(["direct"]));
    let inactive = check("inactive_direct", "auth.change_user", 1);
    assert_eq!((inactive["granted"].as_bool(), inactive["is_active"].as_bool()), (Some(false), Some(false)));
    assert_eq!(inactive["via"], json!(["direct"]), "held, but Django ignores it: {inactive}");
    let superuser = check("su_active", "nosuch.perm", 0);
    assert_eq!((superuser["exists"].as_bool(), superuser["via"].clone()), (Some(false), json!(["superuser"])));
    assert_eq!(check("plain", "auth.change_user", 1)["via"], json!([]));

    let explain =
        |user: &str, code: i32| p.s.expect(code, &["perm", "check", user, "auth.change_user", "--explain"], "").0;
    assert!(explain("via_group", 0).contains("via: group:editors"));
    assert!(explain("su_active", 0).contains("superuser"));
    assert!(explain("inactive_direct", 1).contains("inactive"));
    assert!(explain("su_inactive", 1).contains("inactive"));
    assert!(explain("plain", 1).contains("refused: none"));
    let (_, err) = p.s.expect(4, &["perm", "check", "nobody", "auth.change_user"], "");
    assert!(err.contains("no user named `nobody`"), "{err}");
    let (_, err) = p.s.expect(4, &["perm", "check", "plain", "nosuch.perm"], "");
    assert!(err.contains("no permission named `nosuch.perm`"), "{err}");
    p.s.expect(2, &["perm", "check", "plain", "change_user"], "");
}

#[test]
fn effective_permissions_are_djangos_get_all_permissions() {
    let Some(p) = Project::new() else { return };
    make_matrix_users(&p);
    // Some through authadm as well: a second group permission and a direct one.
    p.s.expect(0, &["perm", "grant", "--group", "editors", "auth.view_group"], "");
    p.s.expect(0, &["perm", "grant", "--user", "plain", "auth.add_user"], "");
    let users = USERS.map(|u| u.0);
    let django = p.all_permissions(&users);
    for user in users {
        let ours = p.s.json(0, &["perm", "list", "--user", user, "--effective"], "");
        assert_eq!(ours["permissions"], django[user], "{user}");
        assert_eq!((ours["user"].as_str(), ours["effective"].as_bool()), (Some(user), Some(true)));
    }
    assert!(django["su_active"].as_array().unwrap().len() > 20, "every permission: {django}");
    assert_eq!(django["su_inactive"], json!([]));
    assert_eq!(django["via_group"], json!(["auth.change_user", "auth.view_group"]));
    // Without --effective: only what the user or group holds itself.
    let own = p.s.json(0, &["perm", "list", "--user", "via_group"], "");
    assert_eq!(own["permissions"], json!([]));
    let group = p.s.json(0, &["perm", "list", "--group", "editors"], "");
    assert_eq!((group["group"].as_str(), group["permissions"].clone()), (Some("editors"), django["via_group"].clone()));
    p.s.expect(2, &["perm", "list", "--group", "editors", "--effective"], "");
    p.s.expect(2, &["perm", "list"], "");
    p.s.expect(2, &["perm", "list", "--user", "plain", "--group", "editors"], "");
}

#[test]
fn grants_and_revokes_are_the_rows_djangos_orm_writes() {
    let Some(p) = Project::new() else { return };
    p.django("User.objects.create_user('alice'); Group.objects.create(name='editors')");
    let grant = p.s.json(0, &["perm", "grant", "--user", "alice", "auth.change_user"], "");
    assert_eq!(grant, json!({"user": "alice", "group": null, "permission": "auth.change_user", "changed": true}));
    let again = p.s.json(0, &["perm", "grant", "--user", "alice", "auth.change_user"], "");
    assert_eq!(again["changed"], false, "granting twice changes nothing");
    let (out, _) = p.s.expect(0, &["perm", "grant", "--user", "alice", "auth.change_user"], "");
    assert!(out.contains("Unchanged"), "{out}");
    p.s.expect(0, &["perm", "grant", "--group", "editors", "auth.delete_user"], "");
    assert_eq!(p.s.query_one("SELECT count(*) FROM auth_user_user_permissions"), "1");

    // Django reads the rows, adds its own next to them (fresh ids: the sequence is intact) and
    // sees authadm's revocation.
    let seen = p.django(
        "u = User.objects.get(username='alice'); g = Group.objects.get(name='editors')\n\
         print(sorted(u.get_all_permissions()), sorted(p.codename for p in g.permissions.all()))\n\
         u.user_permissions.add(perm('auth.add_user')); g.permissions.add(perm('auth.view_user'))\n\
         u.groups.add(g)",
    );
    assert_eq!(seen.trim(), "['auth.change_user'] ['delete_user']");
    let own = p.s.json(0, &["perm", "list", "--user", "alice"], "");
    assert_eq!(own["permissions"], json!(["auth.add_user", "auth.change_user"]));
    p.s.expect(0, &["perm", "revoke", "--user", "alice", "auth.change_user"], "");
    let revoke = p.s.json(0, &["perm", "revoke", "--user", "alice", "auth.change_user"], "");
    assert_eq!(revoke["changed"], false, "revoking twice changes nothing");
    p.s.expect(0, &["perm", "revoke", "--group", "editors", "auth.delete_user"], "");
    let django = p.all_permissions(&["alice"]);
    assert_eq!(django["alice"], json!(["auth.add_user", "auth.view_user"]));
    assert_eq!(p.s.json(0, &["perm", "list", "--user", "alice", "--effective"], "")["permissions"], django["alice"]);

    // A user keeps what a group gives when their own grant goes.
    p.s.expect(0, &["perm", "grant", "--user", "alice", "auth.view_user"], "");
    p.s.expect(0, &["perm", "revoke", "--user", "alice", "auth.view_user"], "");
    p.s.expect(0, &["perm", "check", "alice", "auth.view_user"], "");

    let events = p.s.json(0, &["audit", "events"], "")["events"].as_array().unwrap().clone();
    let kinds: Vec<(&str, &str)> = events
        .iter()
        .filter(|e| e["kind"].as_str().unwrap().starts_with("permission_"))
        .map(|e| (e["kind"].as_str().unwrap(), e["detail"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds.len(), 6, "one event per change, none for the unchanged: {kinds:?}");
    assert!(kinds.contains(&("permission_revoked", "group `editors`: auth.delete_user")), "{kinds:?}");
}

#[test]
fn unknown_names_are_not_found_and_nothing_is_made() {
    let Some(p) = Project::new() else { return };
    p.django("User.objects.create_user('alice')");
    let before = p.s.query_one("SELECT count(*) FROM auth_permission");
    for (args, message) in [
        (vec!["perm", "grant", "--user", "alice", "blog.publish"], "no permission named `blog.publish`"),
        (vec!["perm", "grant", "--user", "bob", "auth.change_user"], "no user named `bob`"),
        (vec!["perm", "grant", "--group", "staff", "auth.change_user"], "no group named `staff`"),
        (vec!["perm", "revoke", "--group", "staff", "auth.change_user"], "no group named `staff`"),
        (vec!["perm", "list", "--group", "staff"], "no group named `staff`"),
    ] {
        let (_, err) = p.s.expect(4, &args, "");
        assert!(err.contains(message), "{args:?}: {err}");
    }
    p.s.expect(2, &["perm", "grant", "--user", "alice", "nodot"], "");
    p.s.expect(2, &["perm", "grant", "alice", "auth.change_user"], "");
    assert_eq!(p.s.query_one("SELECT count(*) FROM auth_permission"), before);
    assert_eq!(p.s.query_one("SELECT count(*) FROM auth_user_user_permissions"), "0");
}

/// authadm's own database has no permission tables: exit 6 naming one, and none is created.
#[test]
fn a_database_without_djangos_tables_is_refused_by_name() {
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    for args in [
        vec!["perm", "check", "alice", "auth.change_user"],
        vec!["perm", "grant", "--user", "alice", "auth.change_user"],
        vec!["perm", "list", "--user", "alice", "--effective"],
    ] {
        let (_, err) = s.expect(6, &args, "");
        assert!(err.contains("no `django_content_type` table") && err.contains("Django project's database"), "{err}");
    }
    let tables = if s.is_postgres() {
        "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'django%' OR tablename LIKE 'auth\\_%' AND tablename <> 'auth_user'"
    } else {
        "SELECT count(*) FROM sqlite_master WHERE name LIKE 'django%' OR name LIKE 'auth\\_%' ESCAPE '\\' AND name <> 'auth_user'"
    };
    assert_eq!(s.query_one(tables), "0");
}
