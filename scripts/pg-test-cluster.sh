#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (docs/shared-mode.md, "How the tests get a server").
#   scripts/pg-test-cluster.sh start       initdb into a new temporary folder, start the server on a
#                                          free loopback port (socket in that folder, trust on
#                                          loopback only), print the settings as shell assignments:
#                                            WARROOM_TEST_PG_DIR=/tmp/warroom-pg.XXXXXX
#                                            WARROOM_TEST_PG=postgresql://warroom@127.0.0.1:PORT/postgres
#                                          (eval "$(scripts/pg-test-cluster.sh start)")
#   scripts/pg-test-cluster.sh env [DIR]   print the same settings again
#   scripts/pg-test-cluster.sh stop [DIR]  stop the server and remove the folder
#   scripts/pg-test-cluster.sh restart DIR stop the server (fast: sessions are ended) and start it
#                                          again on the same port (tests of a server restart)
# DIR defaults to $WARROOM_TEST_PG_DIR. Run as root, the server runs as the user "nobody" (PostgreSQL
# refuses to run as root) and the folder belongs to that user. PG_BINDIR overrides where initdb
# and pg_ctl are (/usr/lib/postgresql/15/bin, Debian's postgresql-15).
set -euo pipefail

bindir="${PG_BINDIR:-/usr/lib/postgresql/15/bin}"
superuser=warroom

die() {
    echo "pg-test-cluster: $*" >&2
    exit 1
}

# Runs a command as the cluster's owner: "nobody" when we are root, ourselves otherwise. From /:
# PostgreSQL 15's programs change back into the directory they were started in, which "nobody"
# may not enter (a checkout under /root).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u nobody -- "$@")
    else
        (cd / && "$@")
    fi
}

# Stops the server in $1/data: fast, then immediate, then the postmaster's pid by hand. Never
# leaves a server running on a folder about to be removed.
halt() {
    local data="$1/data"
    as_owner "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 && return 0
    as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 && return 0
    if [ -f "$data/postmaster.pid" ]; then
        local pid
        pid="$(head -n 1 "$data/postmaster.pid")"
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
    fi
    return 0
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

settings() {
    local dir="$1"
    [ -f "$dir/port" ] || die "$dir is not a cluster started by this script (no $dir/port)"
    printf 'WARROOM_TEST_PG_DIR=%q\n' "$dir"
    echo "WARROOM_TEST_PG=postgresql://$superuser@127.0.0.1:$(cat "$dir/port")/postgres"
}

start() {
    [ -x "$bindir/initdb" ] && [ -x "$bindir/pg_ctl" ] ||
        die "PostgreSQL 15 is not installed ($bindir/initdb missing): apt-get install postgresql-15, or set PG_BINDIR"
    local dir
    dir="$(mktemp -d "${TMPDIR:-/tmp}/warroom-pg.XXXXXX")"
    chmod 700 "$dir"
    [ "$(id -u)" -ne 0 ] || chown nobody: "$dir"
    if ! as_owner "$bindir/initdb" -D "$dir/data" -U "$superuser" -A trust --no-sync -E UTF8 \
        --locale=C >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        die "initdb failed (log above)"
    fi
    # Loopback only: TCP on 127.0.0.1 and the socket inside the private folder. fsync off: the
    # cluster is thrown away; it is the tests' speed, not their data, that matters here.
    local port attempt
    for attempt in 1 2 3 4 5; do
        port="$(free_port)"
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            echo "$port" >"$dir/port"
            settings "$dir"
            return 0
        fi
        halt "$dir" # a start that timed out may still be running: never two postmasters
    done
    cat "$dir/server.log" >&2 || true
    rm -rf "$dir"
    die "the server did not start (log above)"
}

stop() {
    local dir="${1:-${WARROOM_TEST_PG_DIR:-}}"
    [ -n "$dir" ] || die "stop: name the folder (stop DIR) or set WARROOM_TEST_PG_DIR"
    [ -d "$dir/data" ] || die "stop: $dir is not a cluster started by this script"
    halt "$dir"
    rm -rf "$dir"
}

restart() {
    local dir="${1:-}"
    [ -n "$dir" ] && [ -d "$dir/data" ] || die "restart: $dir is not a cluster started by this script"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 30 restart >/dev/null
}

case "${1:-}" in
    start) start ;;
    env) settings "${2:-${WARROOM_TEST_PG_DIR:-}}" ;;
    stop) stop "${2:-}" ;;
    restart) restart "${2:-}" ;;
    *)
        echo "usage: $0 start | env [DIR] | stop [DIR] | restart DIR" >&2
        exit 2
        ;;
esac
