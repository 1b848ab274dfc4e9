//! PostgreSQL only: connection failures, where the password comes from, TLS, and a database
//! Django's own migrations made. Each test skips, saying so, unless AUTHADM_TEST_POSTGRES names
//! a cluster's admin URL (`.ci/postgres.sh start DIR` prints one; `.ci/run` sets it). The rest
//! of the suite runs against PostgreSQL with AUTHADM_TEST_STORE=postgres (the concurrency module's
//! 8-process lockout test included).

use crate::common::{self, PgUrl, Sandbox};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const ALICE_PW: &str = "correct-Horse-battery-9";

/// `url` without its password (user@host:port/db?query).
fn without_password(url: &str) -> String {
    let p = PgUrl::parse(url);
    let query = if p.query.is_empty() { String::new() } else { format!("?{}", p.query) };
    format!("postgres://{}@{}:{}/{}{query}", p.user, p.host, p.port, p.dbname)
}

/// Asserts the one-line, no-panic shape of a database error and that `secret` shows nowhere.
/// (The warning about a password typed in `--database`, which many tests here do, is no error line.)
fn assert_one_clean_line(what: &str, code: i32, out: &str, err: &str, secret: Option<&str>) {
    assert_eq!(code, 6, "{what}: exit {code}\n--- stdout\n{out}\n--- stderr\n{err}");
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{what}: {err}");
    let errors = err.lines().filter(|line| !line.starts_with("authadm: warning: a password in --database"));
    assert_eq!(errors.count(), 1, "{what}: one error line on stderr: {err}");
    assert!(out.is_empty(), "{what}: nothing on stdout: {out}");
    if let Some(secret) = secret {
        assert!(!out.contains(secret) && !err.contains(secret), "{what}: the password was printed: {err}");
    }
}

#[test]
fn the_harness_makes_and_drops_a_database_per_sandbox() {
    let Some(admin) = common::skip_unless_postgres() else { return };
    let s = Sandbox::new_postgres("").unwrap();
    assert!(s.is_postgres());
    let name = s.database_name().to_string();
    assert!(name.starts_with(&format!("authadm_t_{}_", std::process::id())), "{name}");
    assert_eq!(PgUrl::parse(&s.database_arg()).dbname, name);
    s.execute("CREATE TABLE t (id integer PRIMARY KEY, flag boolean, note text); INSERT INTO t VALUES (2, true, NULL), (1, false, 'x')");
    assert_eq!(s.query_strings("SELECT id, flag, note FROM t ORDER BY id"), [["1", "0", "x"], ["2", "1", "NULL"]]);
    assert_eq!(s.query_one("SELECT count(*) FROM t"), "2");
    assert_eq!(s.dump(), "t: (1,f,x)\nt: (2,t,)\n");
    let other = Sandbox::new_postgres("").unwrap();
    assert_ne!(other.database_name(), name, "each sandbox has its own database");
    drop(s);
    let mut client = common::pg_connect(&admin);
    let left = client.query("SELECT 1 FROM pg_database WHERE datname = $1", &[&name]).unwrap();
    assert!(left.is_empty(), "{name} was not dropped");
}

#[test]
fn a_refused_connection_is_one_line_and_exit_6() {
    if common::skip_unless_postgres().is_none() {
        return;
    }
    let s = Sandbox::new("");
    // A loopback port that was free a moment ago: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("postgres://authadm:Not-Used-Secret-5@127.0.0.1:{port}/postgres");
    for args in [&["user", "list"][..], &["user", "add", "bob", "--no-password"], &["doctor"]] {
        let mut all = vec!["--database", url.as_str()];
        all.extend_from_slice(args);
        let (code, out, err) = s.run(&all, "");
        assert_one_clean_line(&format!("{args:?}"), code, &out, &err, Some("Not-Used-Secret-5"));
        assert!(err.contains(&port.to_string()) || err.contains("127.0.0.1"), "says where: {err}");
    }
}

