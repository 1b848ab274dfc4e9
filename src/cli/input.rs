//! Secrets and answers from the person or script at the other end: `--password-stdin`, hidden
//! prompts on a terminal, confirmations. Never a prompt without a terminal.

use super::Session;
use crate::Error;
use crate::secret::Secret;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::sync::Once;
use zeroize::Zeroizing;

/// More than any password or token; a guard against piping a whole file in by mistake.
const STDIN_LIMIT: u64 = 4 << 20;
/// As `passwd` and Django's `changepassword`: three tries to type the same password twice.
const MATCH_TRIES: usize = 3;

/// Whether a prompt may be shown.
pub fn can_prompt(session: &Session) -> bool {
    !session.no_input && std::io::stdin().is_terminal()
}

/// Reads stdin to EOF and removes exactly one trailing line ending (the contract's rule). A
/// terminal on stdin gets one line read without echo, so the secret never shows on screen.
pub fn secret_from_stdin(what: &str) -> Result<Secret, Error> {
    if std::io::stdin().is_terminal() {
        guard_terminal();
        return rpassword::read_password().map(Secret::new).map_err(|err| terminal_error(what, &err));
    }
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

/// `--otp-stdin`: the password's line, then the one-time code's (one trailing line ending removed,
/// as for the password alone). A terminal gets the two lines read without echo.
pub fn password_and_code_from_stdin() -> Result<(Secret, Secret), Error> {
    if std::io::stdin().is_terminal() {
        return Ok((secret_from_stdin("password")?, secret_from_stdin("one-time code")?));
    }
    let both = secret_from_stdin("password and one-time code")?;
    let (password, code) = both.expose().split_once('\n').ok_or_else(|| {
        Error::Input("--otp-stdin: stdin has no line after the password; send the password, a newline, the code".into())
    })?;
    let password = password.strip_suffix('\r').unwrap_or(password);
    Ok((Secret::new(password.to_owned()), Secret::new(code.to_owned())))
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

/// A new password: stdin with the flag, else typed twice until both match; a blank one typed
/// (or only white space) is asked for again, as Django's prompts do.
pub fn new_password(session: &Session, from_stdin: bool, extra_flags: &str) -> Result<Secret, Error> {
    if from_stdin {
        return secret_from_stdin("password");
    }
    if !can_prompt(session) {
        return Err(no_prompt(session, "a password", &format!("--password-stdin{extra_flags}")));
    }
    for _ in 0..MATCH_TRIES {
        let first = prompt_hidden("Password: ")?;
        if is_blank(&first) {
            session.out.prompt_text("Blank passwords aren't allowed.");
            continue;
        }
        let second = prompt_hidden("Password (again): ")?;
        if first.expose() == second.expose() {
            return Ok(first);
        }
        session.out.prompt_text("Passwords do not match. Please try again.");
    }
    Err(Error::Input(format!("no matching password after {MATCH_TRIES} attempts; run the command again")))
}

pub fn is_blank(password: &Secret) -> bool {
    password.expose().trim().is_empty()
}

fn prompt_hidden(prompt: &str) -> Result<Secret, Error> {
    guard_terminal();
    rpassword::prompt_password(prompt).map(Secret::new).map_err(|err| terminal_error("password", &err))
}

/// A line of text from the terminal; empty answers are allowed, end of input (Ctrl-D) cancels.
pub fn ask(prompt: &str) -> Result<String, Error> {
    read_answer(&format!("{prompt}: "))?.ok_or_else(|| Error::Input("cancelled (end of input)".into()))
}

/// The answer to `prompt` typed on the terminal, without its line ending; `None` at end of input.
fn read_answer(prompt: &str) -> Result<Option<String>, Error> {
    guard_terminal();
    let failed = |err: std::io::Error| Error::Input(format!("cannot read from the terminal: {err}"));
    // Not holding stderr's lock while waiting: the Ctrl-C thread writes there before exiting.
    let mut stderr = std::io::stderr();
    // A question may quote a username, which is anybody's text.
    let prompt = super::escape::visible(prompt);
    stderr.write_all(prompt.as_bytes()).and_then(|()| stderr.flush()).map_err(failed)?;
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).map_err(failed)? == 0 {
        let _ = writeln!(stderr);
        return Ok(None);
    }
    Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
}

/// Asks before something destructive; `--yes` answers for scripts.
pub fn confirm(session: &Session, question: &str, yes_flag: bool) -> Result<bool, Error> {
    if yes_flag {
        return Ok(true);
    }
    if !can_prompt(session) {
        return Err(no_prompt(session, "confirmation", "--yes"));
    }
    ask_yes_no(question)
}

/// Django's `[y/N]` questions: `y` or `yes` is yes; anything else, or end of input, is no.
pub fn ask_yes_no(question: &str) -> Result<bool, Error> {
    let answer = read_answer(&format!("{question} [y/N]: "))?.unwrap_or_default();
    Ok(matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}

/// Ctrl-C at a prompt must not leave the terminal without echo (a hidden prompt turned it off):
/// before the first prompt, the terminal's settings are saved and a thread waits for SIGINT,
/// puts them back and exits 130, as an interrupted command does.
fn guard_terminal() {
    static GUARD: Once = Once::new();
    GUARD.call_once(|| {
        let saved = rustix::termios::tcgetattr(std::io::stdin()).ok();
        let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) else { return };
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                if let Some(saved) = &saved {
                    let _ = rustix::termios::tcsetattr(std::io::stdin(), rustix::termios::OptionalActions::Now, saved);
                }
                interrupted();
            }
        });
    });
}

/// A hidden read that failed; Ctrl-C (the read interrupted) ends the command as interrupted.
fn terminal_error(what: &str, err: &std::io::Error) -> Error {
    if err.kind() == std::io::ErrorKind::Interrupted {
        interrupted();
    }
    Error::Input(format!("cannot read the {what} from the terminal: {err}"))
}

/// Exit 130, the shell's status for a command ended by Ctrl-C, on a fresh line.
fn interrupted() -> ! {
    let _ = writeln!(std::io::stderr());
    std::process::exit(crate::error::exit::INTERRUPTED.into())
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
