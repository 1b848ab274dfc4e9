//! The settings file: TOML whose keys mirror Django's settings, read into typed [`Settings`].
//!
//! Two stages, as ripgrep's low and high arguments: serde reads the raw file (unknown keys are
//! errors), then names are resolved through the backend, hasher and validator registries, whose
//! components read their own typed options ([`crate::component`]). Every error names the file,
//! line and column.

use crate::backends::{self, Backend};
use crate::component::{self, Configured};
use crate::hashers::{self, PasswordHashers};
use crate::lockout::guard;
use crate::validators::{self, Validator};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Read;
use std::ops::Range;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The file read when `--config` is not given, if it exists.
pub const DEFAULT_CONFIG_FILE: &str = "authadm.toml";
pub const DEFAULT_BACKENDS: &[&str] = &["model"];
/// Django 5.2's default `PASSWORD_HASHERS`, in Django's order: a stock site verifies every hash
/// authadm writes (argon2 first would break a site without argon2-cffi at its users' next login).
pub const DEFAULT_HASHERS: &[&str] = &["pbkdf2_sha256", "pbkdf2_sha1", "argon2", "bcrypt_sha256", "scrypt"];
/// Django's `startproject` template: the four validators every new project has.
pub const DEFAULT_VALIDATORS: &[&str] =
    &["user_attribute_similarity", "minimum_length", "common_password", "numeric_password"];
pub const DEFAULT_MAX_PASSWORD_BYTES: usize = 4096;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    database: Option<PathBuf>,
    password_file: Option<PathBuf>,
    authentication_backends: Option<Spanned<Vec<Spanned<RawBackend>>>>,
    password_hashers: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    hashers: BTreeMap<String, Spanned<toml::Table>>,
    auth_password_validators: Option<Vec<Spanned<RawValidator>>>,
    max_password_bytes: Option<Spanned<i64>>,
    logout_on_password_change: Option<bool>,
    case_insensitive_identity: Option<bool>,
    lockout: Option<crate::lockout::settings::RawLockout>,
    rate_limits: Option<crate::lockout::settings::RawRateLimits>,
    mfa: Option<crate::mfa::settings::RawMfa>,
    otp: Option<crate::mfa::settings::RawOtp>,
    account: Option<crate::addresses::RawAccount>,
    #[serde(default)]
    user_model: crate::store::user_model::Choice,
}

/// A backend is named by a string, or by an inline table `{ name = "...", options = {...} }`.
#[derive(Deserialize)]
#[serde(
    untagged,
    expecting = "each backend must be a name such as \"model\", or a table { name = \"...\", options = { ... } }"
)]
enum RawBackend {
    Name(String),
    Table(RawBackendTable),
}

/// Its own struct, so that `deny_unknown_fields` catches a misspelt `options`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBackendTable {
    name: String,
    #[serde(default)]
    options: toml::Table,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawValidator {
    name: String,
    #[serde(default)]
    options: toml::Table,
}

/// The resolved settings every command runs with.
pub struct Settings {
    /// The file the settings came from; `None` means built-in defaults.
    pub source: Option<PathBuf>,
    /// `database` from the file: a `postgres://` URL, or a path already relative to the file's folder.
    pub database: Option<PathBuf>,
    /// Where the PostgreSQL password is (its first line), relative to the file's folder.
    pub password_file: Option<PathBuf>,
    /// The chain after the guard: the backends that look accounts up and check credentials.
    pub backends: Vec<Configured<dyn Backend>>,
    /// `lockout` heads `authentication_backends`: the guard runs before and after the chain.
    pub lockout_guard: bool,
    pub hashers: PasswordHashers,
    pub validators: Vec<Configured<dyn Validator>>,
    /// Longer passwords are refused before any hashing (a guard against hashing abuse).
    pub max_password_bytes: usize,
    /// Revoke a user's tokens when the password changes (Django's session invalidation).
    pub logout_on_password_change: bool,
    /// Refuse a new username or email that differs from an existing one only by case.
    pub case_insensitive_identity: bool,
    /// `[lockout]` and `[rate_limits]`, enforced by the `lockout` guard.
    pub lockout: crate::lockout::Policy,
    /// `[mfa]` and `[otp]`: how the sites' second-factor apps check one-time codes.
    pub mfa: crate::mfa::Policy,
    /// `[account]`: django-allauth's address rules, where its table holds the addresses.
    pub account: crate::addresses::AccountSettings,
    /// `[user_model]`: what overrides detecting the project's user model.
    pub user_model: crate::store::user_model::Choice,
    /// Where each validator is configured (`FILE:LINE:COLUMN`), for [`Settings::check_validator_files`].
    validator_locations: Vec<String>,
}

