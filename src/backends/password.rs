//! The part every password backend shares (Django's `ModelBackend.authenticate` after the
//! lookup): check the password, then `user_can_authenticate`, at one stored hash's cost either way.

use super::{Attempt, Context, Credentials, Outcome};
use crate::Error;
use crate::identity::{Candidate, Lookup};
use crate::secret::Secret;

/// Password backends skip token credentials; everything else checks the account that the
/// attempt's [`Resolution`](crate::identity::Resolution) gives this backend's `lookup`.
pub fn authenticate(ctx: &Context, attempt: &Attempt, lookup: Lookup) -> Result<Outcome, Error> {
    let Credentials::Password(password) = attempt.credentials else {
        return Ok(Outcome::Skipped { detail: "not a password login".into() });
    };
    if password.len_bytes() > ctx.max_password_bytes {
        let detail = format!("password longer than max_password_bytes ({}); not hashed", ctx.max_password_bytes);
        return Ok(Outcome::NoUser { detail });
    }
    let user = match attempt.resolution.candidate(lookup) {
        Candidate::Account(user) => user,
        Candidate::Nobody(detail) => {
            spend_like_a_user(ctx, attempt, password)?;
            return Ok(Outcome::NoUser { detail });
        }
    };
    let encoded = user.password.encoded();
    // Parsed once: the checks below read the decoded hash, not the text.
    let Some(hash) = ctx.hashers.verifier(encoded) else {
        spend_like_a_user(ctx, attempt, password)?;
        let detail = if crate::hashers::is_usable(encoded) {
            format!("user #{} found; the stored hash cannot be verified", user.id)
        } else {
            format!("user #{} found; the account has an unusable password", user.id)
        };
        return Ok(Outcome::NoUser { detail });
    };
    let verdict = hash.check(password);
    if !verdict.valid {
        return Ok(Outcome::NoUser { detail: format!("user #{} found; wrong password", user.id) });
    }
    // Inactive users are refused only after the password check, as Django.
    if !user.is_active {
        return Ok(Outcome::NoUser { detail: format!("user #{} found; the account is inactive", user.id) });
    }
    let detail = format!("user #{} found; password matches", user.id);
    Ok(Outcome::Authenticated { user: Box::new(user.clone()), must_update_hash: verdict.must_update, detail })
}

/// Unknown, ambiguous and unusable accounts verify the password against the stand-in hash (the
/// verdict is thrown away), so their time follows the stored hashes a wrong password would cost.
fn spend_like_a_user(ctx: &Context, attempt: &Attempt, password: &Secret) -> Result<(), Error> {
    match attempt.resolution.stand_in(ctx.store)? {
        Some(stand_in) => drop(ctx.hashers.check(password, stand_in.encoded())),
        None => ctx.hashers.spend_one_hash(password),
    }
    Ok(())
}
