//! The few Python `str` semantics Django's validators depend on, where Rust's std differs:
//! Python's Unicode version (see `unicode_tables.rs`), `\w`, `isdigit`, `isspace`.

use std::cmp::Ordering;

use super::unicode_tables::{PY_DIGIT, PY_SPACE, PY_UNASSIGNED, PY_WORD};

fn in_table(table: &[(char, char)], c: char) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                Ordering::Less
            } else if lo > c {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

/// Python's `str.isdigit()` for one character.
pub(super) fn is_digit(c: char) -> bool {
    in_table(PY_DIGIT, c)
}

/// Python's `str.isdigit()`: false for the empty string.
pub(super) fn is_all_digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_digit)
}

/// Python's `\w` on `str` patterns: what Django's regexes (the username validator's too) mean by it.
pub(crate) fn is_word(c: char) -> bool {
    // Most of every username (`import django` checks each): Python's `\w` on ASCII, unsearched.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(PY_WORD, c)
}

fn is_unassigned(c: char) -> bool {
    in_table(PY_UNASSIGNED, c)
}

/// Python's `str.lower()`.
///
/// Rust's `to_lowercase` already applies the full mappings and the final-sigma rule as
/// Python does, but from a newer Unicode version: letters added since have mappings that
/// Python does not know. Those code points are neither cased nor case-ignorable for Python,
/// so they end a final-sigma context exactly as a string boundary does; lowercasing the runs
/// between them separately therefore gives Python's result.
pub(super) fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run_start = 0;
    for (i, c) in s.char_indices().filter(|&(_, c)| is_unassigned(c)) {
        out.push_str(&s[run_start..i].to_lowercase());
        out.push(c);
        run_start = i + c.len_utf8();
    }
    out.push_str(&s[run_start..].to_lowercase());
    out
}

/// Python's `str.strip()`, which also strips U+001C..U+001F, unlike Rust's `trim()`.
pub(super) fn strip(s: &str) -> &str {
    s.trim_matches(|c| in_table(PY_SPACE, c))
}

/// Python's `re.split(r"\W+", s)`: separators are maximal runs of non-word characters, so
/// only a leading or trailing run leaves an empty part.
pub(super) fn split_non_word(s: &str) -> Vec<&str> {
    let pieces: Vec<&str> = s.split(|c| !is_word(c)).collect();
    let last = pieces.len() - 1;
    pieces
        .into_iter()
        .enumerate()
        .filter(|&(i, piece)| !piece.is_empty() || i == 0 || i == last)
        .map(|(_, piece)| piece)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_are_the_tables() {
        for c in (0..=0x7f).map(char::from) {
            assert_eq!(is_word(c), in_table(PY_WORD, c), "{c:?}");
        }
    }

    #[test]
    fn lower_matches_python_traps() {
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(lower("\u{212A}"), "k");
        assert_eq!(lower("ẞ"), "ß");
        assert_eq!(lower("ΟΔΟΣ ΣΑ"), "οδος σα");
        assert_eq!(lower("Σ"), "σ");
        // U+A7CB gained a lowercase mapping after Python 3.11's Unicode 14.
        assert_eq!(lower("\u{A7CB}Σ"), "\u{A7CB}σ");
        assert_eq!(lower("AΣ\u{A7CB}"), "aς\u{A7CB}");
    }

    #[test]
    fn strip_matches_python() {
        assert_eq!(strip("\u{1c}\u{1f} a \u{85}\u{3000}"), "a");
        assert_eq!(strip("\u{200b}a\u{feff}"), "\u{200b}a\u{feff}");
    }

    #[test]
    fn split_matches_python_re() {
        assert_eq!(split_non_word(""), [""]);
        assert_eq!(split_non_word("--"), ["", ""]);
        assert_eq!(split_non_word("-a--b-"), ["", "a", "b", ""]);
        assert_eq!(split_non_word("a_b²c"), ["a_b²c"]);
        assert_eq!(split_non_word("e\u{301}x\u{200d}y\u{ad}z"), ["e", "x", "y", "z"]);
    }

    #[test]
    fn digits_match_python_isdigit() {
        assert!(is_all_digits("²₃①٣"));
        for s in ["", "½", "Ⅻ", "一二三", "1a"] {
            assert!(!is_all_digits(s), "{s}");
        }
    }
}
