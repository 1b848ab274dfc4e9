//! Durations (`2h`, `7d`), points in time (`--since`) and the two text forms times take:
//! RFC 3339 for people and JSON, Django's `YYYY-MM-DD HH:MM:SS.ffffff` (UTC) in `auth_user`.

use jiff::{SignedDuration, Timestamp, civil::DateTime, tz::TimeZone};

/// Longest duration accepted anywhere: a century is already "forever" for a lockout or an audit.
const MAX_SECONDS: i64 = 100 * 366 * 24 * 3600;

/// Parses `90s`, `15m`, `2h`, `7d`, `2w` or a sum such as `1h30m`.
pub fn parse_duration(text: &str) -> Result<SignedDuration, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty duration; expected e.g. `30s`, `15m`, `2h`, `7d`".into());
    }
    let mut total: i64 = 0;
    let mut digits = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 7 * 86_400,
            _ => return Err(bad_duration(text)),
        };
        let amount: i64 = digits.parse().map_err(|_| bad_duration(text))?;
        digits.clear();
        total = amount
            .checked_mul(unit)
            .and_then(|s| total.checked_add(s))
            .filter(|s| *s <= MAX_SECONDS)
            .ok_or_else(|| format!("duration `{text}` is too long (at most 100 years)"))?;
    }
    if !digits.is_empty() {
        return Err(bad_duration(text));
    }
    Ok(SignedDuration::from_secs(total))
}

/// The shortest text [`parse_duration`] reads back as `duration` (whole seconds), for printing settings.
pub fn format_duration(duration: SignedDuration) -> String {
    let mut seconds = duration.as_secs().max(0);
    if seconds == 0 {
        return "0s".into();
    }
    let mut text = String::new();
    for (unit, size) in [("w", 7 * 86_400), ("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] {
        if seconds >= size {
            text.push_str(&format!("{}{unit}", seconds / size));
            seconds %= size;
        }
    }
    text
}

fn bad_duration(text: &str) -> String {
    format!("invalid duration `{text}`; expected a number and a unit s, m, h, d or w, e.g. `30s`, `2h`, `7d`")
}

/// A `--since`/`--until` value as typed: parsed by clap before the command runs, resolved against
/// the command's clock (which tests set through the hidden `AUTHADM_TEST_NOW`, see
/// `cli::now`) with [`Point::resolve`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    At(Timestamp),
    Ago(SignedDuration),
}

impl std::str::FromStr for Point {
    type Err = String;

    /// An RFC 3339 time, or a duration ago such as `2h`.
    fn from_str(text: &str) -> Result<Self, String> {
        if let Ok(ts) = text.parse::<Timestamp>() {
            return Ok(Point::At(ts));
        }
        // A well-formed but too long duration keeps its own message; anything else gets both forms.
        parse_duration(text).map(Point::Ago).map_err(|err| {
            if err.contains("too long") {
                return err;
            }
            format!("invalid time `{text}`; expected a duration such as `2h` or `7d`, or an RFC 3339 time such as `2026-11-01T00:00:00Z`")
        })
    }
}

impl Point {
    /// The instant meant; durations are at most a century, so subtracting one cannot overflow
    /// for any clock this program runs under (saturating keeps that a non-question).
    pub fn resolve(self, now: Timestamp) -> Timestamp {
        match self {
            Point::At(ts) => ts,
            Point::Ago(ago) => now.checked_sub(ago).unwrap_or(Timestamp::MIN),
        }
    }
}

/// RFC 3339 in UTC, to the second. Its digits are put in place rather than formatted through
/// `strftime` (which interprets its format string each time) or `format!`: listings print two
/// or three per row, and they were a fifth of `lockout status --json`'s time over 60,000 keys
/// (benches/run.sh figure 5).
pub fn rfc3339(ts: Timestamp) -> String {
    let t = jiff::tz::Offset::UTC.to_datetime(ts);
    if t.year() < 0 {
        return ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    }
    let mut text = *b"0000-00-00T00:00:00Z";
    let fields = [(0, 4, t.year()), (5, 2, t.month().into()), (8, 2, t.day().into())];
    let clock = [(11, 2, t.hour().into()), (14, 2, t.minute().into()), (17, 2, t.second().into())];
    for (start, digits, mut value) in fields.into_iter().chain(clock) {
        for place in (start..start + digits).rev() {
            text[place] = b'0' + (value % 10) as u8;
            value /= 10;
        }
    }
    text.iter().map(|&byte| char::from(byte)).collect()
}

