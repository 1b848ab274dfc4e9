//! allauth's "username or email" login: an identifier with `@` is an email (case-insensitive),
//! anything else a username (exact).

use super::password::{self, Found, one_of};
use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::config::Options;
use crate::store::users;

pub struct EmailOrUsernameBackend;

pub fn build(options: &Options) -> Result<Box<dyn Backend>, String> {
    options.allow_only(&[])?;
    Ok(Box::new(EmailOrUsernameBackend))
}

impl Backend for EmailOrUsernameBackend {
    fn name(&self) -> &'static str {
        "email_or_username"
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        password::authenticate(ctx, attempt, || {
            Ok(if attempt.identifier.contains('@') {
                one_of(users::find_by_email_iexact(ctx.store, attempt.identifier)?)
            } else {
                users::find_by_username(ctx.store, attempt.identifier)?.map_or(Found::None, Found::One)
            })
        })
    }
}
