#include "db/EventRepository.h"

#include "app/core/EventDiff.h"
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"
#include "app/core/LabelLoss.h"
#include "app/core/LabelRules.h"
#include "app/core/TextFold.h"
#include "db/Database.h"
#include "db/DecisionMail.h"
#include "db/EditionRepository.h"
#include "db/QueueIndex.h"
#include "db/Statement.h"
#include "db/StoredTime.h"

#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

const QString eventColumns = QStringLiteral(
    "edition_year, request_id, submitted_at, title, description, event_type, online, organiser_name, "
    "organiser_type, "
    "siret, contact_name, contact_email, contact_phone, address, postal_code, commune, insee_code, "
    "departement, "
    "region, latitude, longitude, starts_at, ends_at, audience_public, audience_young, audience_job_seekers, "
    "aims_industry, is_free, price, expected_participants, actual_participants, status, reviewer_notes, assignee");
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
template <typename Sink>
void visitEvent(const Event& e, Sink& sink)
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
    sink.optionalInteger(e.expectedParticipants ? std::optional<qint64>(*e.expectedParticipants) : std::nullopt);
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
    void text(const QString& value) { query.bindValue(position++, value.isNull() ? QStringLiteral("") : value); }
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

void bindEvent(QSqlQuery& query, const Event& e)
{
    QueryBinder binder { query };
    visitEvent(e, binder);
    Q_ASSERT(binder.position == eventColumnCount);
}

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

const QString selectEvent
    = QStringLiteral("SELECT id, version, ") + eventColumns + QStringLiteral(" FROM event");

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

const QString selectPendingUpdate
    = QStringLiteral("SELECT id, event_id, created_at, who, source, changes, content FROM pending_update");

EventRepository::PendingUpdate readPendingUpdate(const QSqlQuery& q)
{
    return { q.value(0).toLongLong(), q.value(1).toLongLong(),
        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
}

// An imported row as an edit of the stored request: what an import does not carry (the status,
// the reviewers' notes and assignee) stays as stored.
Event importedOver(Event imported, const Event& stored)
{
    imported.id = stored.id;
    imported.version = stored.version;
    imported.status = stored.status;
    imported.reviewerNotes = stored.reviewerNotes;
    imported.assignee = stored.assignee;
    return imported;
}

} // namespace

EventRepository::EventRepository(Database& database)
    : m_database(database)
{
}

namespace {
QString& sessionUser()
{
    static QString name;
    return name;
}
} // namespace

void EventRepository::setCurrentUser(const QString& name) { sessionUser() = name; }

