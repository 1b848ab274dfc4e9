//! Looks users up by username, ignoring ASCII case as Django's `username__iexact` does on SQLite.

use super::password;
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::config::Options;
use crate::identity::Lookup;

pub struct CaseInsensitiveBackend;

pub fn build(options: &Options) -> Result<Box<dyn Backend>, String> {
    options.allow_only(&[])?;
    Ok(Box::new(CaseInsensitiveBackend))
}

impl Backend for CaseInsensitiveBackend {
    fn name(&self) -> &'static str {
        "case_insensitive"
    }

    fn lookup(&self) -> Option<Lookup> {
        Some(Lookup::UsernameIgnoringCase)
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, Lookup::UsernameIgnoringCase)
    }
}