/// A config error, rendered as one line: `FILE:LINE:COLUMN: message`.
#[derive(Debug, thiserror::Error)]
#[error("{location}: {message}")]
pub struct ConfigError {
    location: String,
    message: String,
}

/// What to read: an explicit file (must exist) or the default one (if present).
pub fn load(explicit: Option<&Path>) -> Result<Settings, ConfigError> {
    let path = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => Some(PathBuf::from(DEFAULT_CONFIG_FILE)).filter(|p| p.exists()),
    };
    match path {
        None => Settings::from_toml("", None),
        Some(path) => Settings::from_toml(&read_settings_file(&path)?, Some(&path)),
    }
}

/// The settings choose the database, the backends and the lockout, so whoever can write the file
/// decides them: as ssh does with its own, authadm refuses a file that belongs to someone other
/// than the user running it (or root) or that its group or others may write.
fn read_settings_file(path: &Path) -> Result<String, ConfigError> {
    let refuse = |message: String| ConfigError { location: path.display().to_string(), message };
    let unreadable = |err: std::io::Error| refuse(format!("cannot read the config file: {}", describe_io(&err)));
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    let (mode, owner, me) = (meta.permissions().mode() & 0o7777, meta.uid(), rustix::process::geteuid().as_raw());
    if meta.is_file() && owner != me && owner != 0 {
        return Err(refuse(format!(
            "the config file belongs to uid {owner}, not to the user running authadm (uid {me}) or root, who \
             would decide the database and the logins; `chown {me} {}` if it is yours",
            path.display()
        )));
    }
    if meta.is_file() && mode & 0o022 != 0 {
        return Err(refuse(format!(
            "the config file is writable by its group or others (mode {mode:04o}), who would decide the \
             database and the logins; run `chmod go-w {}`",
            path.display()
        )));
    }
    let mut text = String::new();
    file.read_to_string(&mut text).map_err(unreadable)?;
    Ok(text)
}

fn describe_io(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::IsADirectory => "it is a directory".into(),
        std::io::ErrorKind::InvalidData => "it is not UTF-8 text".into(),
        _ => err.to_string(),
    }
}

impl Settings {
    pub fn from_toml(text: &str, path: Option<&Path>) -> Result<Settings, ConfigError> {
        let file = path.map_or_else(|| "<built-in settings>".to_string(), |p| p.display().to_string());
        let at = |span: Option<Range<usize>>, message: String| ConfigError {
            location: span.map_or_else(|| file.clone(), |span| format!("{file}:{}", line_column(text, span.start))),
            message,
        };
        let raw: RawConfig = toml::from_str(text).map_err(|err| at(err.span(), err.message().trim().to_string()))?;
        let base_dir = path.and_then(Path::parent).unwrap_or(Path::new("")).to_path_buf();
        let (lockout_guard, backends) = resolve_backends(raw.authentication_backends, &at)?;
        let hashers = resolve_hashers(raw.password_hashers, &raw.hashers, &at)?;
        let (validators, validator_locations) =
            resolve_validators(raw.auth_password_validators, &base_dir, &at)?.into_iter().unzip();
        let lockout = crate::lockout::Policy::resolve(raw.lockout, raw.rate_limits).map_err(|(s, m)| at(s, m))?;
        let mfa = crate::mfa::Policy::resolve(raw.mfa, raw.otp).map_err(|(s, m)| at(s, m))?;
        let account = crate::addresses::AccountSettings::resolve(raw.account).map_err(|(s, m)| at(s, m))?;
        let max_password_bytes = match raw.max_password_bytes {
            None => DEFAULT_MAX_PASSWORD_BYTES,
            Some(value) => usize::try_from(*value.get_ref())
                .ok()
                .filter(|n| (1..=1 << 20).contains(n))
                .ok_or_else(|| at(Some(value.span()), "max_password_bytes must be between 1 and 1048576".into()))?,
        };
        Ok(Settings {
            source: path.map(Path::to_path_buf),
            database: raw.database.map(|db| match db.to_str() {
                Some(url) if crate::store::pg_connect::is_postgres_url(url) => db,
                _ => base_dir.join(db),
            }),
            password_file: raw.password_file.map(|file| base_dir.join(file)),
            backends,
            lockout_guard,
            hashers,
            validators,
            max_password_bytes,
            logout_on_password_change: raw.logout_on_password_change.unwrap_or(true),
            case_insensitive_identity: raw.case_insensitive_identity.unwrap_or(false),
            lockout,
            mfa,
            account,
            user_model: raw.user_model,
            validator_locations,
        })
    }

