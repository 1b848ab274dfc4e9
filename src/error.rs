//! The library's errors, and the one place where an error becomes an exit code.

use thiserror::Error;

/// Exit codes of the command-line contract (`cli-contract.md`).
pub mod exit {
    pub const OK: u8 = 0;
    pub const NEGATIVE: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const LOCKED: u8 = 3;
    pub const NOT_FOUND: u8 = 4;
    pub const CONFLICT: u8 = 5;
    pub const DATABASE: u8 = 6;
    /// The shell's status for a command ended by Ctrl-C (128 + SIGINT), kept at a prompt too.
    pub const INTERRUPTED: u8 = 130;

    /// What each code means: the one table `--help`, the man page and README.md are made from
    /// (the README test compares its table with this one).
    pub const MEANINGS: &[(u8, &str)] = &[
        (OK, "success; credentials accepted; password valid; hash verifies"),
        (
            NEGATIVE,
            "a negative answer: credentials rejected, password invalid, hash does not verify; doctor found a problem",
        ),
        (USAGE, "usage, configuration or input error (bad flag, bad config file, bad stdin)"),
        (LOCKED, "refused because of a lockout or rate limit"),
        (NOT_FOUND, "not found (a named user or token does not exist)"),
        (CONFLICT, "conflict (user or email already exists; `config init` would overwrite a file)"),
        (DATABASE, "database problem (cannot open or create, corrupt, foreign or newer schema, busy past timeout)"),
        (INTERRUPTED, "interrupted (Ctrl-C at a prompt); the terminal is left as it was"),
    ];
}

#[derive(Debug, Error)]
pub enum Error {
    /// A bad flag combination or a missing input the user has to supply another way.
    #[error("{0}")]
    Usage(String),
    /// The settings file cannot be read or makes no sense.
    #[error("{0}")]
    Config(String),
    /// Standard input or a prompt gave something unusable.
    #[error("{0}")]
    Input(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Locked(String),
    #[error("{0}")]
    Database(String),
    /// Another writer held the database too long, or the engine asked for the transaction to be
    /// run again (a deadlock or serialization failure): worth another try before giving up.
    #[error("{0}")]
    Busy(String),
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) | Error::Config(_) | Error::Input(_) => exit::USAGE,
            Error::NotFound(_) => exit::NOT_FOUND,
            Error::Conflict(_) => exit::CONFLICT,
            Error::Locked(_) => exit::LOCKED,
            Error::Database(_) | Error::Busy(_) => exit::DATABASE,
        }
    }
}

impl From<crate::config::ConfigError> for Error {
    fn from(err: crate::config::ConfigError) -> Self {
        Error::Config(err.to_string())
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        crate::store::sqlite::error(&err)
    }
}

impl From<postgres::Error> for Error {
    fn from(err: postgres::Error) -> Self {
        crate::store::postgres::error(&err)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
