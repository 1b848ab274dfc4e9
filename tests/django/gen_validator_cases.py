"""Generate validator_cases.json: real Django's verdicts on password validation cases.

Run from anywhere with a Python that has Django 5.2 installed:

    python tests/django/gen_validator_cases.py

It writes `validator_cases.json` and the custom password lists under `lists/` beside this
script. The Rust test `src/validators/django_parity_tests.rs` replays every case and demands
the same error codes, messages (in order) and help texts. Seeded, so reruns are identical.
"""

import gzip
import json
import random
import sys
from pathlib import Path

import django
from django.conf import settings

HERE = Path(__file__).resolve().parent
LISTS = HERE / "lists"
MODULE = "django.contrib.auth.password_validation."

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    USE_I18N=True,
    LANGUAGE_CODE="en-us",
)
django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.contrib.auth.password_validation import (  # noqa: E402
    get_password_validators,
    password_validators_help_texts,
    validate_password,
)
from django.core.exceptions import ValidationError  # noqa: E402

rng = random.Random(20250519)

SIMILARITY = "UserAttributeSimilarityValidator"
MINIMUM = "MinimumLengthValidator"
COMMON = "CommonPasswordValidator"
NUMERIC = "NumericPasswordValidator"
SHORT = {
    SIMILARITY: "user_attribute_similarity",
    MINIMUM: "minimum_length",
    COMMON: "common_password",
    NUMERIC: "numeric_password",
}
DEFAULTS = [(SIMILARITY, {}), (MINIMUM, {}), (COMMON, {}), (NUMERIC, {})]
ATTRIBUTES = ["username", "first_name", "last_name", "email"]

# Characters where Python and Rust (or naive ports) part ways.
TRAPS = [
    "İ", "I", "\u212a", "ẞ", "ß", "Σ", "σ", "ς", "ǅ", "Ω", "\u2126", "ﬁ", "ŉ",
    "\u0301", "\u0345", "\u200d", "\u200c", "\u00ad", "\u200b", "\ufeff", "_", "²", "³",
    "₃", "①", "½", "Ⅻ", "一", "二", "三", "٣", "０", "߀", "𝟘", "\u1c89", "\ua7cb", "\U00010d50",
    "ª", "º", "ⓐ", "Ⓐ", "\u0903", "😀", "\u2028", "\u3000", "\xa0", "\x85",
    "\x1c", "\x1d", "\x1e", "\x1f", "\t", "\n", "\r", " ", ".", "-", "@", "+", "'", ":",
]
ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "0123456789",
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ",
    "éèêëàâäôöûüçñÉÈÀÇÑøåæœ",
    "αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΕΖΗΘΣΩ",
    "абвгдежзийклмнопрстуфхцчшщьюяАБВГДЖЯ",
    "".join(TRAPS),
]
COMMON_WORDS = ["password", "letmein", "dragon", "monkey", "qwerty", "iloveyou", "sunshine"]


def random_text(low, high, alphabets=None):
    alphabets = alphabets or ALPHABETS
    n = rng.randint(low, high)
    return "".join(rng.choice(rng.choice(alphabets)) for _ in range(n))


def mutate(s):
    """A variant of s: case changes, traps and separators, so it is similar but not equal."""
    chars = list(s)
    for _ in range(rng.randint(0, 3)):
        op = rng.randrange(4)
        pos = rng.randint(0, len(chars))
        if op == 0:
            chars.insert(pos, rng.choice(TRAPS))
        elif op == 1 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif op == 2 and chars:
            i = min(pos, len(chars) - 1)
            chars[i] = chars[i].swapcase()
        else:
            chars.insert(pos, rng.choice("._-@ 1"))
    return "".join(chars)


def random_user(password):
    def value():
        kind = rng.randrange(6)
        if kind == 0:
            return ""
        if kind == 1:
            return mutate(password)
        if kind == 2 and password:
            start = rng.randrange(len(password))
            return password[start : start + rng.randint(1, 12)]
        if kind == 3:
            return random_text(1, 12) + rng.choice(["@example.com", ".", "-", ""])
        if kind == 4:
            return rng.choice(TRAPS) + random_text(0, 8) + rng.choice(TRAPS)
        return random_text(0, 20)

    return {a: value() for a in ATTRIBUTES}


