#pragma once

#include "app/core/Event.h"
#include "app/core/RuleReport.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Which requests to show, as the reviewer set it: one object shared by the queue, the statistics
// and the map, so that all three show the same set. Empty fields do not constrain.
struct EventFilter {
    enum class Conditions {
        Any, // no constraint
        FailingAny, // fails at least one of C1–C4
        FailingNone, // fails none (may still be unknown)
        Failing, // fails the condition in `failing`
    };

    QList<EventStatus> statuses;
    QString region; // INSEE code
    QString departement;
    Conditions conditions = Conditions::Any;
    Check failing = Check::Dates;
    std::optional<EventType> eventType;
    std::optional<OrganiserType> organiserType;
    std::optional<bool> late;
    std::optional<bool> overdue;
    QDate submittedFrom; // Europe/Paris days, inclusive
    QDate submittedTo;
    QString text; // over title, organiser, commune, postal code and request id
    std::optional<QString> assignee; // empty string: nobody in charge
    // A box of latitudes and longitudes, bounds included ("only what the map shows"): requests
    // without coordinates fall outside it.
    struct Area {
        double south = 0;
        double west = 0;
        double north = 0;
        double east = 0;

        bool contains(double latitude, double longitude) const
        {
            return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
        }
        bool operator==(const Area& other) const
        {
            return south == other.south && west == other.west && north == other.north && east == other.east;
        }
    };
    std::optional<Area> area;

    bool isEmpty() const;
    // The filter besides what the queue's tabs set (statuses and assignee): the scope of the
    // tabs' counts and of the statistics.
    EventFilter withoutStatusesAndAssignee() const;
    // `report` holds the event's rule outcomes (reasons are not needed).
    bool matches(const Event& event, const RuleReport& report) const;
    // The same, with the event's searchText() worked out beforehand: folding accents is the
    // costly part of a keystroke over a whole edition.
    bool matches(const Event& event, const RuleReport& report, const QString& searchText) const;
    // What the free text is searched in: title, organiser, commune, postal code and request id,
    // case- and accent-folded.
    static QString searchText(const Event& event);
    // Between the fields of searchText(): a character no one types, so that a needle never
    // matches across two fields.
    static constexpr QChar SearchSeparator = QChar(0x1f);

    QJsonObject toJson() const;
    static EventFilter fromJson(const QJsonObject& json);
    bool operator==(const EventFilter& other) const;
    bool operator!=(const EventFilter& other) const { return !(*this == other); }
};
