#!/bin/sh
# The layers, checked on every test run: app/core (and app/secrets) is Qt Core only and knows no store and no
# widget; db/ knows no widget; the export library knows no store and no widget; ui/ sees the
# store through its interfaces only, never through its internals (statements, stored times, the
# copy, the column helpers). Usage: check-layers.sh SOURCE_DIR QT_CORE_INCLUDE_DIR
set -eu
src=$1
qtcore=$2
status=0
offend() { echo "layers: $1" >&2; status=1; }

# The store's interfaces that ui/ may include.
ui_may_include_from_db='AccessRepository.h AuditTrail.h ChangeNotifier.h Database.h DecisionMail.h Decisions.h
EditionRepository.h EventRepository.h ExportSnapshotRepository.h ExportTemplateRepository.h LabelledRequestRepository.h
LetterTemplateRepository.h MetaRepository.h OutboxRepository.h PendingUpdates.h QueueIndex.h QueueSelector.h
RequestImport.h RequestStore.h StatisticsRepository.h StoreResult.h'

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
    for header in $(sed -n 's/^#include "db\/\([^"]*\)".*/\1/p' "$file"); do
        case " $(echo $ui_may_include_from_db) " in
        *" $header "*) ;;
        *) offend "$file includes db/$header, an internal of the store" ;;
        esac
    done
done
exit $status
