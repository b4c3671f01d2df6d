#!/bin/sh
# A throwaway PostgreSQL 15 cluster for the tests (CTest fixture "pg"):
#
#   cluster.sh start STATE   initdb and start a cluster in a new folder under /tmp; STATE gets
#                            that folder on its first line, its address through the Unix socket on
#                            its second, and through TCP on 127.0.0.1 on its third
#   cluster.sh stop STATE    stop it and remove the folder
#
# The server's socket lives in its own folder and its TCP port is a free one on 127.0.0.1, tried
# until one is free, so it collides neither with the "main" cluster that installing postgresql
# creates (port 5432) nor with a second test run. initdb
# and postgres refuse to run as root: as root, the cluster runs as the postgres user (which the
# package creates), in /tmp because that user cannot read a checkout under /root. A cluster that
# cannot start fails the fixture, and every test that needs it then fails too: none is skipped.
set -eu
cmd=${1:?start or stop}
state=${2:?the state file}
bindir=/usr/lib/postgresql/15/bin

if [ "$(id -u)" = 0 ]; then
    as="runuser -u postgres --"
    user=postgres
else
    as=""
    user=$(id -un)
fi

stop() {
    [ -f "$state" ] || return 0
    dir=$(sed -n 1p "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        $as "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in /tmp/grabdesk-pg.*) rm -rf "$dir" ;; esac
    rm -f "$state"
}

case "$cmd" in
start)
    if [ ! -x "$bindir/initdb" ]; then
        echo "PostgreSQL 15 is not installed ($bindir/initdb is missing): the README's test command installs it." >&2
        exit 1
    fi
    stop
    dir=$(mktemp -d /tmp/grabdesk-pg.XXXXXX)
    chmod 755 "$dir"
    [ -z "$as" ] || chown postgres:postgres "$dir"
    if ! $as "$bindir/initdb" -D "$dir/data" -A trust -U "$user" -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    # fsync off: a throwaway cluster; what the tests check is what commits, not the disk. The
    # benchmarks start theirs with GRABDESK_PG_FSYNC=on, where a commit is on the disk.
    attempt=0
    while :; do
        port=$((20000 + ($$ * 7 + attempt * 977) % 40000))
        if $as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -k $dir -p $port -c fsync=${GRABDESK_PG_FSYNC:-off}" start >/dev/null; then
            break
        fi
        attempt=$((attempt + 1))
        if [ $attempt -ge 8 ] || ! grep -q "could not bind\|could not create lock file\|already in use" "$dir/server.log"; then
            cat "$dir/server.log" >&2
            exit 1
        fi
    done
    # One login that must give a password over TCP (scram-sha-256), for the tests of a wrong one;
    # every other login is trusted, as initdb -A trust made them.
    $as "$bindir/psql" -X -q -h "$dir" -p "$port" -U "$user" -d postgres \
        -c "SET password_encryption = 'scram-sha-256'" -c "CREATE ROLE grabdesk_password LOGIN PASSWORD 'right horse battery'" >/dev/null
    { echo "host all grabdesk_password 127.0.0.1/32 scram-sha-256"; cat "$dir/data/pg_hba.conf"; } >"$dir/pg_hba.new"
    cat "$dir/pg_hba.new" >"$dir/data/pg_hba.conf"
    $as "$bindir/pg_ctl" -D "$dir/data" reload >/dev/null
    socket=$(printf '%s' "$dir" | sed 's|/|%2F|g')
    printf '%s\npostgresql://%s@%s:%s/postgres\npostgresql://%s@127.0.0.1:%s/postgres\n' \
        "$dir" "$user" "$socket" "$port" "$user" "$port" >"$state"
    echo "PostgreSQL test cluster: $(sed -n 2p "$state")"
    ;;
stop)
    stop
    ;;
*)
    echo "cluster.sh: start or stop" >&2
    exit 2
    ;;
esac
