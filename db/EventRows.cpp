#include "db/EventRows.h"

#include "app/core/RequestColumns.h"
#include "db/EncodedRows.h"
#include "db/StoredTime.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <iterator>

namespace {

using Field = RequestColumns::Column;
using Type = RequestColumns::Type;

// The event table's column of each field of RequestColumns (the audiences as their three ticks),
// in the order of the statements: a new field is one line here and its migration. Each is
// written and read as its type says (RequestColumns::Type): texts NOT NULL, times as ISO texts,
// the two kinds as their keys, yes/no as 0/1, unknown as NULL.
struct StoredField {
    Field field;
    const char* column;
};
constexpr StoredField storedFields[] = {
    { Field::RequestId, "request_id" },
    { Field::SubmittedAt, "submitted_at" },
    { Field::Title, "title" },
    { Field::Description, "description" },
    { Field::EventType, "event_type" },
    { Field::Online, "online" },
    { Field::OrganiserName, "organiser_name" },
    { Field::OrganiserType, "organiser_type" },
    { Field::Siret, "siret" },
    { Field::ContactName, "contact_name" },
    { Field::ContactEmail, "contact_email" },
    { Field::ContactPhone, "contact_phone" },
    { Field::Address, "address" },
    { Field::PostalCode, "postal_code" },
    { Field::Commune, "commune" },
    { Field::InseeCode, "insee_code" },
    { Field::Latitude, "latitude" },
    { Field::Longitude, "longitude" },
    { Field::StartsAt, "starts_at" },
    { Field::EndsAt, "ends_at" },
    { Field::GeneralPublic, "audience_public" },
    { Field::YoungPeople, "audience_young" },
    { Field::JobSeekers, "audience_job_seekers" },
    { Field::AimsIndustry, "aims_industry" },
    { Field::Free, "is_free" },
    { Field::Price, "price" },
    { Field::ExpectedParticipants, "expected_participants" },
    { Field::ActualParticipants, "actual_participants" },
    { Field::Departement, "departement" },
    { Field::Region, "region" },
    { Field::Assignee, "assignee" },
};
constexpr int storedFieldCount = int(std::size(storedFields));

// The review's own columns come first, before the fields: the edition, the status and the notes
// (and, read only, the id and the version).
constexpr const char* reviewColumns[] = { "edition_year", "status", "reviewer_notes" };
constexpr int reviewColumnCount = int(std::size(reviewColumns));
constexpr int eventColumnCount = reviewColumnCount + storedFieldCount;

// "edition_year, status, …, request_id, …": every column the statements write.
const QStringList& eventColumns()
{
    static const QStringList columns = [] {
        QStringList names;
        for (const char* column : reviewColumns) {
            names << QLatin1String(column);
        }
        for (const StoredField& stored : storedFields) {
            names << QLatin1String(stored.column);
        }
        return names;
    }();
    return columns;
}

// The descriptions of storedFields, in order, looked up once rather than for each request.
const QList<const RequestColumns::Description*>& storedDescriptions()
{
    static const QList<const RequestColumns::Description*> descriptions = [] {
        QList<const RequestColumns::Description*> found;
        for (const StoredField& stored : storedFields) {
            found << &RequestColumns::of(stored.field);
        }
        return found;
    }();
    return descriptions;
}

// The UTF-8 keys of an enum's values, indexed by value.
template <typename Enum> class StoredKeys {
public:
    StoredKeys(const QList<Enum>& values, QString (*key)(Enum))
    {
        for (const Enum value : values) {
            const auto at = qsizetype(value);
            m_keys.resize(std::max(m_keys.size(), at + 1));
            m_keys[at] = key(value).toUtf8();
        }
    }
    QByteArrayView of(Enum value) const { return m_keys.at(qsizetype(value)); }

private:
    QList<QByteArray> m_keys;
};

// Hands an event's values, in eventColumns() order, to a sink that binds them: one list of columns
// for both the Qt statements and the bulk SQLite path.
template <typename Sink> void visitEvent(const Event& e, Sink& sink)
{
    sink.integer(e.editionYear);
    sink.key(EventRows::storedKey(e.status));
    sink.text(e.reviewerNotes);
    for (const RequestColumns::Description* const described : storedDescriptions()) {
        const RequestColumns::Description& field = *described;
        // Texts and times are read where they are; the other types are small values.
        const auto value = [&] { return field.get(e); };
        switch (field.type) {
        case Type::Text:
            sink.text(e.*field.text);
            break;
        case Type::Instant:
        case Type::WallClock:
            sink.timestamp(e.*field.time, field.type == Type::Instant);
            break;
        case Type::Bool:
            sink.integer(value().toBool() ? 1 : 0);
            break;
        case Type::OptionalBool:
        case Type::AudienceTick: {
            const QVariant tick = value();
            sink.optionalInteger(
                tick.isValid() ? std::optional<qint64>(tick.toBool() ? 1 : 0) : std::nullopt);
            break;
        }
        case Type::Count: {
            const QVariant count = value();
            sink.optionalInteger(count.isValid() ? std::optional<qint64>(count.toLongLong()) : std::nullopt);
            break;
        }
        case Type::Number: {
            const QVariant number = value();
            sink.real(number.isValid() ? std::optional<double>(number.toDouble()) : std::nullopt);
            break;
        }
        case Type::EventType:
            sink.key(EventRows::storedKey(EventType(value().toInt())));
            break;
        case Type::OrganiserType:
            sink.key(EventRows::storedKey(OrganiserType(value().toInt())));
            break;
        case Type::Audiences:
            break; // stored as its three ticks
        }
    }
}

// Binds through QSqlQuery, for the single-row statements.
struct QueryBinder {
    QSqlQuery& query;
    int position = 0;