/// How long ago (or ahead) `then` is, as people say it: `just now`, `3 minutes ago`, `in 2 days`.
/// Units are floored, so "1 hour ago" means at least an hour.
pub fn relative(then: Timestamp, now: Timestamp) -> String {
    let seconds = now.as_second() - then.as_second();
    let span = seconds.unsigned_abs();
    if span < 60 {
        return "just now".into();
    }
    const UNITS: [(u64, &str); 5] =
        [(365 * 86_400, "year"), (30 * 86_400, "month"), (86_400, "day"), (3_600, "hour"), (60, "minute")];
    let (size, unit) = UNITS.into_iter().find(|(size, _)| span >= *size).unwrap_or((60, "minute"));
    let count = span / size;
    let amount = format!("{count} {unit}{}", if count == 1 { "" } else { "s" });
    if seconds >= 0 { format!("{amount} ago") } else { format!("in {amount}") }
}

/// The text Django writes to a `datetime` column on SQLite with `USE_TZ = True`.
pub fn django_text(ts: Timestamp) -> String {
    ts.strftime("%Y-%m-%d %H:%M:%S%.6f").to_string()
}

/// Reads a Django `datetime` column (UTC, with or without fraction or offset).
pub fn parse_django_text(text: &str) -> Option<Timestamp> {
    if let Some(civil) = naive_django_text(text) {
        return TimeZone::UTC.to_timestamp(civil).ok();
    }
    if let Ok(ts) = text.parse::<Timestamp>() {
        return Some(ts);
    }
    let civil: DateTime = text.trim().replacen(' ', "T", 1).parse().ok()?;
    TimeZone::UTC.to_timestamp(civil).ok()
}

