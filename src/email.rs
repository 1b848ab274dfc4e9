//! Django 5.2's `EmailValidator`, the rule `createsuperuser` and the admin apply to an address,
//! so an address authadm stores is one Django's forms accept. Its regexes are written out as
//! code: the local part is a dot-atom or a quoted string; the domain is `localhost`, a host name
//! (ASCII letters, digits and any character from U+00A1 to U+FFFF, with a letters-only or
//! `xn--` last label), or an IP literal in brackets. Checked against Django itself by
//! `tests/django/gen_email_cases.py`.

use std::net::{Ipv4Addr, Ipv6Addr};

/// Django's limit (RFC 3696), in characters; the model's 254 applies before it anyway.
const MAX_CHARS: usize = 320;

/// Whether Django's `validate_email` accepts `address`.
pub fn is_valid(address: &str) -> bool {
    if address.is_empty() || address.chars().count() > MAX_CHARS {
        return false;
    }
    let Some((user, domain)) = split_at(address, address.bytes().rposition(|b| b == b'@')) else { return false };
    (is_dot_atom(user) || is_quoted_string(user)) && (domain == "localhost" || is_domain(domain) || is_literal(domain))
}

/// `text` split around the ASCII byte at `at`, as `split_once` and `rsplit_once` split around a
/// character, the byte found by a plain scan: the character searcher's set-up cost more than
/// these short texts (`import django` checks every user's address; benches/run.sh figure 6).
fn split_at(text: &str, at: Option<usize>) -> Option<(&str, &str)> {
    let at = at?;
    Some((&text[..at], &text[at + 1..]))
}

/// `[A-Z]` under Python's `re.IGNORECASE`: the ASCII letters and four letters that fold to them.
fn is_ignorecase_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{130}' | '\u{131}' | '\u{17F}' | '\u{212A}')
}

/// `[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[...]+)*`
fn is_dot_atom(user: &str) -> bool {
    let atom_char = |c: char| is_ignorecase_letter(c) || c.is_ascii_digit() || "-!#$%&'*+/=?^_`{}|~".contains(c);
    user.split('.').all(|atom| !atom.is_empty() && atom.chars().all(atom_char))
}

/// `"([\001-\010\013\014\016-\037!#-\[\]-\177]|\\[\001-\011\013\014\016-\177])*"`
fn is_quoted_string(user: &str) -> bool {
    let Some(inner) = user.strip_prefix('"').and_then(|rest| rest.strip_suffix('"')) else { return false };
    let plain = |c: char| matches!(c, '\u{1}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '!' | '#'..='[' | ']'..='\u{7f}');
    let escapable = |c: char| matches!(c, '\u{1}'..='\u{9}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{7f}');
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        let ok = match c {
            '\\' => chars.next().is_some_and(escapable),
            _ => plain(c),
        };
        if !ok {
            return false;
        }
    }
    true
}

/// `[a-z\u00a1-\uffff0-9]` under IGNORECASE.
fn is_label_char(c: char) -> bool {
    is_ignorecase_letter(c) || c.is_ascii_digit() || ('\u{a1}'..='\u{ffff}').contains(&c)
}

/// hostname_re, then domain_re's labels, then tld_no_fqdn_re: at least two labels, no
/// trailing dot.
fn is_domain(domain: &str) -> bool {
    // Split in place, without a list of labels: `import django` checks every user's address.
    let Some((first, rest)) = split_at(domain, domain.bytes().position(|b| b == b'.')) else { return false };
    let (middle, last) = split_at(rest, rest.bytes().rposition(|b| b == b'.'))
        .map_or((None, rest), |(middle, last)| (Some(middle), last));
    is_host_label(first) && middle.is_none_or(|middle| middle.split('.').all(is_middle_label)) && is_tld(last)
}

fn length_between(label: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&label.chars().count())
}

/// `[c](?:[c-]{0,61}[c])?`
fn is_host_label(label: &str) -> bool {
    let ends_ok = label.chars().next().is_some_and(is_label_char) && label.chars().last().is_some_and(is_label_char);
    ends_ok && length_between(label, 1, 63) && label.chars().all(|c| c == '-' || is_label_char(c))
}

/// `(?!-)[c-]{1,63}(?<!-)`
fn is_middle_label(label: &str) -> bool {
    length_between(label, 1, 63)
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label.chars().all(|c| c == '-' || is_label_char(c))
}

/// `(?!-)(?:[a-z\u00a1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)`: no digits, except in punycode.
fn is_tld(label: &str) -> bool {
    if label.starts_with('-') || label.ends_with('-') {
        return false;
    }
    let letters = |c: char| c == '-' || is_ignorecase_letter(c) || ('\u{a1}'..='\u{ffff}').contains(&c);
    let punycode = label.get(..4).is_some_and(|head| head.eq_ignore_ascii_case("xn--"))
        && length_between(&label[4..], 1, 59)
        && label[4..].chars().all(|c| is_ignorecase_letter(c) || c.is_ascii_digit());
    (length_between(label, 2, 63) && label.chars().all(letters)) || punycode
}

/// `\[([A-F0-9:.]+)\]` holding an address Python's `ipaddress` accepts (IPv6 at most 39 characters).
fn is_literal(domain: &str) -> bool {
    let Some(inner) = domain.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')) else { return false };
    let allowed = |c: char| c.is_ascii_hexdigit() || c == ':' || c == '.';
    if inner.is_empty() || !inner.chars().all(allowed) {
        return false;
    }
    inner.parse::<Ipv4Addr>().is_ok() || (inner.len() <= 39 && inner.parse::<Ipv6Addr>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::is_valid;

    /// Every case Django 5.2 judged (`tests/django/gen_email_cases.py`) gets Django's verdict.
    #[test]
    fn verdicts_are_djangos() {
        let cases: serde_json::Value =
            serde_json::from_str(include_str!("../tests/django/email_cases.json")).expect("email_cases.json parses");
        let wrong: Vec<String> = cases["cases"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|case| is_valid(case["address"].as_str().unwrap()) != case["valid"].as_bool().unwrap())
            .map(|case| format!("{:?} (Django: {})", case["address"].as_str().unwrap(), case["valid"]))
            .collect();
        assert!(wrong.is_empty(), "{} of Django's verdicts differ:\n{}", wrong.len(), wrong.join("\n"));
    }
}