QString EventRepository::currentUser()
{
    if (!sessionUser().isEmpty()) {
        return sessionUser();
    }
    for (const char* name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("unknown");
}

bool EventRepository::appendAudit(const AuditEntry& entry, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO audit (event_id, at, who, action, old_status, new_status, reason, changes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.eventId);
    query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(entry.who);
    query.addBindValue(entry.action);
    query.addBindValue(entry.oldStatus ? QVariant(EventStatuses::key(*entry.oldStatus))
                                       : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(entry.newStatus ? QVariant(EventStatuses::key(*entry.newStatus))
                                       : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(entry.reason.isNull() ? QStringLiteral("") : entry.reason);
    query.addBindValue(entry.changes.isNull() ? QStringLiteral("") : entry.changes);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

WriteResult EventRepository::insert(Event& event, const QString& who)
{
    QList<Event> one { event };
    const WriteResult result = insertAll(one, who);
    if (result.ok()) {
        event = one.first();
    }
    return result;
}

WriteResult EventRepository::insertAll(QList<Event>& events, const QString& who)
{
    QSqlDatabase db = m_database.connection();
    if (!m_database.beginWrite()) {
        return WriteResult::failure(WriteResult::Status::Failed, m_database.writeError());
    }
    QString error;
    if (insertRows(events, who, {}, &error) && db.commit()) {
        return WriteResult::success();
    }
    db.rollback();
    // A rolled-back row has no id.
    for (Event& event : events) {
        event.id = 0;
    }
    return WriteResult::failure(WriteResult::Status::Failed, error.isEmpty() ? db.lastError().text() : error);
}

bool EventRepository::insertRows(QList<Event>& events, const QString& who, const Progress& progress, QString* error)
{
    QSqlDatabase db = m_database.connection();
    // A large batch is written without the secondary indexes, which are built again at the end
    // from their own definitions: sorting once costs far less than 100,000 insertions in each
    // index. Within the caller's transaction, a failure brings them back as they were.
    QStringList rebuild;
    if (m_database.isPostgresql()) {
        // The audit below takes the ids between the first and the last as ours: no other
        // workstation may insert meanwhile (decisions on existing rows wait too, briefly).
        if (QSqlQuery lock(db); !lock.exec(QStringLiteral("LOCK TABLE event IN SHARE ROW EXCLUSIVE MODE"))) {
            *error = tr("Cannot store requests: %1").arg(lock.lastError().text());
            return false;
        }
    } else if (events.size() >= BulkWithoutIndexes) {
        QSqlQuery indexes(db);
        indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                    "AND tbl_name IN ('event', 'event_queue') AND sql NOT LIKE '%UNIQUE%'"));
        QStringList names;
        while (indexes.next()) {
            names << indexes.value(0).toString();
            rebuild << indexes.value(1).toString();
        }
        for (const QString& name : std::as_const(names)) {
            if (!indexes.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
                *error = tr("Cannot store requests: %1").arg(indexes.lastError().text());
                return false;
            }
        }
    }
    // The queue's digests (the label rules, mostly) are worked out on another core while this
    // thread writes the requests: they do not depend on the ids.
    QueueIndex index(m_database);
    QFuture<QList<EventDigest>> digests = QtConcurrent::run(&QueueIndex::digests, events, index.editionsOf(events));
    QList<qint64> ids;
    ids.reserve(events.size());
    {
        Statement insert(db, insertStatement(m_database.isPostgresql()));
        if (!insert.isValid()) {
            *error = tr("Cannot store requests: %1").arg(insert.errorString());
            return false;
        }
        for (const Event& event : std::as_const(events)) {
            StatementBinder binder { insert };
            visitEvent(event, binder);
            if (!insert.step()) {
                *error = tr("Cannot store the request %1 (%2): %3. Nothing was stored.")
                             .arg(event.requestId, event.title, insert.errorString());
                return false;
            }
            ids.append(insert.lastInsertId());
            if (progress && ids.size() % ProgressEvery == 0 && !progress(ids.size(), events.size())) {
                digests.waitForFinished();
                return false;
            }
        }
    }
    // Waiting first lets the worker drop its copy of the list, so setting the ids copies nothing.
    const QList<EventDigest> digested = digests.result();
    digests = {};
    for (qsizetype i = 0; i < events.size(); ++i) {
        events[i].id = ids.at(i);
        events[i].version = 1;
    }
    if (QString indexError; !index.store(events, digested, &indexError)) {
        *error = tr("Cannot index the requests for the queue: %1").arg(indexError);
        return false;
    }
    for (const QString& create : std::as_const(rebuild)) {
        if (QSqlQuery query(db); !query.exec(create)) {
            *error = tr("Cannot store requests: %1").arg(query.lastError().text());
            return false;
        }
    }
    if (!ids.isEmpty()) {
        // We hold the write lock: every id between the first and the last is one of ours.
        QSqlQuery audit(db);
        audit.prepare(QStringLiteral("INSERT INTO audit (event_id, at, who, action, new_status) "
                                     "SELECT id, ?, ?, 'created', status FROM event WHERE id BETWEEN ? AND ? ORDER BY id"));
        audit.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        audit.addBindValue(who.isNull() ? QStringLiteral("") : who);
        audit.addBindValue(ids.first());
        audit.addBindValue(ids.last());
        if (!audit.exec()) {
            *error = tr("Cannot write the audit trail: %1").arg(audit.lastError().text());
            return false;
        }
    }
    return true;
}

WriteResult EventRepository::update(
    Event& event, const QString& who, const std::optional<StatusChange>& alsoChange)
{
    std::optional<Event> stored;
    if (const WriteResult locked = beginChange(event.id, event.version, &stored); !locked.ok()) {
        return locked;
    }
    Event edited = event;
    if (const WriteResult written = writeAuditedEdit(edited, *stored, who, {}, alsoChange); !written.ok()) {
        return written;
    }
    QSqlDatabase db = m_database.connection();
    if (!db.commit()) {
        return WriteResult::failure(WriteResult::Status::Failed, db.lastError().text());
    }
    event = edited;
    return WriteResult::success();
}

WriteResult EventRepository::writeAuditedEdit(Event& event, const Event& stored, const QString& who,
    const QString& reason, const std::optional<StatusChange>& alsoChange)
{
    QSqlDatabase db = m_database.connection();
    // The status only changes through the workflow's checks, and the notes only through
    // saveReviewerNotes().
    if (alsoChange && !EventStatuses::canChange(stored.status, alsoChange->to)) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::NotAllowed,
            tr("The request %1 cannot go from “%2” to “%3”.")
                .arg(stored.requestId, EventStatuses::displayName(stored.status),
                    EventStatuses::displayName(alsoChange->to)));
    }
    if (alsoChange && EventStatuses::needsReason(stored.status, alsoChange->to) && alsoChange->reason.trimmed().isEmpty()) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::NotAllowed,
            tr("Changing the request %1 to “%2” needs a reason.")
                .arg(stored.requestId, EventStatuses::displayName(alsoChange->to)));
    }
    Event toStore = event;
    toStore.status = alsoChange ? alsoChange->to : stored.status;
    toStore.reviewerNotes = stored.reviewerNotes;
    if (QString error; !writeEdit(toStore, &error)) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::Failed, error);
    }
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An edit that comes with a reason (an import's change) is audited whatever the status.
    if (EventStatuses::isDecided(stored.status) || !reason.isEmpty()) {
        const QList<FieldChange> changes = EventDiff::changes(stored, toStore);
        if (!changes.isEmpty()) {
            appendAudit({ 0, event.id, now, who, QStringLiteral("edit"), stored.status, stored.status, reason,
                            EventDiff::describe(changes) },
                &error);
        }
    }
    if (error.isEmpty() && alsoChange) {
        appendAudit({ 0, event.id, now, who, QStringLiteral("status"), stored.status, alsoChange->to,
                        alsoChange->reason.trimmed(), {} },
            &error);
        // A label lost by an edit cancels its message if it has not left.
        if (error.isEmpty()) {
            DecisionMail(m_database).record(toStore, stored.status, alsoChange->to, alsoChange->reason.trimmed(), who, &error);
        }
    }
    if (!error.isEmpty()) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::Failed, tr("Cannot write the audit trail: %1").arg(error));
    }
    event = toStore;
    return WriteResult::success();
}

