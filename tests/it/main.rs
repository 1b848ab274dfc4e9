//! The integration suite: one test binary, so the crate and its dependencies are linked once,
//! with a module per area. A new area is a file here and one `mod` line below.
//!
//! `cargo test --test it -- MODULE::` runs one area (`lockout::`, `postgres::`); `.ci/run` runs
//! the suite again on PostgreSQL (`AUTHADM_TEST_STORE=postgres`), skipping the modules that touch
//! no store, and the soak test, ignored by default, on its own.

mod allauth_emails;
mod apply;
mod axes;
mod common;
mod concurrency;
mod contract;
mod core;
mod crash;
mod django_e2e;
mod django_hashes;
mod django_project;
mod groups;
mod hostile_input;
mod lockout;
mod perms;
mod postgres;
mod properties;
mod readme;
mod second_factors;
mod secrets;
mod sessions;
mod shell;
mod soak;
mod stale;
mod terminal;
mod user_models;
mod validators;
