#include "db/EventRows.h"

#include "db/Statement.h"
#include "db/StoredTime.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

// Constant-initialised: other files build their statements from it while theirs are initialised.
constexpr QLatin1StringView eventColumns(
    "edition_year, request_id, submitted_at, title, description, event_type, online, organiser_name, "
    "organiser_type, "
    "siret, contact_name, contact_email, contact_phone, address, postal_code, commune, insee_code, "
    "departement, "
    "region, latitude, longitude, starts_at, ends_at, audience_public, audience_young, audience_job_seekers, "
    "aims_industry, is_free, price, expected_participants, actual_participants, status, reviewer_notes, "
    "assignee");
constexpr int eventColumnCount = 34;

std::optional<qint64> flag(const std::optional<bool>& value)
{
    return value ? std::optional<qint64>(*value ? 1 : 0) : std::nullopt;
}

std::optional<qint64> audienceFlag(const std::optional<Audiences>& audiences, Audience audience)
{
    return audiences ? std::optional<qint64>(audiences->testFlag(audience) ? 1 : 0) : std::nullopt;
}

// Hands an event's values, in eventColumns order, to a sink that binds them: one list of columns
// for both the Qt statements and the bulk SQLite path.
template <typename Sink> void visitEvent(const Event& e, Sink& sink)
{
    sink.integer(e.editionYear);
    sink.text(e.requestId);
    sink.timestamp(e.submittedAt, true);
    sink.text(e.title);
    sink.text(e.description);
    sink.text(EventTypes::key(e.type));
    sink.integer(e.online ? 1 : 0);
    sink.text(e.organiserName);
    sink.text(OrganiserTypes::key(e.organiserType));
    for (const QString* field : { &e.siret, &e.contactName, &e.contactEmail, &e.contactPhone, &e.address,
             &e.postalCode, &e.commune, &e.inseeCode, &e.departement, &e.region }) {
        sink.text(*field);
    }
    sink.real(e.latitude);
    sink.real(e.longitude);
    sink.timestamp(e.startsAt, false);
    sink.timestamp(e.endsAt, false);
    sink.optionalInteger(audienceFlag(e.audiences, Audience::GeneralPublic));
    sink.optionalInteger(audienceFlag(e.audiences, Audience::YoungPeople));
    sink.optionalInteger(audienceFlag(e.audiences, Audience::JobSeekers));
    sink.optionalInteger(flag(e.aimsToInformAboutIndustry));
    sink.optionalInteger(flag(e.free));
    sink.real(e.price);
    sink.optionalInteger(
        e.expectedParticipants ? std::optional<qint64>(*e.expectedParticipants) : std::nullopt);
    sink.optionalInteger(e.actualParticipants ? std::optional<qint64>(*e.actualParticipants) : std::nullopt);
    sink.text(EventStatuses::key(e.status));
    sink.text(e.reviewerNotes);
    sink.text(e.assignee);
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

// Binds through a Statement (straight to SQLite there), for bulk inserts.
struct StatementBinder {
    Statement& statement;
    int parameter = 1;

    void integer(qint64 value) { statement.bindInteger(parameter++, value); }
    void text(const QString& value) { statement.bindText(parameter++, value.toUtf8()); }
    void timestamp(const QDateTime& value, bool instant)
    {
        if (value.isValid()) {
            char buffer[32];
            statement.bindText(parameter++, QByteArrayView(buffer, storedTime(value, instant, buffer)));
        } else {
            statement.bindNull(parameter++);
        }
    }
    void optionalInteger(const std::optional<qint64>& value)
    {
        if (value) {
            statement.bindInteger(parameter++, *value);
        } else {
            statement.bindNull(parameter++);
        }
    }
    void real(const std::optional<double>& value)
    {
        if (value) {
            statement.bindReal(parameter++, *value);
        } else {
            statement.bindNull(parameter++);
        }
    }
};

QDateTime wallClockFrom(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    const QString text = value.toString();
    const QDate date = QDate::fromString(QStringView(text).left(10), Qt::ISODate);
    const QTime time = QTime::fromString(QStringView(text).mid(11), Qt::ISODate);
    return date.isValid() && time.isValid() ? wallClock(date, time) : QDateTime();
}

std::optional<bool> optionalBool(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}
std::optional<int> optionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
std::optional<double> optionalDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

namespace EventRows {

QString selectEvent()
{
    return QStringLiteral("SELECT id, version, ") + eventColumns + QStringLiteral(" FROM event");
}

QString insertStatement(bool returningId)
{
    QStringList placeholders;
    for (int i = 0; i < eventColumnCount; ++i) {
        placeholders << QStringLiteral("?");
    }
    // PostgreSQL tells an identity's value only when asked; SQLite's row id is read by the statement.
    return QStringLiteral("INSERT INTO event (%1) VALUES (%2)%3")
        .arg(eventColumns, placeholders.join(QLatin1Char(',')),
            returningId ? QStringLiteral(" RETURNING id") : QString());
}

QString updateStatement()
{
    QStringList assignments;
    for (const QString& column : QString(eventColumns).split(QStringLiteral(", "))) {
        assignments << column + QStringLiteral(" = ?");
    }
    return QStringLiteral("UPDATE event SET %1, version = version + 1 WHERE id = ? AND version = ?")
        .arg(assignments.join(QStringLiteral(", ")));
}

Event readEvent(const QSqlQuery& q)
{
    Event e;
    int c = 0;
    e.id = q.value(c++).toLongLong();
    e.version = q.value(c++).toInt();
    e.editionYear = q.value(c++).toInt();
    e.requestId = q.value(c++).toString();
    const QVariant submitted = q.value(c++);
    e.submittedAt
        = submitted.isNull() ? QDateTime() : QDateTime::fromString(submitted.toString(), Qt::ISODate).toUTC();
    e.title = q.value(c++).toString();
    e.description = q.value(c++).toString();
    e.type = EventTypes::fromKey(q.value(c++).toString()).value_or(EventType::Other);
    e.online = q.value(c++).toInt() != 0;
    e.organiserName = q.value(c++).toString();
    e.organiserType = OrganiserTypes::fromKey(q.value(c++).toString()).value_or(OrganiserType::Other);
    e.siret = q.value(c++).toString();
    e.contactName = q.value(c++).toString();
    e.contactEmail = q.value(c++).toString();
    e.contactPhone = q.value(c++).toString();
    e.address = q.value(c++).toString();
    e.postalCode = q.value(c++).toString();
    e.commune = q.value(c++).toString();
    e.inseeCode = q.value(c++).toString();
    e.departement = q.value(c++).toString();
    e.region = q.value(c++).toString();
    e.latitude = optionalDouble(q.value(c++));
    e.longitude = optionalDouble(q.value(c++));
    e.startsAt = wallClockFrom(q.value(c++));
    e.endsAt = wallClockFrom(q.value(c++));
    const QVariant general = q.value(c++);
    const QVariant young = q.value(c++);
    const QVariant jobSeekers = q.value(c++);
    if (!general.isNull() || !young.isNull() || !jobSeekers.isNull()) {
        Audiences audiences;
        audiences.setFlag(Audience::GeneralPublic, general.toInt() != 0);
        audiences.setFlag(Audience::YoungPeople, young.toInt() != 0);
        audiences.setFlag(Audience::JobSeekers, jobSeekers.toInt() != 0);
        e.audiences = audiences;
    }
    e.aimsToInformAboutIndustry = optionalBool(q.value(c++));
    e.free = optionalBool(q.value(c++));
    e.price = optionalDouble(q.value(c++));
    e.expectedParticipants = optionalInt(q.value(c++));
    e.actualParticipants = optionalInt(q.value(c++));
    e.status = EventStatuses::fromKey(q.value(c++).toString()).value_or(EventStatus::Submitted);
    e.reviewerNotes = q.value(c++).toString();
    e.assignee = q.value(c++).toString();
    return e;
}

void bindInsert(Statement& statement, const Event& event)
{
    StatementBinder binder { statement };
    visitEvent(event, binder);
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