WriteResult EventRepository::importEvents(QList<Event> events, const QString& who, const QString& source,
    ImportCounts* counts, const Progress& progress, ImportMode mode)
{
    *counts = {};
    QSqlDatabase db = m_database.connection();
    if (!m_database.beginWrite()) {
        return WriteResult::failure(WriteResult::Status::Failed, m_database.writeError());
    }
    QString error;
    const auto abandon = [&] {
        db.rollback();
        *counts = {};
        return WriteResult::failure(WriteResult::Status::Failed, error);
    };
    // The stored requests of the editions concerned, by request id.
    QHash<int, QHash<QString, qint64>> storedIds;
    for (const Event& event : std::as_const(events)) {
        if (storedIds.contains(event.editionYear)) {
            continue;
        }
        QHash<QString, qint64>& ids = storedIds[event.editionYear];
        Statement query(db, QStringLiteral("SELECT request_id, id FROM event WHERE edition_year = %1").arg(event.editionYear));
        while (query.next()) {
            ids.insert(QString::fromUtf8(query.columnText(0)), query.columnInteger(1));
        }
    }
    QList<Event> fresh;
    QList<qint64> matchedIds;
    QHash<qint64, qsizetype> importedById;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const qint64 id = storedIds.value(events.at(i).editionYear).value(events.at(i).requestId);
        if (id == 0) {
            fresh.append(std::move(events[i]));
        } else {
            matchedIds.append(id);
            importedById.insert(id, i);
        }
    }
    const qsizetype total = events.size();
    qsizetype done = 0;
    const auto step = [&] {
        ++done;
        return !progress || done % ProgressEvery != 0 || progress(done, total);
    };
    const QString reason = tr("Import of %1").arg(source);
    for (const Event& stored : findMany(matchedIds)) {
        Event imported = importedOver(events.at(importedById.value(stored.id)), stored);
        const QList<FieldChange> changes = EventDiff::changes(stored, imported);
        if (changes.isEmpty()) {
            ++counts->unchanged;
        } else if (EventStatuses::isDecided(stored.status)) {
            if (addPendingUpdate(stored, imported, EventDiff::describe(changes), who, source, &error)) {
                ++counts->pending;
            } else if (error.isEmpty()) {
                ++counts->unchanged;
            } else {
                return abandon();
            }
        } else {
            if (!writeEdit(imported, &error)
                || !appendAudit({ 0, stored.id, QDateTime::currentDateTimeUtc(), who, QStringLiteral("edit"),
                                    stored.status, stored.status, reason, EventDiff::describe(changes) },
                    &error)) {
                return abandon();
            }
            ++counts->updated;
        }
        if (!step()) {
            return abandon();
        }
    }
    const Progress insertProgress = progress ? Progress([&](qsizetype inserted, qsizetype) {
        return progress(done + inserted, total);
    }) : Progress();
    if (!insertRows(fresh, who, insertProgress, &error)) {
        return abandon();
    }
    counts->created = int(fresh.size());
    if (mode == ImportMode::DryRun) {
        db.rollback();
        return WriteResult::success();
    }
    if (!db.commit()) {
        error = db.lastError().text();
        return abandon();
    }
    return WriteResult::success();
}

