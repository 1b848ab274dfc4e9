//! allauth's "username or email" login: an identifier with `@` is an email (case-insensitive),
//! anything else a username (exact).

use super::password;
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::component::NoOptions;
use crate::identity::Lookup;

pub struct EmailOrUsernameBackend;

pub fn build(_: NoOptions, _: &()) -> Result<Box<dyn Backend>, String> {
    Ok(Box::new(EmailOrUsernameBackend))
}

impl Backend for EmailOrUsernameBackend {
    fn lookup(&self) -> Option<Lookup> {
        Some(Lookup::EmailOrUsername)
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, Lookup::EmailOrUsername)
    }
}