#[test]
fn a_wrong_password_is_one_line_and_never_printed() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    let p = PgUrl::parse(&s.database_arg());
    let wrong = "Wrong-Secret-Pw-8472";
    let url = format!("postgres://{}:{wrong}@{}:{}/{}", p.user, p.host, p.port, p.dbname);
    for args in
        [&["user", "list"][..], &["user", "add", "bob", "--no-password"], &["login-test", "bob", "--password-stdin"]]
    {
        let mut all = vec!["--database", url.as_str()];
        all.extend_from_slice(args);
        let (code, out, err) = s.run(&all, "x");
        assert_one_clean_line(&format!("{args:?}"), code, &out, &err, Some(wrong));
        let warning = err.lines().next().unwrap();
        assert!(warning.contains("visible to other users") && warning.contains("password_file"), "{err}");
        assert!(!err.contains(p.password.as_deref().unwrap()), "the right password was printed: {err}");
    }
    // The same through AUTHADM_DATABASE and the config file.
    let (code, out, err) = s.run(&["user", "list"], "");
    assert_eq!((code, err.as_str()), (0, ""), "the sandbox's own URL works, without a warning: {err}");
    assert!(!out.contains(p.password.as_deref().unwrap()) && !err.contains(p.password.as_deref().unwrap()));
    let output = s.cmd(&["user", "list"]).env("AUTHADM_DATABASE", &url).output().unwrap();
    let (out, err) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_one_clean_line("AUTHADM_DATABASE", output.status.code().unwrap_or(-1), &out, &err, Some(wrong));
}

/// A sandbox on its own database, its URL without the password, and the password.
fn passwordless() -> Option<(Sandbox, String, String)> {
    let s = Sandbox::new_postgres("")?;
    let url = without_password(&s.database_arg());
    let password = PgUrl::parse(&s.database_arg()).password.expect("the admin URL carries a password");
    Some((s, url, password))
}