bool EventRepository::addPendingUpdate(const Event& stored, const Event& imported, const QString& changes,
    const QString& who, const QString& source, QString* error)
{
    QJsonObject row;
    const QStringList keys = ImportParser::keys();
    const QStringList values = ImportParser::record(imported);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        row.insert(keys.at(i), values.at(i));
    }
    const QString content = QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM pending_update WHERE event_id = ? AND state = 'open' AND content = ?"));
    query.addBindValue(stored.id);
    query.addBindValue(content);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.next()) {
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO pending_update (event_id, created_at, who, source, changes, content) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(stored.id);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(who.isNull() ? QStringLiteral("") : who);
    query.addBindValue(source.isNull() ? QStringLiteral("") : source);
    query.addBindValue(changes);
    query.addBindValue(content);
    if (!query.exec()) {
        *error = tr("Cannot keep the imported change of %1 for review: %2").arg(stored.requestId, query.lastError().text());
        return false;
    }
    return true;
}

QList<EventRepository::PendingUpdate> EventRepository::pendingUpdates(qint64 eventId) const
{
    QList<PendingUpdate> updates;
    QSqlQuery query(m_database.connection());
    query.prepare(selectPendingUpdate + QStringLiteral(" WHERE event_id = ? AND state = 'open' ORDER BY id"));
    query.addBindValue(eventId);
    query.exec();
    while (query.next()) {
        updates.append(readPendingUpdate(query));
    }
    return updates;
}

std::optional<EventRepository::PendingUpdate> EventRepository::openPendingUpdate(qint64 pendingId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectPendingUpdate + QStringLiteral(" WHERE id = ? AND state = 'open'"));
    query.addBindValue(pendingId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return readPendingUpdate(query);
}

int EventRepository::openPendingUpdateCount(int editionYear) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM pending_update WHERE state = 'open' AND event_id IN "
                                 "(SELECT id FROM event WHERE edition_year = ?)"));
    query.addBindValue(editionYear);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<qint64> EventRepository::eventsWithPendingUpdates(int editionYear) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT p.event_id FROM pending_update p JOIN event e ON e.id = p.event_id "
                                 "WHERE p.state = 'open' AND e.edition_year = ? ORDER BY p.event_id"));
    query.addBindValue(editionYear);
    query.exec();
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool EventRepository::closePendingUpdate(qint64 pendingId, const char* state, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE pending_update SET state = ? WHERE id = ? AND state = 'open'"));
    query.addBindValue(QLatin1String(state));
    query.addBindValue(pendingId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    // Another reviewer's answer came first, or (shared store) the request is not this role's to change.
    if (query.numRowsAffected() != 1) {
        *error = tr("it is no longer waiting, or you may not change this request");
        return false;
    }
    return true;
}

WriteResult EventRepository::acceptPendingUpdate(qint64 pendingId, int expectedEventVersion, const QString& who)
{
    const std::optional<PendingUpdate> pending = openPendingUpdate(pendingId);
    if (!pending) {
        return WriteResult::failure(WriteResult::Status::NotFound,
            tr("This change from an import is no longer waiting: someone accepted or dismissed it."));
    }
    std::optional<Event> stored;
    if (const WriteResult locked = beginChange(pending->eventId, expectedEventVersion, &stored); !locked.ok()) {
        return locked;
    }
    QSqlDatabase db = m_database.connection();
    // The content is a row of the import format: read back as the import read it.
    const ParsedImport parsed = ImportParser(stored->editionYear, GeoReference::embedded())
                                    .parse('[' + pending->content.toUtf8() + ']');
    if (parsed.events.size() != 1) {
        db.rollback();
        const QString why = !parsed.error.isEmpty() ? parsed.error
            : parsed.rejected.isEmpty()             ? QString()
                                                    : parsed.rejected.first().reason;
        return WriteResult::failure(WriteResult::Status::Failed,
            tr("The change from the import of %1 to the request %2 cannot be read again: %3")
                .arg(pending->source, stored->requestId, why));
    }
    Event imported = importedOver(parsed.events.first(), *stored);
    const std::optional<Edition> edition = EditionRepository(m_database).find(stored->editionYear);
    const RuleContext context { edition ? &*edition : nullptr, QDate::currentDate(), &GeoReference::embedded(), true };
    const LabelLoss loss(
        stored->status, LabelRules::evaluateAll(*stored, context), LabelRules::evaluateAll(imported, context));
    const std::optional<StatusChange> backToReview = loss.sendsBackToReview()
        ? std::optional(StatusChange { EventStatus::InReview, loss.reason() })
        : std::nullopt;
    if (const WriteResult written = writeAuditedEdit(
            imported, *stored, who, tr("Accepted from the import of %1").arg(pending->source), backToReview);
        !written.ok()) {
        return written;
    }
    if (QString error; !closePendingUpdate(pendingId, "accepted", &error)) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::Conflict,
            tr("The change from an import to the request %1 was not accepted: %2.").arg(stored->requestId, error));
    }
    if (!db.commit()) {
        return WriteResult::failure(WriteResult::Status::Failed, db.lastError().text());
    }
    return WriteResult::success();
}

