#include "db/EventRepository.h"

#include "app/core/TextFold.h"
#include "db/Database.h"
#include "db/EventRows.h"
#include "db/KeptQuery.h"
#include "db/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using EventRows::readEvent;

EventRepository::EventRepository(Database& database)
    : m_database(database)
{
}

StoreResult<void> EventRepository::failed(const QSqlQuery& query)
{
    return StoreResult<void>::failure(
        StoreStatus::Failed, tr("The requests cannot be read: %1").arg(query.lastError().text()));
}

StoreResult<QList<Event>> EventRepository::readAll(QSqlQuery& query)
{
    if (!query.exec()) {
        return failed(query);
    }
    QList<Event> events;
    while (query.next()) {
        events.append(readEvent(query));
    }
    return events;
}

StoreResult<QString> EventRepository::nextRequestId(int editionYear) const
{
    // The series is fixed-width, so its greatest number sorts last; ids typed otherwise are passed by.
    const QString prefix = QStringLiteral("SI%1-").arg(editionYear);
    QSqlQuery query(m_database.connection());
    if (!query.prepare(QStringLiteral("SELECT request_id FROM event WHERE edition_year = ? AND request_id "
                                      "LIKE ? ORDER BY request_id DESC"))) {
        return failed(query);
    }
    query.addBindValue(editionYear);
    query.addBindValue(prefix + QStringLiteral("______"));
    if (!query.exec()) {
        return failed(query);
    }
    int last = 0;
    bool numeric = false;
    while (!numeric && query.next()) {
        last = query.value(0).toString().mid(prefix.size()).toInt(&numeric);
    }
    last = numeric ? last : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

StoreResult<Event> EventRepository::find(qint64 id) const
{
    KeptQuery query(m_database, EventRows::selectEvent() + QStringLiteral(" WHERE id = ?"));
    if (!query.exec({ id })) {
        return failed(query.query());
    }
    if (!query->next()) {
        return StoreResult<Event>::failure(
            StoreStatus::NotFound, tr("The request %1 no longer exists.").arg(id));
    }
    return readEvent(query.query());
}

StoreResult<QList<Event>> EventRepository::findMany(const QList<qint64>& ids) const
{
    // In slices, within SQLite's and PostgreSQL's limits on bound values.
    constexpr qsizetype slice = 500;
    QHash<qint64, Event> byId;
    byId.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += slice) {
        const QList<qint64> part = ids.mid(first, slice);
        QStringList marks;
        QVariantList values;
        for (qint64 id : part) {
            marks << QStringLiteral("?");
            values << id;
        }
        KeptQuery query(m_database,
            EventRows::selectEvent() + QStringLiteral(" WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))));
        query->setForwardOnly(true);
        if (!query.exec(values)) {
            return failed(query.query());
        }
        while (query->next()) {
            const Event event = readEvent(query.query());
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

StoreResult<QList<Event>> EventRepository::all(int editionYear) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(EventRows::selectEvent() + QStringLiteral(" WHERE edition_year = ? ORDER BY id"))) {
        return failed(query);
    }
    query.addBindValue(editionYear);
    return readAll(query);
}

StoreResult<int> EventRepository::count(int editionYear) const
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM event WHERE edition_year = ?"))) {
        return failed(query);
    }
    query.addBindValue(editionYear);
    if (!query.exec() || !query.next()) {
        return failed(query);
    }
    return query.value(0).toInt();
}

StoreResult<QList<Event>> EventRepository::possibleDuplicates(const Event& event) const
{
    if (!event.startsAt.isValid() || !event.endsAt.isValid()
        || (event.inseeCode.isEmpty() && event.commune.isEmpty())) {
        return QList<Event>();
    }
    char startsAt[32];
    char endsAt[32];
    const QString starts = QString::fromLatin1(startsAt, storedTime(event.startsAt, false, startsAt));
    const QString ends = QString::fromLatin1(endsAt, storedTime(event.endsAt, false, endsAt));
    // The store narrows down by organiser, edition and dates in its indexes (schema 14), then by
    // commune among those few; the titles are compared folded here.
    KeptQuery query(m_database,
        EventRows::selectEvent()
            + QStringLiteral(
                " WHERE id IN (SELECT id FROM event WHERE siret <> '' AND siret = ? AND edition_year = ? "
                "AND starts_at <= ? AND ends_at >= ? UNION ALL SELECT event_id FROM event_queue WHERE "
                "organiser_key = ? AND organiser_key <> '' AND edition_year = ? AND starts_at <= ? AND "
                "ends_at >= ?) AND id <> ? AND "
                "((insee_code <> '' AND insee_code = ?) OR (commune <> '' AND lower(commune) = lower(?))) "
                "ORDER BY id"));
    query->setForwardOnly(true);
    if (!query.exec(
            { event.siret, event.editionYear, ends, starts, TextFold::folded(event.organiserName.trimmed()),
                event.editionYear, ends, starts, event.id, event.inseeCode, event.commune })) {
        return failed(query.query());
    }
    QList<Event> candidates;
    while (query->next()) {
        candidates.append(readEvent(query.query()));
    }
    candidates.removeIf(
        [&event](const Event& candidate) { return !TextFold::similar(candidate.title, event.title); });
    return candidates;
}

namespace {

// Runs a statement of onSameOrganiser() for `event`. False when it fails.
bool runOnSameOrganiser(KeptQuery& query, const Event& event)
{
    query->setForwardOnly(true);
    return query.exec({ event.siret, event.editionYear, event.id,
        TextFold::folded(event.organiserName.trimmed()), event.editionYear, event.id });
}

// `sql` over the ids of the organiser's other requests (same SIRET, or same name with case and
// accents folded: the queue's organiser key) in this edition and earlier ones, taken from the two
// indexes alone and put for %1.
QString onSameOrganiser(const QString& sql)
{
    return sql.arg(QStringLiteral(
        "SELECT id FROM event WHERE siret <> '' AND siret = ? AND edition_year <= ? AND id <> ? UNION "
        "SELECT event_id FROM event_queue WHERE organiser_key = ? AND organiser_key <> '' AND "
        "edition_year <= ? AND event_id <> ?"));
}

} // namespace

StoreResult<QList<OrganiserRequest>> EventRepository::organiserRequests(const Event& event) const
{
    if (event.siret.isEmpty() && event.organiserName.trimmed().isEmpty()) {
        return QList<OrganiserRequest>();
    }
    KeptQuery statement(m_database,
        onSameOrganiser(
            QStringLiteral("SELECT id, edition_year, request_id, title, organiser_name, status FROM "
                           "event WHERE id IN (%1) ORDER BY edition_year DESC, submitted_at DESC, id")));
    QSqlQuery& query = statement.query();
    if (!runOnSameOrganiser(statement, event)) {
        return failed(query);
    }
    QList<OrganiserRequest> requests;
    while (query.next()) {
        requests.append({ query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(),
            EventStatuses::fromKey(query.value(5).toString()).value_or(EventStatus::Submitted) });
    }
    return requests;
}

StoreResult<int> EventRepository::organiserRequestCount(const Event& event) const
{
    if (event.siret.isEmpty() && event.organiserName.trimmed().isEmpty()) {
        return 0;
    }
    // The same requests as organiserRequests(), without reading them.
    KeptQuery statement(m_database, onSameOrganiser(QStringLiteral("SELECT count(*) FROM (%1) AS same")));
    QSqlQuery& query = statement.query();
    if (!runOnSameOrganiser(statement, event) || !query.next()) {
        return failed(query);
    }
    return query.value(0).toInt();
}
