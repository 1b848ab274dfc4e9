#!/usr/bin/env bash
# Whole-process benchmarks: each authadm figure next to its reference, measured in the same run,
# interleaved, median of at least 15 runs. Reports; never fails on a number.
#   bash benches/run.sh            # all figures
#   bash benches/run.sh 1 4        # only figures 1 and 4
# Writes the table to stdout and target/bench/results.json.
# Figures 8 and 9 (PostgreSQL) use the server whose admin URL is in AUTHADM_BENCH_POSTGRES, else a
# throwaway cluster from .ci/postgres.sh, stopped on exit; without either they are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
mkdir -p target/bench
# The binary as `install` or `cargo install` places it, a copy: the linker's own output file starts
# about 1 ms slower in every run (same bytes; 406 against 388 page faults and 4.5 against 4.1 ms
# of CPU for figure 1's login, perf stat), which would be measuring the page cache, not authadm.
install -m 755 target/release/authadm target/bench/authadm
export AUTHADM_BENCH_BIN=${AUTHADM_BENCH_BIN:-$PWD/target/bench/authadm}
venv=target/bench/venv
if [ ! -x "$venv/bin/python" ] && command -v python3 >/dev/null; then
  python3 -m venv "$venv" && "$venv/bin/pip" install --quiet django==5.2.19 argon2-cffi bcrypt \
    || echo "could not install Django from PyPI; the Django figure will be skipped" >&2
fi
command -v argon2 >/dev/null \
  || echo "no argon2 command (Debian's C reference CLI: apt-get install argon2); figure 3 uses argon2-cffi" >&2
command -v sqlite3 >/dev/null || echo "no sqlite3 shell: figures 1, 5 and 6 need it as their reference" >&2
command -v psql >/dev/null || echo "no psql: figures 8 and 9 need it to load data and as their reference" >&2
wants_postgres=$(($# == 0))
for figure in "$@"; do
  case "$figure" in 8 | 9) wants_postgres=1 ;; esac
done
if [ "$wants_postgres" = 1 ] && [ -z "${AUTHADM_BENCH_POSTGRES:-}" ]; then
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/authadm-bench-pg.XXXXXX")
  trap '.ci/postgres.sh stop "$pg_dir"' EXIT
  trap 'exit 130' INT TERM HUP
  if url=$(.ci/postgres.sh start "$pg_dir"); then
    export AUTHADM_BENCH_POSTGRES=$url
    # Loading a million rows would otherwise keep up to 1 GB of WAL (the default max_wal_size).
    PGSSLMODE=disable psql -X -q -d "$url" -c "ALTER SYSTEM SET max_wal_size = '128MB'" \
      -c "SELECT pg_reload_conf()" >/dev/null || echo "could not lower max_wal_size" >&2
  else
    echo "could not start a PostgreSQL cluster (.ci/postgres.sh); figures 8 and 9 will be skipped" >&2
  fi
fi
python=$([ -x "$venv/bin/python" ] && echo "$venv/bin/python" || echo python3)
# Not exec: the trap above stops the cluster when the harness ends.
"$python" benches/harness.py "$@"