WriteResult EventRepository::dismissPendingUpdate(qint64 pendingId, const QString& who, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return WriteResult::failure(
            WriteResult::Status::NotAllowed, tr("Dismissing a change from an import needs a reason."));
    }
    QSqlDatabase db = m_database.connection();
    if (!m_database.beginWrite()) {
        return WriteResult::failure(WriteResult::Status::Failed, m_database.writeError());
    }
    const std::optional<PendingUpdate> pending = openPendingUpdate(pendingId);
    const std::optional<Event> stored = pending ? find(pending->eventId) : std::nullopt;
    if (!stored) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::NotFound,
            tr("This change from an import is no longer waiting: someone accepted or dismissed it."));
    }
    QString error;
    if (!closePendingUpdate(pendingId, "dismissed", &error)) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::Conflict,
            tr("The change from an import to the request %1 was not dismissed: %2.").arg(stored->requestId, error));
    }
    // The trail keeps what was turned down, and why.
    if (!appendAudit({ 0, stored->id, QDateTime::currentDateTimeUtc(), who, QStringLiteral("dismiss-update"),
                         stored->status, stored->status, reason.trimmed(), pending->changes },
            &error)) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::Failed, tr("Cannot write the audit trail: %1").arg(error));
    }
    if (!db.commit()) {
        return WriteResult::failure(WriteResult::Status::Failed, db.lastError().text());
    }
    return WriteResult::success();
}

bool EventRepository::writeEdit(Event& toStore, QString* error)
{
    QSqlQuery query(m_database.connection());
    QStringList assignments;
    for (const QString& column : eventColumns.split(QStringLiteral(", "))) {
        assignments << column + QStringLiteral(" = ?");
    }
    query.prepare(QStringLiteral("UPDATE event SET %1, version = version + 1 WHERE id = ? AND version = ?")
                      .arg(assignments.join(QStringLiteral(", "))));
    bindEvent(query, toStore);
    query.bindValue(eventColumnCount, toStore.id);
    query.bindValue(eventColumnCount + 1, toStore.version);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = tr("Cannot save the request %1: %2").arg(toStore.requestId, query.lastError().text());
        return false;
    }
    ++toStore.version;
    if (QString indexError; !QueueIndex(m_database).store({ toStore }, &indexError)) {
        *error = tr("Cannot index the request %1 for the queue: %2").arg(toStore.requestId, indexError);
        return false;
    }
    return true;
}

