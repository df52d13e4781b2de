#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for tests and benchmarks, and prints the DATABASE_URL to use.
# Usage: scripts/start-postgres.sh [start|stop]   (root runs the server as the postgres user; others as themselves)
# Needs Debian's postgresql package (apt-get install postgresql). Data lives under $BINDER_PG_ROOT (default /tmp/binder-pg).
set -euo pipefail

PGROOT="${BINDER_PG_ROOT:-/tmp/binder-pg}"
PGPORT="${BINDER_PG_PORT:-54329}"
PGBIN="$(pg_config --bindir 2>/dev/null || true)"
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "start-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
superuser="$( [ "$(id -u)" -eq 0 ] && echo postgres || id -un )"

case "${1:-start}" in
  stop)
    if [ -f "$PGROOT/data/postmaster.pid" ]; then as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null; fi
    exit 0
    ;;
  start) ;;
  *) echo "usage: scripts/start-postgres.sh [start|stop]" >&2; exit 2 ;;
esac

if [ ! -f "$PGROOT/data/PG_VERSION" ]; then
  mkdir -p "$PGROOT"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGROOT"
  as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U "$superuser" -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=trust >/dev/null
fi
if ! as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" status >/dev/null 2>&1; then
  as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c max_connections=200" start >/dev/null
fi
psql_cmd() { as_pg "$PGBIN/psql" -h "$PGROOT" -p "$PGPORT" -U "$superuser" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_cmd -c "select 1 from pg_roles where rolname = 'binder'")" != "1" ]; then
  psql_cmd -c "CREATE ROLE binder LOGIN PASSWORD 'binder-test'"
fi
if [ "$(psql_cmd -c "select 1 from pg_database where datname = 'binder'")" != "1" ]; then
  psql_cmd -c "CREATE DATABASE binder OWNER binder"
fi
echo "postgres://binder:binder-test@127.0.0.1:$PGPORT/binder"
