#pragma once

#include <QList>
#include <QString>

#include <optional>

// submitted → in review → labelled / refused / information requested (→ in review) / withdrawn;
// a decided request goes back to review only through "reopen", with a reason.
enum class EventStatus {
    Submitted,
    InReview,
    Labelled,
    Refused,
    InformationRequested,
    Withdrawn,
};

namespace EventStatuses {
QString key(EventStatus status);
std::optional<EventStatus> fromKey(const QString& key);
QString displayName(EventStatus status);
QList<EventStatus> all();
bool isDecided(EventStatus status);
bool isPending(EventStatus status);
bool canChange(EventStatus from, EventStatus to);
// A reopening (decided → in review) must say why.
bool needsReason(EventStatus from, EventStatus to);
}
