//! A Django project made by Django's own `startproject` and `migrate` in a sandbox, on the
//! sandbox's store (its SQLite file, or its PostgreSQL database under AUTHADM_TEST_STORE=postgres):
//! the site the groups, permissions and sessions tests check authadm against, through Django;
//! with a custom user model of its own app, the sites of the user model tests.
//!
//! Each distinct project is made once per test run, in a cache folder of the temporary area, and
//! copied (files and migrated database) into the sandbox of every test that asks for it: the same
//! files and tables `migrate` made, without starting Django four times per test.

use crate::common::{self, PgUrl, Sandbox};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{LazyLock, Mutex, OnceLock};

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
    let modules = if common::postgres_mode() { "django, psycopg" } else { "django" };
    if !python_can_import(modules) {
        common::note(&format!("SKIPPED: {} cannot `import {modules}`", python.display()));
        return None;
    }
    Some(PathBuf::from(python))
}

/// Whether AUTHADM_TEST_DJANGO_PYTHON (false when unset) can `import modules`, asked once a run
/// for each list: the answer cannot change meanwhile, and asking starts Python (up to 2 s for
/// allauth's MFA).
pub fn python_can_import(modules: &str) -> bool {
    static ANSWERS: LazyLock<Mutex<HashMap<String, bool>>> = LazyLock::new(Mutex::default);
    let Some(python) = std::env::var_os("AUTHADM_TEST_DJANGO_PYTHON").filter(|p| !p.is_empty()) else {
        return false;
    };
    *ANSWERS.lock().unwrap().entry(modules.to_string()).or_insert_with(|| {
        let import = format!("import {modules}");
        Command::new(python).args(["-c", &import]).output().is_ok_and(|o| o.status.success())
    })
}

/// A custom user model, written as Django's documentation and well-known projects write them,
/// so the tests meet the shapes authadm must find from the database alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UserModel {
    /// `accounts.User(AbstractUser)`: `auth_user`'s columns in `accounts_user`, with the bigint
    /// id of startproject's DEFAULT_AUTO_FIELD.
    Subclass,
    /// `accounts.User(AbstractBaseUser, PermissionsMixin)` logging in by a unique email, no
    /// username column, and a required `full_name` the database cannot default.
    EmailLogin,
    /// `accounts.User(AbstractUser)` with a UUID primary key.
    UuidKey,
    /// `people.Person` in `users_user` (NetBox's renaming): bigint id, no `is_staff`.
    RenamedTable,
}

/// Models of [`UserModel::Subclass`] and [`UserModel::UuidKey`].
const SUBCLASS_MODELS: &str = "from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    pass
";

const UUID_MODELS: &str = "import uuid

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
";

