#pragma once

#include "app/core/Event.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// The fields of a label request, described once: the key the files use, the name people read,
// the type of value, how to read and write it on an Event, and who uses it (the import, the
// exports, the audit's comparison, the form, the public map). A new field is one line of the table
// (RequestColumns.cpp), its enumerator here, and its migration in db/.
class RequestColumns {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(RequestColumns)

public:
    // The columns of the documented file format first, in its order (a request's record() is
    // indexed by them), then the fields the files do not carry.
    enum class Column {
        RequestId,
        SubmittedAt,
        Title,
        Description,
        EventType,
        Online,
        OrganiserName,
        OrganiserType,
        Siret,
        ContactName,
        ContactEmail,
        ContactPhone,
        Address,
        PostalCode,
        Commune,
        InseeCode,
        Latitude,
        Longitude,
        StartsAt,
        EndsAt,
        GeneralPublic,
        YoungPeople,
        JobSeekers,
        AimsIndustry,
        Free,
        Price,
        ExpectedParticipants,
        ActualParticipants,
        Departement,
        Region,
        Audiences,
        Assignee,
    };
    Q_ENUM(Column) // the form's editors are named after it ("organiserName")

    // What get() gives and set() takes, as a QVariant: an invalid one is "not given".
    enum class Type {
        Text, // QString
        Instant, // QDateTime in UTC (when the request was submitted)
        WallClock, // QDateTime, the territory's wall-clock time held as UTC (see wallClock())
        Bool, // bool, always given
        OptionalBool, // bool or not given
        Number, // double or not given
        Count, // int or not given
        EventType, // int of EventType
        OrganiserType, // int of OrganiserType
        AudienceTick, // bool, or not given when no audience is (one of the three ticks)
        Audiences, // int of Audiences, or not given
    };

    enum class Use {
        Imported = 0x1, // read from the CSV and JSON files
        Exported = 0x2, // written to the tabular exports (CSV, XLSX, ODS, PDF)
        Compared = 0x4, // a change of it is recorded in the audit trail (EventDiff)
        Edited = 0x8, // in the event form (EventFormModel)
        Published = 0x10, // a property of the public map's features (GeoJSON): nothing personal
    };
    Q_DECLARE_FLAGS(Uses, Use)

    struct Description {
        Column column;
        const char* key; // in the files, the export templates and --columns: never changes
        const char* name; // for people, translated in the context "RequestColumns"
        const char* auditKey; // the audit trail's name of a change (stored: never changes), or nullptr
        Type type;
        Uses uses;
        QVariant (*get)(const Event&);
        void (*set)(Event&, const QVariant&);
        // The member itself, for a Text or a time: a bulk write reads and the import writes about
        // twenty texts a request, and a QVariant for each cost them more than the rest of the field.
        QString Event::* text = nullptr;
        QDateTime Event::* time = nullptr;
    };

    // Every field, in the order of Column.
    static const QList<Description>& all();
    static const Description& of(Column column);
    // The fields with that use, in the order of Column.
    static QList<Column> with(Use use);

    static QString key(Column column);
    static std::optional<Column> fromKey(const QString& key);
    // In the current language.
    static QString displayName(Column column);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RequestColumns::Uses)
