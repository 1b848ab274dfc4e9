//! Looks users up by ModelBackend: username, exact match (Django's natural key).

use super::password::{self, Found};
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::config::Options;
use crate::store::users;

pub struct ModelBackend;

pub fn build(options: &Options) -> Result<Box<dyn Backend>, String> {
    options.allow_only(&[])?;
    Ok(Box::new(ModelBackend))
}

impl Backend for ModelBackend {
    fn name(&self) -> &'static str {
        "model"
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, || {
            Ok(users::find_by_username(ctx.store, attempt.identifier)?.map_or(Found::None, Found::One))
        })
    }
}
