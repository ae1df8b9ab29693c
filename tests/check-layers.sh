#!/bin/sh
# The layers, checked on every test run: app/core (and app/secrets) is Qt Core only and knows no store and no
# widget; db/ knows no widget; the export library knows no store and no widget. (That ui/ sees the
# store through its interfaces only, the build itself enforces: db/CMakeLists.txt gives only those.)
# Usage: check-layers.sh SOURCE_DIR QT_CORE_INCLUDE_DIR
set -eu
src=$1
qtcore=$2
status=0
offend() { echo "layers: $1" >&2; status=1; }

cd "$src"
for file in $(find app/core app/secrets -name '*.h' -o -name '*.cpp'); do
    for header in $(sed -n 's/^#include <\(Q[A-Za-z]*\)>.*/\1/p' "$file"); do
        [ -e "$qtcore/$header" ] || offend "$file includes <$header>, which is not Qt Core"
    done
    if grep -q '^#include "\(db\|ui\|app/export\)/' "$file"; then
        offend "$file includes db/, ui/ or app/export/, which build on it"
    fi
done
for file in $(find db app/export -name '*.h' -o -name '*.cpp'); do
    if grep -q '^#include "ui/\|^#include <QWidget\|^#include <QtWidgets' "$file"; then
        offend "$file includes ui/ or Qt Widgets"
    fi
done
for file in $(find app/export -name '*.h' -o -name '*.cpp'); do
    grep -q '^#include "db/' "$file" && offend "$file includes the store"
done
exit $status
