#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster: initdb and pg_ctl on a temporary socket
# directory (no TCP port), the cluster stopped and deleted when the command ends, whatever its
# outcome. The command finds it in TALLY_TEST_POSTGRES_URL. Needs Debian's `postgresql`
# package (Deploy/install-test-deps.sh). Usage: Deploy/with-postgres.sh swift test
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "with-postgres: PostgreSQL is not installed; run Deploy/install-test-deps.sh" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/tally-pg.XXXXXX)
as=()
# initdb refuses to run as root: the cluster then belongs to the postgres user.
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -U tally --auth=trust -E UTF8 --no-locale >/dev/null
# fsync off: a test cluster is thrown away, and its durability is not what the tests measure.
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-k $dir -c listen_addresses='' -c fsync=off -c max_connections=200" start >/dev/null
"${as[@]}" "$bin/createdb" -h "$dir" -U tally tally_test
export TALLY_TEST_POSTGRES_URL="postgres:///tally_test?host=$dir&user=tally"
echo "with-postgres: a throwaway cluster at $dir" >&2
"$@"