/// `authadm --database URL ARGS` with extra environment; returns (code, stdout, stderr).
fn run_with(s: &Sandbox, url: &str, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> (i32, String, String) {
    let mut all = vec!["--database", url];
    all.extend_from_slice(args);
    let output = s.cmd(&all).envs(env.iter().copied()).write_stdin(stdin.to_string()).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// `password` "": no password to look for (`contains("")` would always be true).
fn assert_works(what: &str, (code, out, err): (i32, String, String), password: &str) {
    assert_eq!(code, 0, "{what}\n--- stdout\n{out}\n--- stderr\n{err}");
    let printed = !password.is_empty() && (out.contains(password) || err.contains(password));
    assert!(!printed, "{what}: the password was printed");
}

#[test]
fn the_password_can_come_from_pgpassword() {
    let Some((s, url, password)) = passwordless() else { return };
    let env = [("PGPASSWORD", password.as_str())];
    let add = ["user", "add", "alice", "--email", "alice@example.com", "--password-stdin"];
    assert_works("PGPASSWORD user add", run_with(&s, &url, &add, ALICE_PW, &env), &password);
    let listed = run_with(&s, &url, &["user", "list", "--json"], "", &env);
    assert!(listed.1.contains("alice"), "{listed:?}");
    assert_works("PGPASSWORD user list", listed, &password);
    // And without it there is no password at all: one line, exit 6.
    let (code, out, err) = run_with(&s, &url, &["user", "list"], "", &[]);
    assert_one_clean_line("no password anywhere", code, &out, &err, Some(&password));
}

#[test]
fn the_password_can_come_from_the_password_file_setting() {
    let Some((s, url, password)) = passwordless() else { return };
    let file = s.path().join("pg-password");
    std::fs::write(&file, format!("{password}\n")).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    s.write("authadm.toml", &format!("password_file = {:?}\n{}", file.to_str().unwrap(), common::FAST_CONFIG));
    let add = ["user", "add", "alice", "--email", "alice@example.com", "--password-stdin"];
    assert_works("password_file user add", run_with(&s, &url, &add, ALICE_PW, &[]), &password);
    let checked = run_with(&s, &url, &["config", "check"], "", &[]);
    assert_works("config check", checked, &password);
    // The setting wins over a wrong PGPASSWORD (libpq's order: URL, password_file, PGPASSWORD, passfile).
    let listed = run_with(&s, &url, &["user", "list", "--json"], "", &[("PGPASSWORD", "Wrong-Env-Pw-1")]);
    assert!(listed.1.contains("alice"), "{listed:?}");
    assert_works("password_file over PGPASSWORD", listed, &password);
    // A password_file that is not there is named in one line.
    s.write("authadm.toml", &format!("password_file = \"no-such-file\"\n{}", common::FAST_CONFIG));
    let (code, out, err) = run_with(&s, &url, &["user", "list"], "", &[]);
    assert_one_clean_line("missing password_file", code, &out, &err, Some(&password));
    assert!(err.contains("no-such-file"), "{err}");
}

#[test]
fn the_password_can_come_from_a_pgpass_file() {
    let Some((s, url, password)) = passwordless() else { return };
    let p = PgUrl::parse(&url);
    let pgpass = s.path().join("pgpass");
    std::fs::write(
        &pgpass,
        format!("# host:port:database:user:password\n{}:{}:*:{}:{password}\n", p.host, p.port, p.user),
    )
    .unwrap();
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    let env = [("PGPASSFILE", pgpass.to_str().unwrap())];
    let add = ["user", "add", "alice", "--email", "alice@example.com", "--password-stdin"];
    assert_works("PGPASSFILE user add", run_with(&s, &url, &add, ALICE_PW, &env), &password);
    let listed = run_with(&s, &url, &["user", "list", "--json"], "", &env);
    assert!(listed.1.contains("alice"), "{listed:?}");
    assert_works("PGPASSFILE user list", listed, &password);
    // As libpq, a passfile others can read is ignored: no password, one line, exit 6.
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, out, err) = run_with(&s, &url, &["user", "list"], "", &env);
    assert_one_clean_line("group-readable passfile", code, &out, &err, Some(&password));
}

#[test]
fn sslmode_require_works_against_the_test_cluster() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    let url = format!("{}?sslmode=require", s.database_arg());
    let secret = PgUrl::parse(&url).password.expect("the admin URL carries a password");
    let add = ["user", "add", "alice", "--email", "alice@example.com", "--password-stdin"];
    assert_works("sslmode=require user add", run_with(&s, &url, &add, ALICE_PW, &[]), &secret);
    let login = ["login-test", "alice", "--password-stdin"];
    assert_works("sslmode=require login-test", run_with(&s, &url, &login, ALICE_PW, &[]), &secret);
    // doctor asks the server whether this connection is encrypted.
    let (_, out, _) = run_with(&s, &url, &["doctor", "--json"], "", &[]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let connection = report["checks"].as_array().unwrap().iter().find(|c| c["check"] == "connection").unwrap();
    assert_eq!(connection["status"], "ok", "the server says the connection is not TLS: {connection}");
    // The login is bound to the TLS session (SCRAM-SHA-256-PLUS): the server checks the hash of
    // its certificate authadm sends, so a wrong one would fail the login.
    let bound = format!("{url}&channel_binding=require");
    assert_works("channel_binding=require", run_with(&s, &bound, &login, ALICE_PW, &[]), &secret);
    let plain = format!("{}?sslmode=disable&channel_binding=require", s.database_arg());
    let (code, out, err) = run_with(&s, &plain, &["user", "list"], "", &[]);
    assert_one_clean_line("channel_binding=require without TLS", code, &out, &err, Some(&secret));
    assert!(err.contains("channel_binding=require"), "{err}");
    // The test cluster's certificate is self-signed: verify-full without its CA must refuse.
    let url = format!("{}?sslmode=verify-full", s.database_arg());
    let (code, out, err) = run_with(&s, &url, &["user", "list"], "", &[]);
    assert_one_clean_line("verify-full, unknown CA", code, &out, &err, None);
    // With the certificate as the root (.ci/run exports its path), verify-full works.
    match std::env::var("AUTHADM_TEST_POSTGRES_CA") {
        Ok(ca) if !ca.is_empty() => {
            let url = format!("{}?sslmode=verify-full&sslrootcert={ca}", s.database_arg());
            assert_works("verify-full with the CA", run_with(&s, &url, &["user", "list"], "", &[]), &secret);
        }
        _ => common::note("skipping verify-full with the CA: AUTHADM_TEST_POSTGRES_CA is not set"),
    }
}

// ---- A database Django's migrations made ------------------------------------------------

/// AUTHADM_TEST_DJANGO_PYTHON when it also has psycopg, else `None` after saying why.
fn django_python() -> Option<PathBuf> {
    let python = std::env::var_os("AUTHADM_TEST_DJANGO_PYTHON").filter(|p| !p.is_empty());
    let Some(python) = python.map(PathBuf::from) else {
        common::note(
            "skipping: set AUTHADM_TEST_DJANGO_PYTHON to a python with django==5.2.19 and psycopg[binary] \
             to run the PostgreSQL round trip through Django (.ci/run does)",
        );
        return None;
    };
    let ok = Command::new(&python).args(["-c", "import django, psycopg"]).output().is_ok_and(|o| o.status.success());
    if !ok {
        common::note(&format!("skipping: {} cannot import psycopg (pip install 'psycopg[binary]')", python.display()));
        return None;
    }
    Some(python)
}

/// Runs `python args...` in `dir` with Django's settings pointed at the sandbox's database.
fn python(python: &Path, dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    crate::django_project::run_python(python, dir, "pgsettings", args, env)
}

/// Django's part of the database: every column, constraint, index and sequence outside authadm's
/// own tables (authadm_* indexes on Django's tables excluded too), and the migration history.
fn django_state(s: &Sandbox) -> Vec<Vec<String>> {
    let not_ours = "NOT LIKE 'authadm\\_%'";
    let mut state = Vec::new();
    for sql in [
        format!(
            "SELECT 'column', table_name::text, column_name::text, data_type::text, is_nullable::text, \
             coalesce(character_maximum_length::text, ''), coalesce(column_default, ''), is_identity::text, \
             coalesce(identity_generation::text, '') FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name {not_ours} ORDER BY 2, 3"
        ),
        format!(
            "SELECT 'constraint', c.conrelid::regclass::text, c.conname::text, pg_get_constraintdef(c.oid) \
             FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace \
             WHERE n.nspname = 'public' AND c.conrelid::regclass::text {not_ours} ORDER BY 2, 3"
        ),
        format!(
            "SELECT 'index', tablename::text, indexname::text, indexdef FROM pg_indexes \
             WHERE schemaname = 'public' AND tablename {not_ours} AND indexname {not_ours} ORDER BY 2, 3"
        ),
        format!(
            "SELECT 'sequence', sequencename::text, data_type::text, increment_by::text FROM pg_sequences \
             WHERE schemaname = 'public' AND sequencename {not_ours} ORDER BY 2"
        ),
        "SELECT 'migration', app, name FROM django_migrations ORDER BY id".to_string(),
    ] {
        state.extend(s.query_strings(&sql));
    }
    state
}

#[test]
fn a_database_djangos_migrate_made_round_trips_with_django() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    let Some(py) = django_python() else { return };
    let (dir, py) = (s.path(), py.as_path());
    let db = PgUrl::parse(&s.database_arg());
    python(py, dir, &["-m", "django", "startproject", "proj", "."], &[("DJANGO_SETTINGS_MODULE", "proj.settings")]);
    let database = serde_json::json!({
        "ENGINE": "django.db.backends.postgresql",
        "NAME": db.dbname, "USER": db.user, "PASSWORD": db.password, "HOST": db.host, "PORT": db.port.to_string(),
    });
    s.write(
        "pgsettings.py",
        &format!("from proj.settings import *  # noqa\nDATABASES = {{\"default\": {database}}}\n"),
    );
    python(py, dir, &["manage.py", "migrate", "-v", "0"], &[]);
    let superuser = [("DJANGO_SUPERUSER_PASSWORD", "django-Made-pass-7")];
    let create = ["manage.py", "createsuperuser", "--noinput", "--username", "admin", "--email", "a@example.com"];
    python(py, dir, &create, &superuser);
    let before = django_state(&s);
    assert!(before.iter().any(|row| row[0] == "column" && row[1] == "auth_user" && row[2] == "username"), "{before:?}");

    let login = s.json(0, &["login-test", "admin", "--password-stdin"], "django-Made-pass-7");
    assert_eq!(login["user"]["username"], "admin");
    let hash = || s.query_one("SELECT password FROM auth_user WHERE username = 'admin'");
    assert!(hash().starts_with("argon2$"), "upgraded on login to the preferred hasher: {}", hash());
    s.expect(0, &["set-password", "admin", "--password-stdin"], "authadm-Set-pass-8");
    s.expect(0, &["user", "add", "bob", "--email", "b@example.com", "--password-stdin"], "Bobs-own-phrase-9");
    assert_eq!(s.json(0, &["user", "show", "bob"], "")["email"], "b@example.com");

    let check = "from django.contrib.auth import authenticate as a; \
                 print(a(username='admin', password='authadm-Set-pass-8') is not None, \
                 a(username='bob', password='Bobs-own-phrase-9') is not None, \
                 a(username='admin', password='django-Made-pass-7') is not None)";
    let answer = python(py, dir, &["manage.py", "shell", "-c", check], &[]);
    assert_eq!(answer.lines().last(), Some("True True False"), "{answer}");
    // Django's next user gets a fresh id: authadm's insert left the identity sequence consistent.
    let create = ["manage.py", "createsuperuser", "--noinput", "--username", "carol", "--email", "c@example.com"];
    python(py, dir, &create, &superuser);
    s.expect(0, &["login-test", "carol", "--password-stdin", "--no-record"], "django-Made-pass-7");
    assert_eq!(s.json(0, &["user", "list"], "").as_array().unwrap().len(), 3);

    assert_eq!(django_state(&s), before, "Django's schema and django_migrations are unchanged");
    let again = python(py, dir, &["manage.py", "migrate"], &[]);
    assert!(again.contains("No migrations to apply"), "{again}");
    python(py, dir, &["manage.py", "migrate", "--check"], &[]);
    python(py, dir, &["manage.py", "check"], &[]);
}

