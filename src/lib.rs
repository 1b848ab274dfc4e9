//! authadm: administer the accounts of a Django-compatible user database from a shell.
//!
//! Layers, with dependencies pointing one way:
//! - [`cli`] parses arguments, calls into the library and renders tables or JSON; it is the only
//!   layer that prints, reads the terminal or reads the clock.
//! - [`login`], [`accounts`] and [`tokens`] hold the operations the commands share; [`backends`] is
//!   the authentication chain (Django's `AUTHENTICATION_BACKENDS`) and [`validators`] the password
//!   validators (Django's `AUTH_PASSWORD_VALIDATORS`); [`identity`] resolves a login's identifier
//!   to one account for every backend and the lockout key.
//! - [`lockout`] is the guard the login runs before and after the chain (axes lockouts, allauth
//!   rate limits, atomic check-and-reserve); [`audit`] records the login attempts and queries them.
//!   The types a login's parts share are in `login::attempt`, so none of them imports another.
//! - [`mfa`] is the second factors of allauth.mfa and django-otp: listed, reset, and the
//!   one-time code a login checks after the password.
//! - [`addresses`] are django-allauth's email addresses (`account_emailaddress`), kept as allauth
//!   keeps them, and the `[account]` settings.
//! - [`groups`] are Django's groups and the memberships of users.
//! - [`permissions`] grants, lists and checks Django's permissions as `has_perm` sees them.
//! - [`sessions`] reads whose Django's database sessions are and ends them; removal as Django's
//!   ORM cascades is in [`accounts`], its SQL in `store::removal`.
//! - [`import`] copies the users of another Django database in, hashes kept as they are.
//! - [`doctor`] inspects a database and says what to fix.
//! - [`store`] is the database (Django's `auth_user` plus authadm's own `authadm_` tables) in a
//!   SQLite file or a shared PostgreSQL database: its queries are written once against
//!   `store::db`, and only that layer knows the engine. [`hashers`] are the encoded password
//!   formats, [`email`] Django's rule for addresses, [`config`] the settings file.
//!
//! Nothing below `cli` reads the clock or the environment (`now` and settings are passed in),
//! except `store::pg_connect`, which reads libpq's `PG*` variables as `psql` does.

pub mod accounts;
pub mod addresses;
pub mod audit;
pub mod backends;
pub mod cli;
pub mod component;
pub mod config;
pub mod doctor;
pub mod email;
pub mod error;
pub mod groups;
pub mod hash_census;
pub mod hashers;
pub mod identity;
pub mod import;
pub mod lockout;
pub mod login;
pub mod mfa;
pub mod permissions;
pub mod provision;
pub mod secret;
pub mod sessions;
pub mod store;
pub mod time;
pub mod tokens;
pub mod validators;

pub use error::Error;
