"""Whole-process benchmark harness for authadm (see run.sh). Deterministic data, seeded."""

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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "authadm")
WORK = os.path.join(ROOT, "target", "bench", "work")
RUNS = 15
PASSWORD = "bench-Password-42"
FAST_PBKDF2 = 'password_hashers = ["pbkdf2_sha256"]\n[hashers.pbkdf2_sha256]\niterations = 1\n'


def timed(argv, stdin=b"", env=None):
    start = time.perf_counter()
    subprocess.run(argv, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def interleaved(a, b, runs=RUNS):
    """Median seconds of two commands, alternating so drift hits both alike (one warm-up each)."""
    a(), b()
    ta, tb = [], []
    for _ in range(runs):
        ta.append(a())
        tb.append(b())
    return statistics.median(ta), statistics.median(tb)


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


def million_users():
    """1,000,000 users sharing one cheap pbkdf2 hash (hashing excluded from the figure)."""
    db = os.path.join(WORK, "million.db")
    config = write("fast.toml", 'database = "million.db"\n' + FAST_PBKDF2)
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
    config, db = million_users()
    probe = authadm(config, "login-test", "user500000", "--password-stdin", "--no-record")
    sql = "SELECT id, password, is_active FROM auth_user WHERE username = 'user500000';"
    ours, ref = interleaved(probe, lambda: timed(["sqlite3", db, sql]))
    return "login-test on 1M users (hash excluded)", ours, ref, "sqlite3 shell, same lookup", "ratio < 1.5", ours / ref


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
    return "login-test vs Django authenticate()", ours, ref, "python + Django 5.2", "ratio <= 0.02 (50x)", ours / ref


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


def figure_timing():
    """Unknown user, wrong password, inactive user: at the default (production) argon2 cost."""
    config = write("timing.toml", "")
    for name, active in (("known", True), ("sleeper", False)):
        args = [BIN, "--config", config, "--database", os.path.join(WORK, "timing.db"), "user", "add", name,
                "--email", f"{name}@example.com", "--password-stdin"]
        subprocess.run(args + ([] if active else ["--inactive"]), input=PASSWORD.encode(), capture_output=True)
    db = ["--database", os.path.join(WORK, "timing.db")]
    wrong = authadm(config, *db, "login-test", "known", "--password-stdin", "--no-record", stdin=b"wrong-password")
    unknown = authadm(config, *db, "login-test", "nobody", "--password-stdin", "--no-record", stdin=b"wrong-password")
    inactive = authadm(config, *db, "login-test", "sleeper", "--password-stdin", "--no-record",
                       stdin=PASSWORD.encode())
    rows = []
    t_unknown, t_wrong = interleaved(unknown, wrong, runs=25)
    rows.append(("unknown user vs wrong password", t_unknown, t_wrong, "wrong password, known user",
                 "ratio 1.00 +- 0.05", t_unknown / t_wrong))
    t_inactive, t_wrong2 = interleaved(inactive, wrong, runs=25)
    rows.append(("inactive user vs wrong password", t_inactive, t_wrong2, "wrong password, known user",
                 "ratio 1.00 +- 0.05", t_inactive / t_wrong2))
    return rows


FIGURES = {
    "1": lambda: figure_overhead(),
    "2": lambda: figure_django(),
    "3": lambda: [figure_argon2(102400, 2, 8), figure_argon2(19456, 2, 1)],
    "4": lambda: figure_timing(),
}


def main():
    os.makedirs(WORK, exist_ok=True)
    random.seed(1)
    wanted = sys.argv[1:] or list(FIGURES)
    results = []
    for key in wanted:
        out = FIGURES[key]()
        for row in out if isinstance(out, list) else [out]:
            if row[0] is None:
                print(f"figure {key}: skipped: {row[1]}", file=sys.stderr)
                continue
            name, ours, ref, ref_name, target, ratio = row
            results.append({"figure": key, "name": name, "authadm_ms": round(ours * 1000, 2),
                            "reference": ref_name, "reference_ms": None if ref is None else round(ref * 1000, 2),
                            "ratio": None if ratio is None else round(ratio, 3), "target": target})
    print(f"{'figure':<45} {'authadm':>10} {'reference':>10} {'ratio':>7}  target / reference")
    for r in results:
        ref = "-" if r["reference_ms"] is None else f"{r['reference_ms']:.1f}ms"
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.3f}"
        print(f"{r['name']:<45} {r['authadm_ms']:>8.1f}ms {ref:>10} {ratio:>7}  {r['target']} / {r['reference']}")
    machine = {"cpu_count": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()}
    with open(os.path.join(ROOT, "target", "bench", "results.json"), "w") as f:
        json.dump({"machine": machine, "results": results}, f, indent=2)


if __name__ == "__main__":
    main()
