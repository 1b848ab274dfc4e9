#!/usr/bin/env python3
"""Writes email_cases.json: addresses with what Django's validate_email says of them.

Run with a Python that has Django 5.2:
    python tests/django/gen_email_cases.py > tests/django/email_cases.json

src/email.rs replays every case without Python. The cases cover each part of Django's
EmailValidator: dot-atoms and quoted local parts, host labels (length, hyphens, Unicode), the
last label (letters only, or punycode), IP literals, `localhost`, and Python's IGNORECASE
letters that fold to ASCII.
"""

import json
import sys

import django
from django.conf import settings

settings.configure()
django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.core.validators import validate_email  # noqa: E402

LOCAL = [
    "a", "A.b", "a.b.c", "a..b", ".a", "a.", "a+tag", "o'hara", "a/b=c?d^e_f`g{h}i|j~k", "a,b", "a b",
    "a\tb", "Ä", "é", "\u0130", "\u0131", "\u017f", "\u212a", "a\u0301", "1", "-", "#!$%&*",
    '"quoted"', '"with space"', '"a\\"b"', '"a\\\\b"', '""', '"a"b"', '"\x7f"', '"a\\\x00"', '"\u00e9"',
    '"a', 'a"', "\x00", "a@b", "x" * 64, "x" * 65,
]
DOMAIN = [
    "example.com", "EXAMPLE.COM", "sub.example.co.uk", "b.co", "b.c", "b.c0", "b.c-", "b.-co", "-b.co",
    "b-.co", "b--c.co", "b.co.", ".b.co", "b..co", "localhost", "LOCALHOST", "localhost.", "local",
    "bücher.de", "例え.テスト", "b.ée", "b.xn--p1ai", "b.XN--P1AI", "b.xn--", "b.xn--1", "b.xn-1",
    "xn--bcher-kva.de", "b.c" + "o" * 62, "b.c" + "o" * 63, "a" * 63 + ".com", "a" * 64 + ".com",
    "a." + "b" * 63 + ".com", "a." + "b" * 64 + ".com", "b.co\n", "b\u0301.co", "b.c\u0301o",
    "\U0001f600.com", "b.\U0001f600", "1.2.3.4", "[1.2.3.4]", "[01.2.3.4]", "[256.1.1.1]",
    "[::1]", "[::ffff:1.2.3.4]", "[2001:db8::1]", "[2001:DB8::1]", "[1:2:3:4:5:6:7:8]",
    "[1:2:3:4:5:6:7:8:9]", "[0000:0000:0000:0000:0000:0000:0000:0001]", "[fe80::1%eth0]", "[]",
    "[1.2.3]", "[::1", "::1]", "b_c.com", "b.c_o", "\u0130.com", "b.\u212aom", "b.co.uk-", "",
]
EXTRA = ["", "@", "a@", "@b.co", "a@@b.co", "a@b@c.co", "plain", "a@b.co" + "m" * 320]


def verdict(address):
    try:
        validate_email(address)
        return True
    except ValidationError:
        return False


cases = [{"address": f"{local}@{domain}", "valid": verdict(f"{local}@{domain}")} for local in LOCAL[:3] for domain in DOMAIN]
cases += [{"address": f"{local}@example.com", "valid": verdict(f"{local}@example.com")} for local in LOCAL]
cases += [{"address": a, "valid": verdict(a)} for a in EXTRA]
json.dump({"django": django.__version__, "cases": cases}, sys.stdout, ensure_ascii=False, indent=0)
sys.stdout.write("\n")
