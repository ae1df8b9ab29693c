#!/bin/sh
# The tests' own PostgreSQL server: `start DIR` makes a throwaway cluster in DIR (initdb refuses
# root, so it runs as nobody) listening on a Unix socket in DIR only; `stop DIR` removes it.
# Durability is off: the data die with the test run anyway. So is autovacuum: it analysed and vacuumed
# each test's database behind it (a third of the server's processor time under the store's heaviest
# tests), and a plan that a test checks changed with whether it had come by yet.
set -eu
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
case $action in
start)
    [ -n "$bin" ] || { echo "no PostgreSQL server in /usr/lib/postgresql: install postgresql-17" >&2; exit 1; }
    [ -d "$dir/data" ] && as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
    as_server "$bin/initdb" -D "$dir/data" -U semaine --auth=trust --no-locale -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c autovacuum=off" \
        start >"$dir/pg_ctl.log" 2>&1 </dev/null || { cat "$dir/pg_ctl.log" "$dir/server.log" >&2; exit 1; }
    ;;
stop)
    [ -d "$dir/data" ] && as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    # The tests leave hundreds of databases (a gigabyte in tens of thousands of files): removing
    # them took the suite's last 13 s. They are moved aside and removed after ctest has finished.
    if [ -d "$dir" ]; then
        trash=$(mktemp -d "$dir.removed.XXXXXX")
        mv "$dir" "$trash/"
        setsid rm -rf "$trash" </dev/null >/dev/null 2>&1 &
    fi
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
