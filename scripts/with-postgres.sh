#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throw-away PostgreSQL server: Debian's
# postgresql (installed with apt when missing), a cluster in a temporary folder, a free port
# on 127.0.0.1, stopped and removed afterwards whatever the command's outcome.
#   scripts/with-postgres.sh npx vitest run test/ledger
set -euo pipefail

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

if ! BIN=$(find_bin); then
  echo "with-postgres: installing Debian's postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
  BIN=$(find_bin)
fi

# PostgreSQL refuses to run as root: the cluster belongs to the "postgres" user when we are root.
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  RUN_AS=(runuser -u postgres --)
fi

DIR=$(mktemp -d /tmp/attache-pg.XXXXXX)
chmod 755 "$DIR"
[ ${#RUN_AS[@]} -gt 0 ] && chown postgres "$DIR"
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')

cleanup() {
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U attache --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null

export DATABASE_URL="postgres://attache@127.0.0.1:$PORT/postgres"
# Enough to restart this server from a test (test/queue: workers reconnect after a restart):
#   ${ATTACHE_PG_OS_USER:+runuser -u $ATTACHE_PG_OS_USER --} $ATTACHE_PG_CTL -D $ATTACHE_PG_DATA -l $ATTACHE_PG_LOG -m fast -w restart
export ATTACHE_PG_CTL="$BIN/pg_ctl" ATTACHE_PG_DATA="$DIR/data" ATTACHE_PG_LOG="$DIR/server.log"
ATTACHE_PG_OS_USER=""
[ ${#RUN_AS[@]} -gt 0 ] && ATTACHE_PG_OS_USER=postgres
export ATTACHE_PG_OS_USER
echo "with-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
"$@"
