#!/bin/sh
# `./dev run` builds the target semaine-admin alone: nothing of the tests may be among the commands
# that target needs, or the first window would wait for the test executables.
# Usage: app-builds-alone.sh BUILD_DIR (a Ninja build)
set -eu
commands=$(ninja -C "$1" -t commands semaine-admin)
echo "$commands" | grep -q -- "-o app/semaine-admin " || { echo "no command links app/semaine-admin: not the app's build?"; exit 1; }
if echo "$commands" | grep -E "/tests/|tst_"; then
    echo "building semaine-admin runs the commands above, which belong to the tests"
    exit 1
fi
echo "semaine-admin builds in $(echo "$commands" | wc -l) commands, none of the tests'"