def random_password():
    kind = rng.randrange(9)
    if kind == 0:
        return rng.choice(COMMON_WORDS)
    if kind == 1:
        word = rng.choice(COMMON_WORDS)
        return rng.choice(["", " ", "\x1c", "\u200b", "\t"]) + word.upper() + rng.choice(["", " ", "\x1f", "\ufeff"])
    if kind == 2:
        digits = ["0123456789", "²³¹⁴⁵", "₀₁₂₃", "①②③", "٠١٢٣", "０１２", "½Ⅻ一二三", "𝟘𝟙𝟚"]
        return random_text(1, 12, [rng.choice(digits)])
    if kind == 3:
        return random_text(0, 4)
    if kind == 4:
        return random_text(100, 400)
    if kind == 5:
        return mutate(random_text(5, 15))
    return random_text(1, 20)


def django_config(validators):
    config = []
    for cls, options in validators:
        options = dict(options)
        if "password_list_path" in options:
            options["password_list_path"] = str(HERE / options["password_list_path"])
        config.append({"NAME": MODULE + cls, "OPTIONS": options})
    return config


def spelled(cls):
    """The name the Rust side is given: all three spellings are exercised."""
    return rng.choice([SHORT[cls], cls, MODULE + cls])


def run(validators, password, user):
    configured = get_password_validators(django_config(validators))
    django_user = None if user is None else User(**user)
    try:
        validate_password(password, django_user, configured)
        errors = []
    except ValidationError as error:
        errors = error.error_list
    return {
        "validators": [{"name": spelled(c), "options": o} for c, o in validators],
        "password": password,
        "user": user,
        "codes": sorted(e.code for e in errors),
        "messages": [m for e in errors for m in e.messages],
        "help_texts": [str(t) for t in password_validators_help_texts(configured)],
    }


def write_lists():
    LISTS.mkdir(exist_ok=True)
    entries = [
        "hunter2", "  spaced  ", "tabbed\t", "\x1cfs\x1f", "\u200bzwsp", "bom\ufeff",
        "UPPER", "mixedCase", "ǆ", "i\u0307stanbul", "straße", "οδος", "", "12345",
        "cr\ronly", "trailing\x85",
    ]
    text = "\r\n".join(entries[:8]) + "\n" + "\n".join(entries[8:]) + "\r"
    (LISTS / "custom.txt").write_bytes(text.encode("utf-8"))
    gz_entries = ["gzipped", "  Secret ", "ß", "x\ry"]
    data = "\n".join(gz_entries).encode("utf-8")
    (LISTS / "custom.txt.gz").write_bytes(gzip.compress(data, mtime=0))
    (LISTS / "no-blank-line.txt").write_bytes(b"only\r\nentries\n")
    return entries + gz_entries + ["only", "entries", "cr", "x", "y"]


def equal_score_cases():
    """Password/attribute pairs whose quick_ratio equals max_similarity exactly."""
    cases = []
    for max_similarity, password, value in [
        (0.7, "abcdefghij", "abcdefgxyz"),
        (0.5, "abcd", "abxy"),
        (0.5, "abcd", "abxz"),
        (0.75, "abc", "abcxz"),
        (1, "abc", "cab"),
        (1.0, "abc", "abd"),
        (0.1, "abcdefghij", "axxxxxxxxx"),
        (0.6, "İab", "i\u0307xyz"),
        (0.4, "aaaa", "abcd"),
        (0.8, "ΣΑΣ", "σας"),
    ]:
        for attribute in ATTRIBUTES:
            user = {a: "" for a in ATTRIBUTES}
            user[attribute] = value
            cases.append(([(SIMILARITY, {"max_similarity": max_similarity})], password, user))
    return cases