/// The text Django writes, `YYYY-MM-DD HH:MM:SS[.fraction]` (no offset, so never a
/// `Timestamp`), read as [`parse_django_text`] reads it, but from its digits in place, without
/// first failing as a timestamp or going through the general parser: `import django` checks two
/// per user, and that parser was 4 % of benches/run.sh figure 6's import (callgrind). What is
/// not plainly a date and time (a leap second, an invalid date) is left to the general path.
fn naive_django_text(text: &str) -> Option<DateTime> {
    let bytes = text.as_bytes();
    let shaped = |(at, byte): (usize, &u8)| match at {
        4 | 7 => *byte == b'-',
        10 => *byte == b' ',
        13 | 16 => *byte == b':',
        19 => *byte == b'.',
        _ => byte.is_ascii_digit(),
    };
    if !(bytes.len() == 19 || (21..=29).contains(&bytes.len())) || !bytes.iter().enumerate().all(shaped) {
        return None;
    }
    let number = |digits: &[u8]| digits.iter().fold(0, |n, digit| n * 10 + i32::from(digit - b'0'));
    // Two digits each: they fit.
    let [month, day, hour, minute, second] = [5, 8, 11, 14, 17].map(|at| number(&bytes[at..at + 2]) as i8);
    if second == 60 {
        return None;
    }
    // 1 to 9 digits of a second, in nanoseconds.
    let fraction = bytes.get(20..).unwrap_or_default();
    let nanos = number(fraction) * 10_i32.pow(9 - fraction.len() as u32);
    DateTime::new(number(&bytes[..4]) as i16, month, day, hour, minute, second, nanos).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The short cut for Django's own text reads what the general path reads, and leaves the rest to it.
    #[test]
    fn django_text_reads_as_by_the_general_path() {
        let general = |text: &str| {
            text.parse::<Timestamp>().ok().or_else(|| {
                let civil: DateTime = text.trim().replacen(' ', "T", 1).parse().ok()?;
                TimeZone::UTC.to_timestamp(civil).ok()
            })
        };
        for text in [
            "2025-06-01 09:00:00",
            "2025-06-01 09:00:00.123456",
            "2025-06-01 09:00:00.1",
            "2025-06-01 09:00:00.123456789",
            "2025-06-01 09:00:00.",
            "2025-06-01 09:00:00.000000001",
            "0000-01-01 00:00:00",
            "9999-12-31 23:59:59.999999",
            "2024-02-29 12:00:00",
            "2023-02-29 12:00:00",
            "2016-12-31 23:59:60",
            "2025-06-01 09:60:00",
            "2025-00-01 09:00:00",
            "2025-06-00 09:00:00",
            "2025-13-01 09:00:00",
            "2025-02-30 09:00:00",
            "2025-06-01 24:00:00",
            "2025-06-01T09:00:00",
            "2025-06-01 09:00:00+02:00",
            "2025-06-01 09:00:00Z",
            " 2025-06-01 09:00:00",
            "2025-06-01 09:00:00 ",
            "yesterday",
            "",
        ] {
            assert_eq!(parse_django_text(text), general(text), "{text:?}");
        }
        let now = Timestamp::from_second(1_800_000_000).unwrap();
        assert_eq!(parse_django_text(&django_text(now)), Some(now));
        assert!(naive_django_text(&django_text(now)).is_some(), "Django's own text takes the short cut");
    }

    #[test]
    fn rfc3339_is_what_strftime_writes() {
        let (min, max) = (Timestamp::MIN.as_second(), Timestamp::MAX.as_second());
        let step = (max - min) / 100_003;
        for second in (min..=max).step_by(step as usize).chain([min, max, 0, -1, 1_800_000_000]) {
            let ts = Timestamp::from_second(second).unwrap();
            assert_eq!(rfc3339(ts), ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
        }
    }

    #[test]
    fn points_keep_the_too_long_message() {
        let now = Timestamp::UNIX_EPOCH;
        assert!("99999999d".parse::<Point>().unwrap_err().contains("too long"));
        assert!("-5h".parse::<Point>().unwrap_err().contains("invalid time `-5h`"));
        assert_eq!("1h".parse::<Point>().unwrap().resolve(now), now - SignedDuration::from_hours(1));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s").unwrap(), SignedDuration::from_secs(90));
        assert_eq!(parse_duration("1h30m").unwrap(), SignedDuration::from_secs(5400));
        assert_eq!(parse_duration("7d").unwrap(), SignedDuration::from_secs(604_800));
        for bad in ["", "-5h", "5", "h", "5x", "99999999d", "1.5h"] {
            assert!(parse_duration(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn relative_times() {
        let now: Timestamp = "2026-11-23T12:00:00Z".parse().unwrap();
        let ago = |secs: i64| relative(now - SignedDuration::from_secs(secs), now);
        assert_eq!(ago(0), "just now");
        assert_eq!(ago(59), "just now");
        assert_eq!(ago(60), "1 minute ago");
        assert_eq!(ago(3 * 60 + 30), "3 minutes ago");
        assert_eq!(ago(2 * 3600), "2 hours ago");
        assert_eq!(ago(86_400), "1 day ago");
        assert_eq!(ago(45 * 86_400), "1 month ago");
        assert_eq!(ago(800 * 86_400), "2 years ago");
        assert_eq!(ago(-2 * 86_400), "in 2 days");
    }

    #[test]
    fn durations_print_as_they_parse() {
        for text in ["0s", "90s", "1h30m", "7d", "2w", "1w2d3h4m5s"] {
            let duration = parse_duration(text).unwrap();
            assert_eq!(parse_duration(&format_duration(duration)).unwrap(), duration, "{text}");
        }
        assert_eq!(format_duration(SignedDuration::from_secs(5400)), "1h30m");
    }

    #[test]
    fn django_text_round_trips() {
        let ts: Timestamp = "2026-11-23T09:25:11.123456Z".parse().unwrap();
        assert_eq!(django_text(ts), "2026-11-23 09:25:11.123456");
        assert_eq!(parse_django_text(&django_text(ts)), Some(ts));
        assert_eq!(parse_django_text("2026-11-23 09:25:11"), Some("2026-11-23T09:25:11Z".parse().unwrap()));
    }
}
