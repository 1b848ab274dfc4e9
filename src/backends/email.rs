//! Looks users up by email address, ignoring ASCII case (`email__iexact`); email is not unique in Django, so several matches are refused.

use super::password;
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::component::NoOptions;
use crate::identity::Lookup;

pub struct EmailBackend;

pub fn build(_: NoOptions, _: &()) -> Result<Box<dyn Backend>, String> {
    Ok(Box::new(EmailBackend))
}

impl Backend for EmailBackend {
    fn lookup(&self) -> Option<Lookup> {
        Some(Lookup::Email)
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, Lookup::Email)
    }
}
