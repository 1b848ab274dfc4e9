#!/usr/bin/env python3
"""Writes hash_cases.json: hashes made by Django itself, with what Django's check_password says.

Run with a Python that has Django 5.2, argon2-cffi and bcrypt:
    python tests/django/gen_hash_cases.py > tests/django/hash_cases.json

Deterministic: every salt is fixed, so re-running gives the same file. For each case and each
config it records whether the right and a wrong password verify (check_password) and whether
Django would re-hash the password (verify_password's must_update). tests/it/django_hashes.rs
replays every case through authadm without Python.

The unsalted md5 and sha1 shapes are made with hashlib: Django 5.0 removed their hashers but
identify_hasher still recognises them; their expectations follow Django 4.2's hashers.
"""

import base64
import hashlib
import json
import sys

import django
from django.conf import settings

settings.configure(PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"])
django.setup()

import argon2  # noqa: E402
from django.contrib.auth import hashers as h  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

SALT = "seasaltSEASALT0123456x"  # 22 characters, as Django's own salts
SHORT_SALT = "short"
BCRYPT_SALT_22 = "abcdefghijklmnopqrstuu"


class FastArgon2(h.Argon2PasswordHasher):
    memory_cost, time_cost, parallelism = 64, 1, 1


class FastArgon2i(FastArgon2):
    def params(self):
        p = super().params()
        p.type = argon2.low_level.Type.I
        return p


class FastPBKDF2(h.PBKDF2PasswordHasher):
    iterations = 1000


class FastPBKDF2SHA1(h.PBKDF2SHA1PasswordHasher):
    iterations = 1000


class FastBCryptSHA256(h.BCryptSHA256PasswordHasher):
    rounds = 4


class FastBCrypt(h.BCryptPasswordHasher):
    rounds = 4


class FastScrypt(h.ScryptPasswordHasher):
    work_factor, block_size, parallelism = 1024, 8, 1


def dotted(cls):
    return cls.__module__ + "." + cls.__qualname__


MD5 = h.MD5PasswordHasher
FAST = [FastArgon2, FastPBKDF2, FastPBKDF2SHA1, FastBCryptSHA256, FastScrypt, FastBCrypt, MD5]
FAST_TOML = """password_hashers = ["argon2", "pbkdf2_sha256", "pbkdf2_sha1", "bcrypt_sha256", "scrypt", "bcrypt", "md5"]
[hashers.argon2]
memory_cost = 64
time_cost = 1
parallelism = 1
[hashers.pbkdf2_sha256]
iterations = 1000
[hashers.pbkdf2_sha1]
iterations = 1000
[hashers.bcrypt_sha256]
rounds = 4
[hashers.bcrypt]
rounds = 4
[hashers.scrypt]
n = 1024
r = 8
p = 1
"""
# Django's own order (PBKDF2 first), same reduced parameters.
PBKDF2_FIRST = [FastPBKDF2, FastPBKDF2SHA1, FastArgon2, FastBCryptSHA256, FastScrypt, FastBCrypt, MD5]
PBKDF2_FIRST_TOML = FAST_TOML.replace(
    '["argon2", "pbkdf2_sha256", "pbkdf2_sha1",', '["pbkdf2_sha256", "pbkdf2_sha1", "argon2",'
)
# Django 5.2's default PASSWORD_HASHERS and parameters, plus the two legacy ones that verify.
DEFAULT = [
    h.PBKDF2PasswordHasher,
    h.PBKDF2SHA1PasswordHasher,
    h.Argon2PasswordHasher,
    h.BCryptSHA256PasswordHasher,
    h.ScryptPasswordHasher,
    h.BCryptPasswordHasher,
    MD5,
]
DEFAULT_TOML = """password_hashers = ["pbkdf2_sha256", "pbkdf2_sha1", "argon2", "bcrypt_sha256", "scrypt", "bcrypt", "md5"]
[hashers.argon2]
memory_cost = 102400
time_cost = 2
parallelism = 8
"""
CONFIGS = {
    "fast": (FAST, FAST_TOML),
    "pbkdf2_first": (PBKDF2_FIRST, PBKDF2_FIRST_TOML),
    "django_default": (DEFAULT, DEFAULT_TOML),
}

PASSWORDS = [
    "password",
    "",
    "pässwörd ☃ 密码 🔑",
    "correct horse battery staple, " * 3,  # 90 bytes: past bcrypt's 72
]


def wrong(password):
    return password + "!" if password else "x"


def bcrypt_salt(hasher):
    return ("$2b$%02d$%s" % (hasher.rounds, BCRYPT_SALT_22)).encode()


def make(cls, password, salt=SALT):
    hasher = cls()
    if isinstance(hasher, h.BCryptSHA256PasswordHasher):
        return hasher.encode(password, bcrypt_salt(hasher))
    return hasher.encode(password, salt)


def django_answer(password, encoded):
    """check_password's answer, and must_update as verify_password computes it."""
    try:
        valid = h.check_password(password, encoded)
        _, must_update = h.verify_password(password, encoded)
        return {"valid": valid, "must_update": must_update, "raises": None}
    except ValueError as err:  # bcrypt 5 on passwords over 72 bytes
        return {"valid": False, "must_update": None, "raises": str(err)}


def record(cases, name, encoded, password, configs, note=""):
    entry = {"name": name, "encoded": encoded, "password": password, "wrong_password": wrong(password)}
    if note:
        entry["note"] = note
    entry["expect"] = {}
    for config in configs:
        with override_settings(PASSWORD_HASHERS=[dotted(c) for c in CONFIGS[config][0]]):
            right = django_answer(password, encoded)
            bad = django_answer(wrong(password), encoded)
        entry["expect"][config] = {
            "valid": right["valid"],
            "must_update": right["must_update"],
            "django_raises": right["raises"],
            "wrong_valid": bad["valid"],
        }
    cases.append(entry)


def legacy(cases, name, encoded, password):
    """Django 5.2 has no hasher for these; Django 4.2 verified them and always re-hashed them."""
    entry = {"name": name, "encoded": encoded, "password": password, "wrong_password": wrong(password)}
    entry["note"] = "made with hashlib; Django 4.2's UnsaltedMD5/SHA1PasswordHasher semantics"
    entry["legacy_algorithm"] = name.split("/")[0]
    cases.append(entry)


def main():
    cases = []
    cheap = ["fast", "pbkdf2_first"]
    for cls in FAST:
        algorithm = cls.algorithm
        for i, password in enumerate(PASSWORDS):
            if cls is FastBCrypt and len(password.encode()) > 72:
                # bcrypt 5 cannot hash it; a hash of its first 72 bytes must not accept it either.
                note = "hash of the password's first 72 bytes; bcrypt 5 refuses the longer password"
                record(cases, "bcrypt/fast/%d" % i, make(cls, password[:72]), password, cheap, note)
                continue
            record(cases, "%s/fast/%d" % (algorithm, i), make(cls, password), password, cheap)
    for cls in DEFAULT:
        if cls is MD5:
            continue
        record(cases, "%s/default" % cls.algorithm, make(cls, "password"), "password", ["django_default"])

    record(cases, "argon2/argon2i", make(FastArgon2i, "pässwörd"), "pässwörd", cheap)
    v16 = "argon2" + argon2.low_level.hash_secret(
        b"password", SALT.encode(), time_cost=1, memory_cost=64, parallelism=1, hash_len=32,
        type=argon2.low_level.Type.ID, version=0x10,
    ).decode()
    record(cases, "argon2/version16", v16, "password", cheap)
    # As argon2-cffi's PasswordHasher makes them (a 16-byte binary salt), with that salt pinned.
    cffi = "argon2" + argon2.low_level.hash_secret(
        b"password", bytes(range(16)), time_cost=1, memory_cost=64, parallelism=1, hash_len=32,
        type=argon2.low_level.Type.ID,
    ).decode()
    record(cases, "argon2/binary_salt", cffi, "password", cheap, "16-byte binary salt: must_update for Django")
    record(cases, "argon2/other_params", make(type("A", (h.Argon2PasswordHasher,), {
        "memory_cost": 128, "time_cost": 2, "parallelism": 2}), "password"), "password", cheap)

    record(cases, "pbkdf2_sha256/short_salt", make(FastPBKDF2, "password", SHORT_SALT), "password", cheap)
    record(cases, "pbkdf2_sha256/other_iterations",
           FastPBKDF2().encode("password", SALT, 1200), "password", cheap)
    good = make(FastPBKDF2, "password")
    record(cases, "pbkdf2_sha256/leading_zero", good.replace("$1000$", "$01000$", 1), "password", cheap)
    record(cases, "pbkdf2_sha256/unpadded", good.rstrip("="), "password", cheap)
    record(cases, "md5/short_salt", make(MD5, "password", SHORT_SALT), "password", cheap)
    md5 = make(MD5, "password")
    record(cases, "md5/uppercase_hex", md5[: md5.rindex("$") + 1] + md5[md5.rindex("$") + 1:].upper(),
           "password", cheap)
    record(cases, "bcrypt_sha256/2a", FastBCryptSHA256().encode("password", ("$2a$04$" + BCRYPT_SALT_22).encode()),
           "password", cheap)
    record(cases, "bcrypt_sha256/rounds5", h.BCryptSHA256PasswordHasher().encode(
        "password", ("$2b$05$" + BCRYPT_SALT_22).encode()), "password", cheap)
    record(cases, "bcrypt/72_bytes", make(FastBCrypt, "x" * 72), "x" * 72, cheap)
    record(cases, "scrypt/other_params", FastScrypt().encode("password", SALT, 2048, 8, 2), "password", cheap)
    record(cases, "unusable", h.UNUSABLE_PASSWORD_PREFIX + "x" * 40, "password", cheap)
    record(cases, "unknown_algorithm", "crypt$$abN0I/VmwXYAA", "password", cheap)

    for password in ["password", "", "pässwörd"]:
        digest = hashlib.md5(password.encode()).hexdigest()
        legacy(cases, "unsalted_md5/bare/%r" % password, digest, password)
        legacy(cases, "unsalted_md5/prefixed/%r" % password, "md5$$" + digest, password)
        legacy(cases, "unsalted_sha1/%r" % password, "sha1$$" + hashlib.sha1(password.encode()).hexdigest(), password)

    configs = {name: toml for name, (_, toml) in CONFIGS.items()}
    json.dump({"django": django.get_version(), "configs": configs, "cases": cases}, sys.stdout,
              indent=1, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
