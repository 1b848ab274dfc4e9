//! Looks users up by email address, ignoring ASCII case (`email__iexact`); email is not unique in Django, so several matches are refused.

use super::password;
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::config::Options;
use crate::identity::Lookup;

pub struct EmailBackend;

pub fn build(options: &Options) -> Result<Box<dyn Backend>, String> {
    options.allow_only(&[])?;
    Ok(Box::new(EmailBackend))
}

impl Backend for EmailBackend {
    fn name(&self) -> &'static str {
        "email"
    }

    fn lookup(&self) -> Option<Lookup> {
        Some(Lookup::Email)
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, Lookup::Email)
    }
}
