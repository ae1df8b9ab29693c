#pragma once

#include "app/core/Event.h"

#include <QList>
#include <QString>

// Issue 7's figures: `events` exported as CSV (target: 100,000 rows within 0.5 s) and GeoJSON
// (1 s), the CSV imported into a fresh store (3 s), against a bare-table import of the same file.
void benchImportExport(const QList<Event>& events, const QString& directory);
