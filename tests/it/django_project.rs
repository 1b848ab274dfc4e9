//! A Django project made by Django's own `startproject` and `migrate` in a sandbox, on the
//! sandbox's store (its SQLite file, or its PostgreSQL database under AUTHADM_TEST_STORE=postgres):
//! the site the groups, permissions and sessions tests check authadm against, through Django;
//! with a custom user model of its own app, the sites of the user model tests.

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

/// A custom user model, written as Django's documentation and well-known projects write them,
/// so the tests meet the shapes authadm must find from the database alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// `startproject`, then `migrate` onto the sandbox's database; `None` without Django.
    pub fn new() -> Option<Project> {
        Self::build(None, &[], "")
    }

    /// [`Project::new`] with `apps` added to `INSTALLED_APPS` and `settings` (Python) after them,
    /// all before `migrate`.
    pub fn with(apps: &[&str], settings: &str) -> Option<Project> {
        Self::build(None, apps, settings)
    }

    /// `startproject` and `startapp` with `model` as AUTH_USER_MODEL, then `makemigrations` and
    /// `migrate` onto the sandbox's database, as a site with a custom user model is made;
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

    fn build(model: Option<(UserModel, &str)>, apps: &[&str], extra: &str) -> Option<Project> {
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
        let mut settings = format!(
            "from proj.settings import *  # noqa\nDATABASES = {{\"default\": {database}}}\n\
             ALLOWED_HOSTS = [\"testserver\"]\nINSTALLED_APPS = INSTALLED_APPS + {apps:?}\n{extra}\n"
        );
        if let Some((model, more)) = model {
            project.python(&["manage.py", "startapp", model.app()]);
            project.s.write(&format!("{}/models.py", model.app()), &format!("{}{more}", model.models_py()));
            settings.push_str(&format!(
                "INSTALLED_APPS = INSTALLED_APPS + [\"{}\"]\nAUTH_USER_MODEL = \"{}\"\n",
                model.app(),
                model.label()
            ));
        }
        project.s.write("testsettings.py", &settings);
        if let Some((model, _)) = model {
            project.python(&["manage.py", "makemigrations", model.app(), "-v", "0"]);
        }
        project.python(&["manage.py", "migrate", "-v", "0"]);
        Some(project)
    }

    /// Runs `python args...` in the project with its settings, asserting success; returns stdout.
    pub fn python(&self, args: &[&str]) -> String {
        self.python_with_env(args, &[])
    }

    /// [`Project::python`] with these variables set too (`DJANGO_SUPERUSER_PASSWORD`).
    pub fn python_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> String {
        let output = Command::new(&self.python)
            .current_dir(self.s.path())
            .args(args)
            .env("DJANGO_SETTINGS_MODULE", "testsettings")
            .envs(env.iter().copied())
            .output()
            .unwrap();
        let (out, err) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "python {args:?}\n--- stdout\n{out}\n--- stderr\n{err}");
        out.into_owned()
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