    void integer(qint64 value) { query.bindValue(position++, value); }
    // The text columns are NOT NULL: an absent text is stored as an empty one.
    void text(const QString& value)
    {
        query.bindValue(position++, value.isNull() ? QStringLiteral("") : value);
    }
    void key(QByteArrayView utf8) { query.bindValue(position++, QString::fromUtf8(utf8)); }
    void timestamp(const QDateTime& value, bool instant)
    {
        char buffer[32];
        query.bindValue(position++,
            value.isValid() ? QVariant(QString::fromLatin1(buffer, storedTime(value, instant, buffer)))
                            : QVariant(QMetaType::fromType<QString>()));
    }
    void optionalInteger(const std::optional<qint64>& value)
    {
        query.bindValue(position++, value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
    }
    void real(const std::optional<double>& value)
    {
        query.bindValue(position++, value ? QVariant(*value) : QVariant(QMetaType::fromType<double>()));
    }
};

// Encodes for a Statement, for bulk inserts: on the thread that makes the batches.
struct RowEncoder {
    EncodedRows& rows;

    void integer(qint64 value) { rows.appendInteger(value); }
    void text(const QString& value) { rows.appendText(QStringView(value)); }
    void key(QByteArrayView utf8) { rows.appendText(utf8); }
    void timestamp(const QDateTime& value, bool instant) { rows.appendTime(value, instant); }
    void optionalInteger(const std::optional<qint64>& value) { rows.appendOptionalInteger(value); }
    void real(const std::optional<double>& value) { rows.appendOptionalReal(value); }
};

// A stored value as RequestColumns' get() gives it.
QVariant fromStored(Type type, const QVariant& value)
{
    switch (type) {
    case Type::Text:
        return value;
    case Type::Instant:
        return value.isNull() ? QVariant()
                              : QVariant(QDateTime::fromString(value.toString(), Qt::ISODate).toUTC());
    case Type::WallClock: {
        if (value.isNull()) {
            return {};
        }
        const QString text = value.toString();
        const QDate date = QDate::fromString(QStringView(text).left(10), Qt::ISODate);
        const QTime time = QTime::fromString(QStringView(text).mid(11), Qt::ISODate);
        return date.isValid() && time.isValid() ? QVariant(wallClock(date, time)) : QVariant();
    }
    case Type::Bool:
        return value.toInt() != 0;
    case Type::OptionalBool:
    case Type::AudienceTick:
        return value.isNull() ? QVariant() : QVariant(value.toInt() != 0);
    case Type::Number:
        return value.isNull() ? QVariant() : QVariant(value.toDouble());
    case Type::Count:
        return value.isNull() ? QVariant() : QVariant(value.toInt());
    case Type::EventType:
        return int(EventTypes::fromKey(value.toString()).value_or(EventType::Other));
    case Type::OrganiserType:
        return int(OrganiserTypes::fromKey(value.toString()).value_or(OrganiserType::Other));
    case Type::Audiences:
        break; // stored as its three ticks
    }
    return {};
}

} // namespace

namespace EventRows {

QString selectEvent()
{
    return QStringLiteral("SELECT id, version, ") + eventColumns().join(QStringLiteral(", "))
        + QStringLiteral(" FROM event");
}

QString insertStatement(bool returningId)
{
    // PostgreSQL tells an identity's value only when asked; SQLite's row id is read by the statement.
    return QStringLiteral("INSERT INTO event (%1) VALUES (%2)%3")
        .arg(eventColumns().join(QStringLiteral(", ")),
            QStringList(eventColumnCount, QStringLiteral("?")).join(QLatin1Char(',')),
            returningId ? QStringLiteral(" RETURNING id") : QString());
}

QString updateStatement()
{
    QStringList assignments;
    for (const QString& column : eventColumns()) {
        assignments << column + QStringLiteral(" = ?");
    }
    return QStringLiteral("UPDATE event SET %1, version = version + 1 WHERE id = ? AND version = ?")
        .arg(assignments.join(QStringLiteral(", ")));
}

Event readEvent(const QSqlQuery& q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.version = q.value(1).toInt();
    e.editionYear = q.value(2).toInt();
    e.status = EventStatuses::fromKey(q.value(3).toString()).value_or(EventStatus::Submitted);
    e.reviewerNotes = q.value(4).toString();
    int c = 2 + reviewColumnCount;
    for (const StoredField& stored : storedFields) {
        const RequestColumns::Description& field = RequestColumns::of(stored.field);
        field.set(e, fromStored(field.type, q.value(c++)));
    }
    return e;
}

int insertValueCount() { return eventColumnCount; }

QByteArrayView storedKey(EventStatus status)
{
    static const StoredKeys<EventStatus> keys(EventStatuses::all(), &EventStatuses::key);
    return keys.of(status);
}

QByteArrayView storedKey(EventType type)
{
    static const StoredKeys<EventType> keys(EventTypes::all(), &EventTypes::key);
    return keys.of(type);
}

QByteArrayView storedKey(OrganiserType type)
{
    static const StoredKeys<OrganiserType> keys(OrganiserTypes::all(), &OrganiserTypes::key);
    return keys.of(type);
}

void encodeInsert(const Event& event, EncodedRows& rows)
{
    rows.startRow();
    RowEncoder encoder { rows };
    visitEvent(event, encoder);
}

void bindEdit(QSqlQuery& query, const Event& event)
{
    QueryBinder binder { query };
    visitEvent(event, binder);
    Q_ASSERT(binder.position == eventColumnCount);
    query.bindValue(eventColumnCount, event.id);
    query.bindValue(eventColumnCount + 1, event.version);
}

} // namespace EventRows
