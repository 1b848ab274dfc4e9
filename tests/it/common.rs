//! A fresh folder per test and a command helper that shows everything when an assertion fails.
//!
//! The store under test is SQLite (`authadm.db` in the folder) unless `AUTHADM_TEST_STORE=postgres`,
//! when each [`Sandbox`] gets a fresh PostgreSQL database in the cluster whose admin URL is
//! `AUTHADM_TEST_POSTGRES` (`.ci/postgres.sh start DIR` prints one), dropped again when it goes.

use assert_cmd::Command;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use tempfile::TempDir;

/// Cheap hashing so the suite runs fast; production defaults are tested in the unit tests.
/// Its first line is its only top-level key; [`Sandbox::new`] inserts extra settings after it.
pub const FAST_CONFIG: &str = r#"password_hashers = ["argon2", "pbkdf2_sha256"]
[hashers.argon2]
memory_cost = 64
time_cost = 1
parallelism = 1
[hashers.pbkdf2_sha256]
iterations = 1000
"#;

/// Where the sandboxes' users live.
pub enum Store {
    /// `authadm.db` in the sandbox's folder.
    Sqlite,
    /// A database of its own, created for the sandbox and dropped with it.
    Postgres { admin: String, name: String, url: String },
}

pub struct Sandbox {
    dir: TempDir,
    store: Store,
    /// The time every command sees once [`Sandbox::advance`] has stopped the clock; the system's
    /// until then.
    clock: Mutex<Option<jiff::Timestamp>>,
}

/// Writes straight to stderr: the test harness swallows `eprintln!` of passing tests.
pub fn note(message: &str) {
    let _ = writeln!(std::io::stderr(), "{message}");
}

/// `AUTHADM_TEST_POSTGRES`, the admin URL of a cluster to create test databases in, if set.
pub fn postgres_admin_url() -> Option<String> {
    std::env::var("AUTHADM_TEST_POSTGRES").ok().filter(|url| !url.is_empty())
}

/// The admin URL, or `None` after saying how to run the PostgreSQL tests:
/// `let Some(admin) = common::skip_unless_postgres() else { return };`
pub fn skip_unless_postgres() -> Option<String> {
    let url = postgres_admin_url();
    if url.is_none() {
        note("skipping: set AUTHADM_TEST_POSTGRES=postgres://... to run the PostgreSQL tests");
    }
    url
}

/// Whether the suite runs against PostgreSQL (`AUTHADM_TEST_STORE=postgres`).
pub fn postgres_mode() -> bool {
    match std::env::var("AUTHADM_TEST_STORE").as_deref() {
        Ok("postgres") => true,
        Ok("sqlite") | Ok("") | Err(_) => false,
        Ok(other) => panic!("AUTHADM_TEST_STORE={other:?}: expected \"sqlite\" or \"postgres\""),
    }
}

/// For tests about the SQLite file itself: true (after saying why) in postgres mode.
/// `if common::skip_in_postgres_mode("file modes") { return; }`
pub fn skip_in_postgres_mode(why: &str) -> bool {
    let skip = postgres_mode();
    if skip {
        note(&format!("skipping in postgres mode: {why}"));
    }
    skip
}

/// A URL's parts, for clients that want them apart (Django's settings).
#[derive(Debug, Clone)]
pub struct PgUrl {
    pub user: String,
    pub password: Option<String>,
    pub host: String,
    pub port: u16,
    pub dbname: String,
    /// Everything after `?`, without it (`sslmode=require`), or "".
    pub query: String,
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(byte) = u8::from_str_radix(hex, 16) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

impl PgUrl {
    /// `postgres://user[:password]@host[:port][/dbname][?query]`, the form `.ci/postgres.sh` prints.
    pub fn parse(url: &str) -> PgUrl {
        let rest = url
            .strip_prefix("postgres://")
            .or_else(|| url.strip_prefix("postgresql://"))
            .unwrap_or_else(|| panic!("not a postgres:// URL: {url}"));
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, dbname) = rest.split_once('/').unwrap_or((rest, ""));
        let (userinfo, hostport) = authority.rsplit_once('@').unwrap_or_else(|| panic!("no user in {url}"));
        let (user, password) = match userinfo.split_once(':') {
            Some((user, password)) => (user, Some(percent_decode(password))),
            None => (userinfo, None),
        };
        let (host, port) = match hostport.rsplit_once(':') {
            Some((host, port)) => (host, port.parse().unwrap_or_else(|_| panic!("bad port in {url}"))),
            None => (hostport, 5432),
        };
        PgUrl {
            user: percent_decode(user),
            password,
            host: host.to_string(),
            port,
            dbname: percent_decode(if dbname.is_empty() { "postgres" } else { dbname }),
            query: query.to_string(),
        }
    }

