#!/usr/bin/env python3
"""Writes hash_cases_django42.json: hashes made by Django 4.2's own hex-digest hashers, with what
Django 4.2 says of them.

Django 5.1 removed SHA1PasswordHasher (`sha1$<salt>$<hex>`) and 5.0 the unsalted hashers, yet
their hashes stay in databases of sites that upgraded from older versions. Run with a Python that
has Django 4.2 (nothing else is needed):
    python tests/django/gen_hash_cases_django42.py > tests/django/hash_cases_django42.json

Deterministic: every salt is fixed. For each case it records which algorithm identify_hasher
names, whether the right and a wrong password verify (check_password), whether Django would
re-hash the password (check_password's must_update, a PBKDF2 hasher preferred) and the hasher's
own must_update (the salt-entropy rule). tests/django_hashes.rs replays every case through
authadm without Python.
"""

import json
import sys
import warnings

import django
from django.conf import settings

warnings.simplefilter("ignore")  # the deprecation warnings of the hashers this file is about

settings.configure(
    PASSWORD_HASHERS=[
        "__main__.FastPBKDF2",
        "django.contrib.auth.hashers.SHA1PasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher",
        "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",
    ]
)
django.setup()

from django.contrib.auth import hashers as h  # noqa: E402


class FastPBKDF2(h.PBKDF2PasswordHasher):
    iterations = 1000


TOML = """password_hashers = ["pbkdf2_sha256", "sha1", "md5", "unsalted_sha1", "unsalted_md5"]
[hashers.pbkdf2_sha256]
iterations = 1000
"""

PASSWORDS = [
    "password",
    "",
    "pässwörd ☃ 密码 🔑",
    "correct horse battery staple, " * 3,
    "Ünïcödé-Straße",
]
SALTS = [
    "seasaltSEASALT0123456x",  # 22 characters, as Django's own salts: no upgrade for the salt
    "seasalt",  # too little entropy: the hasher's must_update
    "sälzchen-ß",  # non-ASCII: hashed as UTF-8, counted in characters
]


def wrong(password):
    return password + "!" if password else "x"


def record(cases, name, encoded, password):
    hasher = h.identify_hasher(encoded)
    must_update = []
    valid = h.check_password(password, encoded, setter=lambda _: must_update.append(True))
    cases.append(
        {
            "name": name,
            "encoded": encoded,
            "password": password,
            "wrong_password": wrong(password),
            "algorithm": hasher.algorithm,
            "valid": valid,
            "wrong_valid": h.check_password(wrong(password), encoded),
            "must_update": bool(must_update),
            "hasher_must_update": hasher.must_update(encoded),
        }
    )


def main():
    cases = []
    for cls in [h.SHA1PasswordHasher, h.MD5PasswordHasher]:
        for i, password in enumerate(PASSWORDS):
            for j, salt in enumerate(SALTS):
                record(cases, "%s/%d/%d" % (cls.algorithm, i, j), cls().encode(password, salt), password)
    for cls in [h.UnsaltedSHA1PasswordHasher, h.UnsaltedMD5PasswordHasher]:
        for i, password in enumerate(PASSWORDS):
            encoded = cls().encode(password, "")
            record(cases, "%s/%d" % (cls.algorithm, i), encoded, password)
    # Django 4.2 stores the bare digest; older versions wrote it after `md5$$`.
    bare = h.UnsaltedMD5PasswordHasher().encode("pässwörd", "")
    record(cases, "unsalted_md5/prefixed", "md5$$" + bare, "pässwörd")
    json.dump({"django": django.get_version(), "config": TOML, "cases": cases}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
