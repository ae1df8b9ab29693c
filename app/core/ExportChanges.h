#pragma once

#include "app/core/ExportSnapshot.h"

#include <QCoreApplication>

// What changed in the approved list between two exports: requests added, removed (refused,
// withdrawn… since) and modified (any exported value).
struct ExportChanges {
    Q_DECLARE_TR_FUNCTIONS(ExportChanges)

public:
    QList<ExportSnapshot::Row> added;
    QList<ExportSnapshot::Row> removed;
    QList<ExportSnapshot::Row> modified;

    static ExportChanges between(const ExportSnapshot& before, const ExportSnapshot& after);
    // "since the export of 27/03/2018 09:00: 1 added, 1 removed, 1 modified"
    static QString summary(const ExportSnapshot& before, const ExportChanges& changes);
    // One line per request changed: "+ SI-1 title", "− …", "~ …".
    QStringList lines() const;
};
