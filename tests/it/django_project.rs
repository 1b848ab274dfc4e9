//! A Django project made by Django's own `startproject` and `migrate` in a sandbox, on the
//! sandbox's store (its SQLite file, or its PostgreSQL database under AUTHADM_TEST_STORE=postgres):
//! the site the groups, permissions and sessions tests check authadm against, through Django.

use crate::common::{self, PgUrl, Sandbox};
use std::path::PathBuf;
use std::process::Command;

pub struct Project {
    pub s: Sandbox,
    python: PathBuf,
}

/// AUTHADM_TEST_DJANGO_PYTHON (with psycopg in postgres mode), or `None` after saying why.
fn django_python() -> Option<PathBuf> {
    let Some(python) = std::env::var_os("AUTHADM_TEST_DJANGO_PYTHON").filter(|p| !p.is_empty()) else {
        common::note(
            "SKIPPED: set AUTHADM_TEST_DJANGO_PYTHON to a python with django==5.2.19 (and psycopg for \
             AUTHADM_TEST_STORE=postgres) to run the tests through Django (.ci/run does)",
        );
        return None;
    };
    let python = PathBuf::from(python);
    let module = if common::postgres_mode() { "import django, psycopg" } else { "import django" };
    let ok = Command::new(&python).args(["-c", module]).output().is_ok_and(|o| o.status.success());
    if !ok {
        common::note(&format!("SKIPPED: {} cannot `{module}`", python.display()));
        return None;
    }
    Some(python)
}

impl Project {
    /// `startproject`, then `migrate` onto the sandbox's database; `None` without Django.
    pub fn new() -> Option<Project> {
        Project::with(&[], "")
    }

    /// [`Project::new`] with `apps` added to `INSTALLED_APPS` and `settings` (Python) after them,
    /// all before `migrate`.
    pub fn with(apps: &[&str], settings: &str) -> Option<Project> {
        let project = Project { s: Sandbox::new(""), python: django_python()? };
        project.python(&["-m", "django", "startproject", "proj", "."]);
        let database = if project.s.is_postgres() {
            let db = PgUrl::parse(&project.s.database_arg());
            serde_json::json!({
                "ENGINE": "django.db.backends.postgresql",
                "NAME": db.dbname, "USER": db.user, "PASSWORD": db.password, "HOST": db.host,
                "PORT": db.port.to_string(),
            })
        } else {
            serde_json::json!({"ENGINE": "django.db.backends.sqlite3", "NAME": project.s.db()})
        };
        project.s.write(
            "testsettings.py",
            &format!(
                "from proj.settings import *  # noqa\nDATABASES = {{\"default\": {database}}}\n\
                 ALLOWED_HOSTS = [\"testserver\"]\nINSTALLED_APPS = INSTALLED_APPS + {apps:?}\n{settings}\n"
            ),
        );
        project.python(&["manage.py", "migrate", "-v", "0"]);
        Some(project)
    }

    /// Runs `python args...` in the project with its settings, asserting success; returns stdout.
    pub fn python(&self, args: &[&str]) -> String {
        let output = Command::new(&self.python)
            .current_dir(self.s.path())
            .args(args)
            .env("DJANGO_SETTINGS_MODULE", "testsettings")
            .output()
            .unwrap();
        let (out, err) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "python {args:?}\n--- stdout\n{out}\n--- stderr\n{err}");
        out.into_owned()
    }

    /// Runs `code` in Django's shell; returns the last line it printed.
    pub fn shell(&self, code: &str) -> String {
        let out = self.python(&["manage.py", "shell", "-v", "0", "-c", code]);
        out.lines().last().unwrap_or_default().to_string()
    }
}
