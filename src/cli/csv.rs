//! CSV for spreadsheets, the one writer of every `--format csv`: RFC 4180 lines, and no cell a
//! spreadsheet would run as a formula. Usernames, names and emails are typed by strangers
//! (self-signup, failed logins), and the file is opened by an administrator (or lands on a
//! terminal), so their control characters are made visible too.

use super::escape::visible_except;
use std::borrow::Cow;

/// A whole document: the header row, then the rows, each line ended by CRLF (RFC 4180).
pub fn document(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = line(header.iter().copied());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str)));
    }
    out
}

fn line<'a>(cells: impl Iterator<Item = &'a str>) -> String {
    let mut line = cells.map(cell).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// One cell: controls made visible but for tabs and line breaks, defused (see [`defuse`]), then
/// quoted when it holds a comma, quote or line break, its quotes doubled.
fn cell(text: &str) -> String {
    let text = visible_except(text, &['\t', '\n', '\r']);
    let text = defuse(&text);
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.into_owned() }
}

/// A cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` (OWASP's advice on CSV
/// injection), so a spreadsheet shows it as text instead of evaluating it. A plain number (`-1`,
/// `+2.5`) is left alone: it cannot be a formula, and stays a number.
fn defuse(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// An optional sign, digits, and optionally a point and more digits.
fn is_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction)
}

#[cfg(test)]
mod tests {
    use super::document;

    fn one_row(cells: &[&str]) -> String {
        let out = document(&["h"], &[cells.iter().map(|c| c.to_string()).collect()]);
        out.strip_prefix("h\r\n").unwrap().strip_suffix("\r\n").unwrap().to_string()
    }

    #[test]
    fn quotes_as_rfc_4180() {
        assert_eq!(document(&["a", "b"], &[]), "a,b\r\n");
        assert_eq!(
            one_row(&["a", "b,c", "say \"hi\"", "two\nlines", ""]),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\","
        );
    }

    #[test]
    fn defuses_formulas() {
        assert_eq!(one_row(&["=cmd()", "@x", "+a", "-a", "ok"]), "'=cmd(),'@x,'+a,'-a,ok");
        assert_eq!(one_row(&["\tx", "\rx"]), "'\tx,\"'\rx\"");
        // Quoting comes after the `'`, so a quoted formula stays defused.
        assert_eq!(one_row(&["=HYPERLINK(\"http://x\")"]), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(one_row(&["a=b", "x@example.com"]), "a=b,x@example.com");
    }

    #[test]
    fn makes_controls_visible_but_line_breaks() {
        assert_eq!(one_row(&["evil\x1b[2J\u{202E}", "a\tb\nc"]), "evil\\x1b[2J\\u{202e},\"a\tb\nc\"");
    }

    #[test]
    fn keeps_numbers_readable() {
        assert_eq!(one_row(&["-1", "+2", "-2.5", "7", "2024-05-01T10:00:00Z"]), "-1,+2,-2.5,7,2024-05-01T10:00:00Z");
        assert_eq!(one_row(&["-1+1", "-", "-.5", "-1.", "+1e3", "-0x1"]), "'-1+1,'-,'-.5,'-1.,'+1e3,'-0x1");
    }
}
