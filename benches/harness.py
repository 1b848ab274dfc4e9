"""Whole-process benchmark harness for authadm (see run.sh). Deterministic data, seeded."""

import glob
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# AUTHADM_BENCH_BIN: measure another build (e.g. one made with RUSTFLAGS="-C target-cpu=native").
BIN = os.environ.get("AUTHADM_BENCH_BIN") or os.path.join(ROOT, "target", "release", "authadm")
WORK = os.path.join(ROOT, "target", "bench", "work")
RUNS = 15
PASSWORD = "bench-Password-42"
FAST_PBKDF2 = 'password_hashers = ["pbkdf2_sha256"]\n[hashers.pbkdf2_sha256]\niterations = 1\n'
# A PostgreSQL admin URL for figures 8 and 9 (run.sh starts a throwaway cluster and sets it).
POSTGRES = os.environ.get("AUTHADM_BENCH_POSTGRES")


def peak_rss_mb(argv, stdin=b""):
    """The largest resident set of one run of `argv`, in MB, as GNU time reports it (a child of
    this harness would report the Python process it was forked from when that is larger); None
    without /usr/bin/time."""
    if not os.path.exists("/usr/bin/time"):
        return None
    out = os.path.join(WORK, "peak-rss.txt")
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out, *argv], input=stdin, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    with open(out) as f:
        return round(int(f.read().split()[-1]) / 1024, 1)


def round_trips(argv, stdin=b""):
    """Requests authadm sends PostgreSQL once connected, each awaiting an answer: the sends that
    start a statement (Parse, Bind or a simple Query message), counted by strace; None without it."""
    if not shutil.which("strace"):
        return None
    trace = os.path.join(WORK, "round-trips.strace")
    subprocess.run(["strace", "-f", "-e", "trace=sendto,write", "-o", trace, *argv], input=stdin,
                   capture_output=True, check=False)
    with open(trace) as f:
        return sum(1 for line in f if any(f'sendto({fd}, "{kind}' in line for kind in "PBQ" for fd in range(3, 20)))


def timed(argv, stdin=b"", env=None):
    start = time.perf_counter()
    subprocess.run(argv, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def interleaved(*commands, runs=RUNS):
    """Median seconds of each command, taking turns so drift hits all alike (one warm-up each)."""
    for command in commands:
        command()
    times = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, times):
            taken.append(command())
    return tuple(statistics.median(taken) for taken in times)


def authadm(config, *args, stdin=PASSWORD.encode()):
    argv = [BIN, "--config", config, *args]
    return lambda: timed(argv, stdin)


def write(name, text):
    path = os.path.join(WORK, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def run(argv, stdin=b""):
    return subprocess.run(argv, input=stdin, capture_output=True, check=True)


def has_command(*words):
    return subprocess.run([BIN, *words, "--help"], capture_output=True).returncode == 0


def fast_config():
    """Settings whose hasher is pbkdf2 at one iteration: data loading and figures that exclude
    the hash."""
    return write("fast.toml", 'database = "million.db"\n' + FAST_PBKDF2)


def add_placeholder(database):
    """Has authadm create its schema in `database` (a file or a URL): only `user add` and
    `import` create a database. The caller removes the user."""
    run([BIN, "--config", fast_config(), "--database", database, "user", "add", "placeholder", "--email",
         "p@example.com", "--password-stdin", "--skip-validation"], PASSWORD.encode())


def million_users():
    """1,000,000 users sharing one cheap pbkdf2 hash (hashing excluded from the figure)."""
    db = os.path.join(WORK, "million.db")
    config = fast_config()
    if os.path.exists(db):
        return config, db
    run([BIN, "--config", config, "user", "add", "user0", "--email", "u0@example.com", "--password-stdin",
         "--skip-validation"], PASSWORD.encode())
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email, is_staff, "
        "is_active, date_joined, first_name) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 999999) SELECT (SELECT password FROM auth_user WHERE username = 'user0'), NULL, 0, "
        "'user' || i, '', 'u' || i || '@example.com', 0, 1, '2026-01-01 00:00:00', '' FROM n")
    conn.commit()
    conn.close()
    return config, db


def figure_overhead():
    if not shutil.which("sqlite3"):
        return None, "no `sqlite3` command for the reference"
    config, db = million_users()
    probe = authadm(config, "login-test", "user500000", "--password-stdin", "--no-record")
    sql = "SELECT id, password, is_active FROM auth_user WHERE username = 'user500000';"
    ours, ref = interleaved(probe, lambda: timed(["sqlite3", db, sql]))
    return "login-test on 1M users (hash excluded)", ours, ref, "sqlite3 shell, same lookup", "ratio <= 1.0", ours / ref


