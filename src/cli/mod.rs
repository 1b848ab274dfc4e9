//! The command line: clap definitions, one file per subcommand, and the dispatcher. This layer
//! alone prints, prompts, and reads the clock and the environment.

mod apply;
mod audit;
mod config;
mod csv;
mod doctor;
mod email;
mod escape;
mod export;
mod generate;
mod group;
mod hash;
mod import;
mod input;
mod lockout;
mod login_test;
mod mfa;
mod new_password;
mod output;
mod perm;
mod session;
mod set_password;
mod token;
mod user;
mod validate_password;

use crate::Error;
use crate::config::Settings;
use crate::error::exit;
use crate::store::{Store, Target, pg_connect};
use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use jiff::Timestamp;
use output::Output;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The main `--help` epilogue: examples, then the exit codes from their one table.
fn after_help() -> String {
    let codes: String = exit::MEANINGS.iter().map(|(code, meaning)| format!("\n  {code}  {meaning}")).collect();
    format!(
        "Examples:\n  authadm config init && authadm config check\n  \
         printf '%s' \"$PW\" | authadm user add alice --email alice@example.com --password-stdin\n  \
         authadm doctor\n\nExit codes:{codes}"
    )
}

/// Administer the accounts of a Django-compatible user database.
#[derive(Parser)]
// The global options list after each command's own in its help (`next_display_order`): without
// it, the two are interleaved by position.
#[command(name = "authadm", version, about, after_help = after_help(), propagate_version = true, next_display_order = 100)]
pub struct Cli {
    /// Settings file [default: ./authadm.toml when present, else built-in secure defaults]
    #[arg(long, global = true, env = "AUTHADM_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    /// SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require)
    /// [default: `database` from the config, else ./authadm.db]
    #[arg(long, global = true, env = "AUTHADM_DATABASE", value_name = "FILE|URL")]
    database: Option<PathBuf>,
    /// Machine output on stdout: one JSON document per command
    #[arg(long, global = true)]
    json: bool,
    /// Never prompt; fail (exit 2) where input would be needed, naming the flag to pass
    #[arg(long, global = true)]
    no_input: bool,
    /// Less human output
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// More human output
    #[arg(short, long, global = true)]
    verbose: bool,
    /// Colour in human output (NO_COLOR is honoured)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
#[command(defer = true)]
enum Command {
    /// Add, list, show, change and remove users
    #[command(subcommand)]
    User(user::UserCommand),
    /// A user's django-allauth email addresses: list, add, remove, verify, make primary
    #[command(subcommand)]
    Email(email::EmailCommand),
    /// List, show, add and remove Django's groups (`user modify --add-group` for memberships)
    #[command(subcommand)]
    Group(group::GroupCommand),
    /// Set a user's password (the configured validators apply)
    SetPassword(set_password::Args),
    /// Run the configured backend chain on credentials, exactly as a login would
    LoginTest(login_test::Args),
    /// Create, list and revoke bearer tokens
    #[command(subcommand)]
    Token(token::TokenCommand),
    /// Grant, revoke, list and check Django permissions (a Django project's database)
    #[command(subcommand)]
    Perm(perm::PermCommand),
    /// List Django's sessions, log a user out everywhere, delete expired sessions
    #[command(subcommand)]
    Session(session::SessionCommand),
    /// Run the configured password validators on a candidate password
    ValidatePassword(validate_password::Args),
    /// See and clear lockouts (django-axes' own where its tables are, else authadm's)
    #[command(subcommand)]
    Lockout(lockout::LockoutCommand),
    /// List and reset second factors (allauth.mfa, django-otp)
    #[command(subcommand)]
    Mfa(mfa::MfaCommand),
    /// Failed logins and other recorded events; prune old rows
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Make, verify and identify Django-encoded password hashes
    #[command(subcommand)]
    Hash(hash::HashCommand),
    /// Copy users in from another database, keeping their password hashes
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// Write every user as JSON or CSV to stdout (hashes only with --include-hashes)
    Export(export::Args),
    /// Make the users a file describes exist (or not) as it says, in one transaction; a second
    /// run changes nothing (--check exits 1 on drift, for CI)
    Apply(apply::Args),
    /// Check a settings file, or write a commented starter one
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Inspect the database and the settings, and say what to fix
    Doctor(doctor::Args),
    /// Write completions/ and man/ from these definitions (for maintainers)
    #[command(hide = true)]
    Generate(generate::Args),
}

/// What every command gets: settings, where the database is, how to print, the time.
pub struct Session {
    pub settings: Settings,
    database: Target,
    pub out: Output,
    pub no_input: bool,
    pub now: Timestamp,
}

impl Session {
    /// Opens the existing database; commands call it only once they know they need it.
    pub fn store(&self) -> Result<Store, Error> {
        self.warn_about_folder();
        Store::open_existing(&self.database, &self.settings.user_model)
    }

    /// Opens the database, creating it if absent: only for the commands that bring users in
    /// (`user add`, `import`).
    pub fn store_or_create(&self) -> Result<Store, Error> {
        self.warn_about_folder();
        Store::open(&self.database, &self.settings.user_model)
    }

