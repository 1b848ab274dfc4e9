//! `config init`: a commented starter settings file holding every key at its default, so a new
//! user edits values instead of looking up names. It runs before the settings are loaded: a broken
//! `authadm.toml` must not stop `config init --force` from replacing it.

use crate::Error;
use crate::cli::output::Output;
use crate::config::DEFAULT_CONFIG_FILE;
use crate::error::exit;
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Writes the starter file with mode 0600: the settings choose the database, the backends and the
/// lockout, and authadm refuses a settings file others can write. `--force` replaces only a file
/// of the user's own, never the target of a symbolic link (`O_NOFOLLOW`).
fn write_private(path: &Path, force: bool) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).mode(0o600).custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    if force {
        options.create(true);
    } else {
        options.create_new(true);
    }
    let mut file = options.open(path)?;
    let owner = file.metadata()?.uid();
    if owner != rustix::process::geteuid().as_raw() {
        let message = format!("it belongs to uid {owner}, not to the user running authadm");
        return Err(std::io::Error::new(std::io::ErrorKind::PermissionDenied, message));
    }
    file.set_len(0)?;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    file.write_all(starter().as_bytes())
}

/// [`STARTER`] with the lists of names generated from the registries, as comments.
fn starter() -> String {
    let names: String = crate::config::registered_names().lines().map(|line| format!("#   {line}\n")).collect();
    STARTER.replace("{NAMES}\n", &names)
}

/// Every value here is the built-in default (a test loads it and compares with the defaults);
/// `{NAMES}` is where [`starter`] puts the names the registries know.
const STARTER: &str = r#"# authadm settings. Every key is optional: the values below are the built-in defaults.
# Check this file with `authadm config check`; README.md has the reference.

# The SQLite database, relative to this file. Without this key: ./authadm.db in the current folder.
# database = "authadm.db"

# What each list below may name, with each one's options (Django's class names and dotted
# paths work too):
{NAMES}
# The authentication chain, tried in order (Django's AUTHENTICATION_BACKENDS).
authentication_backends = ["model"]

# The first hashes new passwords; all of them verify, and older hashes are upgraded on login.
# These are Django 5.2's PASSWORD_HASHERS: keep this list the same as the site's, so the site
# verifies every hash authadm writes. argon2 first is stronger, but only for a site that has
# argon2-cffi installed and argon2 first in its own PASSWORD_HASHERS (Django fails otherwise).
password_hashers = ["pbkdf2_sha256", "pbkdf2_sha1", "argon2", "bcrypt_sha256", "scrypt"]

# Longer passwords are refused before any hashing.
max_password_bytes = 4096
# set-password revokes the user's tokens (Django's session invalidation).
logout_on_password_change = true
# Refuse a username or email that differs from an existing one only by case.
case_insensitive_identity = false

# Each hasher's parameters are Django 5.2's, so neither side re-hashes the other's hashes.
[hashers.pbkdf2_sha256]
iterations = 1000000

[hashers.pbkdf2_sha1]
iterations = 1000000

# argon2id in Django's format.
[hashers.argon2]
memory_cost = 102400 # KiB
time_cost = 2
parallelism = 8

[hashers.bcrypt_sha256]
rounds = 12

[hashers.scrypt]
n = 16384 # a power of two
r = 8
p = 5

# Password validators (Django's AUTH_PASSWORD_VALIDATORS): `name`, and `options` where wanted,
# e.g. options = { min_length = 12 }. These four are Django's startproject defaults.
[[auth_password_validators]]
name = "user_attribute_similarity"

[[auth_password_validators]]
name = "minimum_length"

[[auth_password_validators]]
name = "common_password"

[[auth_password_validators]]
name = "numeric_password"

# Lockouts (django-axes), enforced when "lockout" is first in authentication_backends.
[lockout]
failure_limit = 5
# cooloff = "1h"                   # without it, a lock lasts until `authadm lockout reset`
lockout_parameters = ["username"]  # or ["ip_address"], or [["username", "ip_address"]]
reset_on_success = true
never_lockout = []                 # addresses and CIDR blocks, e.g. ["10.0.0.0/8"]

# Rate limits (django-allauth's grammar), also enforced by the lockout guard. None by default.
[rate_limits]
# login_failed = "10/m/ip,5/5m/key"
# login = "30/m/ip"

# Second factors, as the site's allauth.mfa (MFA_*) and django-otp (OTP_*) settings say; the
# defaults are the apps'. login-test checks one-time codes with them (--otp-stdin).
[mfa]
totp_period = 30
totp_digits = 6
totp_tolerance = 0
recovery_code_count = 10
recovery_code_digits = 8

[otp]
totp_sync = true
totp_throttle_factor = 1
static_throttle_factor = 1
# django-allauth's address rules (ACCOUNT_EMAIL_VERIFICATION, ACCOUNT_UNIQUE_EMAIL,
# ACCOUNT_LOGIN_METHODS), applied where the database has allauth's account_emailaddress.
[account]
email_verification = "optional"   # or "none", or "mandatory": no login without a verified address
unique_email = true
login_methods = ["username"]       # or ["email"], or ["email", "username"]

# The project's user model (AUTH_USER_MODEL), found in the database by default; set it only
# where authadm asks you to (two candidate tables, or a USERNAME_FIELD it cannot tell).
[user_model]
# table = "accounts_user"          # the model's db_table
# username_field = "email"         # USERNAME_FIELD
# email_field = "email"            # EMAIL_FIELD
"#;

#[derive(clap::Args)]
#[command(after_help = "Exit status: 5 when the file exists and --force is not given.\n\nExamples:\n  \
    authadm config init\n  authadm config init /etc/authadm/authadm.toml\n  authadm config init --force")]
pub struct Args {
    /// Where to write [default: the --config file, else ./authadm.toml]
    #[arg(value_name = "PATH")]
    path: Option<PathBuf>,
    /// Overwrite an existing file
    #[arg(long)]
    force: bool,
}

pub fn run(out: &Output, config: Option<PathBuf>, args: Args) -> Result<u8, Error> {
    let path = args.path.or(config).unwrap_or_else(|| PathBuf::from(DEFAULT_CONFIG_FILE));
    if path.is_dir() {
        return Err(Error::Usage(format!(
            "{} is a folder; give the settings file's path, e.g. {}",
            path.display(),
            path.join(DEFAULT_CONFIG_FILE).display()
        )));
    }
    let written = write_private(&path, args.force);
    match written {
        Ok(()) => {}
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(Error::Conflict(format!(
                "{} already exists; pass --force to overwrite it, or give another PATH",
                path.display()
            )));
        }
        Err(err) if err.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) => {
            return Err(Error::Usage(format!(
                "{} is a symbolic link; authadm writes only the file itself: give the file's real path",
                path.display()
            )));
        }
        Err(err) => return Err(Error::Usage(format!("cannot write {}: {err}", path.display()))),
    }
    if out.json() {
        out.print_json(&serde_json::json!({ "path": path.display().to_string() }));
    } else {
        let check = if path == std::path::Path::new(DEFAULT_CONFIG_FILE) {
            "authadm config check".to_string()
        } else {
            format!("authadm --config {} config check", path.display())
        };
        out.line(&format!("Wrote {}; check it with `{check}`.", path.display()));
    }
    Ok(exit::OK)
}
