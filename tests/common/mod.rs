//! A fresh folder per test and a command helper that shows everything when an assertion fails.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};
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

pub struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    /// A folder with `authadm.toml` = FAST_CONFIG with `extra` (keys and tables) before its tables.
    pub fn new(extra: &str) -> Sandbox {
        let sandbox = Sandbox { dir: TempDir::new().unwrap() };
        let (top, tables) = FAST_CONFIG.split_at(FAST_CONFIG.find('\n').unwrap());
        sandbox.write("authadm.toml", &format!("{top}\n{extra}\n{tables}"));
        sandbox
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

    /// `authadm ARGS` run inside the folder, with no inherited settings.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("authadm").unwrap();
        cmd.current_dir(self.path()).env_remove("AUTHADM_CONFIG").env_remove("AUTHADM_DATABASE").args(args);
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

    /// Every row of every table, to prove a command changed nothing.
    pub fn dump(&self) -> String {
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
}
