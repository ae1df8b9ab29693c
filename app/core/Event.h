#pragma once

#include "app/core/EventStatus.h"

#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Event times are wall-clock times of the event's territory, kept "floating" in a UTC-spec
// QDateTime so that no daylight-saving shift of the machine's own zone can move them.
inline QDateTime wallClock(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, QTimeZone::UTC);
}

enum class EventType {
    CompanyVisit,
    OpenDay,
    Conference,
    ForumFair,
    Workshop,
    JobDating,
    Exhibition,
    OnlineEvent,
    Other,
};

enum class OrganiserType {
    Company,
    IndustryFederation,
    Chamber,
    SchoolUniversity,
    StateService,
    LocalAuthority,
    Association,
    Other,
};

enum class Audience {
    GeneralPublic = 0x1,
    YoungPeople = 0x2,
    JobSeekers = 0x4,
};
Q_DECLARE_FLAGS(Audiences, Audience)
Q_DECLARE_OPERATORS_FOR_FLAGS(Audiences)

// A label request as submitted on the website. Optional fields are "unknown" when missing, which
// the label rules report as such instead of guessing. Start and end are the wall-clock time of the
// event's own territory (Europe/Paris for mainland France, the local zone overseas).
struct Event {
    qint64 id = 0;
    int editionYear = 0;
    QString requestId;
    QDateTime submittedAt; // an instant (UTC)
    QString title;
    QString description;
    EventType type = EventType::Other;
    bool online = false;
    QString organiserName;
    OrganiserType organiserType = OrganiserType::Other;
    QString siret;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString address;
    QString postalCode;
    QString commune;
    QString inseeCode;
    QString departement;
    QString region;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QDateTime startsAt; // wall-clock time of the territory, invalid when unknown
    QDateTime endsAt;
    std::optional<Audiences> audiences;
    std::optional<bool> aimsToInformAboutIndustry;
    std::optional<bool> free;
    std::optional<double> price; // euros
    std::optional<int> expectedParticipants;
    std::optional<int> actualParticipants;
    EventStatus status = EventStatus::Submitted;
    QString reviewerNotes;
    QString assignee; // the reviewer in charge (an OS user name), empty when nobody is
    int version = 0;

    bool hasPlace() const { return !commune.isEmpty() || !postalCode.isEmpty() || (latitude && longitude); }
};

namespace EventTypes {
QString key(EventType type);
std::optional<EventType> fromKey(const QString& key);
QString displayName(EventType type); // in the current language
QString frenchName(EventType type); // whatever the current language
// The key or a name in French or English, case and accents aside.
std::optional<EventType> fromText(const QString& text);
QList<EventType> all();
}

namespace OrganiserTypes {
QString key(OrganiserType type);
std::optional<OrganiserType> fromKey(const QString& key);
QString displayName(OrganiserType type); // in the current language
QString frenchName(OrganiserType type); // whatever the current language
// The key or a name in French or English, case and accents aside.
std::optional<OrganiserType> fromText(const QString& text);
QList<OrganiserType> all();
}

namespace AudienceNames {
QStringList displayNames(Audiences audiences);
}
