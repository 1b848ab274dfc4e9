#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` and `stop DIR`.
#
#   url=$(.ci/postgres.sh start /tmp/authadm-pg)   # prints the admin URL, one line, nothing else
#   AUTHADM_TEST_POSTGRES=$url AUTHADM_TEST_STORE=postgres cargo test
#   .ci/postgres.sh stop /tmp/authadm-pg           # stops it and removes DIR
#
# start: finds the newest /usr/lib/postgresql/*/bin (Debian's layout; else initdb on PATH),
# installing Debian's `postgresql` when missing and running as root with apt-get. The cluster
# lives in DIR: superuser `authadm` with a random password (scram-sha-256), TLS on with a
# self-signed certificate (sslmode=require works), listening on 127.0.0.1 only at a free port,
# its unix socket inside DIR, fsync off (it holds nothing worth keeping) and 200 connections
# (tests run in parallel, each spawning authadm processes). As root, the server runs as the
# `postgres` user, which refuses to run as root. Exit 3 when PostgreSQL cannot be had.
set -euo pipefail

die() { echo "postgres.sh: $*" >&2; exit "${2:-1}"; }
usage() { die "usage: $0 start DIR | stop DIR" 2; }

[ $# -eq 2 ] || usage
action=$1
dir=$2
[ -n "$dir" ] || usage
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac

is_root() { [ "$(id -u)" = 0 ]; }

# Runs a server binary as the user that owns the cluster.
as_owner() {
  if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

find_bin() {
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
  elif command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

# A free loopback port: the kernel's choice when python3 is there, else the first port from a
# random start that nothing answers on.
free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
    return
  fi
  local port=$((20000 + RANDOM % 30000)) tries
  for tries in $(seq 1 200); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
    port=$((20000 + (port - 20000 + 1) % 30000))
  done
  die "no free port found"
}

start() {
  local bin
  bin=$(find_bin)
  if { [ -z "$bin" ] || ! command -v openssl >/dev/null; } && is_root && command -v apt-get >/dev/null; then
    # Debian's postinst would create and start a `main` cluster on 5432: not wanted here.
    if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
      mkdir -p /etc/postgresql-common
      echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
    fi
    { timeout 300 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 600 \
        apt-get install -y -qq --no-install-recommends postgresql openssl; } >/dev/null 2>&1 || true
    bin=$(find_bin)
  fi
  [ -n "$bin" ] || die "PostgreSQL not found (no /usr/lib/postgresql/*/bin, no initdb on PATH) and could not be installed" 3
  command -v openssl >/dev/null || die "the openssl command is needed for the test cluster's TLS certificate" 3
  if is_root; then
    id postgres >/dev/null 2>&1 || die "running as root but there is no postgres user to run the server as" 3
  fi
  [ ! -e "$dir/data" ] || die "$dir/data exists: stop that cluster first ($0 stop $dir)"

  mkdir -p "$dir"
  local password
  password=$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')
  (umask 077 && printf '%s\n' "$password" >"$dir/pwfile")
  (umask 077 && openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=127.0.0.1" \
      -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
      -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1) || die "openssl could not make a certificate"
  if is_root; then
    chown -R postgres "$dir"
    as_owner test -w "$dir" || die "the postgres user cannot write to $dir (is a parent folder private?)"
  fi

  as_owner "$bin/initdb" -D "$dir/data" --no-locale -E UTF8 --auth=scram-sha-256 -U authadm \
    --pwfile="$dir/pwfile" >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  rm -f "$dir/pwfile"

  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    cat >"$dir/data/postgresql.auto.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = '$dir/server.crt'
ssl_key_file = '$dir/server.key'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    is_root && chown postgres "$dir/data/postgresql.auto.conf"
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null 2>&1; then
      break
    fi
    # Lost the port to someone else between choosing and binding: try another.
    if [ "$attempt" = 5 ] || ! grep -q "could not bind\|Address already in use" "$dir/server.log" 2>/dev/null; then
      tail -n 20 "$dir/server.log" >&2 2>/dev/null || true
      die "pg_ctl start failed"
    fi
  done

  local i
  for i in $(seq 1 60); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break
    [ "$i" = 60 ] && die "the server did not become ready (see $dir/server.log)"
    sleep 0.5
  done
  local url="postgres://authadm:$password@127.0.0.1:$port/postgres"
  (umask 077 && printf '%s\n' "$url" >"$dir/url")
  echo "$url"
}

stop() {
  if [ -d "$dir/data" ]; then
    local bin
    bin=$(find_bin)
    [ -n "$bin" ] || die "PostgreSQL binaries not found; cannot stop the cluster in $dir"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 ||
      echo "postgres.sh: pg_ctl stop failed (already stopped?)" >&2
  fi
  rm -rf "$dir"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
