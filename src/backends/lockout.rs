//! django-axes' `AxesBackend`: first in the chain, it refuses a locked-out or rate-limited attempt
//! before any password is hashed, and otherwise counts it and lets the chain go on.

use super::{Attempt, Backend, Context, Outcome};
use crate::Error;
use crate::config::Options;
use crate::lockout::guard::{self, Verdict};

pub struct LockoutBackend;

/// The policy lives in `[lockout]` and `[rate_limits]`, shared with `lockout status`, so the
/// backend itself takes no options.
pub fn build(options: &Options) -> Result<Box<dyn Backend>, String> {
    options.allow_only(&[])?;
    Ok(Box::new(LockoutBackend))
}

impl Backend for LockoutBackend {
    fn name(&self) -> &'static str {
        "lockout"
    }

    fn authenticate(&self, ctx: &Context, attempt: &Attempt) -> Result<Outcome, Error> {
        Ok(match guard::check(ctx.store, ctx.policy, attempt, ctx.now)? {
            Verdict::Allowed(detail) => Outcome::NoUser { detail },
            Verdict::Denied(denial) => Outcome::Denied(denial),
        })
    }
}
