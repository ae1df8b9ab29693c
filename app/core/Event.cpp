#include "app/core/Event.h"

#include <QCoreApplication>

namespace {

struct EventTypeRow {
    EventType type;
    const char* key;
    const char* name;
};

const EventTypeRow eventTypeRows[] = {
    { EventType::CompanyVisit, "company_visit", QT_TRANSLATE_NOOP("EventType", "Company visit") },
    { EventType::OpenDay, "open_day", QT_TRANSLATE_NOOP("EventType", "Open day") },
    { EventType::Conference, "conference", QT_TRANSLATE_NOOP("EventType", "Conference") },
    { EventType::ForumFair, "forum_fair", QT_TRANSLATE_NOOP("EventType", "Forum or fair") },
    { EventType::Workshop, "workshop", QT_TRANSLATE_NOOP("EventType", "Workshop") },
    { EventType::JobDating, "job_dating", QT_TRANSLATE_NOOP("EventType", "Job dating") },
    { EventType::Exhibition, "exhibition", QT_TRANSLATE_NOOP("EventType", "Exhibition") },
    { EventType::OnlineEvent, "online_event", QT_TRANSLATE_NOOP("EventType", "Online event") },
    { EventType::Other, "other", QT_TRANSLATE_NOOP("EventType", "Other") },
};

struct OrganiserTypeRow {
    OrganiserType type;
    const char* key;
    const char* name;
};

const OrganiserTypeRow organiserTypeRows[] = {
    { OrganiserType::Company, "company", QT_TRANSLATE_NOOP("OrganiserType", "Company") },
    { OrganiserType::IndustryFederation, "industry_federation",
        QT_TRANSLATE_NOOP("OrganiserType", "Industry federation") },
    { OrganiserType::Chamber, "chamber", QT_TRANSLATE_NOOP("OrganiserType", "Chamber (CCI, CMA)") },
    { OrganiserType::SchoolUniversity, "school_university",
        QT_TRANSLATE_NOOP("OrganiserType", "School or university") },
    { OrganiserType::StateService, "state_service", QT_TRANSLATE_NOOP("OrganiserType", "State service") },
    { OrganiserType::LocalAuthority, "local_authority",
        QT_TRANSLATE_NOOP("OrganiserType", "Local authority") },
    { OrganiserType::Association, "association", QT_TRANSLATE_NOOP("OrganiserType", "Association") },
    { OrganiserType::Other, "other", QT_TRANSLATE_NOOP("OrganiserType", "Other") },
};

template <typename Row, typename Enum, size_t N> const Row* rowFor(const Row (&rows)[N], Enum value)
{
    for (const Row& row : rows) {
        if (row.type == value) {
            return &row;
        }
    }
    return nullptr;
}

template <typename Row, typename Enum, size_t N>
std::optional<Enum> enumFromKey(const Row (&rows)[N], const QString& key)
{
    for (const Row& row : rows) {
        if (key == QLatin1String(row.key)) {
            return row.type;
        }
    }
    return std::nullopt;
}

template <typename Row, typename Enum, size_t N> QList<Enum> allOf(const Row (&rows)[N])
{
    QList<Enum> result;
    for (const Row& row : rows) {
        result.append(row.type);
    }
    return result;
}

} // namespace

namespace EventTypes {
QString key(EventType type) { return QLatin1String(rowFor(eventTypeRows, type)->key); }
std::optional<EventType> fromKey(const QString& key)
{
    return enumFromKey<EventTypeRow, EventType>(eventTypeRows, key);
}
QString displayName(EventType type)
{
    return QCoreApplication::translate("EventType", rowFor(eventTypeRows, type)->name);
}
QList<EventType> all() { return allOf<EventTypeRow, EventType>(eventTypeRows); }
}

namespace OrganiserTypes {
QString key(OrganiserType type) { return QLatin1String(rowFor(organiserTypeRows, type)->key); }
std::optional<OrganiserType> fromKey(const QString& key)
{
    return enumFromKey<OrganiserTypeRow, OrganiserType>(organiserTypeRows, key);
}
QString displayName(OrganiserType type)
{
    return QCoreApplication::translate("OrganiserType", rowFor(organiserTypeRows, type)->name);
}
QList<OrganiserType> all() { return allOf<OrganiserTypeRow, OrganiserType>(organiserTypeRows); }
}

namespace AudienceNames {
QStringList displayNames(Audiences audiences)
{
    QStringList names;
    if (audiences.testFlag(Audience::GeneralPublic)) {
        names << QCoreApplication::translate("Audience", "general public");
    }
    if (audiences.testFlag(Audience::YoungPeople)) {
        names << QCoreApplication::translate("Audience", "young people");
    }
    if (audiences.testFlag(Audience::JobSeekers)) {
        names << QCoreApplication::translate("Audience", "job seekers");
    }
    return names;
}
}
