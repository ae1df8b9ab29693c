#include "app/core/EventDiff.h"

#include "app/core/RequestColumns.h"

#include <QVariant>

namespace {

// A value as the audit trail has always written it (stored texts: the notation never changes).
QString auditText(const RequestColumns::Description& field, const Event& event)
{
    using Type = RequestColumns::Type;
    const QVariant value = field.get(event);
    if (!value.isValid()) {
        return {};
    }
    switch (field.type) {
    case Type::Instant:
    case Type::WallClock:
        return value.toDateTime().toString(Qt::ISODate);
    case Type::Bool:
        return QString::number(value.toBool());
    case Type::EventType:
        return EventTypes::key(EventType(value.toInt()));
    case Type::OrganiserType:
        return OrganiserTypes::key(OrganiserType(value.toInt()));
    default:
        return value.toString();
    }
}

} // namespace

namespace EventDiff {

QList<FieldChange> changes(const Event& before, const Event& after)
{
    QList<FieldChange> result;
    static const QList<RequestColumns::Column> compared = RequestColumns::with(RequestColumns::Use::Compared);
    for (const RequestColumns::Column column : compared) {
        const RequestColumns::Description& field = RequestColumns::of(column);
        const QString oldValue = auditText(field, before);
        const QString newValue = auditText(field, after);
        if (oldValue != newValue) {
            result.append({ QLatin1String(field.auditKey), oldValue, newValue });
        }
    }
    return result;
}

QString describe(const QList<FieldChange>& changes)
{
    QStringList lines;
    for (const FieldChange& change : changes) {
        lines << QStringLiteral("%1: %2 → %3").arg(change.field, change.oldValue, change.newValue);
    }
    return lines.join(QLatin1Char('\n'));
}

}
