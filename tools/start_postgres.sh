#!/usr/bin/env bash
# For the hub's tests on PostgreSQL: install Debian's server if missing, start it, and make a role that
# may create databases (each test makes its own). Prints the URL to export as LOBBY_TEST_POSTGRES_URL.
# Needs root (apt, and running as the postgres user); run by .ci/run.
set -euo pipefail

say() { printf 'start_postgres: %s\n' "$*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    say "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >/dev/null
    apt-get install -y --no-install-recommends postgresql >/dev/null
fi

version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
if ! pg_lsclusters -h | grep -q .; then
    pg_createcluster "$version" main >/dev/null
fi
cluster="$(pg_lsclusters -h | head -n 1 | awk '{print $1" "$2}')"
# shellcheck disable=SC2086
pg_ctlcluster $cluster start >&2 2>&1 || true
# shellcheck disable=SC2086
port="$(pg_lsclusters -h | head -n 1 | awk '{print $3}')"

for _ in $(seq 1 50); do
    runuser -u postgres -- psql -p "$port" -qAtc "select 1" >/dev/null 2>&1 && break
    sleep 0.2
done
runuser -u postgres -- psql -p "$port" -qAtc "select 1" >/dev/null

runuser -u postgres -- psql -p "$port" -qAt >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lobby_test') THEN
    CREATE ROLE lobby_test LOGIN CREATEDB PASSWORD 'lobby_test';
  END IF;
END $$;
SQL
say "PostgreSQL $version on port $port"
echo "postgresql://lobby_test:lobby_test@127.0.0.1:$port/postgres"
