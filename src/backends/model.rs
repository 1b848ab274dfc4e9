//! Looks users up by ModelBackend: username, exact match (Django's natural key).

use super::password;
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::config::Options;
use crate::identity::Lookup;

pub struct ModelBackend;

pub fn build(options: &Options) -> Result<Box<dyn Backend>, String> {
    options.allow_only(&[])?;
    Ok(Box::new(ModelBackend))
}

impl Backend for ModelBackend {
    fn name(&self) -> &'static str {
        "model"
    }

    fn lookup(&self) -> Option<Lookup> {
        Some(Lookup::Username)
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, Lookup::Username)
    }
}