    /// The same URL naming another database (the query string kept).
    pub fn with_dbname(url: &str, dbname: &str) -> String {
        let scheme_end = url.find("://").map(|i| i + 3).unwrap_or(0);
        let (base, query) = url.split_once('?').map(|(b, q)| (b, Some(q))).unwrap_or((url, None));
        let authority_end = base[scheme_end..].find('/').map(|i| i + scheme_end).unwrap_or(base.len());
        let mut out = format!("{}/{dbname}", &base[..authority_end]);
        if let Some(query) = query {
            out.push('?');
            out.push_str(query);
        }
        out
    }
}

/// A plain (no TLS) connection for the harness itself.
pub fn pg_connect(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).unwrap_or_else(|e| panic!("connecting to {url}: {e}"))
}

static DATABASES: AtomicUsize = AtomicUsize::new(0);

/// Creates a fresh database in the cluster at `admin`, empty or a copy of `template` (a database
/// no one is connected to); returns (name, URL).
pub fn create_database(admin: &str, template: Option<&str>) -> (String, String) {
    let name = format!("authadm_t_{}_{}", std::process::id(), DATABASES.fetch_add(1, Ordering::Relaxed));
    create_named_database(admin, &name, template);
    let url = PgUrl::with_dbname(admin, &name);
    (name, url)
}

/// [`create_database`] under a name the caller chose.
pub fn create_named_database(admin: &str, name: &str, template: Option<&str>) {
    let mut client = pg_connect(admin);
    let create = match template {
        Some(template) => format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""),
        None => format!("CREATE DATABASE \"{name}\""),
    };
    // One statement each: several in one simple query would run as a transaction, which
    // CREATE/DROP DATABASE refuse. A left-over from a crashed run with the same pid goes first.
    for sql in [format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"), create] {
        client.batch_execute(&sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
}

/// Drops a database made by [`create_database`], whoever is still connected.
pub fn drop_database(admin: &str, name: &str) {
    match postgres::Client::connect(admin, postgres::NoTls) {
        Ok(mut client) => {
            if let Err(e) = client.batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")) {
                note(&format!("could not drop test database {name}: {e}"));
            }
        }
        Err(e) => note(&format!("could not drop test database {name}: {e}")),
    }
}

impl Sandbox {
    /// A folder with `authadm.toml` = FAST_CONFIG with `extra` (keys and tables) before its tables,
    /// and the store the suite runs against (see the module's documentation).
    pub fn new(extra: &str) -> Sandbox {
        let store = if postgres_mode() {
            let admin = postgres_admin_url().unwrap_or_else(|| {
                panic!(
                    "AUTHADM_TEST_STORE=postgres needs AUTHADM_TEST_POSTGRES set to an admin URL, \
                     postgres://USER:PASSWORD@HOST:PORT/postgres (`.ci/postgres.sh start DIR` prints one)"
                )
            });
            Self::postgres_store(&admin)
        } else {
            Store::Sqlite
        };
        Self::with_store(extra, store)
    }

    /// [`Sandbox::new`]`("")` whose PostgreSQL database starts as a copy of `template`
    /// (postgres mode only): a migrated Django project's database without migrating again.
    pub fn with_database_from(template: &str) -> Sandbox {
        let admin = postgres_admin_url().expect("a template database in postgres mode");
        let (name, url) = create_database(&admin, Some(template));
        Self::with_store("", Store::Postgres { admin, name, url })
    }