WriteResult EventRepository::beginChange(qint64 id, int expectedVersion, std::optional<Event>* stored)
{
    QSqlDatabase db = m_database.connection();
    if (!m_database.beginWrite()) {
        return WriteResult::failure(WriteResult::Status::Failed, m_database.writeError());
    }
    if (m_database.isPostgresql()) {
        // Another reviewer's change of the same row is waited for here, so that the version read
        // next is the latest and a conflict is told as one, not as a failed update.
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT version FROM event WHERE id = ? FOR UPDATE"));
        lock.addBindValue(id);
        if (!lock.exec()) {
            const QString error = lock.lastError().text();
            db.rollback();
            return WriteResult::failure(WriteResult::Status::Failed, error);
        }
        // Row-level security hides from the lock what this role may read but not change.
        if (!lock.next() && (*stored = find(id))) {
            db.rollback();
            return WriteResult::failure(WriteResult::Status::NotAllowed,
                tr("You may not change the request %1: it belongs to the région %2, which is not one of yours.")
                    .arg((*stored)->requestId, (*stored)->region));
        }
    }
    *stored = find(id);
    if (!*stored) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::NotFound, tr("The request no longer exists."));
    }
    if ((*stored)->version != expectedVersion) {
        const std::optional<AuditEntry> last = lastAudit(id);
        db.rollback();
        if (last && !last->who.isEmpty()) {
            return WriteResult::failure(WriteResult::Status::Conflict,
                tr("%1 changed the request %2 on %3, after you displayed it (now: %4). Nothing was changed; "
                   "the request is shown as it is now.")
                    .arg(last->who, (*stored)->requestId,
                        QLocale().toString(last->at.toLocalTime(), QLocale::ShortFormat),
                        EventStatuses::displayName((*stored)->status)));
        }
        return WriteResult::failure(WriteResult::Status::Conflict,
            tr("The request %1 was changed by someone else since it was displayed (now: %2). Nothing was "
               "changed.")
                .arg((*stored)->requestId, EventStatuses::displayName((*stored)->status)));
    }
    return WriteResult::success();
}

std::optional<AuditEntry> EventRepository::lastAudit(qint64 eventId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT who, at FROM audit WHERE event_id = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(eventId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    AuditEntry entry;
    entry.eventId = eventId;
    entry.who = query.value(0).toString();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    return entry;
}

WriteResult EventRepository::changeStatus(
    qint64 id, int expectedVersion, EventStatus to, const QString& reason, const QString& who, Decision decision)
{
    const bool override = decision == Decision::Override;
    QSqlDatabase db = m_database.connection();
    std::optional<Event> stored;
    if (const WriteResult locked = beginChange(id, expectedVersion, &stored); !locked.ok()) {
        return locked;
    }
    if (!EventStatuses::canChange(stored->status, to)) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::NotAllowed,
            tr("The request %1 cannot go from “%2” to “%3”.")
                .arg(stored->requestId, EventStatuses::displayName(stored->status),
                    EventStatuses::displayName(to)));
    }
    if (override && to != EventStatus::Labelled) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::NotAllowed, tr("Only a label can be an override."));
    }
    if (override && reason.trimmed().isEmpty()) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::NotAllowed,
            tr("Labelling the request %1 despite a failed condition needs a written justification.")
                .arg(stored->requestId));
    }
    if (EventStatuses::needsReason(stored->status, to) && reason.trimmed().isEmpty()) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::NotAllowed,
            tr("Changing the request %1 to “%2” needs a reason.")
                .arg(stored->requestId, EventStatuses::displayName(to)));
    }
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE event SET status = ?, version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(EventStatuses::key(to));
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    QString error;
    if (!query.exec() || query.numRowsAffected() != 1) {
        error = query.lastError().text();
    } else if (!appendAudit({ 0, id, QDateTime::currentDateTimeUtc(), who,
                                   override ? QStringLiteral("override") : QStringLiteral("status"),
                                stored->status, to, reason.trimmed(), {} },
                   &error)) {
        error = tr("Cannot write the audit trail: %1").arg(error);
    } else {
        Event changed = *stored;
        changed.status = to;
        // The decision's message to the organiser, in the same transaction.
        if (QueueIndex(m_database).store({ changed }, &error)) {
            DecisionMail(m_database).record(changed, stored->status, to, reason.trimmed(), who, &error);
        }
    }
    if (!error.isEmpty()) {
        db.rollback();
        return WriteResult::failure(WriteResult::Status::Failed,
            tr("Cannot change the request %1: %2").arg(stored->requestId, error));
    }
    if (!db.commit()) {
        return WriteResult::failure(WriteResult::Status::Failed, db.lastError().text());
    }
    return WriteResult::success();
}