def length_ratio_cases():
    """Around Django's shortcut `pwd_len >= 10 * part_len and part_len < max/2 * pwd_len`."""
    cases = []
    for pwd_len in [10, 19, 20, 21, 30, 100]:
        for part_len in [1, 2, 3, pwd_len // 10, pwd_len // 10 + 1]:
            password = "a" * pwd_len
            for max_similarity in [0.1, 0.2, 0.7]:
                user = {"username": "a" * part_len, "first_name": "", "last_name": "", "email": ""}
                cases.append(([(SIMILARITY, {"max_similarity": max_similarity})], password, user))
    return cases


def main():
    list_entries = write_lists()
    cases = []
    # Django's default validators on random passwords and users.
    for _ in range(250):
        password = random_password()
        user = None if rng.random() < 0.15 else random_user(password)
        cases.append((DEFAULTS, password, user))
    # The traps one by one: alone, doubled, and inside attributes.
    for trap in TRAPS:
        for password in [trap, trap * 2, "Ab" + trap + "cd", trap + "password" + trap]:
            user = {"username": "ab" + trap + "cd", "first_name": trap, "last_name": trap + "x", "email": "x" + trap}
            cases.append((DEFAULTS, password, user))
    # Empty and blank passwords against attributes with leading/trailing non-word characters.
    for password in ["", " ", "\x1c", "\u200b"]:
        for value in ["", "-", "-a", "a-", "a--b", "a-\u0301b", "a", "_a_", "\u0301a", "é"]:
            cases.append((DEFAULTS, password, {"username": value, "first_name": "", "last_name": "", "email": ""}))
            cases.append((DEFAULTS, password, None))
    # Each trap as the only separator: a part is similar only if Python's \W splits there.
    for trap in TRAPS:
        user = {"username": "qrstuvwxyz" + trap + "abc", "first_name": "", "last_name": "", "email": ""}
        cases.append(([(SIMILARITY, {})], "abc", user))
    # Lowercase mappings that only newer Unicode versions than Python's know, and the classics.
    for password, value in [
        ("\u0264bc", "\ua7cbbc"), ("\u1c8a", "\u1c89"), ("\U00010d70x", "\U00010d50x"),
        ("ς", "Σ"), ("σ", "Σ"), ("οδος", "ΟΔΟΣ"), ("i\u0307", "İ"), ("k", "\u212a"), ("ß", "ẞ"),
        ("ǆ", "ǅ"), ("ω", "\u2126"), ("\ua7cbΣ", "\ua7cbσ"), ("aς\ua7cb", "AΣ\ua7cb"),
    ]:
        user = {"username": value, "first_name": "", "last_name": "", "email": ""}
        cases.append(([(SIMILARITY, {"max_similarity": 1})], password, user))
    # Options of the similarity validator.
    subsets = [[], ["email"], ["last_name", "username"], ["first_name", "email", "username"], ATTRIBUTES[::-1]]
    for _ in range(80):
        options = {}
        if rng.random() < 0.7:
            options["user_attributes"] = rng.choice(subsets)
        if rng.random() < 0.7:
            options["max_similarity"] = rng.choice([0.1, 0.25, 0.5, 0.7, 0.75, 0.9, 1, 1.0, 1.5])
        password = random_password()
        cases.append(([(SIMILARITY, options)], password, random_user(password)))
    cases += equal_score_cases()
    cases += length_ratio_cases()
    # Minimum length, on code points.
    for min_length in [-1, 0, 1, 2, 3, 8, 9, 12, 100]:
        for password in ["", "a", "ab", "İ", "e\u0301", "😀😀", "abcdefgh", "abcdefghi", "x" * 99, "x" * 100]:
            cases.append(([(MINIMUM, {"min_length": min_length})], password, None))
    # Common password lists: Django's, a plain and a gzipped one of our own.
    for path in [None, "lists/custom.txt", "lists/custom.txt.gz", "lists/no-blank-line.txt"]:
        options = {} if path is None else {"password_list_path": path}
        probes = list_entries + [e.upper() for e in list_entries] + COMMON_WORDS
        probes += [" " + w + "\x1e" for w in COMMON_WORDS] + ["", " ", "\u200bpassword", "password\ufeff", "PASSWORD"]
        for password in probes:
            cases.append(([(COMMON, options)], password, None))
    # Numeric.
    for password in ["", "0", "123", "²", "₃", "①②", "٣٤", "½", "Ⅻ", "一二三", "12a", "1 2", " 1", "𝟘", "߀", "⁰¹"]:
        cases.append(([(NUMERIC, {})], password, None))
    # Long inputs.
    for n in [1000, 4096, 5000]:
        password = random_text(n, n)
        cases.append((DEFAULTS, password, random_user(password)))
        cases.append((DEFAULTS, "1" * n, {"username": "1" * (n // 10), "first_name": "", "last_name": "", "email": ""}))

    results = [run(*case) for case in cases]
    document = {
        "generator": "tests/django/gen_validator_cases.py",
        "django": django.get_version(),
        "python": sys.version.split()[0],
        "cases": results,
    }
    out = HERE / "validator_cases.json"
    # One case a line, so that a regenerated file diffs readably.
    lines = ",\n".join(json.dumps(r, ensure_ascii=True, sort_keys=True) for r in results)
    header = json.dumps({k: v for k, v in document.items() if k != "cases"}, sort_keys=True)[:-1]
    out.write_text(f'{header}, "cases": [\n{lines}\n]}}\n', encoding="utf-8")
    failing = sum(1 for r in results if r["codes"])
    print(f"{len(results)} cases ({failing} with errors) written to {out}")


main()
