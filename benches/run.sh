#!/usr/bin/env bash
# Whole-process benchmarks: each authadm figure next to its reference, measured in the same run,
# interleaved, median of at least 15 runs. Reports; never fails on a number.
#   bash benches/run.sh            # all figures
#   bash benches/run.sh 1 4        # only figures 1 and 4
# Writes the table to stdout and target/bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
mkdir -p target/bench
venv=target/bench/venv
if [ ! -x "$venv/bin/python" ] && command -v python3 >/dev/null; then
  python3 -m venv "$venv" && "$venv/bin/pip" install --quiet django==5.2.19 argon2-cffi \
    || echo "could not install Django from PyPI; the Django figure will be skipped" >&2
fi
command -v argon2 >/dev/null \
  || echo "no argon2 command (Debian's C reference CLI: apt-get install argon2); figure 3 uses argon2-cffi" >&2
command -v sqlite3 >/dev/null || echo "no sqlite3 shell: figures 1, 5 and 6 need it as their reference" >&2
python=$([ -x "$venv/bin/python" ] && echo "$venv/bin/python" || echo python3)
exec "$python" benches/harness.py "$@"