    /// Refuses, at the validator's line, a validator whose list file cannot be read: the check
    /// the commands that validate a password make first, and `config check` makes.
    pub fn check_validator_files(&self) -> Result<(), ConfigError> {
        let located = self.validators.iter().zip(&self.validator_locations);
        for (validator, location) in located {
            if let Some(problem) = validator.unreadable_file() {
                let message = format!("password validator `{}`: {problem}", validator.name);
                return Err(ConfigError { location: location.clone(), message });
            }
        }
        Ok(())
    }

    /// The settings in force as a settings file, every default filled in: what `config check`
    /// prints. Loading it back gives the same settings, so a new key belongs here too.
    pub fn effective(&self) -> toml::Table {
        let mut table = toml::Table::new();
        if let Some(database) = &self.database {
            let shown = crate::store::Target::new(database, None).to_string();
            table.insert("database".into(), shown.into());
        }
        if let Some(file) = &self.password_file {
            table.insert("password_file".into(), file.display().to_string().into());
        }
        let guard = self.lockout_guard.then_some(guard::NAME);
        let backends = guard.into_iter().chain(self.backends.iter().map(|b| b.name)).map(Into::into).collect();
        table.insert("authentication_backends".into(), toml::Value::Array(backends));
        let hashers = self.hashers.describe();
        table.insert("password_hashers".into(), hashers.iter().map(|(name, _)| *name).collect::<Vec<_>>().into());
        let options = hashers.into_iter().map(|(name, options)| (name.to_string(), options.into()));
        table.insert("hashers".into(), toml::Table::from_iter(options).into());
        let validators = self.validators.iter().map(|v| toml::Value::from(shown(v.name, &v.options))).collect();
        table.insert("auth_password_validators".into(), toml::Value::Array(validators));
        table.insert("max_password_bytes".into(), (self.max_password_bytes as i64).into());
        table.insert("logout_on_password_change".into(), self.logout_on_password_change.into());
        table.insert("case_insensitive_identity".into(), self.case_insensitive_identity.into());
        let (lockout, rate_limits) = self.lockout.describe();
        table.insert("lockout".into(), lockout.into());
        table.insert("rate_limits".into(), rate_limits.into());
        let (mfa, otp) = self.mfa.describe();
        table.insert("mfa".into(), mfa.into());
        table.insert("otp".into(), otp.into());
        table.insert("account".into(), self.account.describe().into());
        let model = toml::Table::try_from(&self.user_model).unwrap_or_default();
        if !model.is_empty() {
            table.insert("user_model".into(), model.into());
        }
        table
    }
}

/// A validator as `config check` shows it: `{ name, options }`, without an empty `options`.
fn shown(name: &str, options: &toml::Table) -> toml::Table {
    let mut spec = toml::Table::from_iter([("name".to_string(), name.into())]);
    if !options.is_empty() {
        spec.insert("options".into(), options.clone().into());
    }
    spec
}

/// What each list of the settings may name: every registered short name, with its options in
/// brackets. `config init` writes it as comments and README.md shows it (a test compares them),
/// so neither can miss a new registration.
pub fn registered_names() -> String {
    fn entry(name: &str, options: &[&str]) -> String {
        match options {
            [] => name.to_string(),
            _ => format!("{name} ({})", options.join(", ")),
        }
    }
    let guard = format!("{} (the lockout guard, first if listed)", guard::NAME);
    let backends = backends::registry().iter().map(|r| entry(r.name, r.option_names()));
    let hashers = hashers::registrations().map(|r| entry(r.name, r.option_names()));
    let validators = validators::registry().iter().map(|r| entry(r.name, r.option_names()));
    let lists = [
        ("authentication_backends", std::iter::once(guard).chain(backends).collect::<Vec<_>>()),
        ("password_hashers", hashers.collect()),
        ("auth_password_validators", validators.collect()),
    ];
    lists.iter().map(|(key, names)| format!("{key}: {}\n", names.join(", "))).collect()
}

type Locate<'a> = dyn Fn(Option<Range<usize>>, String) -> ConfigError + 'a;

