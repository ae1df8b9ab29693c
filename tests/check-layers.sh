#!/bin/sh
# The layers, checked on every test run: app/core (and app/secrets) is Qt Core only and knows no store and no
# widget; db/ knows no widget; the export library knows no store and no widget, and the file formats
# (libxlsxwriter, QuaZip, PDF and SVG writers) live in it alone, not in ui/. (That ui/ sees the
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
for file in $(find ui -name '*.h' -o -name '*.cpp'); do
    if grep -q '^#include <\(xlsxwriter\.h\|quazip\|QPdfWriter\|QSvgGenerator\)' "$file"; then
        offend "$file writes a file format itself; the export library (app/export) does"
    fi
done
exit $status
