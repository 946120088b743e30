#!/usr/bin/env bash
# A PostgreSQL server for the store's tests, on this machine:
#
#   eval "$(bash scripts/postgres.sh)"      # sets ITASTATS_TEST_POSTGRES_URL
#   bash scripts/postgres.sh stop           # stops the cluster again
#
# Installs Debian's postgresql package if it is missing (apt, as root or with
# sudo), then runs a private cluster of its own: initdb into a data folder
# (default /var/tmp/itastats-postgres-$USER; ITASTATS_PG_DIR), started with pg_ctl
# on 127.0.0.1 (port 54329; ITASTATS_PG_PORT). This needs no systemd and
# leaves any system cluster (5432) alone. As root the server runs as the
# `postgres` user (PostgreSQL refuses root); otherwise as yourself.
# Creates the role and database itastats_test (the role may create databases:
# the tests make one per test). Safe to run again: it only does what is missing.
# The cluster is for tests: fsync is off.
#
# Only the `export ...` line goes to stdout; everything else to stderr.
set -euo pipefail
exec 3>&1 1>&2

PORT=${ITASTATS_PG_PORT:-54329}
DATA=${ITASTATS_PG_DIR:-/var/tmp/itastats-postgres-$(id -un)}
ROLE=itastats_test
PASSWORD=itastats_test
DB=itastats_test

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ "${1:-}" != stop ] && { [ -z "$(pg_bindir)" ] || [ ! -x "$(pg_bindir)/initdb" ]; }; then
  echo "installing PostgreSQL with apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
BIN=$(pg_bindir)

if [ "$(id -u)" = 0 ]; then
  OWNER=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  OWNER=$(id -un)
  as_owner() { "$@"; }
fi

if [ "${1:-}" = stop ]; then
  if [ -n "$BIN" ] && [ -s "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    echo "stopping PostgreSQL on 127.0.0.1:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop </dev/null >/dev/null 2>&1 3>&-
  fi
  exit 0
fi

if [ ! -s "$DATA/PG_VERSION" ]; then
  echo "creating a PostgreSQL cluster in $DATA"
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown "$OWNER" "$DATA"
  chmod 700 "$DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$DATA/postgresql.conf" <<EOF
# itastats tests
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
fi

if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  echo "starting PostgreSQL on 127.0.0.1:$PORT"
  # The server must not inherit our stdout (fd 3, the caller's $(...) pipe) or
  # stderr: a daemon holding them open makes the caller wait for ever.
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start </dev/null >/dev/null 2>&1 3>&- ||
    { tail -n 20 "$DATA/server.log"; exit 1; }
fi

psql_admin() { as_owner "$BIN/psql" -h "$DATA" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
  psql_admin -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE $DB OWNER $ROLE"
fi

echo "export ITASTATS_TEST_POSTGRES_URL=postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB" >&3
