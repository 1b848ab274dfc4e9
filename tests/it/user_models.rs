//! Any Django user model (issue 16): on sites Django's own `startproject`, `startapp`,
//! `makemigrations` and `migrate` made with each shape of custom user model (SQLite, or
//! PostgreSQL with AUTHADM_TEST_STORE=postgres), authadm finds the model from the database alone,
//! every command works through it as on `auth_user`, checked through Django itself, and Django's
//! schema and migration history stay as Django left them. Where two tables could be the model,
//! it refuses, touching nothing, until the settings name one. The tests skip, saying so, without
//! AUTHADM_TEST_DJANGO_PYTHON.

use crate::common::{self, Sandbox};
use crate::contract::{self, CreatedToken, FailedLogins, LockoutStatus};
use crate::django_project::{Project, UserModel};
use serde_json::Value;

const DJANGO_PW: &str = "django-Made-pass-7";
const ADDED_PW: &str = "authadm-Added-pass-8";
const SET_PW: &str = "authadm-Set-pass-9";
const WRONG_PW: &str = "Wrong-guess-Secret-42";

/// What the Django checks below use: the model, and a user by the value of its USERNAME_FIELD.
const PRELUDE: &str = "
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.models import Group
User = get_user_model()

def get(name):
    return User.objects.get(**{User.USERNAME_FIELD: name})

def exists(name):
    return User.objects.filter(**{User.USERNAME_FIELD: name}).exists()

def pk_of(user):
    return None if user is None else str(user.pk)
";

/// Django's schema (every table, column and index but authadm's own) and its migration history.
#[derive(Debug, PartialEq)]
struct DjangoState {
    schema: Vec<Vec<String>>,
    migrations: Vec<Vec<String>>,
}

fn django_state(s: &Sandbox) -> DjangoState {
    let schema = if s.is_postgres() {
        let mut schema = s.query_strings(
            "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text, \
             coalesce(column_default, '')::text FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name NOT LIKE 'authadm\\_%' ESCAPE '\\' ORDER BY 1, 2",
        );
        schema.extend(s.query_strings(
            "SELECT indexname::text, indexdef FROM pg_indexes WHERE schemaname = 'public' \
             AND indexname NOT LIKE 'authadm\\_%' ESCAPE '\\' AND tablename NOT LIKE 'authadm\\_%' ESCAPE '\\' \
             ORDER BY 1",
        ));
        schema
    } else {
        s.query_strings(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'authadm\\_%' ESCAPE '\\' \
             AND tbl_name NOT LIKE 'authadm\\_%' ESCAPE '\\' ORDER BY name",
        )
    };
    DjangoState { schema, migrations: s.query_strings("SELECT app, name FROM django_migrations ORDER BY id") }
}

