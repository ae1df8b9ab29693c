#pragma once

#include "app/core/Event.h"
#include "app/core/EventFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// An export of the approved list as the store remembers it: when, who, which format and filter,
// and per request its id, title and a hash of its exported values.
struct ExportSnapshot {
    Q_DECLARE_TR_FUNCTIONS(ExportSnapshot)

public:
    struct Row {
        QString requestId;
        QString title;
        QByteArray hash; // hex
    };

    int editionYear = 0;
    QDateTime exportedAt; // UTC
    QString who;
    QString format; // ExportWriter::key()
    QString filter; // describe()
    QList<Row> rows;

    // The snapshot of an export done now.
    static ExportSnapshot of(const QList<Event>& events, int editionYear, const QString& format,
        const EventFilter& filter, const QString& who);
    // Over every value of the import format, whatever the columns written.
    static QByteArray hashOf(const Event& event);
    // Snapshots are taken of the approved list only: the labelled requests, of a région or
    // département or all, nothing else narrowing them.
    static bool isApprovedList(const EventFilter& filter);
    // The approved list's filter in words, also what tells two snapshots of the same list:
    // "labelled, région 53".
    static QString describe(const EventFilter& filter);
};