WriteResult EventRepository::assign(qint64 id, int expectedVersion, const QString& assignee, const QString& who)
{
    QSqlDatabase db = m_database.connection();
    std::optional<Event> stored;
    if (const WriteResult locked = beginChange(id, expectedVersion, &stored); !locked.ok()) {
        return locked;
    }
    // Taking a submitted request in charge is starting its review.
    const EventStatus status = !assignee.trimmed().isEmpty() && stored->status == EventStatus::Submitted
        ? EventStatus::InReview
        : stored->status;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE event SET assignee = ?, status = ?, version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(assignee.trimmed().isNull() ? QStringLiteral("") : assignee.trimmed());
    query.addBindValue(EventStatuses::key(status));
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!query.exec() || query.numRowsAffected() != 1) {
        error = query.lastError().text();
    } else if ((status != stored->status
                   && !appendAudit({ 0, id, now, who, QStringLiteral("status"), stored->status, status,
                                       tr("Taken in charge by %1").arg(assignee.trimmed()), {} },
                       &error))
        || !appendAudit({ 0, id, now, who, QStringLiteral("assign"), status, status, {},
                            QStringLiteral("assignee: %1 → %2").arg(stored->assignee, assignee.trimmed()) },
            &error)) {
        error = tr("Cannot write the audit trail: %1").arg(error);
    } else {
        Event changed = *stored;
        changed.assignee = assignee.trimmed();
        changed.status = status;
        QueueIndex(m_database).store({ changed }, &error);
    }
    if (!error.isEmpty()) {
        db.rollback();
        return WriteResult::failure(
            WriteResult::Status::Failed, tr("Cannot change the request %1: %2").arg(stored->requestId, error));
    }
    if (!db.commit()) {
        return WriteResult::failure(WriteResult::Status::Failed, db.lastError().text());
    }
    return WriteResult::success();
}

WriteResult EventRepository::saveReviewerNotes(qint64 id, const QString& notes)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE event SET reviewer_notes = ? WHERE id = ?"));
    query.addBindValue(notes.isNull() ? QStringLiteral("") : notes);
    query.addBindValue(id);
    if (!query.exec()) {
        return WriteResult::failure(WriteResult::Status::Failed, tr("Cannot save the notes: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return WriteResult::failure(WriteResult::Status::NotFound, tr("The request no longer exists."));
    }
    return WriteResult::success();
}

QString EventRepository::nextRequestId(int editionYear) const
{
    // The series is fixed-width, so its greatest number sorts last; ids typed otherwise are passed by.
    const QString prefix = QStringLiteral("SI%1-").arg(editionYear);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT request_id FROM event WHERE edition_year = ? AND request_id LIKE ? ORDER BY request_id DESC"));
    query.addBindValue(editionYear);
    query.addBindValue(prefix + QStringLiteral("______"));
    int last = 0;
    if (query.exec()) {
        bool numeric = false;
        while (!numeric && query.next()) {
            last = query.value(0).toString().mid(prefix.size()).toInt(&numeric);
        }
        last = numeric ? last : 0;
    }
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

std::optional<Event> EventRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectEvent + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return readEvent(query);
    }
    return std::nullopt;
}

QList<Event> EventRepository::findMany(const QList<qint64>& ids) const
{
    // In slices, within SQLite's and PostgreSQL's limits on bound values.
    constexpr qsizetype slice = 500;
    QHash<qint64, Event> byId;
    byId.reserve(ids.size());
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    for (qsizetype first = 0; first < ids.size(); first += slice) {
        const QList<qint64> part = ids.mid(first, slice);
        QStringList marks;
        for (qsizetype i = 0; i < part.size(); ++i) {
            marks << QStringLiteral("?");
        }
        query.prepare(selectEvent + QStringLiteral(" WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))));
        for (qint64 id : part) {
            query.addBindValue(id);
        }
        query.exec();
        while (query.next()) {
            const Event event = readEvent(query);
            byId.insert(event.id, event);
        }
    }
    QList<Event> events;
    events.reserve(byId.size());
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend()) {
            events.append(*it);
        }
    }
    return events;
}

int EventRepository::refreshQueueIndex(QString* error)
{
    QueueIndex index(m_database);
    const QList<qint64> stale = index.staleIds();
    if (stale.isEmpty() && index.isCurrent()) {
        return 0;
    }
    QSqlDatabase db = m_database.connection();
    if (!m_database.beginWrite()) {
        *error = m_database.writeError();
        return -1;
    }
    if (!index.store(findMany(stale), error) || !index.markCurrent(error) || !db.commit()) {
        if (error->isEmpty()) {
            *error = db.lastError().text();
        }
        db.rollback();
        return -1;
    }
    return int(stale.size());
}

