#include "app/core/OutboxMessage.h"

namespace {

struct StateName {
    OutboxMessage::State state;
    const char* key;
    const char* name;
};

constexpr StateName stateNames[] = {
    { OutboxMessage::State::Queued, "queued", QT_TRANSLATE_NOOP("OutboxStates", "Queued") },
    { OutboxMessage::State::Sending, "sending", QT_TRANSLATE_NOOP("OutboxStates", "Sending") },
    { OutboxMessage::State::Sent, "sent", QT_TRANSLATE_NOOP("OutboxStates", "Sent") },
    { OutboxMessage::State::Failed, "failed", QT_TRANSLATE_NOOP("OutboxStates", "Failed") },
    { OutboxMessage::State::Cancelled, "cancelled", QT_TRANSLATE_NOOP("OutboxStates", "Cancelled") },
};

} // namespace

QString OutboxStates::key(OutboxMessage::State state)
{
    for (const StateName& entry : stateNames) {
        if (entry.state == state) {
            return QString::fromLatin1(entry.key);
        }
    }
    Q_UNREACHABLE_RETURN({});
}

std::optional<OutboxMessage::State> OutboxStates::fromKey(const QString& key)
{
    for (const StateName& entry : stateNames) {
        if (key == QLatin1String(entry.key)) {
            return entry.state;
        }
    }
    return std::nullopt;
}

QString OutboxStates::displayName(OutboxMessage::State state)
{
    for (const StateName& entry : stateNames) {
        if (entry.state == state) {
            return QCoreApplication::translate("OutboxStates", entry.name);
        }
    }
    Q_UNREACHABLE_RETURN({});
}
