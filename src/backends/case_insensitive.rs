//! Looks users up by username, ignoring ASCII case as Django's `username__iexact` does on SQLite.

use super::password;
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::component::NoOptions;
use crate::identity::Lookup;

pub struct CaseInsensitiveBackend;

pub fn build(_: NoOptions, _: &()) -> Result<Box<dyn Backend>, String> {
    Ok(Box::new(CaseInsensitiveBackend))
}

impl Backend for CaseInsensitiveBackend {
    fn lookup(&self) -> Option<Lookup> {
        Some(Lookup::UsernameIgnoringCase)
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, Lookup::UsernameIgnoringCase)
    }
}
