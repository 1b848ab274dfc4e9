//! Looks users up by email address, ignoring ASCII case (`email__iexact`); email is not unique in Django, so several matches are refused.

use super::password::{self, one_of};
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::config::Options;
use crate::store::users;

pub struct EmailBackend;

pub fn build(options: &Options) -> Result<Box<dyn Backend>, String> {
    options.allow_only(&[])?;
    Ok(Box::new(EmailBackend))
}

impl Backend for EmailBackend {
    fn name(&self) -> &'static str {
        "email"
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, || Ok(one_of(users::find_by_email_iexact(ctx.store, attempt.identifier)?)))
    }
}
