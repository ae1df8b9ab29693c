#include "app/core/Event.h"

#include "app/core/TextFold.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// The vocabulary of a type, shared by the window and the import: the key files and the store
// write, the English name (translated by the catalogue for display), and the French name held
// here too, so that an import reads "Visite d'entreprise" whatever the language it runs in.
struct EventTypeRow {
    EventType type;
    const char* key;
    const char* name;
    const char* frenchName; // UTF-8; tst_importparser checks that the catalogue says the same
};

const EventTypeRow eventTypeRows[] = {
    { EventType::CompanyVisit, "company_visit", QT_TRANSLATE_NOOP("EventType", "Company visit"),
        "Visite d'entreprise" },
    { EventType::OpenDay, "open_day", QT_TRANSLATE_NOOP("EventType", "Open day"), "Portes ouvertes" },
    { EventType::Conference, "conference", QT_TRANSLATE_NOOP("EventType", "Conference"), "Conférence" },
    { EventType::ForumFair, "forum_fair", QT_TRANSLATE_NOOP("EventType", "Forum or fair"), "Forum ou salon" },
    { EventType::Workshop, "workshop", QT_TRANSLATE_NOOP("EventType", "Workshop"), "Atelier" },
    { EventType::JobDating, "job_dating", QT_TRANSLATE_NOOP("EventType", "Job dating"), "Job dating" },
    { EventType::Exhibition, "exhibition", QT_TRANSLATE_NOOP("EventType", "Exhibition"), "Exposition" },
    { EventType::OnlineEvent, "online_event", QT_TRANSLATE_NOOP("EventType", "Online event"),
        "Événement en ligne" },
    { EventType::Other, "other", QT_TRANSLATE_NOOP("EventType", "Other"), "Autre" },
};

struct OrganiserTypeRow {
    OrganiserType type;
    const char* key;
    const char* name;
    const char* frenchName;
};

const OrganiserTypeRow organiserTypeRows[] = {
    { OrganiserType::Company, "company", QT_TRANSLATE_NOOP("OrganiserType", "Company"), "Entreprise" },
    { OrganiserType::IndustryFederation, "industry_federation",
        QT_TRANSLATE_NOOP("OrganiserType", "Industry federation"), "Fédération industrielle" },
    { OrganiserType::Chamber, "chamber", QT_TRANSLATE_NOOP("OrganiserType", "Chamber (CCI, CMA)"),
        "Chambre consulaire (CCI, CMA)" },
    { OrganiserType::SchoolUniversity, "school_university",
        QT_TRANSLATE_NOOP("OrganiserType", "School or university"), "École ou université" },
    { OrganiserType::StateService, "state_service", QT_TRANSLATE_NOOP("OrganiserType", "State service"),
        "Service de l'État" },
    { OrganiserType::LocalAuthority, "local_authority", QT_TRANSLATE_NOOP("OrganiserType", "Local authority"),
        "Collectivité territoriale" },
    { OrganiserType::Association, "association", QT_TRANSLATE_NOOP("OrganiserType", "Association"),
        "Association" },
    { OrganiserType::Other, "other", QT_TRANSLATE_NOOP("OrganiserType", "Other"), "Autre" },
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

// Keys and names in every language, folded, to the value they name.
template <typename Row, typename Enum, size_t N> QHash<QString, Enum> vocabulary(const Row (&rows)[N])
{
    QHash<QString, Enum> result;
    for (const Row& row : rows) {
        result.insert(TextFold::folded(QLatin1String(row.key)), row.type);
        result.insert(TextFold::folded(QLatin1String(row.name)), row.type);
        result.insert(TextFold::folded(QString::fromUtf8(row.frenchName)), row.type);
    }
    return result;
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
QString frenchName(EventType type) { return QString::fromUtf8(rowFor(eventTypeRows, type)->frenchName); }
std::optional<EventType> fromText(const QString& text)
{
    static const QHash<QString, EventType> names = vocabulary<EventTypeRow, EventType>(eventTypeRows);
    const auto found = names.constFind(TextFold::folded(text.trimmed()));
    return found == names.cend() ? std::nullopt : std::optional<EventType>(*found);
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
QString frenchName(OrganiserType type)
{
    return QString::fromUtf8(rowFor(organiserTypeRows, type)->frenchName);
}
std::optional<OrganiserType> fromText(const QString& text)
{
    static const QHash<QString, OrganiserType> names
        = vocabulary<OrganiserTypeRow, OrganiserType>(organiserTypeRows);
    const auto found = names.constFind(TextFold::folded(text.trimmed()));
    return found == names.cend() ? std::nullopt : std::optional<OrganiserType>(*found);
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
