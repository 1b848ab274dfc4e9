//! Django's groups, on a database Django's own `migrate` made (SQLite, or PostgreSQL with
//! AUTHADM_TEST_STORE=postgres), checked through Django itself: what authadm writes is what
//! `user.groups` reports, and what Django writes is what authadm shows.

use crate::common::Sandbox;
use crate::django_project::Project;
use serde_json::json;

/// Django checks of the groups tests.
trait GroupsInDjango {
    fn django(&self, code: &str) -> String;
    fn groups_in_django(&self, username: &str) -> String;
}

impl GroupsInDjango for Project {
    /// Runs `code` in Django's shell (with `User`, `Group` and `Permission` imported); returns
    /// what it printed last.
    fn django(&self, code: &str) -> String {
        self.shell(&format!("from django.contrib.auth.models import User, Group, Permission\n{code}"))
    }

    /// Django's answer to `user.groups`, as a Python list of names.
    fn groups_in_django(&self, username: &str) -> String {
        self.django(&format!(
            "print(sorted(User.objects.get(username='{username}').groups.values_list('name', flat=True)))"
        ))
    }
}

#[test]
fn memberships_set_by_authadm_are_djangos_and_the_other_way_round() {
    let Some(p) = Project::new() else { return };
    let s = &p.s;
    s.expect(0, &["user", "add", "alice", "--no-password"], "");
    s.expect(0, &["user", "add", "bob", "--no-password"], "");
    s.expect(0, &["group", "add", "editors"], "");
    p.django("Group.objects.create(name='reviewers')");

    let shown = s.json(0, &["user", "modify", "alice", "--add-group", "editors", "--add-group", "reviewers"], "");
    assert_eq!(shown["groups"], json!(["editors", "reviewers"]), "{shown}");
    assert_eq!(p.groups_in_django("alice"), "['editors', 'reviewers']");
    // Django's permissions follow: a permission of the group is the member's.
    p.django("Group.objects.get(name='editors').permissions.add(Permission.objects.get(codename='change_user'))");
    let perm =
        "u = User.objects.get(username='alice'); print(u.has_perm('auth.change_user'), u.has_perm('auth.add_user'))";
    assert_eq!(p.django(perm), "True False");

    // Adding again changes nothing (one row, as Django's `add`); removing takes one row away.
    s.expect(0, &["user", "modify", "alice", "--add-group", "editors", "--remove-group", "reviewers"], "");
    assert_eq!(p.groups_in_django("alice"), "['editors']");
    let rows = "print(User.groups.through.objects.filter(user__username='alice').count())";
    assert_eq!(p.django(rows), "1");

    // Set through Django, shown by authadm.
    p.django("User.objects.get(username='bob').groups.add(Group.objects.get(name='editors'), Group.objects.get(name='reviewers'))");
    assert_eq!(s.json(0, &["user", "show", "bob"], "")["groups"], json!(["editors", "reviewers"]));
    let (text, _) = s.expect(0, &["user", "show", "bob"], "");
    assert!(text.lines().any(|l| l.contains("groups") && l.contains("editors, reviewers")), "{text}");
    assert_eq!(
        s.json(0, &["group", "show", "editors"], ""),
        json!({"name": "editors", "members": ["alice", "bob"], "permissions": ["auth.change_user"]})
    );
    assert_eq!(
        s.json(0, &["group", "list"], ""),
        json!({"groups": [{"name": "editors", "members": 2}, {"name": "reviewers", "members": 1}]})
    );
    let members = s.json(0, &["user", "list", "--group", "reviewers"], "");
    let names: Vec<&str> = members.as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(names, ["bob"]);

    // Django's next group gets a fresh id after authadm's insert (PostgreSQL's identity too).
    p.django("Group.objects.create(name='later')");
    assert_eq!(s.json(0, &["group", "list"], "")["groups"].as_array().unwrap().len(), 3);
    let kinds: Vec<String> = s.json(0, &["audit", "events", "--kind", "user_groups_changed"], "")["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["detail"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["removed from `reviewers`", "added to `editors`, added to `reviewers`"]);
}

#[test]
fn group_remove_takes_its_links_as_djangos_delete_does() {
    let Some(p) = Project::new() else { return };
    let s = &p.s;
    s.expect(0, &["user", "add", "alice", "--no-password"], "");
    s.expect(0, &["user", "modify", "alice", "--add-group", "interns", "--add-group", "staff", "--create-groups"], "");
    p.django(
        "for name in ['interns', 'staff']: \
         Group.objects.get(name=name).permissions.add(*Permission.objects.filter(codename__in=['view_user', 'add_group']))",
    );
    let id = p.django("print(Group.objects.get(name='interns').id)");

    let (_, err) = s.expect(2, &["group", "remove", "interns", "--no-input"], "");
    assert!(err.contains("--yes"), "{err}");
    let removed = s.json(0, &["group", "remove", "interns", "--yes"], "");
    assert_eq!(removed, json!({"name": "interns", "memberships": 1, "permissions": 2}));
    let left = format!(
        "print(Group.objects.filter(id={id}).exists(), User.groups.through.objects.filter(group_id={id}).count(), \
         Group.permissions.through.objects.filter(group_id={id}).count(), \
         Group.permissions.through.objects.filter(group__name='staff').count())"
    );
    assert_eq!(p.django(&left), "False 0 0 2", "no link row left; the other group's untouched");
    assert_eq!(p.groups_in_django("alice"), "['staff']");
    s.expect(4, &["group", "show", "interns"], "");
    let events = s.json(0, &["audit", "events", "--kind", "group_removed"], "")["events"].clone();
    assert_eq!(events[0]["detail"], "group `interns`: 1 membership(s), 2 permission link(s) removed", "{events}");
}

#[test]
fn an_unknown_group_is_exit_4_naming_it_and_changes_nothing() {
    let Some(p) = Project::new() else { return };
    let s = &p.s;
    s.expect(0, &["user", "add", "alice", "--email", "alice@example.com", "--no-password"], "");
    s.expect(0, &["group", "add", "editors"], "");
    let args =
        ["user", "modify", "alice", "--email", "new@example.com", "--add-group", "editors", "--add-group", "ghosts"];
    let (_, err) = s.expect(4, &args, "");
    assert!(err.contains("no group named `ghosts`") && err.contains("--create-groups"), "{err}");
    let shown = s.json(0, &["user", "show", "alice"], "");
    assert_eq!((&shown["email"], &shown["groups"]), (&json!("alice@example.com"), &json!([])), "all or nothing");
    let (_, err) = s.expect(4, &["user", "modify", "alice", "--remove-group", "ghosts"], "");
    assert!(err.contains("`ghosts`"), "{err}");
    for args in [["user", "list", "--group", "ghosts"], ["group", "show", "ghosts", "--json"]] {
        let (_, err) = s.expect(4, &args, "");
        assert!(err.contains("no group named `ghosts`"), "{err}");
    }
    s.expect(4, &["group", "remove", "ghosts", "--yes"], "");
    assert_eq!(p.django("print(Group.objects.count())"), "1");

    let (_, err) = s.expect(5, &["group", "add", "editors"], "");
    assert!(err.contains("already exists"), "{err}");
    s.expect(2, &["group", "add", ""], "");
    s.expect(2, &["group", "add", &"g".repeat(151)], "");
    s.expect(0, &["group", "add", &"g".repeat(150)], "");

    let (_, err) = s.expect(2, &["user", "modify", "alice", "--add-group", "editors", "--remove-group", "editors"], "");
    assert!(err.contains("both in --add-group and in --remove-group"), "{err}");
    s.expect(0, &args.iter().copied().chain(["--create-groups"]).collect::<Vec<_>>(), "");
    assert_eq!(p.groups_in_django("alice"), "['editors', 'ghosts']");
    assert_eq!(p.django("print(User.objects.get(username='alice').email)"), "new@example.com");
}

/// A table of another application that points at the group stops `group remove` (exit 5) and
/// nothing is deleted: the ORM would cascade or protect by rules authadm cannot see.
#[test]
fn a_group_another_table_references_is_not_removed() {
    let Some(p) = Project::new() else { return };
    let s = &p.s;
    s.expect(0, &["user", "add", "alice", "--no-password"], "");
    s.expect(0, &["user", "modify", "alice", "--add-group", "editors", "--create-groups"], "");
    p.django(
        "from django.db import connection\n\
         with connection.cursor() as c:\n    \
         c.execute('CREATE TABLE app_board (id integer PRIMARY KEY, group_id integer NOT NULL \
         REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED)')\n    \
         c.execute('INSERT INTO app_board SELECT 1, id FROM auth_group')",
    );
    let (_, err) = s.expect(5, &["group", "remove", "editors", "--yes"], "");
    assert!(err.contains("group `editors` is still referenced"), "{err}");
    assert_eq!(p.groups_in_django("alice"), "['editors']", "nothing deleted");
    assert!(s.json(0, &["audit", "events", "--kind", "group_removed"], "")["events"].as_array().unwrap().is_empty());
}

/// authadm's own database has no Django groups: the group commands say so (exit 6, naming the
/// table and where it comes from) and create nothing; `user show` goes on working.
#[test]
fn a_database_without_djangos_groups_says_so() {
    let s = Sandbox::new("");
    s.expect(0, &["user", "add", "alice", "--no-password"], "");
    let before = s.dump();
    for args in [
        &["group", "list"][..],
        &["group", "show", "editors"],
        &["group", "add", "editors"],
        &["group", "remove", "editors", "--yes"],
        &["user", "modify", "alice", "--add-group", "editors", "--create-groups"],
        &["user", "list", "--group", "editors"],
    ] {
        let (_, err) = s.expect(6, args, "");
        assert!(err.contains("no `auth_group` table") && err.contains("Django project's database"), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert_eq!(s.dump(), before, "nothing created or changed");
    assert_eq!(s.json(0, &["user", "show", "alice"], "")["groups"], json!([]));
}
