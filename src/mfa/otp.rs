//! One-time codes as the apps compute them: HOTP/TOTP (RFC 4226/6238, HMAC-SHA1) and
//! allauth's recovery codes, with the key encodings each app stores.

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

type HmacSha1 = Hmac<Sha1>;

/// RFC 4226's HOTP value of `counter`, before it is cut to digits: allauth's `hotp_value`
/// (`allauth/mfa/totp/internal/auth.py`) and django-otp's `hotp` (`django_otp/oath.py`) alike.
pub fn hotp(key: &[u8], counter: i64, digits: u32) -> u64 {
    let mut mac = HmacSha1::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let value = u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    u64::from(value) % 10u64.pow(digits.min(10))
}

/// Python's `base64.b32decode(secret, casefold=True)`: RFC 4648 base32, padding optional only
/// where it would be complete. `None` for anything else (a secret a site's own adapter encrypted).
pub fn base32(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    let text = text.trim_end_matches('=');
    if text.is_empty() || !matches!(text.len() % 8, 0 | 2 | 4 | 5 | 7) {
        return None;
    }
    let mut bytes = Zeroizing::new(Vec::with_capacity(text.len() * 5 / 8));
    let (mut buffer, mut bits) = (0u64, 0u32);
    for c in text.bytes() {
        let value = match c.to_ascii_uppercase() {
            c @ b'A'..=b'Z' => c - b'A',
            c @ b'2'..=b'7' => c - b'2' + 26,
            _ => return None,
        };
        buffer = (buffer << 5) | u64::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
        }
    }
    Some(bytes)
}

/// `binascii.unhexlify`: django-otp's `bin_key`. `None` when not an even run of hex digits.
pub fn hex(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    if text.is_empty() || !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
    Some(Zeroizing::new(text.as_bytes().chunks(2).map(|pair| digit(pair[0]) << 4 | digit(pair[1])).collect()))
}

/// allauth's `RecoveryCodes.generate_codes` (`allauth/mfa/recovery_codes/internal/auth.py`): one
/// HMAC-SHA1 keyed by the seed's ASCII, fed `f"{i:3},"` cumulatively; code i is the first
/// `digits // 2` bytes of the digest so far, big-endian, modulo `10**digits`, zero-padded.
pub fn recovery_codes(seed: &str, count: u32, digits: u32) -> Vec<Zeroizing<String>> {
    let mut mac = HmacSha1::new_from_slice(seed.as_bytes()).expect("HMAC takes a key of any length");
    let take = (digits / 2).min(20) as usize;
    (0..count)
        .map(|i| {
            mac.update(format!("{i:3},").as_bytes());
            let digest = mac.clone().finalize().into_bytes();
            let value = digest[..take].iter().fold(0u128, |acc, b| acc << 8 | u128::from(*b));
            let value = value % 10u128.pow(digits.min(30));
            Zeroizing::new(format!("{value:0width$}", width = digits as usize))
        })
        .collect()
}

/// allauth's `normalize_user_code` (`allauth/core/internal/cryptokit.py`): punctuation and white
/// space removed, lowercased.
pub fn normalize_user_code(code: &str) -> Zeroizing<String> {
    Zeroizing::new(
        code.chars().filter(|c| !c.is_ascii_punctuation() && !c.is_whitespace()).flat_map(char::to_lowercase).collect(),
    )
}

/// allauth's `compare_user_code`: both normalised, an empty expected code never matches, compared
/// in constant time.
pub fn same_user_code(actual: &str, expected: &str) -> bool {
    let (actual, expected) = (normalize_user_code(actual), normalize_user_code(expected));
    !expected.is_empty() && bool::from(actual.as_bytes().ct_eq(expected.as_bytes()))
}

/// django-otp's `int(token)` in `TOTPDevice.verify_token`: surrounding white space and a sign
/// allowed, and `_` between digits, as Python's `int` takes them; `None` where it raises.
pub fn python_int(token: &str) -> Option<i64> {
    let text = token.trim();
    let digits = text.strip_prefix('+').unwrap_or(text);
    let negative = digits.starts_with('-');
    let digits = digits.strip_prefix('-').unwrap_or(digits);
    let valid = !digits.is_empty()
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__")
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    let value: i64 = valid.then(|| digits.replace('_', "").parse().ok()).flatten()?;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hotp_matches_rfc_4226_appendix_d() {
        let key = b"12345678901234567890";
        let expected = [755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489];
        for (counter, value) in expected.iter().enumerate() {
            assert_eq!(hotp(key, counter as i64, 6), *value);
        }
    }

    #[test]
    fn totp_matches_rfc_6238_appendix_b_for_sha1() {
        let key = b"12345678901234567890";
        assert_eq!(hotp(key, 59 / 30, 8), 94287082);
        assert_eq!(hotp(key, 1111111109 / 30, 8), 7081804);
    }

    #[test]
    fn base32_reads_what_python_writes_and_refuses_the_rest() {
        assert_eq!(base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").unwrap().as_slice(), b"12345678901234567890");
        assert_eq!(base32("mzxw6===").unwrap().as_slice(), b"foo");
        assert!(base32("gAAAAABl-encrypted").is_none());
        assert!(base32("").is_none());
        assert!(base32("A").is_none());
    }

    #[test]
    fn hex_is_unhexlify() {
        assert_eq!(hex("3132").unwrap().as_slice(), b"12");
        assert!(hex("313").is_none());
        assert!(hex("zz").is_none());
    }

    #[test]
    fn recovery_codes_match_allauth_for_a_known_seed() {
        // django-apps.md §6: seed "00"*40 gives 40017382 first (observed with allauth 65.22.1).
        let codes = recovery_codes(&"00".repeat(40), 10, 8);
        assert_eq!(codes.len(), 10);
        assert_eq!(codes[0].as_str(), "40017382");
        assert!(codes.iter().all(|code| code.len() == 8));
    }

    #[test]
    fn user_codes_compare_as_allauth_does() {
        assert!(same_user_code(" 4001-7382\n", "40017382"));
        assert!(!same_user_code("40017383", "40017382"));
        assert!(!same_user_code("", ""));
    }

    #[test]
    fn tokens_parse_as_python_int() {
        assert_eq!(python_int(" 012345 "), Some(12345));
        assert_eq!(python_int("1_2"), Some(12));
        assert_eq!(python_int("12a"), None);
        assert_eq!(python_int("_1"), None);
    }
}