# An email-login user model (AbstractBaseUser + PermissionsMixin, a required extra field) as
# Django 5.2's migrations make its table on SQLite.
CUSTOM_MODEL_DDL = (
    'CREATE TABLE "accounts_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) '
    'NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "email" varchar(254) NOT NULL UNIQUE, '
    '"full_name" varchar(100) NOT NULL, "is_active" bool NOT NULL, "is_staff" bool NOT NULL, '
    '"date_joined" datetime NOT NULL)')


def million_custom_users():
    """figure 1's million users, in a custom user model logging in by email."""
    db = os.path.join(WORK, "million-custom.db")
    config = write("custom.toml", 'database = "million-custom.db"\n' + FAST_PBKDF2)
    if os.path.exists(db):
        return config, db
    conn = sqlite3.connect(db)
    conn.execute(CUSTOM_MODEL_DDL)
    conn.commit()
    conn.close()
    run([BIN, "--config", config, "user", "add", "u0@example.com", "--field", "full_name=U", "--password-stdin",
         "--skip-validation"], PASSWORD.encode())
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO accounts_user (password, last_login, is_superuser, email, full_name, is_active, is_staff, "
        "date_joined) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 999999) "
        "SELECT (SELECT password FROM accounts_user WHERE email = 'u0@example.com'), NULL, 0, "
        "'u' || i || '@example.com', 'User ' || i, 1, 0, '2026-01-01 00:00:00' FROM n")
    conn.commit()
    conn.close()
    return config, db


def figure_custom_model():
    """The same login on a custom user model beside Django's auth_user, in one run."""
    config, _ = million_users()
    custom, _ = million_custom_users()
    default = authadm(config, "login-test", "user500000", "--password-stdin", "--no-record")
    probe = authadm(custom, "login-test", "u500000@example.com", "--password-stdin", "--no-record")
    ours, ref = interleaved(probe, default, runs=31)
    return ("login-test, custom user model (1M users)", ours, ref, "login-test on auth_user (1M users)",
            "ratio <= 1.05", ours / ref)


DJANGO_SCRIPT = """
import sys, django
from django.conf import settings
settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": sys.argv[1]}},
    INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes"],
    PASSWORD_HASHERS=["bench_hasher.OneIteration"], USE_TZ=True)
django.setup()
from django.contrib.auth import authenticate
assert authenticate(username="user500000", password=sys.stdin.read()) is not None
"""

HASHER_MODULE = """
from django.contrib.auth.hashers import PBKDF2PasswordHasher
class OneIteration(PBKDF2PasswordHasher):
    iterations = 1
"""


def figure_django():
    try:
        import django  # noqa: F401
    except ImportError:
        return None, "Django is not installed (run.sh installs it into target/bench/venv)"
    config, db = million_users()
    script = write("django_auth.py", DJANGO_SCRIPT)
    write("bench_hasher.py", HASHER_MODULE)
    env = dict(os.environ, PYTHONPATH=WORK)
    django_run = lambda: timed([sys.executable, script, db], PASSWORD.encode(), env)
    probe = authadm(config, "login-test", "user500000", "--password-stdin", "--no-record")
    ours, ref = interleaved(probe, django_run)
    return ("login-test vs Django authenticate()", ours, ref, "python + Django 5.2", "ratio <= 0.01 (Django 100x)",
            ours / ref, {"django_times_authadm": round(ref / ours, 1)})


def argon2_reference(m, t, p):
    """Debian's `argon2` CLI (the C reference) when installed, else argon2-cffi (C, via Python)."""
    salt = "abcdefghijklmnopqrstuv"
    if shutil.which("argon2"):
        k = m
        argv = ["argon2", salt, "-id", "-t", str(t), "-k", str(k), "-p", str(p), "-l", "32", "-e"]
        return (lambda: timed(argv, PASSWORD.encode())), "argon2 CLI (C reference)"
    code = ("import sys, argon2.low_level as a; a.hash_secret(sys.stdin.buffer.read(), b'%s', time_cost=%d, "
            "memory_cost=%d, parallelism=%d, hash_len=32, type=a.Type.ID)" % (salt, t, m, p))
    return (lambda: timed([sys.executable, "-c", code], PASSWORD.encode())), "argon2-cffi in a python process"


