#include "app/core/EventDiff.h"

#include <QVariant>

namespace {

template <typename T> QString text(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value).toString() : QString();
}

QString text(const std::optional<Audiences>& value)
{
    return value ? QString::number(int(value->toInt())) : QString();
}

QString text(const QDateTime& value) { return value.isValid() ? value.toString(Qt::ISODate) : QString(); }

using Field = std::pair<const char*, QString (*)(const Event&)>;

const Field fields[] = {
    { "title", [](const Event& e) { return e.title; } },
    { "description", [](const Event& e) { return e.description; } },
    { "event_type", [](const Event& e) { return EventTypes::key(e.type); } },
    { "online", [](const Event& e) { return QString::number(e.online); } },
    { "organiser_name", [](const Event& e) { return e.organiserName; } },
    { "organiser_type", [](const Event& e) { return OrganiserTypes::key(e.organiserType); } },
    { "siret", [](const Event& e) { return e.siret; } },
    { "contact_name", [](const Event& e) { return e.contactName; } },
    { "contact_email", [](const Event& e) { return e.contactEmail; } },
    { "contact_phone", [](const Event& e) { return e.contactPhone; } },
    { "address", [](const Event& e) { return e.address; } },
    { "postal_code", [](const Event& e) { return e.postalCode; } },
    { "commune", [](const Event& e) { return e.commune; } },
    { "insee_code", [](const Event& e) { return e.inseeCode; } },
    { "departement", [](const Event& e) { return e.departement; } },
    { "region", [](const Event& e) { return e.region; } },
    { "latitude", [](const Event& e) { return text(e.latitude); } },
    { "longitude", [](const Event& e) { return text(e.longitude); } },
    { "starts_at", [](const Event& e) { return text(e.startsAt); } },
    { "ends_at", [](const Event& e) { return text(e.endsAt); } },
    { "audiences", [](const Event& e) { return text(e.audiences); } },
    { "aims_industry", [](const Event& e) { return text(e.aimsToInformAboutIndustry); } },
    { "is_free", [](const Event& e) { return text(e.free); } },
    { "price", [](const Event& e) { return text(e.price); } },
    { "expected_participants", [](const Event& e) { return text(e.expectedParticipants); } },
    { "actual_participants", [](const Event& e) { return text(e.actualParticipants); } },
    { "assignee", [](const Event& e) { return e.assignee; } },
};

} // namespace

namespace EventDiff {

QList<FieldChange> changes(const Event& before, const Event& after)
{
    QList<FieldChange> result;
    for (const Field& field : fields) {
        const QString oldValue = field.second(before);
        const QString newValue = field.second(after);
        if (oldValue != newValue) {
            result.append({ QLatin1String(field.first), oldValue, newValue });
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
