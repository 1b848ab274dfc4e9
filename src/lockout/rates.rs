//! django-allauth's rate strings (`"10/m/ip,5/5m/key"`): parsed exactly as allauth's
//! `ratelimit.parse`, with errors that point at the offending character.
//!
//! Windows are sliding, as allauth's: a limit `N/period` refuses an attempt when N counted attempts
//! happened in the `period` before it, and the window frees up as the oldest one ages out.

use jiff::SignedDuration;

/// Who a limit counts against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The client address (`--ip`); a limit with this scope does not apply to attempts without one.
    Ip,
    /// The account the identifier resolves to; does not apply when it resolves to none.
    User,
    /// The action's key: for a login, the account, or the identifier when it names no account.
    Key,
}

/// One `amount/period/scope` item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub amount: u32,
    pub period: SignedDuration,
    pub scope: Scope,
}

/// allauth's grammar, so `config check` prints what it reads back.
impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let scope = match self.scope {
            Scope::Ip => "ip",
            Scope::User => "user",
            Scope::Key => "key",
        };
        write!(f, "{}/{}/{scope}", self.amount, format_period(self.period))
    }
}

/// allauth's period is one count and one unit (`90m`, not `1h30m`; no `w`), so a period prints in
/// the largest unit that divides it, and `config check` output reads back as a rate string.
fn format_period(period: SignedDuration) -> String {
    let seconds = period.as_secs();
    let (unit, size) = [("d", 86_400), ("h", 3600), ("m", 60)]
        .into_iter()
        .find(|(_, size)| seconds != 0 && seconds % size == 0)
        .unwrap_or(("s", 1));
    format!("{}{unit}", seconds / size)
}

/// A parse error: the byte offset in the rate string it concerns, and what is wrong.
#[derive(Debug, PartialEq, Eq)]
pub struct RateError {
    pub offset: usize,
    pub message: String,
}

/// Parses a comma-separated list; an empty string means "no limit" (allauth's `None`).
pub fn parse(text: &str) -> Result<Vec<Rate>, RateError> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut rates = Vec::new();
    let mut offset = 0;
    for item in text.split(',') {
        rates.push(parse_item(item, offset)?);
        offset += item.len() + 1;
    }
    Ok(rates)
}

fn parse_item(item: &str, start: usize) -> Result<Rate, RateError> {
    let lead = item.len() - item.trim_start().len();
    let body = item.trim();
    let at = |offset: usize, message: String| RateError { offset: start + lead + offset, message };
    if body.is_empty() {
        return Err(at(0, "empty rate; expected `amount/period/scope`, e.g. `5/5m/key`".into()));
    }
    let parts: Vec<&str> = body.split('/').collect();
    if parts.len() != 3 {
        let message = format!("`{body}` has {} part(s); expected `amount/period/scope`, e.g. `5/5m/key`", parts.len());
        return Err(at(0, message));
    }
    let amount_at = 0;
    let period_at = parts[0].len() + 1;
    let scope_at = period_at + parts[1].len() + 1;
    let amount = parse_amount(parts[0]).map_err(|message| at(amount_at, message))?;
    let period = parse_period(parts[1]).map_err(|(offset, message)| at(period_at + offset, message))?;
    let scope = match parts[2] {
        "ip" => Scope::Ip,
        "user" => Scope::User,
        "key" => Scope::Key,
        other => return Err(at(scope_at, format!("unknown scope `{other}`; expected ip, user or key"))),
    };
    Ok(Rate { amount, period, scope })
}

fn parse_amount(text: &str) -> Result<u32, String> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("amount `{text}` is not a whole number"));
    }
    match text.parse::<u32>() {
        Ok(0) => Err("amount 0 would refuse every attempt; remove the limit or use at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("amount `{text}` is too large")),
    }
}

/// `s`, `m`, `h` or `d`, optionally preceded by a count (`5m`); allauth's `_parse_duration`.
fn parse_period(text: &str) -> Result<SignedDuration, (usize, String)> {
    let Some(unit) = text.chars().last() else {
        return Err((0, "empty period; expected a unit s, m, h or d with an optional count, e.g. `5m`".into()));
    };
    let count_text = &text[..text.len() - unit.len_utf8()];
    let seconds: i64 = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        _ => return Err((count_text.len(), format!("unknown period unit `{unit}`; expected s, m, h or d"))),
    };
    let count: i64 = if count_text.is_empty() {
        1
    } else if count_text.bytes().all(|b| b.is_ascii_digit()) {
        count_text.parse().map_err(|_| (0, format!("period count `{count_text}` is too large")))?
    } else {
        return Err((0, format!("period count `{count_text}` is not a whole number")));
    };
    if count == 0 {
        return Err((0, "a period of 0 counts nothing; use at least 1".into()));
    }
    count
        .checked_mul(seconds)
        .filter(|s| *s <= 366 * 86_400)
        .map(SignedDuration::from_secs)
        .ok_or_else(|| (0, format!("period `{text}` is longer than a year")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(amount: u32, secs: i64, scope: Scope) -> Rate {
        Rate { amount, period: SignedDuration::from_secs(secs), scope }
    }

    #[test]
    fn periods_print_in_allauths_grammar() {
        assert_eq!(rate(1, 7 * 86_400, Scope::Ip).to_string(), "1/7d/ip");
        assert_eq!(rate(2, 5400, Scope::Key).to_string(), "2/90m/key");
        assert_eq!(rate(3, 61, Scope::User).to_string(), "3/61s/user");
    }

    #[test]
    fn allauth_defaults_parse() {
        assert_eq!(parse("10/m/ip,5/5m/key").unwrap(), [rate(10, 60, Scope::Ip), rate(5, 300, Scope::Key)]);
        assert_eq!(parse("30/m/ip").unwrap(), [rate(30, 60, Scope::Ip)]);
        assert_eq!(parse("5/m/user").unwrap(), [rate(5, 60, Scope::User)]);
        assert_eq!(parse("1/2d/key, 3/10s/ip").unwrap(), [rate(1, 172_800, Scope::Key), rate(3, 10, Scope::Ip)]);
        assert_eq!(parse("").unwrap(), []);
    }

    #[test]
    fn errors_point_at_the_offending_part() {
        let cases = [
            ("10/m/ip,5/5x/key", 11, "unknown period unit `x`"),
            ("10/m/ip,5/5m/host", 13, "unknown scope `host`"),
            ("x/m/ip", 0, "amount `x` is not a whole number"),
            ("10/m", 0, "has 2 part(s)"),
            ("10/m/ip/x", 0, "has 4 part(s)"),
            ("10/m/ip,", 8, "empty rate"),
            ("0/m/ip", 0, "amount 0"),
            ("5//ip", 2, "empty period"),
            ("5/0m/ip", 2, "period of 0"),
            ("5/-1m/ip", 2, "not a whole number"),
            ("5/m/IP", 4, "unknown scope `IP`"),
            ("5/99999d/ip", 2, "longer than a year"),
        ];
        for (text, offset, message) in cases {
            let err = parse(text).unwrap_err();
            assert_eq!(err.offset, offset, "{text}: {err:?}");
            assert!(err.message.contains(message), "{text}: {err:?}");
        }
    }
}