    /// A sandbox on a fresh PostgreSQL database whatever the suite's mode, for the
    /// PostgreSQL-only tests; `None` (after saying how to run them) without AUTHADM_TEST_POSTGRES.
    pub fn new_postgres(extra: &str) -> Option<Sandbox> {
        let admin = skip_unless_postgres()?;
        Some(Self::with_store(extra, Self::postgres_store(&admin)))
    }

    fn postgres_store(admin: &str) -> Store {
        let (name, url) = create_database(admin, None);
        Store::Postgres { admin: admin.to_string(), name, url }
    }

    fn with_store(extra: &str, store: Store) -> Sandbox {
        let sandbox = Sandbox { dir: TempDir::new().unwrap(), store, clock: Mutex::new(None) };
        let (top, tables) = FAST_CONFIG.split_at(FAST_CONFIG.find('\n').unwrap());
        sandbox.write("authadm.toml", &format!("{top}\n{extra}\n{tables}"));
        sandbox
    }

    /// Lets `seconds` pass for the commands run after it, without sleeping: the first call stops
    /// the clock at now plus `seconds` (the binary reads AUTHADM_TEST_NOW), later ones move it on.
    pub fn advance(&self, seconds: f64) {
        let mut clock = self.clock.lock().unwrap();
        let from = clock.unwrap_or_else(jiff::Timestamp::now);
        *clock = Some(from + jiff::SignedDuration::from_secs_f64(seconds));
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.store, Store::Postgres { .. })
    }

    /// The database's URL (PostgreSQL) or the path of `authadm.db`, for `--database`.
    pub fn database_arg(&self) -> String {
        match &self.store {
            Store::Sqlite => self.db().to_str().unwrap().to_string(),
            Store::Postgres { url, .. } => url.clone(),
        }
    }

    /// The PostgreSQL database's name (panics in SQLite mode).
    pub fn database_name(&self) -> &str {
        match &self.store {
            Store::Postgres { name, .. } => name,
            Store::Sqlite => panic!("database_name() of a SQLite sandbox"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn db(&self) -> PathBuf {
        self.path().join("authadm.db")
    }

    pub fn write(&self, name: &str, text: &str) {
        std::fs::write(self.path().join(name), text).unwrap();
    }

    /// `authadm ARGS` run inside the folder, with no inherited settings but the sandbox's
    /// PostgreSQL database in AUTHADM_DATABASE (an explicit `--database` still wins).
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("authadm").unwrap();
        cmd.current_dir(self.path()).env_remove("AUTHADM_CONFIG");
        for var in [
            "PGPASSWORD",
            "PGPASSFILE",
            "PGSSLMODE",
            "PGHOST",
            "PGPORT",
            "PGUSER",
            "PGDATABASE",
            "PGSERVICE",
            "PGSSLROOTCERT",
            "PGCHANNELBINDING",
            "PGCONNECT_TIMEOUT",
            "PGAPPNAME",
        ] {
            cmd.env_remove(var);
        }
        match &self.store {
            Store::Sqlite => cmd.env_remove("AUTHADM_DATABASE"),
            Store::Postgres { url, .. } => cmd.env("AUTHADM_DATABASE", url),
        };
        match *self.clock.lock().unwrap() {
            Some(now) => cmd.env("AUTHADM_TEST_NOW", now.to_string()),
            None => cmd.env_remove("AUTHADM_TEST_NOW"),
        };
        cmd.args(args);
        cmd
    }

    /// Runs with `stdin`, returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str], stdin: &str) -> (i32, String, String) {
        let output = self.cmd(args).write_stdin(stdin).output().unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Runs and asserts the exit code, printing everything when it differs.
    pub fn expect(&self, code: i32, args: &[&str], stdin: &str) -> (String, String) {
        let (got, out, err) = self.run(args, stdin);
        assert_eq!(got, code, "authadm {args:?}\n--- stdout\n{out}\n--- stderr\n{err}");
        (out, err)
    }

    pub fn json(&self, code: i32, args: &[&str], stdin: &str) -> serde_json::Value {
        let mut args = args.to_vec();
        args.push("--json");
        let (out, _) = self.expect(code, &args, stdin);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
    }

    /// Adds a user with a password that passes the default validators.
    pub fn add_user(&self, name: &str, email: &str, password: &str) {
        self.expect(0, &["user", "add", name, "--email", email, "--password-stdin"], password);
    }

    /// Every row of every table (schema public on PostgreSQL), to prove a command changed nothing.
    pub fn dump(&self) -> String {
        let Store::Postgres { url, .. } = &self.store else { return self.dump_sqlite() };
        let mut client = pg_connect(url);
        let tables: Vec<String> = client
            .query("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", &[])
            .unwrap()
            .iter()
            .map(|row| row.get(0))
            .collect();
        let mut dump = String::new();
        for table in tables {
            // A row's text form ((1,alice,...), NULL as empty) is comparable, and ordering by it
            // makes the dump independent of the physical order updates leave.
            let rows = client.query(&format!("SELECT t::text FROM public.\"{table}\" t ORDER BY 1"), &[]).unwrap();
            for row in rows {
                dump.push_str(&format!("{table}: {}\n", row.get::<_, String>(0)));
            }
        }
        dump
    }

    fn dump_sqlite(&self) -> String {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut dump = String::new();
        for table in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
            let columns = stmt.column_count();
            let rows = stmt
                .query_map([], |row| {
                    Ok((0..columns).map(|i| format!("{:?}", row.get_ref(i).unwrap())).collect::<Vec<_>>().join("|"))
                })
                .unwrap();
            for row in rows {
                dump.push_str(&format!("{table}: {}\n", row.unwrap()));
            }
        }
        dump
    }

    /// Runs SQL statements (`;`-separated, no results) on the sandbox's database, either store.
    /// Write SQL both understand: `true`/`false` for booleans (SQLite reads them as 1/0).
    pub fn execute(&self, sql: &str) {
        match &self.store {
            Store::Sqlite => rusqlite::Connection::open(self.db())
                .unwrap()
                .execute_batch(sql)
                .unwrap_or_else(|e| panic!("{sql}: {e}")),
            Store::Postgres { url, .. } => pg_connect(url).batch_execute(sql).unwrap_or_else(|e| panic!("{sql}: {e}")),
        }
    }

    /// The rows of one query, every value as text: integers in decimal, NULL as "NULL", and
    /// booleans as "1"/"0" on both stores (PostgreSQL's t/f are mapped), so assertions compare
    /// alike. One statement, no parameters (tests build literals themselves).
    pub fn query_strings(&self, sql: &str) -> Vec<Vec<String>> {
        match &self.store {
            Store::Sqlite => {
                let conn = rusqlite::Connection::open(self.db()).unwrap();
                let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
                let columns = stmt.column_count();
                stmt.query_map([], |row| {
                    Ok((0..columns)
                        .map(|i| match row.get_ref(i).unwrap() {
                            rusqlite::types::ValueRef::Null => "NULL".to_string(),
                            rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                            rusqlite::types::ValueRef::Real(x) => x.to_string(),
                            rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                            rusqlite::types::ValueRef::Blob(b) => String::from_utf8_lossy(b).into_owned(),
                        })
                        .collect())
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
            }
            Store::Postgres { url, .. } => {
                let mut client = pg_connect(url);
                let statement = client.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
                let booleans: Vec<bool> =
                    statement.columns().iter().map(|c| *c.type_() == postgres::types::Type::BOOL).collect();
                let messages = client.simple_query(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
                messages
                    .iter()
                    .filter_map(|message| match message {
                        postgres::SimpleQueryMessage::Row(row) => Some(
                            (0..row.len())
                                .map(|i| match (row.get(i), booleans.get(i)) {
                                    (None, _) => "NULL".to_string(),
                                    (Some("t"), Some(true)) => "1".to_string(),
                                    (Some("f"), Some(true)) => "0".to_string(),
                                    (Some(text), _) => text.to_string(),
                                })
                                .collect(),
                        ),
                        _ => None,
                    })
                    .collect()
            }
        }
    }

    /// The one value a query returns (first column of the first row).
    pub fn query_one(&self, sql: &str) -> String {
        let rows = self.query_strings(sql);
        rows.first().and_then(|row| row.first()).cloned().unwrap_or_else(|| panic!("no rows from {sql}"))
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Store::Postgres { admin, name, .. } = &self.store {
            drop_database(admin, name);
        }
    }
}