const EMAIL_LOGIN_MODELS: &str = "from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **extra_fields):
        if not email:
            raise ValueError(\"an email address is required\")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault(\"is_staff\", True)
        extra_fields.setdefault(\"is_superuser\", True)
        return self.create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=100)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = \"email\"
    EMAIL_FIELD = \"email\"
    REQUIRED_FIELDS = [\"full_name\"]
";

const RENAMED_TABLE_MODELS: &str = "from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone


class PersonManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, username, email=\"\", password=None, **extra_fields):
        username = self.model.normalize_username(username)
        user = self.model(username=username, email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, username, email=\"\", password=None, **extra_fields):
        extra_fields.setdefault(\"is_superuser\", True)
        return self.create_user(username, email, password, **extra_fields)


class Person(AbstractBaseUser, PermissionsMixin):
    id = models.BigAutoField(primary_key=True)
    username = models.CharField(max_length=150, unique=True)
    email = models.EmailField(blank=True)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = PersonManager()

    USERNAME_FIELD = \"username\"
    EMAIL_FIELD = \"email\"
    REQUIRED_FIELDS = [\"email\"]

    class Meta:
        db_table = \"users_user\"
";

impl UserModel {
    /// The app `startapp` makes for the model.
    pub fn app(self) -> &'static str {
        match self {
            UserModel::RenamedTable => "people",
            _ => "accounts",
        }
    }

    /// AUTH_USER_MODEL.
    pub fn label(self) -> &'static str {
        match self {
            UserModel::RenamedTable => "people.Person",
            _ => "accounts.User",
        }
    }

    /// The table Django's migration makes for the model.
    pub fn table(self) -> &'static str {
        match self {
            UserModel::RenamedTable => "users_user",
            _ => "accounts_user",
        }
    }

    fn models_py(self) -> &'static str {
        match self {
            UserModel::Subclass => SUBCLASS_MODELS,
            UserModel::EmailLogin => EMAIL_LOGIN_MODELS,
            UserModel::UuidKey => UUID_MODELS,
            UserModel::RenamedTable => RENAMED_TABLE_MODELS,
        }
    }
}

impl Project {
    /// `startproject`, then `migrate`, on the sandbox's database; `None` without Django.
    pub fn new() -> Option<Project> {
        Self::build(None, &[], "")
    }

    /// [`Project::new`] with `apps` added to `INSTALLED_APPS` and `settings` (Python) after them,
    /// all before `migrate`.
    pub fn with(apps: &[&str], settings: &str) -> Option<Project> {
        Self::build(None, apps, settings)
    }

    /// `startproject` and `startapp` with `model` as AUTH_USER_MODEL, then `makemigrations` and
    /// `migrate`, on the sandbox's database, as a site with a custom user model is made;
    /// `None` without Django.
    pub fn with_user_model(model: UserModel) -> Option<Project> {
        Self::with_more_models(model, "")
    }

    /// [`Project::with_user_model`] with `more` (other models of the app, migrated with it)
    /// appended to the app's models.py.
    pub fn with_more_models(model: UserModel, more: &str) -> Option<Project> {
        Self::build(Some((model, more)), &[], "")
    }

    /// [`Project::with_user_model`] with `apps` and `settings` as [`Project::with`] takes them.
    pub fn with_user_model_and(model: UserModel, apps: &[&str], settings: &str) -> Option<Project> {
        Self::build(Some((model, "")), apps, settings)
    }

    /// Routes `/accounts/` to django-allauth's views (`path("accounts/", include("allauth.urls"))`,
    /// as allauth's installation guide has it), beside the admin.
    pub fn route_allauth(&self) {
        self.serve_urls(r#"path("accounts/", include("allauth.urls"))"#);
    }

    /// A copy of the template made from these (see [`Recipe`]) in a fresh sandbox, its
    /// settings naming the sandbox's database.
    fn build(model: Option<(UserModel, &str)>, apps: &[&str], extra: &str) -> Option<Project> {
        let python = django_python()?;
        let recipe = Recipe {
            model: model.map(|(model, more)| (model, more.to_string())),
            apps: apps.iter().map(|app| app.to_string()).collect(),
            extra: extra.to_string(),
        };
        let template = cache().template(&python, &recipe);
        let s = match &template.database {
            Some(database) => Sandbox::with_database_from(database),
            None => Sandbox::new(""),
        };
        copy_files(&template.dir, s.path());
        if !s.is_postgres() {
            std::fs::copy(template.dir.join("authadm.db"), s.db()).unwrap();
        }
        s.write("testsettings.py", &recipe.settings(&s.database_arg()));
        Some(Project { s, python })
    }

    /// Runs `python args...` in the project with its settings, asserting success; returns stdout.
    pub fn python(&self, args: &[&str]) -> String {
        self.python_with_env(args, &[])
    }

    /// [`Project::python`] with these variables set too (`DJANGO_SUPERUSER_PASSWORD`).
    pub fn python_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> String {
        run_python(&self.python, self.s.path(), "testsettings", args, env)
    }

    /// Serves `patterns` (Python list items, e.g. `path("accounts/", include("allauth.urls"))`)
    /// beside Django's admin, as the site's ROOT_URLCONF: the pages of the apps a test installs.
    pub fn serve_urls(&self, patterns: &str) {
        self.s.write(
            "testurls.py",
            &format!(
                "from django.contrib import admin\nfrom django.urls import include, path\n\n\
                 urlpatterns = [path(\"admin/\", admin.site.urls), {patterns}]\n"
            ),
        );
        let settings = std::fs::read_to_string(self.s.path().join("testsettings.py")).unwrap();
        self.s.write("testsettings.py", &format!("{settings}ROOT_URLCONF = \"testurls\"\n"));
    }

    /// Runs `code` in Django's shell; returns the last line it printed.
    pub fn shell(&self, code: &str) -> String {
        let out = self.python(&["manage.py", "shell", "-v", "0", "-c", code]);
        out.lines().last().unwrap_or_default().to_string()
    }
}

/// Runs `python args...` in `dir` with `settings` as DJANGO_SETTINGS_MODULE, asserting success;
/// returns stdout.
pub fn run_python(python: &Path, dir: &Path, settings: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let output = Command::new(python)
        .current_dir(dir)
        .args(args)
        .env("DJANGO_SETTINGS_MODULE", settings)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    let (out, err) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "python {args:?}\n--- stdout\n{out}\n--- stderr\n{err}");
    out.into_owned()
}

/// What a project is made from. Equal recipes make the same files and the same migrated
/// database, so each is made once per test run, as a template, and copied into every sandbox
/// that asks for it: `startproject`, `startapp`, `makemigrations` and `migrate` each start Python
/// with Django (1–3 s), and making the project was most of a Django test's time.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Recipe {
    /// A custom user model, and more models of its app.
    model: Option<(UserModel, String)>,
    /// Added to `INSTALLED_APPS`.
    apps: Vec<String>,
    /// Settings (Python) after the apps.
    extra: String,
}

