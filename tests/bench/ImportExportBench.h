#pragma once

#include "app/core/Event.h"

#include <QList>
#include <QString>

// Issue 7's figures: `events` written as a back-office CSV file, imported into a fresh store
// (target: 100,000 rows within 3 s), against a bare-table import of the same file.
void benchImportExport(const QList<Event>& events, const QString& directory);