/// The server ends authadm's connection while `user add` waits, its `auth_user` row already
/// inserted: exit 6, one line, and the row is gone with the transaction.
#[test]
fn a_server_that_goes_away_mid_command_leaves_nothing_half_written() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    s.add_user("alice", "alice@example.com", ALICE_PW);
    let mut blocker = common::pg_connect(&s.database_arg());
    let mut hold = blocker.transaction().unwrap();
    hold.batch_execute("LOCK TABLE authadm_event IN ACCESS EXCLUSIVE MODE").unwrap();
    let child = Command::new(assert_cmd::cargo::cargo_bin("authadm"))
        .current_dir(s.path())
        .args(["--database", &s.database_arg(), "user", "add", "bob", "--no-password"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut admin = common::pg_connect(&s.database_arg());
    let waiting = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() \
                   AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO authadm_event%'";
    let started = std::time::Instant::now();
    let pid: i32 = loop {
        if let Some(row) = admin.query(waiting, &[]).unwrap().first() {
            break row.get(0);
        }
        assert!(started.elapsed().as_secs() < 20, "authadm never reached the audit insert");
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    admin.query("SELECT pg_terminate_backend($1)", &[&pid]).unwrap();
    let output = child.wait_with_output().unwrap();
    hold.rollback().unwrap();
    let (out, err) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_one_clean_line("terminated mid-command", output.status.code().unwrap_or(-1), &out, &err, None);
    assert_eq!(s.query_one("SELECT count(*) FROM auth_user WHERE username = 'bob'"), "0", "no half-written user");
    assert_eq!(s.query_one("SELECT count(*) FROM auth_user"), "1");
}

// ---- Privileges: what README's PostgreSQL section says a smaller role needs ----------------

static ROLES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A login role of the test cluster, unique to one test, connecting to the sandbox's database
/// with its own password; dropped (with whatever it owns or was granted there) when it goes.
/// Declare it after its [`Sandbox`], so it goes first.
struct Role {
    /// The sandbox's database as the admin: where it is granted things and dropped from.
    admin: String,
    name: String,
    password: String,
    /// The sandbox's database as this role.
    url: String,
}

impl Role {
    fn new(s: &Sandbox) -> Role {
        let n = ROLES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("authadm_r_{}_{n}", std::process::id());
        let password = format!("Role-Secret-{}-{n}", std::process::id());
        let admin = s.database_arg();
        let p = PgUrl::parse(&admin);
        let url = format!("postgres://{name}:{password}@{}:{}/{}", p.host, p.port, p.dbname);
        // A left-over of a crashed run with the same pid goes first.
        let _ = common::pg_connect(&admin).batch_execute(&format!("DROP ROLE IF EXISTS {name}"));
        Role { admin, name, password, url }
    }

    /// Runs `sql` as the admin on the sandbox's database, `authadm_admin` and the `'...'`
    /// password (README's placeholders) standing for this role and its password.
    fn admin_runs(&self, sql: &str) {
        let sql = sql.replace("authadm_admin", &self.name).replace("'...'", &format!("'{}'", self.password));
        common::pg_connect(&self.admin).batch_execute(&sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    fn create(&self) {
        self.admin_runs("CREATE ROLE authadm_admin LOGIN PASSWORD '...'");
    }

    /// `authadm --database URL-as-this-role ARGS`: (code, stdout, stderr).
    fn run(&self, s: &Sandbox, args: &[&str], stdin: &str) -> (i32, String, String) {
        run_with(s, &self.url, args, stdin, &[])
    }

    fn expect(&self, s: &Sandbox, code: i32, args: &[&str], stdin: &str) -> String {
        let (got, out, err) = self.run(s, args, stdin);
        assert_eq!(got, code, "as {}: authadm {args:?}\n--- stdout\n{out}\n--- stderr\n{err}", self.name);
        assert!(!out.contains(&self.password) && !err.contains(&self.password), "the role's password was printed");
        out
    }
}

impl Drop for Role {
    fn drop(&mut self) {
        match postgres::Client::connect(&self.admin, postgres::NoTls) {
            Ok(mut client) => {
                for sql in [format!("DROP OWNED BY {}", self.name), format!("DROP ROLE {}", self.name)] {
                    if let Err(e) = client.batch_execute(&sql) {
                        common::note(&format!("{sql}: {e}"));
                    }
                }
            }
            Err(e) => common::note(&format!("could not drop role {}: {e}", self.name)),
        }
    }
}

/// The SQL example of README's PostgreSQL section, verbatim.
fn readme_grants() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = &readme[readme.find("\n## PostgreSQL\n").expect("README has a PostgreSQL section")..];
    let start = section.find("```sql\n").expect("README's PostgreSQL section has a ```sql example") + 7;
    let end = start + section[start..].find("```").unwrap();
    section[start..end].to_string()
}

/// Django's `auth_user` and nothing else: authadm's first run as the admin, then authadm's own
/// tables and its indexes on `auth_user` dropped again.
fn only_djangos_auth_user(s: &Sandbox) {
    s.expect(0, &["user", "list"], "");
    s.execute(
        "DROP TABLE authadm_schema, authadm_user_extra, authadm_token, authadm_attempt, authadm_lockout, \
         authadm_event; DROP INDEX authadm_auth_user_username_ci, authadm_auth_user_email_ci",
    );
    let left = s.query_one("SELECT string_agg(tablename::text, ',') FROM pg_tables WHERE schemaname = 'public'");
    assert_eq!(left, "auth_user");
}

/// The commands of a day's work, as `role`, on a database whose tables it does not own.
fn every_command_works_as(s: &Sandbox, role: &Role) {
    role.expect(s, 0, &["user", "add", "alice", "--email", "alice@example.com", "--password-stdin"], ALICE_PW);
    // A wrong then a right password: the attempt, lockout and event tables are written.
    role.expect(s, 1, &["login-test", "alice", "--password-stdin"], "Wrong-Guess-123");
    role.expect(s, 0, &["login-test", "alice", "--password-stdin"], ALICE_PW);
    role.expect(s, 0, &["set-password", "alice", "--password-stdin"], "another-Horse-battery-7");
    role.expect(s, 0, &["user", "modify", "alice", "--email-verified"], "");
    role.expect(s, 0, &["token", "create", "alice"], "");
    role.expect(s, 1, &["login-test", "alice", "--password-stdin"], ALICE_PW);
    role.expect(s, 0, &["lockout", "status"], "");
    let failed: serde_json::Value =
        serde_json::from_str(&role.expect(s, 0, &["audit", "failed-logins", "--json"], "")).unwrap();
    assert_eq!(failed["attempts"].as_array().map(Vec::len), Some(2), "{failed}");
    assert_eq!(s.query_one("SELECT count(*) FROM authadm_attempt"), "3");
    assert_eq!(s.query_one("SELECT count(*) FROM authadm_token"), "1");
    role.expect(s, 0, &["user", "remove", "alice", "--yes"], "");
    role.expect(s, 4, &["user", "remove", "alice", "--yes"], "");
    assert_eq!(s.query_one("SELECT count(*) FROM auth_user"), "0");
    assert_eq!(s.query_one("SELECT count(*) FROM authadm_token"), "0", "the user's tokens went with it");
}

#[test]
fn a_role_with_only_the_readmes_grants_does_a_days_work() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    // authadm's first run as the owner of the Django tables makes authadm's tables.
    s.expect(0, &["user", "list"], "");
    let role = Role::new(&s);
    role.admin_runs(&readme_grants());
    let owned = s.query_one(&format!(
        "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = '{}'",
        role.name
    ));
    assert_eq!(owned, "0", "the role owns nothing");
    every_command_works_as(&s, &role);
}

#[test]
fn without_create_on_the_schema_the_first_run_says_so() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    // A fresh database: nothing exists yet, and the role may not create anything in it.
    let role = Role::new(&s);
    role.create();
    let (code, out, err) = role.run(&s, &["user", "list"], "");
    assert_one_clean_line("no CREATE on the schema", code, &out, &err, Some(&role.password));
    common::note(&format!("no CREATE on the schema: {err}"));
    assert!(err.contains("permission denied for schema public"), "{err}");
    assert!(err.contains("the role needs CREATE on the schema"), "{err}");
    assert_eq!(s.query_one("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), "0", "nothing was made");
    // Granted it, the role makes everything (Django's auth_user included) on its first run.
    role.admin_runs("GRANT CREATE ON SCHEMA public TO authadm_admin");
    role.expect(&s, 0, &["user", "add", "alice", "--email", "alice@example.com", "--password-stdin"], ALICE_PW);
    role.expect(&s, 0, &["login-test", "alice", "--password-stdin"], ALICE_PW);
}

#[test]
fn a_role_that_does_not_own_auth_user_needs_references_to_make_authadms_tables() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    only_djangos_auth_user(&s);
    let role = Role::new(&s);
    role.create();
    role.admin_runs("GRANT SELECT, INSERT, UPDATE, DELETE ON auth_user TO authadm_admin");
    let (code, out, err) = role.run(&s, &["user", "list"], "");
    assert_one_clean_line("no CREATE on the schema", code, &out, &err, Some(&role.password));
    assert!(err.contains("needs CREATE on the schema"), "{err}");
    role.admin_runs("GRANT CREATE ON SCHEMA public TO authadm_admin");
    let (code, out, err) = role.run(&s, &["user", "list"], "");
    assert_one_clean_line("no REFERENCES on auth_user", code, &out, &err, Some(&role.password));
    common::note(&format!("no REFERENCES on auth_user: {err}"));
    assert!(err.contains("permission denied for table auth_user"), "{err}");
    assert!(err.contains("needs REFERENCES on it"), "{err}");
    role.admin_runs("GRANT REFERENCES ON auth_user TO authadm_admin");
    role.expect(&s, 0, &["user", "list"], "");
    let owner = s.query_one("SELECT tableowner::text FROM pg_tables WHERE tablename = 'authadm_token'");
    assert_eq!(owner, role.name, "the role owns the tables it made");
    every_command_works_as(&s, &role);
}

/// A database of another application (tables, none of them `auth_user`) or with an `auth_user`
/// that is not Django's is refused in one line, and authadm creates nothing in it.
#[test]
fn a_foreign_database_is_refused_and_left_untouched() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    s.execute("CREATE TABLE orders (id integer PRIMARY KEY, total numeric)");
    let (_, err) = s.expect(6, &["user", "list"], "");
    assert!(err.contains("another application"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let tables = "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'";
    assert_eq!(s.query_one(tables), "orders", "nothing created");
    s.execute("CREATE TABLE auth_user (id integer PRIMARY KEY, username varchar(150))");
    let (_, err) = s.expect(6, &["user", "add", "bob", "--no-password"], "");
    assert!(err.contains("not Django's"), "{err}");
    assert_eq!(s.query_one(tables), "auth_user,orders", "nothing created");
}

/// Django's `auth_user_groups` points at `auth_user` with a deferred foreign key, checked at
/// COMMIT: removing a user still in a group is a conflict (exit 5) naming the way out, and the
/// user stays, as on SQLite.
#[test]
fn removing_a_user_django_still_references_is_a_conflict() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    s.add_user("alice", "alice@example.com", ALICE_PW);
    s.execute(
        "CREATE TABLE app_membership (id integer PRIMARY KEY, user_id integer NOT NULL \
         REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED); \
         INSERT INTO app_membership SELECT 1, id FROM auth_user WHERE username = 'alice'",
    );
    let (_, err) = s.expect(5, &["user", "remove", "alice", "--yes"], "");
    assert!(err.contains("--deactivate"), "{err}");
    assert_eq!(s.query_one("SELECT count(*) FROM auth_user WHERE username = 'alice'"), "1");
}

/// The catalogue reads the connection's current schema, whatever its name: a site whose tables
/// live in `"Mixed Case"` (the database's search_path) has partial and expression unique indexes
/// taken for what they are (neither makes a column the login field), a plain one that does, its
/// key found, authadm's tables made beside its own; and a token table that refers to a table
/// outside the schema is refused by that table's qualified name.
#[test]
fn a_site_in_a_quoted_schema_is_read_as_in_public() {
    let Some(s) = Sandbox::new_postgres("") else { return };
    s.execute(&format!(
        r#"CREATE SCHEMA "Mixed Case"; ALTER DATABASE "{}" SET search_path TO "Mixed Case""#,
        s.database_name()
    ));
    // Django's AbstractUser under another name, the login field to be found from unique indexes.
    s.execute(
        "CREATE TABLE accounts_person (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, \
         password varchar(128) NOT NULL, last_login timestamptz NULL, is_superuser boolean NOT NULL, \
         username varchar(150) NOT NULL, first_name varchar(150) NOT NULL, last_name varchar(150) NOT NULL, \
         email varchar(254) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL, \
         date_joined timestamptz NOT NULL); \
         CREATE UNIQUE INDEX person_username_partial ON accounts_person (username) WHERE username <> ''; \
         CREATE UNIQUE INDEX person_email_lower ON accounts_person (lower(email))",
    );
    let (_, err) = s.expect(6, &["user", "list"], "");
    assert!(err.contains("neither a unique `username` nor a unique `email`"), "{err}");
    s.execute("CREATE UNIQUE INDEX person_username ON accounts_person (username)");
    let add = ["user", "add", "alice", "--email", "alice@example.com", "--password-stdin"];
    let (out, _) = s.expect(0, &add, ALICE_PW);
    assert!(out.contains("(id 1)"), "{out}");
    s.expect(0, &["login-test", "alice", "--password-stdin"], ALICE_PW);
    let schemas = "SELECT string_agg(DISTINCT schemaname, ',') FROM pg_tables WHERE tablename LIKE 'authadm%'";
    assert_eq!(s.query_one(schemas), "Mixed Case", "authadm's tables beside the site's");
    s.execute(
        "CREATE TABLE public.outside (id bigint PRIMARY KEY); \
         ALTER TABLE authadm_token DROP CONSTRAINT authadm_token_user_id_fkey; \
         ALTER TABLE authadm_token ADD FOREIGN KEY (user_id) REFERENCES public.outside (id)",
    );
    let (_, err) = s.expect(6, &["user", "list"], "");
    assert!(err.contains("the users of `public.outside`"), "{err}");
}