impl Recipe {
    /// testsettings.py: startproject's settings with `database` (a SQLite path or a PostgreSQL
    /// URL, as `--database` takes it) and the recipe's apps, settings and user model.
    fn settings(&self, database: &str) -> String {
        let database = if database.starts_with("postgres://") {
            let db = PgUrl::parse(database);
            serde_json::json!({
                "ENGINE": "django.db.backends.postgresql",
                "NAME": db.dbname, "USER": db.user, "PASSWORD": db.password, "HOST": db.host,
                "PORT": db.port.to_string(),
            })
        } else {
            serde_json::json!({"ENGINE": "django.db.backends.sqlite3", "NAME": database})
        };
        let Recipe { model, apps, extra } = self;
        let mut settings = format!(
            "from proj.settings import *  # noqa\nDATABASES = {{\"default\": {database}}}\n\
             ALLOWED_HOSTS = [\"testserver\"]\nINSTALLED_APPS = INSTALLED_APPS + {apps:?}\n{extra}\n"
        );
        if let Some((model, _)) = model {
            settings.push_str(&format!(
                "INSTALLED_APPS = INSTALLED_APPS + [\"{}\"]\nAUTH_USER_MODEL = \"{}\"\n",
                model.app(),
                model.label()
            ));
        }
        settings
    }

    /// `startproject` (and `startapp` and `makemigrations` for a user model), then `migrate`
    /// onto `database`, in `dir`.
    fn make(&self, python: &Path, dir: &Path, database: &str) {
        let run = |args: &[&str]| run_python(python, dir, "testsettings", args, &[]);
        run(&["-m", "django", "startproject", "proj", "."]);
        if let Some((model, more)) = &self.model {
            run(&["manage.py", "startapp", model.app()]);
            std::fs::write(dir.join(model.app()).join("models.py"), format!("{}{more}", model.models_py())).unwrap();
        }
        std::fs::write(dir.join("testsettings.py"), self.settings(database)).unwrap();
        if let Some((model, _)) = &self.model {
            run(&["manage.py", "makemigrations", model.app(), "-v", "0"]);
        }
        run(&["manage.py", "migrate", "-v", "0"]);
    }
}

/// A made project: its folder, with its SQLite database or, in postgres mode, its database's name.
struct Template {
    dir: PathBuf,
    database: Option<String>,
}

