//! Secrets and answers from the person or script at the other end: `--password-stdin`, hidden
//! prompts on a terminal, confirmations. Never a prompt without a terminal.

use super::Session;
use crate::Error;
use crate::secret::Secret;
use std::io::{IsTerminal, Read};
use zeroize::Zeroizing;

/// More than any password or token; a guard against piping a whole file in by mistake.
const STDIN_LIMIT: u64 = 4 << 20;
/// As `passwd` and Django's `changepassword`: three tries to type the same password twice.
const MATCH_TRIES: usize = 3;

/// Whether a prompt may be shown.
pub fn can_prompt(session: &Session) -> bool {
    !session.no_input && std::io::stdin().is_terminal()
}

/// Reads stdin to EOF and removes exactly one trailing line ending (the contract's rule).
pub fn secret_from_stdin(what: &str) -> Result<Secret, Error> {
    let mut bytes = Zeroizing::new(Vec::new());
    std::io::stdin()
        .take(STDIN_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| Error::Input(format!("cannot read the {what} from stdin: {err}")))?;
    if bytes.len() as u64 > STDIN_LIMIT {
        return Err(Error::Input(format!("stdin holds more than {} MiB; that is no {what}", STDIN_LIMIT >> 20)));
    }
    let ending = if bytes.ends_with(b"\r\n") { 2 } else { usize::from(bytes.ends_with(b"\n")) };
    let kept = bytes.len() - ending;
    bytes.truncate(kept);
    if bytes.contains(&0) {
        return Err(Error::Input(format!("the {what} on stdin contains a NUL byte")));
    }
    let text = String::from_utf8(std::mem::take(&mut *bytes)).map_err(|err| {
        let mut raw = err.into_bytes();
        zeroize::Zeroize::zeroize(&mut raw);
        Error::Input(format!("the {what} on stdin is not valid UTF-8"))
    })?;
    Ok(Secret::new(text))
}

/// Why a prompt cannot be shown, naming the flag a script should pass instead.
pub fn no_prompt(session: &Session, what: &str, flag: &str) -> Error {
    let why = if session.no_input { "--no-input was given" } else { "stdin is not a terminal" };
    Error::Usage(format!("cannot prompt for {what}: {why}; pass {flag}"))
}

/// A password to check (login): stdin with the flag, else one hidden prompt.
pub fn existing_secret(session: &Session, from_stdin: bool, what: &str, flag: &str) -> Result<Secret, Error> {
    if from_stdin {
        return secret_from_stdin(what);
    }
    if !can_prompt(session) {
        return Err(no_prompt(session, &format!("the {what}"), flag));
    }
    prompt_hidden(&format!("{}: ", capitalize(what)))
}

/// A new password: stdin with the flag, else typed twice until both match.
pub fn new_password(session: &Session, from_stdin: bool, extra_flags: &str) -> Result<Secret, Error> {
    if from_stdin {
        return secret_from_stdin("password");
    }
    if !can_prompt(session) {
        return Err(no_prompt(session, "a password", &format!("--password-stdin{extra_flags}")));
    }
    for _ in 0..MATCH_TRIES {
        let first = prompt_hidden("Password: ")?;
        if first.expose().is_empty() {
            session.out.note("Blank passwords aren't allowed.");
            continue;
        }
        let second = prompt_hidden("Password (again): ")?;
        if first.expose() == second.expose() {
            return Ok(first);
        }
        session.out.note("Passwords do not match. Please try again.");
    }
    Err(Error::Input(format!("no matching password after {MATCH_TRIES} attempts")))
}

fn prompt_hidden(prompt: &str) -> Result<Secret, Error> {
    rpassword::prompt_password(prompt)
        .map(Secret::new)
        .map_err(|err| Error::Input(format!("cannot read the password from the terminal: {err}")))
}

/// A line of text from the terminal; empty answers are allowed.
pub fn ask(prompt: &str) -> Result<String, Error> {
    dialoguer::Input::<String>::new()
        .with_prompt(prompt)
        .allow_empty(true)
        .interact_text()
        .map_err(|err| Error::Input(format!("cannot read from the terminal: {err}")))
}

/// Asks before something destructive; `--yes` answers for scripts.
pub fn confirm(session: &Session, question: &str, yes_flag: bool) -> Result<bool, Error> {
    if yes_flag {
        return Ok(true);
    }
    if !can_prompt(session) {
        return Err(no_prompt(session, "confirmation", "--yes"));
    }
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|err| Error::Input(format!("cannot read from the terminal: {err}")))
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