def figure_argon2(m, t, p):
    if not has_command("hash", "make"):
        return None, "`hash make` is not built yet"
    config = write(f"argon2-{m}.toml", f'[hashers.argon2]\nmemory_cost = {m}\ntime_cost = {t}\nparallelism = {p}\n')
    ours_cmd = authadm(config, "hash", "make", "--algorithm", "argon2", "--password-stdin")
    ref_cmd, ref_name = argon2_reference(m, t, p)
    ours, ref = interleaved(ours_cmd, ref_cmd)
    return f"hash make argon2 m={m},t={t},p={p}", ours, ref, ref_name, "ratio < 1.1", ours / ref


# Stored-hash formats for figure 4, each made by Django itself: (row name, Django hasher class,
# attributes of a subclass). Django's own costs first, then the cheap legacy costs that
# imported databases hold.
TIMING_FORMATS = [
    ("pbkdf2_sha256 1,000,000 (Django's)", "PBKDF2PasswordHasher", {}),
    ("argon2 m=102400,t=2,p=8 (Django's)", "Argon2PasswordHasher", {}),
    ("bcrypt_sha256 cost 12 (Django's)", "BCryptSHA256PasswordHasher", {}),
    ("scrypt N=16384,r=8,p=5 (Django's)", "ScryptPasswordHasher", {}),
    ("pbkdf2_sha256 1,000", "PBKDF2PasswordHasher", {"iterations": 1000}),
    ("bcrypt_sha256 cost 4", "BCryptSHA256PasswordHasher", {"rounds": 4}),
    ("md5", "MD5PasswordHasher", {}),
]

MAKE_HASHES = """
import json, sys
from django.conf import settings
settings.configure()
from django.contrib.auth import hashers
out = []
for cls, attrs, count in json.loads(sys.argv[1]):
    hasher = type("Bench" + cls, (getattr(hashers, cls),), attrs)()
    out.append([hasher.encode(sys.argv[2], hasher.salt()) for _ in range(count)])
print(json.dumps(out))
"""

TIMING_CONFIG = ('password_hashers = ["pbkdf2_sha256", "pbkdf2_sha1", "argon2", "bcrypt_sha256", "scrypt", '
                 '"bcrypt", "md5"]\n')


