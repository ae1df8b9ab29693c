#include "app/core/EventStatus.h"

#include <QCoreApplication>

namespace {

struct StatusRow {
    EventStatus status;
    const char* key;
    const char* name;
};

const StatusRow statusRows[] = {
    { EventStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("EventStatus", "Submitted") },
    { EventStatus::InReview, "in_review", QT_TRANSLATE_NOOP("EventStatus", "In review") },
    { EventStatus::Labelled, "labelled", QT_TRANSLATE_NOOP("EventStatus", "Labelled") },
    { EventStatus::Refused, "refused", QT_TRANSLATE_NOOP("EventStatus", "Refused") },
    { EventStatus::InformationRequested, "info_requested",
        QT_TRANSLATE_NOOP("EventStatus", "Information requested") },
    { EventStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("EventStatus", "Withdrawn") },
};

const StatusRow& rowFor(EventStatus status)
{
    for (const StatusRow& row : statusRows) {
        if (row.status == status) {
            return row;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

namespace EventStatuses {

QString key(EventStatus status) { return QLatin1String(rowFor(status).key); }

std::optional<EventStatus> fromKey(const QString& key)
{
    for (const StatusRow& row : statusRows) {
        if (key == QLatin1String(row.key)) {
            return row.status;
        }
    }
    return std::nullopt;
}

QString displayName(EventStatus status)
{
    return QCoreApplication::translate("EventStatus", rowFor(status).name);
}

QList<EventStatus> all()
{
    QList<EventStatus> result;
    for (const StatusRow& row : statusRows) {
        result.append(row.status);
    }
    return result;
}

bool isDecided(EventStatus status)
{
    return status == EventStatus::Labelled || status == EventStatus::Refused;
}

bool isPending(EventStatus status)
{
    return status == EventStatus::Submitted || status == EventStatus::InReview;
}

bool canChange(EventStatus from, EventStatus to)
{
    using S = EventStatus;
    switch (from) {
    case S::Submitted:
        return to == S::InReview || to == S::Labelled || to == S::Refused || to == S::InformationRequested
            || to == S::Withdrawn;
    case S::InReview:
        return to == S::Labelled || to == S::Refused || to == S::InformationRequested || to == S::Withdrawn;
    case S::InformationRequested:
        return to == S::InReview || to == S::Withdrawn;
    case S::Labelled:
    case S::Refused:
        return to == S::InReview || to == S::Withdrawn;
    case S::Withdrawn:
        return to == S::InReview;
    }
    return false;
}

bool needsReason(EventStatus from, EventStatus to)
{
    return to == EventStatus::Refused
        || (to == EventStatus::InReview && (isDecided(from) || from == EventStatus::Withdrawn));
}

}
