//! Text for a terminal. Usernames, emails and identifiers are typed by strangers (self-signup,
//! failed logins) or written by other programs; printed raw, an escape sequence in one sets the
//! window title, clears the screen or rewrites a line, and a bidi override shows a name backwards.
//! Every human output path goes through [`visible`]; `--json` does not (JSON escapes them itself).

use std::borrow::Cow;

/// `text` with each control character (C0, DEL, C1) and each Unicode bidi control turned into a
/// visible escape: `\x1b`, `\u{202e}`. Everything else, backslashes included, is left as it is.
pub fn visible(text: &str) -> Cow<'_, str> {
    visible_except(text, &[])
}

/// [`visible`], keeping the characters in `keep` (a CSV cell keeps its line breaks and tabs:
/// quoting carries them, and a spreadsheet shows them as such).
pub fn visible_except<'a>(text: &'a str, keep: &[char]) -> Cow<'a, str> {
    let hidden = |c: char| needs_escape(c) && !keep.contains(&c);
    // Printable ASCII, most text by far, needs no look at each character's class.
    if text.bytes().all(|byte| (b' '..b'\x7f').contains(&byte)) || !text.contains(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !hidden(c) => out.push(c),
            c if u32::from(c) < 0x80 => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        }
    }
    Cow::Owned(out)
}

/// Controls (C0, DEL, C1) and the bidi marks, embeddings, overrides and isolates.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

#[cfg(test)]
mod tests {
    use super::{visible, visible_except};

    #[test]
    fn escapes_controls_and_bidi_controls() {
        assert_eq!(visible("evil\x1b]0;pwned\x07\x1b[2J"), "evil\\x1b]0;pwned\\x07\\x1b[2J");
        assert_eq!(visible("a\nb\tc\rd\x7f\u{9b}"), "a\\x0ab\\x09c\\x0dd\\x7f\\u{9b}");
        assert_eq!(visible("\u{202E}nimda\u{2066}\u{200F}\u{61C}"), "\\u{202e}nimda\\u{2066}\\u{200f}\\u{61c}");
    }

    #[test]
    fn leaves_other_text_alone() {
        for text in ["alice", "émile", "ﬁona", "a\\x1b", "日本語", "o'hara+x@example.com", "\u{200B}"] {
            assert_eq!(visible(text), text);
        }
    }

    #[test]
    fn keeps_what_it_is_told_to() {
        assert_eq!(visible_except("two\nlines\t\x1b", &['\n', '\t']), "two\nlines\t\\x1b");
    }
}