QList<Event> EventRepository::all(int editionYear) const
{
    QList<Event> events;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectEvent + QStringLiteral(" WHERE edition_year = ? ORDER BY id"));
    query.addBindValue(editionYear);
    query.exec();
    while (query.next()) {
        events.append(readEvent(query));
    }
    return events;
}

int EventRepository::count(int editionYear) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM event WHERE edition_year = ?"));
    query.addBindValue(editionYear);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QHash<EventStatus, int> EventRepository::countByStatus(int editionYear) const
{
    QHash<EventStatus, int> counts;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT status, count(*) FROM event WHERE edition_year = ? GROUP BY status"));
    query.addBindValue(editionYear);
    query.exec();
    while (query.next()) {
        if (const auto status = EventStatuses::fromKey(query.value(0).toString())) {
            counts.insert(*status, query.value(1).toInt());
        }
    }
    return counts;
}

QList<AuditEntry> EventRepository::auditTrail(qint64 eventId) const
{
    QList<AuditEntry> entries;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, event_id, at, who, action, old_status, new_status, reason, changes "
                       "FROM audit WHERE event_id = ? ORDER BY id"));
    query.addBindValue(eventId);
    query.exec();
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.eventId = query.value(1).toLongLong();
        entry.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        entry.who = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.oldStatus = EventStatuses::fromKey(query.value(5).toString());
        entry.newStatus = EventStatuses::fromKey(query.value(6).toString());
        entry.reason = query.value(7).toString();
        entry.changes = query.value(8).toString();
        entries.append(entry);
    }
    return entries;
}

namespace {

// The same SIRET, or the same name with case and accents folded: both through an index (the queue's
// folded organiser key), as the form asks at every request it opens.
const QString sameOrganiser = QStringLiteral(
    "((siret <> '' AND siret = ?) OR id IN (SELECT event_id FROM event_queue WHERE organiser_key = ? AND organiser_key <> ''))");

} // namespace

QList<Event> EventRepository::possibleDuplicates(const Event& event) const
{
    if (!event.startsAt.isValid() || !event.endsAt.isValid() || (event.inseeCode.isEmpty() && event.commune.isEmpty())) {
        return {};
    }
    char startsAt[32];
    char endsAt[32];
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The store narrows down by organiser, dates and commune; the titles are compared folded here.
    query.prepare(selectEvent
        + QStringLiteral(" WHERE edition_year = ? AND id <> ? AND %1 AND starts_at <= ? AND ends_at >= ? AND "
                         "((insee_code <> '' AND insee_code = ?) OR (commune <> '' AND lower(commune) = lower(?))) ORDER BY id")
              .arg(sameOrganiser));
    query.addBindValue(event.editionYear);
    query.addBindValue(event.id);
    query.addBindValue(event.siret);
    query.addBindValue(TextFold::folded(event.organiserName.trimmed()));
    query.addBindValue(QString::fromLatin1(endsAt, storedTime(event.endsAt, false, endsAt)));
    query.addBindValue(QString::fromLatin1(startsAt, storedTime(event.startsAt, false, startsAt)));
    query.addBindValue(event.inseeCode);
    query.addBindValue(event.commune);
    query.exec();
    QList<Event> found;
    while (query.next()) {
        Event candidate = readEvent(query);
        if (TextFold::similar(candidate.title, event.title)) {
            found.append(std::move(candidate));
        }
    }
    return found;
}

QList<Event> EventRepository::organiserRequests(const Event& event) const
{
    if (event.siret.isEmpty() && event.organiserName.trimmed().isEmpty()) {
        return {};
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectEvent
        + QStringLiteral(" WHERE edition_year <= ? AND id <> ? AND %1 ORDER BY edition_year DESC, submitted_at DESC, id")
              .arg(sameOrganiser));
    query.addBindValue(event.editionYear);
    query.addBindValue(event.id);
    query.addBindValue(event.siret);
    query.addBindValue(TextFold::folded(event.organiserName.trimmed()));
    query.exec();
    QList<Event> found;
    while (query.next()) {
        found.append(readEvent(query));
    }
    return found;
}
