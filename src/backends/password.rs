//! The part every password backend shares (Django's `ModelBackend.authenticate` after the
//! lookup): check the password, then `user_can_authenticate`, at one hash's cost either way.

use super::{Attempt, Context, Credentials, Outcome};
use crate::Error;
use crate::store::users::User;

/// What a backend's lookup found for the identifier.
pub enum Found {
    One(User),
    None,
    /// Several accounts match a case-insensitive identifier; refusing to pick one keeps a login
    /// from landing on the wrong account.
    Ambiguous(usize),
}

/// Password backends skip token credentials; everything else goes through [`check`].
pub fn authenticate(
    ctx: &Context,
    attempt: &Attempt,
    lookup: impl FnOnce() -> Result<Found, Error>,
) -> Result<Outcome, Error> {
    let Credentials::Password(password) = attempt.credentials else {
        return Ok(Outcome::Skipped { detail: "not a password login".into() });
    };
    if password.len_bytes() > ctx.max_password_bytes {
        let detail = format!("password longer than max_password_bytes ({}); not hashed", ctx.max_password_bytes);
        return Ok(Outcome::NoUser { detail });
    }
    let found = lookup()?;
    Ok(check(ctx, found, password))
}

/// Unknown users and ambiguous matches still cost one hash, so timing does not tell them apart
/// from a wrong password; inactive users are refused only after the password check, as Django.
fn check(ctx: &Context, found: Found, password: &crate::secret::Secret) -> Outcome {
    let user = match found {
        Found::One(user) => user,
        Found::None => {
            ctx.hashers.spend_one_hash(password);
            return Outcome::NoUser { detail: "no such user".into() };
        }
        Found::Ambiguous(count) => {
            ctx.hashers.spend_one_hash(password);
            return Outcome::NoUser { detail: format!("{count} accounts match; ambiguous, none chosen") };
        }
    };
    let verdict = ctx.hashers.check(password, user.password.encoded());
    if !verdict.valid {
        let detail = if crate::hashers::is_usable(user.password.encoded()) {
            format!("user #{} found; wrong password", user.id)
        } else {
            format!("user #{} found; the account has an unusable password", user.id)
        };
        return Outcome::NoUser { detail };
    }
    if !user.is_active {
        return Outcome::NoUser { detail: format!("user #{} found; the account is inactive", user.id) };
    }
    let detail = format!("user #{} found; password matches", user.id);
    Outcome::Authenticated { user, must_update_hash: verdict.must_update, detail }
}

/// A list of case-insensitive matches, as a [`Found`].
pub fn one_of(mut users: Vec<User>) -> Found {
    match users.len() {
        0 => Found::None,
        1 => Found::One(users.remove(0)),
        n => Found::Ambiguous(n),
    }
}
