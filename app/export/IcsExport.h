#pragma once

#include "app/export/ExportWriter.h"

// The requests as an iCalendar file (RFC 5545) for calendar applications: one VEVENT per request
// with dates, its UID made from the request id so that a new export updates the same events,
// times in the territory's zone (Europe/Paris, or the overseas département's), text escaped and
// lines folded at 75 octets, CRLF line ends.
class IcsExport {
    Q_DECLARE_TR_FUNCTIONS(IcsExport)

public:
    static bool write(const QList<Event>& events, const QDateTime& stamp, QIODevice* device, int* skipped,
        const ExportWriter::Progress& progress);

    // TEXT as RFC 5545 3.3.11 escapes it: \\ \; \, and \n for line ends.
    static QString escaped(const QString& text);
    // One content line cut into lines of at most 75 octets (never inside a UTF-8 sequence), each
    // continuation starting with a space, all ending with CRLF.
    static QByteArray folded(const QString& line);
    // The time zone of a département's wall-clock times.
    static QString zoneOf(const QString& departement);
};