    /// A SQLite file in a folder anyone may write to can be deleted or replaced by anyone.
    fn warn_about_folder(&self) {
        if let Target::File(path) = &self.database
            && let Some(warning) = crate::store::sqlite::open_folder_warning(path)
        {
            self.out.note(&format!("authadm: warning: {warning}"));
        }
    }
}

/// The system's clock, unless the integration tests fix it with the hidden `AUTHADM_TEST_NOW`
/// (an RFC 3339 time) to let a cool-off or a rate window pass without sleeping. Read once, here:
/// everything below takes `Session::now`.
fn now() -> Result<Timestamp, Error> {
    match std::env::var("AUTHADM_TEST_NOW") {
        Ok(text) => text.parse().map_err(|e| Error::Usage(format!("AUTHADM_TEST_NOW=`{text}`: {e}"))),
        Err(_) => Ok(Timestamp::now()),
    }
}

pub fn main() -> ExitCode {
    let mut definition = Cli::command();
    let parsed = definition.try_get_matches_from_mut(std::env::args_os()).and_then(|matches| {
        let typed = Cli::from_arg_matches(&matches)?;
        Ok((typed, matches.value_source("database") == Some(ValueSource::CommandLine)))
    });
    // Every subcommand's definition is thousands of small allocations, freed one by one on drop:
    // about a tenth of a `login-test`'s instructions (callgrind), for memory the exit frees anyway.
    std::mem::forget(definition);
    let (cli, database_in_argv) = match parsed {
        Ok(parsed) => parsed,
        Err(err) => return usage_error(&err),
    };
    let out = Output::new(cli.json, cli.quiet, cli.verbose, cli.color);
    if database_in_argv && cli.database.as_deref().and_then(Path::to_str).is_some_and(pg_connect::carries_password) {
        out.note(
            "authadm: warning: a password in --database is visible to other users (ps) and in shell history; \
             use password_file, PGPASSWORD or ~/.pgpass instead",
        );
    }
    match run(cli, out.clone()) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            out.error(&err.to_string());
            ExitCode::from(err.exit_code())
        }
    }
}

/// Help and version print as clap renders them; a usage error becomes one line on stderr (with
/// clap's suggestion, if it has one) and exit 2, like every other error.
fn usage_error(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = err.print();
        let code =
            if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand { exit::USAGE } else { exit::OK };
        return ExitCode::from(code);
    }
    let rendered = err.render().to_string();
    let mut parts = rendered
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("Usage:") && !line.starts_with("For more information"));
    let first = parts.next().unwrap_or("invalid arguments").trim_start_matches("error: ").to_string();
    let line = parts.fold(first, |acc, extra| {
        let glue = if acc.ends_with(':') { " " } else { "; " };
        format!("{acc}{glue}{extra}")
    });
    Output::new(false, false, false, ColorChoice::Never).error(&format!("{line} (see --help)"));
    ExitCode::from(exit::USAGE)
}

fn run(cli: Cli, out: Output) -> Result<u8, Error> {
    // Commands that must work whatever the settings file holds (even a broken one) run first.
    let command = match cli.command {
        Command::Generate(args) => return generate::run(&out, args),
        Command::Config(config::ConfigCommand::Init(args)) => return config::init::run(&out, cli.config, args),
        command => command,
    };
    let settings = crate::config::load(cli.config.as_deref())?;
    let database = cli.database.or_else(|| settings.database.clone()).unwrap_or_else(|| PathBuf::from("authadm.db"));
    let database = Target::new(&database, settings.password_file.clone());
    let source = settings.source.as_ref().map_or_else(|| "built-in defaults".into(), |p| p.display().to_string());
    out.detail(&format!("settings: {source}; database: {database}"));
    let session = Session { settings, database, out, no_input: cli.no_input, now: now()? };
    match command {
        Command::User(command) => user::run(&session, command),
        Command::Email(command) => email::run(&session, command),
        Command::Group(command) => group::run(&session, command),
        Command::SetPassword(args) => set_password::run(&session, args),
        Command::LoginTest(args) => login_test::run(&session, args),
        Command::Mfa(command) => mfa::run(&session, command),
        Command::Token(command) => token::run(&session, command),
        Command::Perm(command) => perm::run(&session, command),
        Command::Session(command) => session::run(&session, command),
        Command::ValidatePassword(args) => validate_password::run(&session, args),
        Command::Lockout(command) => lockout::run(&session, command),
        Command::Audit(command) => audit::run(&session, command),
        Command::Hash(command) => hash::run(&session, command),
        Command::Import(command) => import::run(&session, command),
        Command::Export(args) => export::run(&session, args),
        Command::Apply(args) => apply::run(&session, args),
        Command::Config(config::ConfigCommand::Check(args)) => config::check::run(&session, args),
        Command::Doctor(args) => doctor::run(&session, args),
        Command::Generate(_) | Command::Config(config::ConfigCommand::Init(_)) => {
            unreachable!("handled above, before the settings load")
        }
    }
}

/// Exit code for a yes/no answer.
fn answer(yes: bool) -> u8 {
    if yes { exit::OK } else { exit::NEGATIVE }
}