/// The chain as listed: whether the `lockout` guard heads it, and the backends after it.
fn resolve_backends(
    raw: Option<Spanned<Vec<Spanned<RawBackend>>>>,
    at: &Locate,
) -> Result<(bool, Vec<Configured<dyn Backend>>), ConfigError> {
    let Some(raw) = raw else {
        let build =
            |name: &&str| component::find(backends::registry(), name)?.build(name, &toml::Table::new(), &()).ok();
        return Ok((false, DEFAULT_BACKENDS.iter().map(|name| build(name).expect("default backends build")).collect()));
    };
    if raw.get_ref().is_empty() {
        return Err(at(Some(raw.span()), "authentication_backends is empty: no login could ever succeed".into()));
    }
    let mut guarded = false;
    let mut listed: Vec<&'static str> = Vec::new();
    let mut chain = Vec::new();
    for (position, spanned) in raw.into_inner().into_iter().enumerate() {
        let span = spanned.span();
        let (name, options) = match spanned.into_inner() {
            RawBackend::Name(name) => (name, toml::Table::new()),
            RawBackend::Table(RawBackendTable { name, options }) => (name, options),
        };
        let short = if guard::is_named(&name) {
            // The policy lives in `[lockout]` and `[rate_limits]`, shared with `lockout status`.
            if let Some(key) = options.keys().next() {
                let message = format!("{name}: unknown option `{key}`; it takes no options");
                return Err(at(Some(span), message));
            }
            // A guard after a password backend would let a locked key's password be checked.
            if position > 0 {
                let message = "`lockout` must come first in authentication_backends, so a locked key is refused \
                               before any password is checked";
                return Err(at(Some(span), message.into()));
            }
            guarded = true;
            guard::NAME
        } else {
            let backend = component::find(backends::registry(), &name)
                .map_or_else(|| Err(unknown_backend(&name)), |r| r.build(&name, &options, &()))
                .map_err(|m| at(Some(span.clone()), m))?;
            let short = backend.name;
            chain.push(backend);
            short
        };
        // A backend asked twice answers the same twice: a repeat only slows every login (and
        // thousands of them, a lot). Refusing it also bounds the list by the registry's size.
        if listed.contains(&short) {
            let message = format!("`{short}` is listed twice in authentication_backends; list each backend once");
            return Err(at(Some(span), message));
        }
        listed.push(short);
    }
    Ok((guarded, chain))
}

fn unknown_backend(name: &str) -> String {
    let valid = format!("{}, {}", guard::NAME, component::names(backends::registry()));
    format!("unknown authentication backend `{name}`; valid names: {valid}")
}

fn resolve_hashers(
    raw: Option<Spanned<Vec<Spanned<String>>>>,
    tables: &BTreeMap<String, Spanned<toml::Table>>,
    at: &Locate,
) -> Result<PasswordHashers, ConfigError> {
    let list_span = raw.as_ref().map(Spanned::span);
    let names: Vec<(String, Option<Range<usize>>)> = match raw {
        Some(list) => list.into_inner().into_iter().map(|s| (s.get_ref().clone(), Some(s.span()))).collect(),
        None => DEFAULT_HASHERS.iter().map(|n| (n.to_string(), None)).collect(),
    };
    if names.is_empty() {
        return Err(at(list_span, "password_hashers is empty: at least one is needed to hash new passwords".into()));
    }
    // Every table is checked, listed or not: a hasher taken out of the list for a while keeps
    // options that must still make sense when it comes back.
    for (name, table) in tables {
        if hashers::canonical_name(name) != Some(name.as_str()) {
            let message = format!("unknown section [hashers.{name}]; valid names: {}", hashers::valid_names());
            return Err(at(Some(table.span()), message));
        }
        hashers::build(name, table.get_ref()).map_err(|message| at(Some(table.span()), message))?;
    }
    let first_span = names.first().and_then(|(_, span)| span.clone());
    let empty = toml::Table::new();
    let mut built = Vec::new();
    for (name, span) in names {
        let short = hashers::canonical_name(&name).ok_or_else(|| {
            at(span.clone(), format!("unknown password hasher `{name}`; valid names: {}", hashers::valid_names()))
        })?;
        let table = tables.get(short);
        let table_span = table.map(|t| t.span()).or(span);
        built.push(hashers::build(short, table.map_or(&empty, |t| t.get_ref())).map_err(|m| at(table_span, m))?);
    }
    PasswordHashers::new(built).map_err(|message| at(first_span, message))
}

/// A validator and where it is configured (`FILE:LINE:COLUMN`, or the file for a default).
type LocatedValidator = (Configured<dyn Validator>, String);

