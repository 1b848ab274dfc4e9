//! Looks users up by ModelBackend: username, exact match (Django's natural key).

use super::password;
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::component::NoOptions;
use crate::identity::Lookup;

pub struct ModelBackend;

pub fn build(_: NoOptions, _: &()) -> Result<Box<dyn Backend>, String> {
    Ok(Box::new(ModelBackend))
}

impl Backend for ModelBackend {
    fn lookup(&self) -> Option<Lookup> {
        Some(Lookup::Username)
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, Lookup::Username)
    }
}
