#!/usr/bin/env bash
# Starts a private PostgreSQL server for the cluster tests (grain storage through Orleans' ADO.NET persistence) and
# prints its connection string on the last line. Installs PostgreSQL with apt-get where it is missing and the
# machine allows it; exits non-zero (and the PostgreSQL tests show as skipped) where no server can be started.
#
#   export ZEDU_POSTGRES="$(bash eng/start-postgres.sh | tail -n 1)"
#   dotnet test tests/Zhuzhou.Education.Domain.Orleans.Tests
#   bash eng/start-postgres.sh --stop
#
# The server runs as the "postgres" user, from a data folder of its own (ZEDU_PG_DATA, default /tmp/zedu-postgres),
# on 127.0.0.1 port ZEDU_PG_PORT (default 54329), trusting local connections: a test server, not a production one.
set -euo pipefail
data=${ZEDU_PG_DATA:-/tmp/zedu-postgres}
port=${ZEDU_PG_PORT:-54329}
database=zedu

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

bin=$(bindir || true)
if [ "${1:-}" = --stop ]; then
  [ -n "$bin" ] && [ -f "$data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null
  exit 0
fi

if [ -z "$bin" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "postgres: installing PostgreSQL with apt-get" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2 || true
    bin=$(bindir || true)
  fi
  [ -n "$bin" ] || { echo "postgres: PostgreSQL is not installed and cannot be installed here" >&2; exit 1; }
fi
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  echo "postgres: no 'postgres' user to run the server as" >&2
  exit 1
fi

if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" -eq 0 ] && chown postgres "$data"
  as_postgres "$bin/initdb" -D "$data" --auth=trust --username=postgres --encoding=UTF8 >/dev/null
fi
if ! as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  as_postgres "$bin/pg_ctl" -D "$data" -w -l "$data/server.log" -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
fi
# Read whole, then tested: under pipefail a grep -q that leaves early could fail the pipeline and try createdb again.
exists=$(as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")
[ "$exists" = 1 ] || as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"