fn resolve_validators(
    raw: Option<Vec<Spanned<RawValidator>>>,
    base_dir: &Path,
    at: &Locate,
) -> Result<Vec<LocatedValidator>, ConfigError> {
    let Some(raw) = raw else {
        let location = at(None, String::new()).location;
        return Ok(DEFAULT_VALIDATORS
            .iter()
            .map(|name| validators::build(name, &toml::Table::new(), base_dir).expect("default validators build"))
            .map(|validator| (validator, location.clone()))
            .collect());
    };
    raw.into_iter()
        .map(|spanned| {
            let span = spanned.span();
            let v = spanned.into_inner();
            let validator = validators::build(&v.name, &v.options, base_dir)
                .map_err(|err| at(Some(span.clone()), err.to_string()))?;
            Ok((validator, at(Some(span), String::new()).location))
        })
        .collect()
}

/// 1-based `line:column` of a byte offset, the column counted in characters.
/// The offset may be approximate (a column inside a string counted on its decoded value, which
/// escapes make shorter than the source), so it is first moved back to a character boundary.
pub(crate) fn line_column(text: &str, offset: usize) -> String {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("{line}:{column}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(text: &str) -> String {
        match Settings::from_toml(text, Some(Path::new("a.toml"))) {
            Ok(_) => panic!("expected an error for {text:?}"),
            Err(err) => err.to_string(),
        }
    }

    #[test]
    fn unknown_backend_names_line_column_and_valid_names() {
        let err = error_of("\nauthentication_backends = [\"model\", \"nope\"]\n");
        assert!(err.starts_with("a.toml:2:37: unknown authentication backend `nope`"), "{err}");
        assert!(err.contains("model, case_insensitive"), "{err}");
    }

    #[test]
    fn a_backend_listed_twice_is_refused_where_it_repeats() {
        let err = error_of(
            "authentication_backends = [\"model\", \"email\",\n  \"django.contrib.auth.backends.ModelBackend\"]\n",
        );
        assert!(err.starts_with("a.toml:2:3: `model` is listed twice in authentication_backends"), "{err}");
    }

    #[test]
    fn unknown_keys_are_errors() {
        let err = error_of("databse = \"x.db\"");
        assert!(err.starts_with("a.toml:1:1: unknown field `databse`"), "{err}");
        let err = error_of("authentication_backends = [{ name = \"model\", optons = { x = 1 } }]");
        assert!(err.starts_with("a.toml:1:27: each backend must be"), "{err}");
        let err = error_of("[hashers.bcrypt]\nrounds = \"lots\"\n");
        assert!(err.starts_with("a.toml:1:1: hashers.bcrypt: `rounds` must be an integer"), "{err}");
    }

    #[test]
    fn a_zero_cooloff_is_refused() {
        let err = error_of("[lockout]\ncooloff = \"0s\"\n");
        assert!(err.starts_with("a.toml:2:11: lockout.cooloff: must be longer than 0s"), "{err}");
    }

    /// A column counted on a string's decoded value lands past escapes; it must not split a character.
    #[test]
    fn a_position_inside_an_escaped_string_is_no_panic() {
        let err = error_of("[rate_limits]\nlogin = \"\\t5/m/ip,\u{a0}x\"\n");
        assert!(err.starts_with("a.toml:2:"), "{err}");
    }

    #[test]
    fn dotted_names_are_accepted() {
        let text = "authentication_backends = [\"django.contrib.auth.backends.ModelBackend\"]\n\
                    password_hashers = [\"django.contrib.auth.hashers.PBKDF2PasswordHasher\"]\n\
                    [hashers.pbkdf2_sha256]\niterations = 10\n";
        let settings = Settings::from_toml(text, None).unwrap();
        assert_eq!(settings.backends[0].name, "model");
        assert_eq!(settings.hashers.algorithms(), ["pbkdf2_sha256"]);
    }

    #[test]
    fn bad_hasher_options_point_at_their_table() {
        let err = error_of("[hashers.argon2]\nmemory_cost = \"lots\"\n");
        assert!(err.starts_with("a.toml:1:1: hashers.argon2: `memory_cost` must be an integer"), "{err}");
    }

    #[test]
    fn database_is_relative_to_the_config_file() {
        let settings = Settings::from_toml("database = \"users.db\"", Some(Path::new("/etc/authadm/a.toml"))).unwrap();
        assert_eq!(settings.database, Some(PathBuf::from("/etc/authadm/users.db")));
    }
}
