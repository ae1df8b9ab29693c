#pragma once

#include "app/core/EventStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One line of a request's audit trail: a status change, or an edit of a decided request.
struct AuditEntry {
    qint64 id = 0;
    qint64 eventId = 0;
    QDateTime at;
    QString who;
    QString action; // "created", "status", "edit"
    std::optional<EventStatus> oldStatus;
    std::optional<EventStatus> newStatus;
    QString reason;
    QString changes; // "field: old → new" lines, for edits
};