/// Every table's name.
fn tables(s: &Sandbox) -> Vec<String> {
    let sql = if s.is_postgres() {
        "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    };
    s.query_strings(sql).into_iter().map(|row| row[0].clone()).collect()
}

/// A site of one model shape with two users Django made, `carol` (`create_user`) and `admin`
/// (`createsuperuser --noinput`), both with [`DJANGO_PW`], and Django's state before authadm ran.
struct Site {
    p: Project,
    model: UserModel,
    tables_before: Vec<String>,
    before: DjangoState,
}

impl Site {
    fn new(model: UserModel) -> Option<Site> {
        let p = Project::with_user_model(model)?;
        let (carol, admin) = (login_name(model, "carol"), login_name(model, "admin"));
        let superuser = [("DJANGO_SUPERUSER_PASSWORD", DJANGO_PW)];
        let mut createsuperuser = vec!["manage.py", "createsuperuser", "--noinput"];
        if model == UserModel::EmailLogin {
            createsuperuser.extend(["--email", admin.as_str(), "--full_name", "Admin Example"]);
            p.shell(&format!(
                "{PRELUDE}\nUser.objects.create_user('{carol}', password='{DJANGO_PW}', full_name='Carol Example')"
            ));
        } else {
            createsuperuser.extend(["--username", admin.as_str(), "--email", "admin@example.com"]);
            p.shell(&format!(
                "{PRELUDE}\nUser.objects.create_user('{carol}', email='carol@example.com', password='{DJANGO_PW}')"
            ));
        }
        p.python_with_env(&createsuperuser, &superuser);
        let (tables_before, before) = (tables(&p.s), django_state(&p.s));
        Some(Site { p, model, tables_before, before })
    }

    fn s(&self) -> &Sandbox {
        &self.p.s
    }

    fn name(&self, base: &str) -> String {
        login_name(self.model, base)
    }

    /// Runs `code` in Django's shell after [`PRELUDE`]; returns the last line it printed.
    fn django(&self, code: &str) -> String {
        self.p.shell(&format!("{PRELUDE}\n{code}"))
    }

    /// Django's `str(user.pk)` of the user named `name`.
    fn pk(&self, name: &str) -> String {
        self.django(&format!("print(pk_of(get('{name}')))"))
    }

    /// authadm's JSON `id` as Django prints the pk: a string on the UUID model (hyphenated), an
    /// integer on the others.
    fn id_text(&self, id: &Value) -> String {
        match self.model {
            UserModel::UuidKey => id.as_str().unwrap_or_else(|| panic!("a UUID id is a JSON string: {id}")).to_string(),
            _ => id.as_i64().unwrap_or_else(|| panic!("an integer id: {id}")).to_string(),
        }
    }
}

/// The value of the username field for a user called `base`: an address on the email-login model.
fn login_name(model: UserModel, base: &str) -> String {
    match model {
        UserModel::EmailLogin => format!("{base}@example.com"),
        _ => base.to_string(),
    }
}

/// Everything the issue asks of a model shape, on one site of it, in the order an administrator
/// would go: Django's users log in, authadm's pass Django's `authenticate()`, the user commands,
/// what the model cannot take, tokens, lockout and audit, removal, the reports, and last that
/// Django's schema is as it was.
fn administer(model: UserModel) {
    let Some(site) = Site::new(model) else { return };
    djangos_users_log_in(&site);
    authadm_passwords_pass_djangos_authenticate(&site);
    list_show_and_modify_are_what_django_reads(&site);
    flags_the_model_cannot_take_are_refused(&site);
    tokens_log_in(&site);
    three_failures_lock_until_reset_and_the_audit_shows_them(&site);
    removal_deletes_the_row_and_its_group_links(&site);
    import_copies_abstract_users_or_refuses(&site);
    doctor_and_config_check_name_the_table(&site);
    djangos_schema_is_unchanged(&site);
}

#[test]
fn an_abstract_user_subclass_in_accounts_user() {
    administer(UserModel::Subclass);
}

#[test]
fn an_email_login_model_with_a_required_field_and_no_username_column() {
    administer(UserModel::EmailLogin);
}

#[test]
fn a_uuid_primary_key() {
    administer(UserModel::UuidKey);
}

#[test]
fn a_renamed_table_with_a_bigint_id_and_no_is_staff() {
    administer(UserModel::RenamedTable);
}

/// `import django` from Django's own `auth_user`: into a model with AbstractUser's columns the
/// users arrive with their hashes (and, on the UUID model, keys made for them) and log into the
/// site; a model without them is refused by name, nothing written.
fn import_copies_abstract_users_or_refuses(site: &Site) {
    let s = site.s();
    crate::django_e2e::django_db(&s.path().join("old.sqlite3"), 2);
    match site.model {
        UserModel::Subclass | UserModel::UuidKey => {
            let report = s.json(0, &["import", "django", "old.sqlite3"], "");
            assert_eq!(report["inserted"].as_u64(), Some(2), "{report}");
            // django_db's users hold Django's pbkdf2 hash of "legacy-Pass-1".
            let pk = site.django("print(pk_of(authenticate(username='user1', password='legacy-Pass-1')))");
            assert_eq!(pk, site.pk("user1"), "Django logs the imported user in");
        }
        UserModel::EmailLogin | UserModel::RenamedTable => {
            let before = s.dump();
            let (_, err) = s.expect(2, &["import", "django", "old.sqlite3"], "");
            assert!(err.contains("AbstractUser"), "{err}");
            assert_eq!(s.dump(), before, "a refused import writes nothing");
        }
    }
}

fn djangos_users_log_in(site: &Site) {
    for who in [site.name("carol"), site.name("admin")] {
        let login = site.s().json(0, &["login-test", &who, "--password-stdin"], DJANGO_PW);
        assert_eq!(login["user"]["username"], who.as_str(), "{login}");
    }
}

fn authadm_passwords_pass_djangos_authenticate(site: &Site) {
    let s = site.s();
    let ann = site.name("ann");
    let mut add = vec!["user", "add", ann.as_str(), "--password-stdin"];
    if site.model == UserModel::EmailLogin {
        add.extend(["--field", "full_name=Ann Example"]);
    }
    s.expect(0, &add, ADDED_PW);
    let pk = site.django(&format!("print(pk_of(authenticate(username='{ann}', password='{ADDED_PW}')))"));
    assert_ne!(pk, "None", "Django's authenticate() refuses what `user add` stored");
    assert_eq!(site.id_text(&s.json(0, &["user", "show", &ann], "")["id"]), pk);

    let carol = site.name("carol");
    s.expect(0, &["set-password", &carol, "--password-stdin"], SET_PW);
    let answer = site.django(&format!(
        "print(pk_of(authenticate(username='{carol}', password='{SET_PW}')), \
         pk_of(authenticate(username='{carol}', password='{DJANGO_PW}')))"
    ));
    assert_eq!(answer, format!("{} None", site.pk(&carol)), "the new password is carol's, the old one no more");
}

fn list_show_and_modify_are_what_django_reads(site: &Site) {
    let s = site.s();
    let (ann, carol) = (site.name("ann"), site.name("carol"));
    let listed = s.json(0, &["user", "list"], "");
    let mut names: Vec<&str> = listed.as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    names.sort_unstable();
    assert_eq!(names, [site.name("admin"), ann.clone(), carol.clone()], "{listed}");

    let shown = s.json(0, &["user", "show", &carol], "");
    assert_eq!(shown["username"], carol.as_str(), "{shown}");
    assert_eq!(site.id_text(&shown["id"]), site.pk(&carol), "{shown}");
    if site.model == UserModel::EmailLogin {
        let shown = s.json(0, &["user", "show", &ann], "");
        assert_eq!(shown["fields"]["full_name"], "Ann Example", "{shown}");
        assert!(shown["fields"].get("password").is_none(), "never the password: {shown}");
    } else {
        // On the email-login model the address is the username: changing it is another story.
        s.expect(0, &["user", "modify", &ann, "--email", "ann.new@example.com"], "");
        assert_eq!(site.django(&format!("print(get('{ann}').email)")), "ann.new@example.com");
    }
    s.expect(0, &["user", "modify", &ann, "--deactivate"], "");
    assert_eq!(site.django(&format!("print(get('{ann}').is_active)")), "False");
    s.expect(1, &["login-test", &ann, "--password-stdin"], ADDED_PW);
}

/// A required column left out, or a flag for a column the model lacks: exit 2 naming it, and
/// nobody added.
fn flags_the_model_cannot_take_are_refused(site: &Site) {
    let s = site.s();
    let dan = site.name("dan");
    match site.model {
        UserModel::EmailLogin => {
            let (_, err) = s.expect(2, &["user", "add", &dan, "--password-stdin"], ADDED_PW);
            assert!(err.contains("full_name") && err.contains("--field"), "{err}");
            assert!(!err.contains("constraint failed"), "a raw database error: {err}");
        }
        UserModel::RenamedTable => {
            let (_, err) = s.expect(2, &["user", "add", &dan, "--staff", "--password-stdin"], ADDED_PW);
            assert!(err.contains("is_staff"), "{err}");
        }
        UserModel::Subclass | UserModel::UuidKey => return,
    }
    assert_eq!(site.django(&format!("print(exists('{dan}'))")), "False", "nothing inserted");
}

fn tokens_log_in(site: &Site) {
    let s = site.s();
    s.write("tokens.toml", &format!("authentication_backends = [\"token\", \"model\"]\n{}", common::FAST_CONFIG));
    let carol = site.name("carol");
    let created: CreatedToken = contract::parse(s, 0, &["--config", "tokens.toml", "token", "create", &carol], "");
    assert_eq!(created.listed.user, carol);
    let login = s.json(0, &["--config", "tokens.toml", "login-test", &carol, "--token-stdin"], &created.token);
    assert_eq!((&login["backend"], &login["user"]["username"]), (&Value::from("token"), &Value::from(carol)));
}

/// As `lockout::three_failures_lock_until_reset_and_the_audit_shows_them` on `auth_user`.
fn three_failures_lock_until_reset_and_the_audit_shows_them(site: &Site) {
    let s = site.s();
    s.write(
        "lockout.toml",
        &format!(
            "authentication_backends = [\"lockout\", \"email_or_username\"]\n{}\n[lockout]\nfailure_limit = 3\n\
             lockout_parameters = [\"username\"]\n",
            common::FAST_CONFIG
        ),
    );
    let admin = site.name("admin");
    let login = |code: i32, password: &str| {
        s.json(code, &["--config", "lockout.toml", "login-test", &admin, "--password-stdin"], password)
    };
    for _ in 0..3 {
        assert_eq!(login(1, WRONG_PW)["reason"], "invalid_credentials");
    }
    assert_eq!(login(3, DJANGO_PW)["reason"], "locked_out");
    let status: LockoutStatus = contract::parse(s, 0, &["--config", "lockout.toml", "lockout", "status"], "");
    assert_eq!(status.locked.len(), 1, "{status:?}");
    assert_eq!((status.locked[0].username.as_deref(), status.locked[0].failures), (Some(admin.as_str()), 3));
    let reset = s.json(0, &["--config", "lockout.toml", "lockout", "reset", "--user", &admin], "");
    assert_eq!(reset["cleared"].as_array().unwrap().len(), 1, "{reset}");
    assert_eq!(login(0, DJANGO_PW)["reason"], "ok");

    let audit: FailedLogins =
        contract::parse(s, 0, &["--config", "lockout.toml", "audit", "failed-logins", "--user", &admin], "");
    let seen: Vec<(&str, &str)> = audit.attempts.iter().map(|a| (a.username.as_str(), a.reason.as_str())).collect();
    let failed = (admin.as_str(), "invalid_credentials");
    assert_eq!(seen, [(admin.as_str(), "locked_out"), failed, failed, failed]);
}

/// As Django's `user.delete()`: the row goes, and with it the rows of `<table>_groups`.
fn removal_deletes_the_row_and_its_group_links(site: &Site) {
    let s = site.s();
    let (ann, carol) = (site.name("ann"), site.name("carol"));
    site.django(&format!("get('{carol}').groups.add(Group.objects.create(name='editors'))"));
    s.expect(0, &["user", "remove", &carol, "--yes"], "");
    s.expect(0, &["user", "remove", &ann, "--yes"], "");
    let after = site.django(&format!(
        "print(exists('{carol}'), exists('{ann}'), User.groups.through.objects.count(), \
         Group.objects.filter(name='editors').exists())"
    ));
    assert_eq!(after, "False False 0 True", "users, group links, the group");
}

fn doctor_and_config_check_name_the_table(site: &Site) {
    let s = site.s();
    let table = site.model.table();
    // Healthy or not, the report says which model it looked at.
    let (code, out, err) = s.run(&["doctor"], "");
    assert!(code == 0 || code == 1, "doctor exit {code}\n--- stdout\n{out}\n--- stderr\n{err}");
    assert!(out.contains(table), "doctor does not name {table}:\n{out}");
    let (out, _) = s.expect(0, &["config", "check"], "");
    assert!(out.contains(table), "config check does not name {table}:\n{out}");
}

fn djangos_schema_is_unchanged(site: &Site) {
    let p = &site.p;
    p.python(&["manage.py", "check"]);
    p.python(&["manage.py", "migrate", "--check"]);
    p.python(&["manage.py", "makemigrations", "--check", "--dry-run"]);
    assert_eq!(django_state(&p.s), site.before, "Django's schema and django_migrations are as Django left them");
    let tables = tables(&p.s);
    let added: Vec<&String> = tables.iter().filter(|t| !site.tables_before.contains(t)).collect();
    assert!(added.iter().all(|t| t.starts_with("authadm_")), "authadm made tables not its own: {added:?}");
    assert!(!tables.iter().any(|t| t == "auth_user"), "auth_user in a site whose users live elsewhere: {tables:?}");
}

/// A second model of the accounts app with AbstractBaseUser's `password` and `last_login` (a
/// separate login for API clients, as some sites have): two tables that could be the user model.
const API_CLIENT_MODEL: &str = "
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models


class ApiClient(AbstractBaseUser):
    name = models.CharField(max_length=150, unique=True)

    USERNAME_FIELD = \"name\"
";

#[test]
fn two_candidate_tables_are_refused_until_the_settings_name_one() {
    let Some(p) = Project::with_more_models(UserModel::Subclass, API_CLIENT_MODEL) else { return };
    let s = &p.s;
    p.shell(&format!("{PRELUDE}\nUser.objects.create_user('carol', password='{DJANGO_PW}')"));
    let bytes = (!s.is_postgres()).then(|| std::fs::read(s.db()).unwrap());
    let dump = s.dump();
    let (code, out, err) = s.run(&["user", "list"], "");
    assert!(code == 6 || code == 2, "exit {code}\n--- stdout\n{out}\n--- stderr\n{err}");
    assert!(err.contains("[user_model]") && err.contains("table"), "the refusal says what to set: {err}");
    assert_eq!(s.dump(), dump, "a refusal changes nothing");
    if let Some(bytes) = bytes {
        assert!(std::fs::read(s.db()).unwrap() == bytes, "the file is not byte-for-byte as it was");
    }

    // A table that is not there: exit 2, naming the candidates, nothing written.
    s.write("wrong.toml", &format!("{}\n[user_model]\ntable = \"acounts_user\"\n", common::FAST_CONFIG));
    let (_, err) = s.expect(2, &["--config", "wrong.toml", "user", "list"], "");
    assert!(err.contains("acounts_user") && err.contains("accounts_user"), "{err}");
    assert_eq!(s.dump(), dump, "a refusal changes nothing");

    s.write("chosen.toml", &format!("{}\n[user_model]\ntable = \"accounts_user\"\n", common::FAST_CONFIG));
    let listed = s.json(0, &["--config", "chosen.toml", "user", "list"], "");
    let names: Vec<&str> = listed.as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(names, ["carol"], "{listed}");
}

/// authadm's indexes on the user table are made with its tables, not behind the site's back on
/// every open: when a Django migration drops them (rebuilding the table on SQLite), commands go
/// on without them and `doctor` says so, with the statement that puts each back.
#[test]
fn a_dropped_index_is_reported_by_doctor_not_silently_remade() {
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    s.execute("DROP INDEX authadm_auth_user_username_ci");
    s.expect(0, &["user", "list"], "");
    let indexes = || {
        let (_, out, _) = s.run(&["doctor", "--json"], "");
        let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
        report["checks"].as_array().unwrap().iter().find(|c| c["check"] == "indexes").unwrap().clone()
    };
    let indexes_now = indexes();
    assert_eq!(indexes_now["status"], "warn", "{indexes_now}");
    let fix = indexes_now["fix"].as_str().unwrap();
    assert!(fix.contains("CREATE INDEX \"authadm_auth_user_username_ci\""), "{fix}");
    assert!(!fix.contains("email_ci"), "only the missing one: {fix}");
    s.execute(fix.split_once(": ").unwrap().1);
    assert_eq!(indexes()["status"], "ok");
}

/// A user table as a project's own migrations might leave it, made here by SQL: a nullable
/// email (Django writes NULL for a blank `null=True` field), a required date, no `is_staff`.
fn customer_table(s: &Sandbox) {
    let (key, time) = if s.is_postgres() {
        ("integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "timestamp with time zone")
    } else {
        ("integer NOT NULL PRIMARY KEY AUTOINCREMENT", "datetime")
    };
    s.execute(&format!(
        "CREATE TABLE shop_customer (id {key}, password varchar(128) NOT NULL, last_login {time} NULL, \
         username varchar(150) NOT NULL UNIQUE, email varchar(254) NULL, birth_date date NOT NULL, \
         is_active boolean NOT NULL)"
    ));
}

#[test]
fn nullable_text_and_typed_extra_columns_work_on_both_engines() {
    let s = Sandbox::new("");
    customer_table(&s);
    if !s.is_postgres() {
        // Looking at the model writes nothing: no authadm table, the file as it was.
        let bytes = std::fs::read(s.db()).unwrap();
        let (out, _) = s.expect(0, &["config", "check"], "");
        assert!(out.contains("shop_customer"), "{out}");
        assert!(std::fs::read(s.db()).unwrap() == bytes, "config check changed the database");
    }
    s.expect(0, &["user", "add", "bob", "--field", "birth_date=2000-01-02", "--no-password"], "");
    let (_, err) = s.expect(
        2,
        &["user", "add", "eve", "--field", "birth_date=2000-01-02", "--field", "birth_date=2001-01-01"],
        "",
    );
    assert!(err.contains("twice"), "{err}");
    s.execute("INSERT INTO shop_customer (password, username, email, birth_date, is_active) VALUES ('!x', 'nomail', NULL, '1999-12-31', true)");
    let listed = s.json(0, &["user", "list"], "");
    let names: Vec<&str> = listed.as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(names, ["bob", "nomail"], "a NULL email is a blank one: {listed}");
    let bob = s.json(0, &["user", "show", "bob"], "");
    assert_eq!(bob["fields"]["birth_date"], "2000-01-02", "{bob}");
    assert_eq!(s.json(0, &["user", "show", "nomail"], "")["email"], "");
}

/// authadm's tables were made beside one user table: another one named later is refused, rather
/// than tokens and lockouts filed under the other table's ids.
#[test]
fn a_later_change_of_user_model_is_refused() {
    let s = Sandbox::new("");
    customer_table(&s);
    s.expect(0, &["user", "add", "bob", "--field", "birth_date=2000-01-02", "--no-password"], "");
    s.execute(
        "CREATE TABLE staff_member (id integer PRIMARY KEY, password varchar(128) NOT NULL, \
         last_login varchar(40) NULL, username varchar(150) NOT NULL UNIQUE)",
    );
    s.write("other.toml", &format!("{}\n[user_model]\ntable = \"staff_member\"\n", common::FAST_CONFIG));
    let (_, err) = s.expect(6, &["--config", "other.toml", "user", "list"], "");
    assert!(err.contains("shop_customer") && err.contains("staff_member"), "{err}");
    s.write("same.toml", &format!("{}\n[user_model]\ntable = \"shop_customer\"\n", common::FAST_CONFIG));
    s.expect(0, &["--config", "same.toml", "user", "show", "bob"], "");
}

/// Settings naming a username or email field Django's auth_user lacks, on a new database:
/// refused, and no file left behind.
#[test]
fn a_new_database_is_not_made_for_a_model_it_cannot_be() {
    if common::skip_in_postgres_mode("whether a new SQLite file is left behind") {
        return;
    }
    let s = Sandbox::new("[user_model]\nusername_field = \"email\"");
    let (_, err) = s.expect(2, &["user", "add", "ann@example.com", "--no-password"], "");
    assert!(err.contains("username_field"), "{err}");
    assert!(!s.db().exists(), "no database was left behind");
    s.expect(2, &["--database", "typo.db", "user", "add", "bad name", "--no-password"], "");
    assert!(!s.path().join("typo.db").exists(), "a refused name leaves no new database");
}