/// This run's templates, in a folder of the temporary area locked while the run lives (see
/// [`sweep`]), made as tests ask for them; tests run on threads of one process.
struct Cache {
    dir: PathBuf,
    /// Held until the process ends: the lock that says the run is alive.
    _alive: File,
    templates: Mutex<HashMap<Recipe, &'static OnceLock<Template>>>,
}

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Cache::open)
}

impl Cache {
    /// A locked folder of its own under `$TMPDIR/authadm-it-templates`, after removing those
    /// of runs that have ended.
    fn open() -> Cache {
        let root = std::env::temp_dir().join("authadm-it-templates");
        std::fs::create_dir_all(&root).unwrap();
        // Held while sweeping and while this run's folder is made and locked, so that no run
        // takes a folder just made, not locked yet, for one of a run that has ended.
        let setting_up = File::create(root.join(".lock")).unwrap();
        setting_up.lock().unwrap();
        sweep(&root);
        let dir = tempfile::Builder::new().prefix("run-").tempdir_in(&root).unwrap().keep();
        let alive = File::create(dir.join(".lock")).unwrap();
        alive.lock().unwrap();
        Cache { dir, _alive: alive, templates: Mutex::default() }
    }

    /// The template made from `recipe`, made now by the first test to ask; others asking
    /// meanwhile wait for it.
    fn template(&'static self, python: &Path, recipe: &Recipe) -> &'static Template {
        let slot = *self.templates.lock().unwrap().entry(recipe.clone()).or_insert_with(|| Box::leak(Box::default()));
        slot.get_or_init(|| self.make(python, recipe))
    }

    /// Makes `recipe`'s project in a folder of the cache, on a SQLite file there or on a
    /// PostgreSQL database listed in the cache's `databases` first, for [`sweep`].
    fn make(&self, python: &Path, recipe: &Recipe) -> Template {
        let dir = tempfile::Builder::new().prefix("project-").tempdir_in(&self.dir).unwrap().keep();
        let name = dir.file_name().unwrap().to_str().unwrap();
        let database = common::postgres_mode().then(|| format!("authadm_tmpl_{}_{name}", std::process::id()));
        let url = match &database {
            Some(database) => {
                let mut list = OpenOptions::new().create(true).append(true).open(self.dir.join("databases")).unwrap();
                writeln!(list, "{database}").unwrap();
                let admin = common::postgres_admin_url().expect("AUTHADM_TEST_POSTGRES in postgres mode");
                common::create_named_database(&admin, database, None);
                PgUrl::with_dbname(&admin, database)
            }
            None => dir.join("authadm.db").to_str().unwrap().to_string(),
        };
        recipe.make(python, &dir, &url);
        // The copies take the file as it is: migrate has ended and left no journal behind.
        for leftover in ["authadm.db-wal", "authadm.db-journal"] {
            assert!(!dir.join(leftover).exists(), "{leftover} in {}", dir.display());
        }
        Template { dir, database }
    }
}

/// Removes the folders of runs that have ended (their lock is free) with the template databases
/// they list, from this run's cluster; a folder listing databases waits for a run that has the
/// cluster's URL. Runs leave their templates for the next one to remove: a test process has no
/// hook at its end.
fn sweep(root: &Path) {
    for entry in std::fs::read_dir(root).unwrap().flatten() {
        let Ok(alive) = File::open(entry.path().join(".lock")) else { continue };
        if alive.try_lock().is_err() {
            continue;
        }
        let databases = std::fs::read_to_string(entry.path().join("databases")).unwrap_or_default();
        match common::postgres_admin_url() {
            Some(admin) => databases.lines().for_each(|database| common::drop_database(&admin, database)),
            None if !databases.is_empty() => continue,
            None => {}
        }
        let _ = std::fs::remove_dir_all(entry.path());
    }
}

/// Copies a template's project files from `from` into `to`, recursively, leaving out its
/// database (copied apart) and settings (written for the copy's database), and Python's caches:
/// a cached testsettings would be taken for the rewritten one when size and second match.
fn copy_files(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if ["authadm.db", "testsettings.py", "__pycache__"].iter().any(|skip| name == *skip) {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir(&target).unwrap();
            copy_files(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
