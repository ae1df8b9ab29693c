#!/bin/sh
# The package test, run by `./dev package-test` as root inside a throwaway copy of a bare Debian 13
# (debootstrap minbase): installs the package with apt, without its Recommends, then uses it as a
# normal user without a display. A step that fails for want of a library, a QML module or a Qt
# plugin shows that the package's Depends miss it. Usage: install-test.sh PACKAGE.deb
set -eu
deb=$1
user=reviewer
home=/home/$user
log=/var/log/semaine-admin-package-test
mkdir -p "$log"

step() { echo "package-test: $*"; }
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }
# As the reviewer, with a login's environment and nothing of ours; extra VAR=VALUE before the command.
as_user() { runuser -u "$user" -- env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
# Qt says so on stderr, and goes on, when a QML module, a plugin or a driver is missing.
no_missing_pieces() {
    ! grep -E "is not installed|not available|Cannot load library|could not be loaded|not loaded|No such plugin|not found" "$1" \
        || fail "$2 reports a missing piece (above)"
}

step "apt installs $(basename "$deb") and its Depends"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$deb" >"$log/apt.log" 2>&1 || { cat "$log/apt.log"; fail "apt"; }
version=$(dpkg-query -W -f '${Version}' semaine-admin)
useradd --create-home --shell /bin/sh "$user"
cd "$home"

step "--version and --help in a terminal without a display"
as_user semaine-admin --version >"$log/version" 2>&1 || { cat "$log/version"; fail "--version"; }
grep -qx "semaine-admin $version" "$log/version" || { cat "$log/version"; fail "--version does not say $version"; }
as_user semaine-admin --help >"$log/help" 2>&1 || { cat "$log/help"; fail "--help"; }
grep -q -- "--screenshot" "$log/help" || { cat "$log/help"; fail "--help lists no --screenshot"; }

step "--screenshot: the window's first start, offscreen, on the default store"
as_user QT_QPA_PLATFORM=offscreen semaine-admin --screenshot "$home/shots" >"$log/screenshot" 2>&1 \
    || { cat "$log/screenshot"; fail "--screenshot"; }
no_missing_pieces "$log/screenshot" "--screenshot"
for place in queue event statistics map; do
    [ -s "$home/shots/$place.png" ] || fail "no $place.png"
done
# Settings and store where XDG puts them for this user, nothing needing root.
store="$home/.local/share/DGE/semaine-admin/semaine-admin.sqlite"
[ -s "$store" ] || fail "the default store is not $store"
[ "$(stat -c %U "$store")" = "$user" ] || fail "$store does not belong to $user"

step "XDG_DATA_HOME and XDG_CONFIG_HOME move the store and the settings"
as_user XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=offscreen \
    semaine-admin --lang en --screenshot "$home/shots-xdg" >"$log/screenshot-xdg" 2>&1 \
    || { cat "$log/screenshot-xdg"; fail "--screenshot with XDG_DATA_HOME"; }
[ -s "$home/data/DGE/semaine-admin/semaine-admin.sqlite" ] || fail "XDG_DATA_HOME is not followed"
# The settings there choose the store (File → Shared store… writes this key).
runuser -u "$user" -- mkdir -p "$home/config/DGE"
printf '[store]\nlocation=%s\n' "$home/chosen.sqlite" | runuser -u "$user" -- tee "$home/config/DGE/semaine-admin.conf" >/dev/null
as_user XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen \
    semaine-admin --lang en --screenshot "$home/shots-config" >"$log/screenshot-config" 2>&1 \
    || { cat "$log/screenshot-config"; fail "--screenshot with XDG_CONFIG_HOME"; }
[ -s "$home/chosen.sqlite" ] || fail "XDG_CONFIG_HOME is not followed: the settings' store was not opened"

step "demo, then list --json"
as_user semaine-admin demo --events 40 --seed 7 --db "$home/demo.sqlite" >"$log/demo" 2>&1 \
    || { cat "$log/demo"; fail "demo"; }
as_user semaine-admin list --json --db "$home/demo.sqlite" >"$log/list.json" 2>"$log/list.err" \
    || { cat "$log/list.err"; fail "list --json"; }
count=$(grep -c '"id_demande"' "$log/list.json" || true)
[ "$count" -eq 40 ] || fail "list --json gave $count requests, not 40"
as_user semaine-admin list --json >"$log/list-default.json" || fail "list on the default store"
grep -q '"id_demande"' "$log/list-default.json" || fail "the default store has no request"
step "passed: semaine-admin $version installs and runs with its Depends alone"