def timing_db(name, hashes, known_hash=None, inactive=False):
    """A database whose users all hold hashes of one format: `known` (the user under test, with
    `known_hash` when given) among `others` either side of it in username order."""
    db = os.path.join(WORK, f"timing-{name}.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    config = write("timing.toml", TIMING_CONFIG)
    users = [("known", hashes[0])] + [(f"user{i}", h) for i, h in enumerate(hashes[1:])]
    for username, encoded in users:
        args = [BIN, "--config", config, "--database", db, "user", "add", username, "--password-hash", encoded]
        run(args + (["--inactive"] if inactive and username == "known" else []))
    if known_hash:  # unusable or malformed: what some other program wrote
        conn = sqlite3.connect(db)
        conn.execute("UPDATE auth_user SET password = ? WHERE username = 'known'", (known_hash,))
        conn.commit()
        conn.close()
    return config, db


def figure_timing():
    """Wrong password for an existing user vs an unknown name, per stored-hash format, at the
    default settings (Django's hashers): an unknown name costs the stand-in hash (the next
    account's), so each row is the database's own format against itself."""
    try:
        import django  # noqa: F401
    except ImportError:
        return None, "Django is not installed (run.sh installs it into target/bench/venv)"
    spec = [[cls, attrs, 4] for _, cls, attrs in TIMING_FORMATS]
    made = json.loads(run([sys.executable, "-c", MAKE_HASHES, json.dumps(spec), PASSWORD]).stdout)
    cases = [(name, name, hashes, None, False) for (name, _, _), hashes in zip(TIMING_FORMATS, made)]
    default = made[0]
    cases += [
        ("inactive user (pbkdf2 1,000,000)", "inactive", default, None, True),
        ("unusable password (pbkdf2 around it)", "unusable", default, "!" + "x" * 40, False),
        ("malformed hash (pbkdf2 around it)", "malformed", default, "pbkdf2_sha256$1000000$x", False),
    ]
    rows = []
    for label, name, hashes, known_hash, inactive in cases:
        config, db = timing_db(name.split()[0] + str(len(rows)), hashes, known_hash, inactive)
        stdin = PASSWORD.encode() if inactive else b"wrong-password"
        known = authadm(config, "--database", db, "login-test", "known", "--password-stdin", "--no-record",
                        stdin=stdin)
        unknown = authadm(config, "--database", db, "login-test", "nobody", "--password-stdin", "--no-record",
                          stdin=b"wrong-password")
        # More runs than elsewhere: the differences looked for are a few percent.
        t_unknown, t_known = interleaved(unknown, known, runs=25)
        rows.append((f"unknown name vs {label}", t_unknown, t_known, "wrong password, existing user",
                     "ratio 1.00 +- 0.05", t_unknown / t_known))
    return rows


DAY_US = 86_400_000_000


def fresh(path, max_age_s):
    """An existing data file young enough to reuse (times in it are relative to when it was made)."""
    return os.path.exists(path) and time.time() - os.path.getmtime(path) < max_age_s


def new_authadm_db(path):
    """An empty database with authadm's schema (Django's auth_user and authadm's tables): the
    placeholder goes with its event and its id, so the first user loaded gets id 1."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    add_placeholder(path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM authadm_event")
    conn.execute("DELETE FROM auth_user")
    conn.execute("DELETE FROM sqlite_sequence WHERE name IN ('auth_user', 'authadm_event')")
    conn.commit()
    conn.close()


def attempts_db():
    """100,000 users, 1,000,000 attempts evenly over the last 7 days (80 % failed, from 20,000
    addresses, 5 % without one), and 100,000 lockout counters (1..10 failures, last failure
    evenly over the last 7 days). Deterministic apart from being relative to when it was made;
    remade after 6 hours so the 24 h windows stay comparable."""
    db = os.path.join(WORK, "attempts.db")
    config = write("attempts.toml", 'database = "attempts.db"\n[lockout]\ncooloff = "24h"\n')
    if fresh(db, 6 * 3600):
        return config, db
    new_authadm_db(db)
    now_us = int(time.time() * 1_000_000)
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email, is_staff, "
        "is_active, date_joined, first_name) WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 99999) SELECT '!', NULL, 0, 'user' || i, '', 'u' || i || '@example.com', 0, 1, "
        "'2026-01-01 00:00:00', '' FROM n")
    # user<k> has id k + 1. Spread by multiplicative hashing so neighbours in time differ.
    conn.execute(
        "INSERT INTO authadm_attempt (time_us, username, subject, ip, reason, backend, failed) "
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000), "
        "h(i, u, a) AS (SELECT i, (i * 40503) % 100000, (i * 2654435761) % 20000 FROM n) "
        "SELECT ?1 - i * (7 * ?2 / 1000000), 'user' || u, 'u:' || (u + 1), "
        "CASE WHEN i % 20 = 0 THEN NULL ELSE '10.' || (a / 10000) || '.' || (a / 100 % 100) || '.' || (a % 100) END, "
        "CASE WHEN i % 5 = 0 THEN 'ok' ELSE 'invalid_credentials' END, "
        "CASE WHEN i % 5 = 0 THEN 'model' END, i % 5 != 0 FROM h",
        (now_us, DAY_US))
    conn.execute(
        "INSERT INTO authadm_lockout (subject, ip, user_id, name, failures, first_us, last_us) "
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999) "
        "SELECT 'u:' || (i + 1), '', i + 1, 'user' || i, (i * 7919) % 10 + 1, "
        "?1 - ((i * 7919) % 100000) * (7 * ?2 / 100000) - 3600000000, ?1 - ((i * 7919) % 100000) * (7 * ?2 / 100000) "
        "FROM n", (now_us, DAY_US))
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return config, db


def figure_audit():
    if not shutil.which("sqlite3"):
        return None, "no `sqlite3` command for the reference"
    config, db = attempts_db()
    since = int(time.time() * 1_000_000) - DAY_US
    # The statement `audit failed-logins --group-by ip` runs (store::audit::grouped_sql), literal.
    grouped = ("SELECT ip, count(*), min(time_us), max(time_us) FROM authadm_attempt INDEXED BY "
               f"authadm_attempt_failed_ip WHERE failed = 1 AND time_us >= {since} AND time_us < 9223372036854775807 "
               "GROUP BY ip ORDER BY 2 DESC, 1 LIMIT 100;")
    ours = authadm(config, "audit", "failed-logins", "--group-by", "ip", "--since", "24h", stdin=b"")
    rows = []
    t_ours, t_ref = interleaved(ours, lambda: timed(["sqlite3", db, grouped]))
    rows.append(("audit failed-logins --group-by ip, 1M", t_ours, t_ref, "sqlite3 shell, same query",
                 "< 300 ms", t_ours / t_ref))
    # `lockout status`: locked keys (>= 5 failures, last one within the 24 h cool-off), newest first.
    status = ("SELECT c.subject, c.ip, coalesce(u.username, c.name), c.failures, c.first_us, c.last_us FROM "
              "authadm_lockout c LEFT JOIN auth_user u ON u.id = c.user_id "
              f"WHERE c.failures >= 5 AND c.last_us > {since} ORDER BY c.last_us DESC, c.subject, c.ip;")
    ours = authadm(config, "lockout", "status", stdin=b"")
    t_ours, t_ref = interleaved(ours, lambda: timed(["sqlite3", db, status]))
    rows.append(("lockout status, cooloff 24h, 100k counters", t_ours, t_ref, "sqlite3 shell, same rows",
                 "ratio <= 1.5", t_ours / t_ref))
    # The default policy (axes': no cool-off, locked until reset): every key at the limit shows.
    status_all = status.replace(f" AND c.last_us > {since}", "")
    for flags in ([], ["--json"]):
        argv = [BIN, "--database", db, *flags, "lockout", "status"]
        t_ours, t_ref = interleaved(lambda: timed(argv), lambda: timed(["sqlite3", db, status_all]))
        name = " ".join(["lockout status", *flags, "default policy (60k locked)"])
        rows.append((name, t_ours, t_ref, "sqlite3 shell, same rows", "< 100 ms, < 50 MB", t_ours / t_ref,
                     {"authadm_peak_rss_mb": peak_rss_mb(argv), "sqlite3_peak_rss_mb": peak_rss_mb(["sqlite3", db, status_all])}))
    return rows


DJANGO_USER_DDL = (
    'CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, '
    '"last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, '
    '"last_name" varchar(150) NOT NULL, "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, '
    '"is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL)')


def django_source_db(users=100_000):
    """A Django-schema database (auth_user as Django 5.2's migrations make it on SQLite) with
    `users` users holding well-formed pbkdf2_sha256 hashes (distinct salts; not computed, since
    import copies hashes without checking them)."""
    db = os.path.join(WORK, f"django-{users}.db")
    if os.path.exists(db):
        return db
    rng = random.Random(6)
    conn = sqlite3.connect(db + ".tmp")
    conn.execute(DJANGO_USER_DDL)
    rows = []
    for i in range(users):
        salt = "%022x" % rng.getrandbits(88)
        digest = "%064x" % rng.getrandbits(256)
        rows.append((f"pbkdf2_sha256$1000000${salt}${digest[:43]}=", None if i % 3 else "2026-03-01 12:00:00",
                     i == 0, f"person{i}", f"Last{i}", f"person{i}@example.org", i < 10, i % 50 != 0,
                     "2025-06-01 09:00:00", f"First{i}"))
    conn.executemany("INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email, "
                     "is_staff, is_active, date_joined, first_name) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    conn.close()
    os.replace(db + ".tmp", db)
    return db


def figure_import():
    if not shutil.which("sqlite3"):
        return None, "no `sqlite3` command for the reference"
    source = django_source_db()
    template = os.path.join(WORK, "import-empty.db")
    new_authadm_db(template)
    target = os.path.join(WORK, "import-target.db")
    columns = ("username, password, last_login, is_superuser, last_name, email, is_staff, is_active, date_joined, "
               "first_name")
    sql = f"ATTACH '{source}' AS s; INSERT INTO auth_user ({columns}) SELECT {columns} FROM s.auth_user ORDER BY id;"

    def fresh_target():
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        shutil.copyfile(template, target)

    def ours():
        fresh_target()
        return timed([BIN, "--database", target, "--no-input", "import", "django", source])

    def ref():
        fresh_target()
        return timed(["sqlite3", target, sql])

    t_ours, t_ref = interleaved(ours, ref)
    count = sqlite3.connect(target).execute("SELECT count(*) FROM auth_user").fetchone()[0]
    assert count == 100_000, count
    return ("import django, 100k users", t_ours, t_ref, "sqlite3 shell, ATTACH + INSERT SELECT", "ratio <= 1.0",
            t_ours / t_ref)


HIBP_PASSWORD = "correct horse battery staple"


def hibp_file(size=1 << 30):
    """A sorted HIBP-format file (`HEX40:COUNT` CRLF lines) of about `size` bytes: evenly spaced
    hashes with deterministic counts, plus the SHA-1 of HIBP_PASSWORD in its place."""
    path = os.path.join(WORK, "pwned-1g.txt")
    if os.path.exists(path):
        return path
    import hashlib
    target = int(hashlib.sha1(HIBP_PASSWORD.encode()).hexdigest(), 16)
    lines = size // 48
    step = (1 << 160) // lines
    with open(path + ".tmp", "wb", buffering=1 << 24) as f:
        chunk = 1 << 16
        for start in range(0, lines, chunk):
            values = range(start * step + 1, min(start + chunk, lines) * step + 1, step)
            hashes = list(values)
            if hashes[0] <= target < hashes[-1] + step:
                hashes = sorted(set(hashes + [target]))
            f.write("".join("%040X:%d\r\n" % (h, (h % 997) + 1) for h in hashes).encode())
    os.replace(path + ".tmp", path)
    return path


def figure_breached():
    if not shutil.which("look"):
        return None, "no `look` command for the reference"
    path = hibp_file()
    import hashlib
    config = write("breached.toml", "[[auth_password_validators]]\nname = \"breached_password\"\n"
                   f"options = {{ path = \"{path}\" }}\n")
    digest = hashlib.sha1(HIBP_PASSWORD.encode()).hexdigest().upper()
    check = subprocess.run([BIN, "--config", config, "--database", os.path.join(WORK, "breached.db"),
                            "validate-password", "--password-stdin"], input=HIBP_PASSWORD.encode(),
                           capture_output=True)
    assert check.returncode == 1, check  # found: invalid
    ours = lambda: timed([BIN, "--config", config, "--database", os.path.join(WORK, "breached.db"),
                          "validate-password", "--password-stdin"], HIBP_PASSWORD.encode())
    ref = lambda: timed(["look", digest + ":", path])
    t_ours, t_ref = interleaved(ours, ref)
    size_gb = os.path.getsize(path) / 1e9
    return (f"validate-password, breached list {size_gb:.2f} GB", t_ours, t_ref, "look(1) binary search, same hash",
            "< 50 ms", t_ours / t_ref)


def psql_binary():
    """psql itself, the newest: Debian's /usr/bin/psql is pg_wrapper, a Perl script that picks a
    version and costs about 25 ms of its own before psql starts."""
    found = glob.glob("/usr/lib/postgresql/*/bin/psql")
    version = lambda path: [int(part) for part in path.split("/")[-3].split(".") if part.isdigit()]
    return max(found, key=version) if found else shutil.which("psql")


PSQL = psql_binary()


def postgres_missing():
    """Why figures 8 and 9 cannot run, or None."""
    if not POSTGRES:
        return "no PostgreSQL server (set AUTHADM_BENCH_POSTGRES to an admin URL, or let run.sh start one)"
    if not PSQL:
        return "no `psql` command to load the data and for the reference"
    return None


def pg_url(database):
    """The admin URL pointing at another database of the same server, without TLS for authadm and
    psql alike: authadm's connection module has none yet (src/store/pg_connect.rs), and the figures
    should not move when it gets it."""
    parts = urllib.parse.urlsplit(POSTGRES)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "sslmode"] + [("sslmode", "disable")]
    return parts._replace(path="/" + database, query=urllib.parse.urlencode(query)).geturl()


def psql(url, *statements):
    """Runs each statement as its own command (CREATE DATABASE refuses a transaction block)."""
    argv = [PSQL, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url]
    for sql in statements:
        argv += ["-c", sql]
    done = subprocess.run(argv, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"psql failed: {done.stderr.decode().strip()}")
    return done.stdout.decode().strip()


def psql_query(url, sql):
    return lambda: timed([PSQL, "-X", "-A", "-t", "-d", url, "-c", sql])


def new_pg_db(database):
    """new_authadm_db() on PostgreSQL: a fresh database, schema by authadm (Django's auth_user as
    Django's migrations make it on PostgreSQL, and authadm's tables), no rows, ids from 1."""
    psql(POSTGRES, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)", f"CREATE DATABASE {database}")
    url = pg_url(database)
    add_placeholder(url)
    psql(url, "TRUNCATE auth_user, authadm_event RESTART IDENTITY CASCADE")
    return url


def drop_pg_db(database):
    """Each PostgreSQL figure drops its database when done: a few hundred MB on someone's server."""
    psql(POSTGRES, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def million_users_pg():
    """million_users() on PostgreSQL, in a fresh database authadm_bench_million."""
    url = new_pg_db("authadm_bench_million")
    run([BIN, "--config", fast_config(), "--database", url, "user", "add", "user0", "--email", "u0@example.com",
         "--password-stdin", "--skip-validation"], PASSWORD.encode())
    psql(url,
         "INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email, is_staff, "
         "is_active, date_joined, first_name) SELECT (SELECT password FROM auth_user WHERE username = 'user0'), "
         "NULL, false, 'user' || i, '', 'u' || i || '@example.com', false, true, '2026-01-01 00:00:00+00', '' "
         "FROM generate_series(1, 999999) i",
         "ANALYZE")
    return url


def attempts_pg():
    """attempts_db() on PostgreSQL (same rows, times relative to now), in a fresh database
    authadm_bench_attempts."""
    url = new_pg_db("authadm_bench_attempts")
    now_us = int(time.time() * 1_000_000)
    psql(url,
         "INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email, is_staff, "
         "is_active, date_joined, first_name) SELECT '!', NULL, false, 'user' || i, '', 'u' || i || '@example.com', "
         "false, true, '2026-01-01 00:00:00+00', '' FROM generate_series(0, 99999) i",
         # user<k> has id k + 1; the same multiplicative spreading as attempts_db().
         "INSERT INTO authadm_attempt (time_us, username, subject, ip, reason, backend, failed) "
         f"SELECT {now_us} - i * {7 * DAY_US // 1000000}, 'user' || u, 'u:' || (u + 1), "
         "CASE WHEN i % 20 = 0 THEN NULL ELSE '10.' || (a / 10000) || '.' || (a / 100 % 100) || '.' || (a % 100) END, "
         "CASE WHEN i % 5 = 0 THEN 'ok' ELSE 'invalid_credentials' END, "
         "CASE WHEN i % 5 = 0 THEN 'model' END, CASE WHEN i % 5 = 0 THEN 0 ELSE 1 END "
         "FROM (SELECT i, (i * 40503) % 100000 AS u, (i * 2654435761) % 20000 AS a "
         "FROM generate_series(1::bigint, 1000000) i) h",
         "INSERT INTO authadm_lockout (subject, ip, user_id, name, failures, first_us, last_us) "
         "SELECT 'u:' || (i + 1), '', i + 1, 'user' || i, (i * 7919) % 10 + 1, "
         f"{now_us} - ((i * 7919) % 100000) * {7 * DAY_US // 100000} - 3600000000, "
         f"{now_us} - ((i * 7919) % 100000) * {7 * DAY_US // 100000} FROM generate_series(0::bigint, 99999) i",
         "ANALYZE")
    return url


def figure_postgres_overhead():
    missing = postgres_missing()
    if missing:
        return None, missing
    config, _ = million_users()
    try:
        url = million_users_pg()
        login = ("login-test", "user500000", "--password-stdin", "--no-record")
        run([BIN, "--config", config, "--database", url, *login], PASSWORD.encode())  # it logs in
        on_postgres = authadm(config, "--database", url, *login)
        on_sqlite = authadm(config, *login)
        sql = "SELECT id, password, is_active FROM auth_user WHERE username = 'user500000';"
        ours, ref, sqlite_ours = interleaved(on_postgres, psql_query(url, sql), on_sqlite)
        trips = round_trips([BIN, "--config", config, "--database", url, *login], PASSWORD.encode())
    finally:
        drop_pg_db("authadm_bench_million")
    return [("login-test on PostgreSQL, 1M users", ours, ref, "psql, same lookup", "<= 3 round trips, ratio <= 0.6",
             ours / ref, {"round_trips": trips}),
            ("login-test on PostgreSQL vs on SQLite", ours, sqlite_ours, "authadm on SQLite (figure 1)",
             "none: beside SQLite", ours / sqlite_ours)]


def figure_postgres_audit():
    missing = postgres_missing()
    if missing:
        return None, missing
    try:
        return postgres_audit_rows(attempts_pg())
    finally:
        drop_pg_db("authadm_bench_attempts")


def postgres_audit_rows(url):
    config = write("attempts-pg.toml", '[lockout]\ncooloff = "24h"\n')
    since = int(time.time() * 1_000_000) - DAY_US
    # store::audit::grouped_sql's PostgreSQL form (no INDEXED BY), literal.
    grouped = ("SELECT ip, count(*), min(time_us), max(time_us) FROM authadm_attempt "
               f"WHERE failed = 1 AND time_us >= {since} AND time_us < 9223372036854775807 "
               "GROUP BY ip ORDER BY 2 DESC, 1 LIMIT 100;")
    audit = ("audit", "failed-logins", "--group-by", "ip", "--since", "24h")
    run([BIN, "--config", config, "--database", url, *audit])
    ours = authadm(config, "--database", url, *audit, stdin=b"")
    rows = []
    t_ours, t_ref = interleaved(ours, psql_query(url, grouped))
    rows.append(("audit failed-logins on PostgreSQL, 1M", t_ours, t_ref, "psql, same query", "< 300 ms",
                 t_ours / t_ref))
    # figure_audit()'s statement for the 24 h cool-off.
    status = ("SELECT c.subject, c.ip, coalesce(u.username, c.name), c.failures, c.first_us, c.last_us FROM "
              "authadm_lockout c LEFT JOIN auth_user u ON u.id = c.user_id "
              f"WHERE c.failures >= 5 AND c.last_us > {since} ORDER BY c.last_us DESC, c.subject, c.ip;")
    run([BIN, "--config", config, "--database", url, "lockout", "status"])
    ours = authadm(config, "--database", url, "lockout", "status", stdin=b"")
    t_ours, t_ref = interleaved(ours, psql_query(url, status))
    rows.append(("lockout status on PostgreSQL, 100k counters", t_ours, t_ref, "psql, same rows", "< 300 ms",
                 t_ours / t_ref))
    return rows


def figure_binary():
    """The release binary's size: no reference, the number itself."""
    size = os.path.getsize(BIN)
    return [("release binary size", None, None, "-", "say what it is and why", None, {"bytes": size}),
            (None, "a fresh clone's `cargo test` takes longer than a benchmark run: time it by hand")]


FIGURES = {
    "1": lambda: figure_overhead(),
    "2": lambda: figure_django(),
    "3": lambda: [figure_argon2(102400, 2, 8), figure_argon2(19456, 2, 1)],
    "4": lambda: figure_timing(),
    "5": lambda: figure_audit(),
    "6": lambda: figure_import(),
    "7": lambda: figure_breached(),
    "8": lambda: figure_postgres_overhead(),
    "9": lambda: figure_postgres_audit(),
    "10": lambda: figure_custom_model(),
    "11": lambda: figure_binary(),
}


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            return next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), None)
    except OSError:
        return None


RESULT_KEYS = {"figure", "measured", "load_average", "name", "authadm_ms", "reference", "reference_ms", "ratio",
               "target"}


def main():
    os.makedirs(WORK, exist_ok=True)
    random.seed(1)
    wanted = sys.argv[1:] or list(FIGURES)
    load_before = os.getloadavg()
    results = []
    for key in wanted:
        out = FIGURES[key]()
        for row in out if isinstance(out, list) else [out]:
            if row[0] is None:
                print(f"figure {key}: skipped: {row[1]}", file=sys.stderr)
                continue
            name, ours, ref, ref_name, target, ratio, *extra = row
            measured = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            results.append({"figure": key, "measured": measured, "load_average": round(os.getloadavg()[0], 2),
                            "name": name, "authadm_ms": None if ours is None else round(ours * 1000, 2),
                            "reference": ref_name, "reference_ms": None if ref is None else round(ref * 1000, 2),
                            "ratio": None if ratio is None else round(ratio, 3), "target": target,
                            **(extra[0] if extra else {})})
    print(f"{'figure':<3} {'':<50} {'authadm':>10} {'reference':>10} {'ratio':>7}  target / reference; more")
    for r in results:
        ours = "-" if r["authadm_ms"] is None else f"{r['authadm_ms']:.1f}ms"
        ref = "-" if r["reference_ms"] is None else f"{r['reference_ms']:.1f}ms"
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.3f}"
        more = ", ".join(f"{k} {v}" for k, v in r.items() if k not in RESULT_KEYS)
        print(f"{r['figure']:<3} {r['name']:<50} {ours:>10} {ref:>10} {ratio:>7}  {r['target']} / {r['reference']}"
              f"{'; ' + more if more else ''}; load {r['load_average']}")
    machine = {"cpu_count": os.cpu_count(), "cpu_model": cpu_model(), "platform": platform.platform(),
               "python": platform.python_version(), "load_average_before": load_before,
               "load_average_after": os.getloadavg()}
    # A run of some figures keeps the other figures' last results (each row says when it ran).
    path = os.path.join(ROOT, "target", "bench", "results.json")
    kept = []
    if sys.argv[1:] and os.path.exists(path):
        with open(path) as f:
            kept = [r for r in json.load(f).get("results", []) if r.get("figure") not in wanted]
    results = sorted(kept + results, key=lambda r: int(r["figure"]))
    with open(path, "w") as f:
        json.dump({"machine": machine, "results": results}, f, indent=2)
    print(f"{machine['cpu_count']} CPUs ({machine['cpu_model']}), load average {load_before[0]:.1f} before, "
          f"{machine['load_average_after'][0]:.1f} after")


if __name__ == "__main__":
    main()
