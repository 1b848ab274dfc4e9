//! Bearer tokens made by `token create`: only their SHA-256 is stored, so the lookup is by digest
//! (an index probe, constant-time in what it reveals) and a stolen database yields no token.

use super::{Attempt, Backend, Context, Credentials, Outcome};
use crate::Error;
use crate::component::NoOptions;
use crate::tokens;

pub struct TokenBackend;

pub fn build(_: NoOptions, _: &()) -> Result<Box<dyn Backend>, String> {
    Ok(Box::new(TokenBackend))
}

impl Backend for TokenBackend {
    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        let Credentials::Token(token) = attempt.credentials else {
            return Ok(Outcome::Skipped { detail: "not a token login".into() });
        };
        Ok(match tokens::authenticate(ctx.store, token, ctx.now)? {
            Ok(user) if !owns(&user, attempt.identifier) => Outcome::NoUser {
                detail: format!("the token belongs to user #{}, not to `{}`", user.id, attempt.identifier),
            },
            Ok(user) => {
                let detail = format!("token of user #{} is valid", user.id);
                Outcome::Authenticated { user: Box::new(user), must_update_hash: false, detail }
            }
            Err(why) => Outcome::NoUser { detail: why.to_string() },
        })
    }
}

/// The identifier must name the token's owner (username, or email ignoring ASCII case), so a
/// token cannot be presented as someone else's login.
fn owns(user: &crate::store::users::User, identifier: &str) -> bool {
    user.username == identifier || (!user.email.is_empty() && user.email.eq_ignore_ascii_case(identifier))
}
