#include "db/QueueIndex.h"

#include "app/core/EventDigest.h"
#include "app/core/GeoReference.h"
#include "app/core/TextFold.h"
#include "db/AsideSearchIndex.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EncodedRows.h"
#include "db/EventRows.h"
#include "db/KeptQuery.h"
#include "db/MetaRepository.h"
#include "db/PackedText.h"
#include "db/PreparedQuery.h"
#include "db/Statement.h"
#include "db/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace {

const QString recipeKey = QStringLiteral("queue_recipe");

// How many values a row has in encodeRows(): every column of store()'s upsert but the id.
constexpr int RowValues = 33;

const char* const outcomeColumns[] = { "c1", "c2", "c3", "c4", "late", "data_problems" };

// A WHERE clause with its values, in order.
struct Condition {
    QStringList parts;
    QVariantList values;

    void add(const QString& part, const QVariantList& partValues = {})
    {
        parts << part;
        values << partValues;
    }
    QString sql() const { return parts.join(QStringLiteral(" AND ")); }
};

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        marks << QStringLiteral("?");
    }
    return marks.join(QLatin1Char(','));
}

QString pendingKeys()
{
    QStringList keys;
    for (EventStatus status : EventStatuses::all()) {
        if (EventStatuses::isPending(status)) {
            keys << QStringLiteral("'%1'").arg(EventStatuses::key(status));
        }
    }
    return keys.join(QLatin1Char(','));
}

// Whether the trigram index of migration 11 can answer a search for `needle` (folded): trigrams
// cannot answer a needle of one or two characters, which then scans. PostgreSQL's planner weighs
// pg_trgm's index against the others itself.
bool searchUsesTrigrams(const QString& needle, Database::Engine engine)
{
    return engine == Database::Engine::Sqlite && needle.toUcs4().size() >= 3;
}

// FTS5's query for the rows holding every trigram of `needle`: a superset of the rows that contain
// it, read from the index alone (detail=none keeps no positions, so no phrase).
QString trigramQuery(const QString& needle)
{
    const QList<uint> points = needle.toUcs4();
    QStringList trigrams;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()) + i, 3);
        trigram.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        trigram = QLatin1Char('"') + trigram + QLatin1Char('"');
        if (!trigrams.contains(trigram)) {
            trigrams << trigram;
        }
    }
    return trigrams.join(QStringLiteral(" AND "));
}

// Whether the folded search text contains `needle` (folded too), as instr() would say, through
// the trigram index of migration 11 where it can answer.
void addSearch(Condition& c, const QString& needle, Database::Engine engine)
{
    if (engine == Database::Engine::Postgresql) {
        // pg_trgm's index answers LIKE; without the extension the same LIKE scans.
        QString escaped = needle;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        c.add(QStringLiteral("search_text LIKE ?"), { QLatin1Char('%') + escaped + QLatin1Char('%') });
        return;
    }
    if (!searchUsesTrigrams(needle, engine)) {
        c.add(QStringLiteral("instr(search_text, ?) > 0"), { needle });
        return;
    }
    // The index's candidates (its trigrams ANDed, about 1 ms) are checked by instr() on the row the
    // query reads anyway. FTS5's own GLOB would check each candidate against event_queue through a
    // look-up of its own: twice the cost.
    c.add(QStringLiteral("event_queue.event_id IN (SELECT rowid FROM event_queue_search WHERE "
                         "event_queue_search MATCH ?) AND instr(search_text, ?) > 0"),
        { trigramQuery(needle), needle });
}

// How a search is answered: from the trigram index's candidates (every row that matches), or by
// checking the rows in the order of the edition's indexes (the first ones, when the search finds many).
enum class SearchPlan { Candidates, InOrder };

// The same meaning as EventFilter::matches(), which the tests compare it with on generated data.
Condition conditionFor(int editionYear, const EventFilter& filter, const QDate& today,
    bool withStatusAndAssignee, Database::Engine engine, SearchPlan plan = SearchPlan::Candidates)
{
    Condition c;
    const QString needle = TextFold::folded(filter.text.trimmed());
    const bool candidates = plan == SearchPlan::Candidates && searchUsesTrigrams(needle, engine);
    // The search's candidates lead: a keystroke then costs what it finds. Through the edition's
    // indexes (unary + keeps SQLite off them), it cost a walk of the whole edition, even for no row.
    c.add(candidates ? QStringLiteral("+edition_year = ?") : QStringLiteral("edition_year = ?"),
        { editionYear });
    if (withStatusAndAssignee && !filter.statuses.isEmpty()) {
        QVariantList keys;
        for (EventStatus status : filter.statuses) {
            keys << EventStatuses::key(status);
        }
        c.add(QStringLiteral("status IN (%1)").arg(placeholders(keys.size())), keys);
    }
    if (withStatusAndAssignee && filter.assignee) {
        c.add(QStringLiteral("assignee = ?"), { *filter.assignee });
    }
    if (!filter.region.isEmpty()) {
        c.add(QStringLiteral("region = ?"), { filter.region });
    }
    if (!filter.departement.isEmpty()) {
        c.add(QStringLiteral("departement = ?"), { filter.departement });
    }
    if (filter.eventType) {
        c.add(QStringLiteral("event_type = ?"), { EventTypes::key(*filter.eventType) });
    }
    if (filter.organiserType) {
        c.add(QStringLiteral("organiser_type = ?"), { OrganiserTypes::key(*filter.organiserType) });
    }
    switch (filter.conditions) {
    case EventFilter::Conditions::Any:
        break;
    case EventFilter::Conditions::FailingAny:
        c.add(QStringLiteral("failing <> 0"));
        break;
    case EventFilter::Conditions::FailingNone:
        c.add(QStringLiteral("failing = 0"));
        break;
    case EventFilter::Conditions::Failing:
        c.add(QStringLiteral("%1 = %2")
                .arg(QLatin1String(outcomeColumns[int(filter.failing)]))
                .arg(int(Outcome::Fail)));
        break;
    }
    if (filter.late) {
        c.add(QStringLiteral("late %1 %2")
                .arg(*filter.late ? QStringLiteral("=") : QStringLiteral("<>"))
                .arg(int(Outcome::Fail)));
    }
    if (filter.overdue) {
        // Overdue: pending, and today after the due date; without a submission time it is unknown,
        // which is not overdue.
        const QString overdue = today.isValid()
            ? QStringLiteral("(status IN (%1) AND decision_due IS NOT NULL AND decision_due < ?)")
                  .arg(pendingKeys())
            : QStringLiteral("1 = 0");
        c.add(*filter.overdue ? overdue : QStringLiteral("NOT ") + overdue,
            today.isValid() ? QVariantList { today.toString(Qt::ISODate) } : QVariantList {});
    }
    if (filter.submittedFrom.isValid()) {
        c.add(QStringLiteral("submitted_day >= ?"), { filter.submittedFrom.toString(Qt::ISODate) });
    }
    if (filter.submittedTo.isValid()) {
        c.add(QStringLiteral("submitted_day <= ?"), { filter.submittedTo.toString(Qt::ISODate) });
    }
    if (filter.area) {
        c.add(QStringLiteral("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?"),
            { filter.area->south, filter.area->north, filter.area->west, filter.area->east });
    }
    if (!needle.isEmpty() && plan == SearchPlan::InOrder && engine == Database::Engine::Sqlite) {
        c.add(QStringLiteral("instr(search_text, ?) > 0"), { needle });
    } else if (!needle.isEmpty()) {
        addSearch(c, needle, engine);
    }
    return c;
}

QString caseOf(
    const QString& column, const QList<std::pair<QString, QString>>& cases, const QString& otherwise)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    for (const auto& [key, value] : cases) {
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(key, value);
    }
    return sql + QStringLiteral(" ELSE %1 END").arg(otherwise);
}

QString sortExpression(QueueColumns::Column key)
{
    using K = QueueColumns;
    switch (key) {
    case K::RequestId:
        return QStringLiteral("request_key");
    case K::Title:
        return QStringLiteral("title_key");
    case K::Organiser:
        return QStringLiteral("organiser_key");
    case K::Commune:
        return QStringLiteral("commune_key");
    case K::Departement:
        return QStringLiteral("departement");
    case K::Region: {
        // By name, as the column shows it.
        static const QString byName = [] {
            QList<std::pair<QString, QString>> cases;
            for (const Region& region : GeoReference::embedded().regions()) {
                cases.append({ region.code,
                    QStringLiteral("'%1'").arg(
                        TextFold::folded(region.name).replace(QLatin1Char('\''), QStringLiteral("''"))) });
            }
            return caseOf(QStringLiteral("region"), cases, QStringLiteral("region"));
        }();
        return byName;
    }
    case K::Start:
        return QStringLiteral("starts_at");
    case K::End:
        return QStringLiteral("ends_at");
    case K::Audiences:
        return QStringLiteral("audiences");
    case K::Status: {
        // In the order of the workflow.
        QList<std::pair<QString, QString>> cases;
        const QList<EventStatus> statuses = EventStatuses::all();
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            cases.append({ EventStatuses::key(statuses.at(i)), QString::number(i) });
        }
        return caseOf(QStringLiteral("status"), cases, QString::number(statuses.size()));
    }
    case K::Submitted:
        return QStringLiteral("submitted_at");
    case K::Assignee:
        return QStringLiteral("assignee");
    case K::DecisionDue:
        return QStringLiteral("decision_due");
    case K::ConditionDates:
    case K::ConditionAudience:
    case K::ConditionIndustryAim:
    case K::ConditionFree:
    case K::LateRequest:
    case K::DataProblems:
        return QLatin1String(outcomeColumns[key - K::ConditionDates]);
    case K::Count:
        break;
    }
    return QStringLiteral("event_id");
}

// The stored status keys, in the order of EventStatuses::all(): scans compare bytes, not strings.
QList<QByteArray> statusKeys()
{
    QList<QByteArray> keys;
    for (EventStatus status : EventStatuses::all()) {
        keys.append(EventStatuses::key(status).toUtf8());
    }
    return keys;
}

void bind(Statement& statement, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            statement.bindInteger(int(i) + 1, value.toLongLong());
        } else if (value.typeId() == QMetaType::Double) {
            statement.bindReal(int(i) + 1, value.toDouble());
        } else {
            statement.bindText(int(i) + 1, value.toString().toUtf8());
        }
    }
}

// Every column of a queue row: the request's id, then the values of encodeRows(), in order.
const QStringList& queueColumns()
{
    static const QStringList columns { QStringLiteral("event_id"), QStringLiteral("edition_year"),
        QStringLiteral("status"), QStringLiteral("assignee"), QStringLiteral("region"),
        QStringLiteral("departement"), QStringLiteral("event_type"), QStringLiteral("organiser_type"),
        QStringLiteral("request_key"), QStringLiteral("title_key"), QStringLiteral("organiser_key"),
        QStringLiteral("commune_key"), QStringLiteral("search_text"), QStringLiteral("starts_at"),
        QStringLiteral("ends_at"), QStringLiteral("submitted_at"), QStringLiteral("submitted_day"),
        QStringLiteral("decision_due"), QStringLiteral("audiences"), QStringLiteral("c1"),
        QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c4"), QStringLiteral("late"),
        QStringLiteral("data_problems"), QStringLiteral("failing"), QStringLiteral("expected_participants"),
        QStringLiteral("actual_participants"), QStringLiteral("latitude"), QStringLiteral("longitude"),
        QStringLiteral("online"), QStringLiteral("online_title"), QStringLiteral("online_request_id"),
        QStringLiteral("online_organiser") };
    return columns;
}

} // namespace

QueueIndex::QueueIndex(Database& database)
    : m_database(database)
{
}

StoreResult<QHash<int, Edition>> QueueIndex::editionsOf(const QList<Event>& events) const
{
    EditionRepository repository(m_database);
    QHash<int, Edition> editions;
    for (const Event& event : events) {
        if (!editions.contains(event.editionYear)) {
            const StoreResult<Edition> edition = repository.find(event.editionYear);
            if (!edition) {
                return edition;
            }
            editions.insert(event.editionYear, *edition);
        }
    }
    return editions;
}

QList<EventDigest> QueueIndex::digests(QSpan<const Event> events, const QHash<int, Edition>& editions)
{
    QList<EventDigest> digests;
    digests.reserve(events.size());
    for (const Event& event : events) {
        const auto edition = editions.constFind(event.editionYear);
        const bool known = edition != editions.cend() && edition->isValid();
        const RuleContext context { known ? &*edition : nullptr, QDate(), &GeoReference::embedded(), false };
        digests.append(EventDigest::of(event, context));
    }
    return digests;
}

WriteResult QueueIndex::store(const QList<Event>& events)
{
    const StoreResult<QHash<int, Edition>> editions = editionsOf(events);
    if (!editions) {
        return editions;
    }
    return store(events, digests(events, *editions));
}

WriteResult QueueIndex::store(const QList<Event>& events, const QList<EventDigest>& digests)
{
    QList<qint64> ids;
    QList<qsizetype> rowOf;
    ids.reserve(events.size());
    rowOf.reserve(events.size());
    for (const Event& event : events) {
        rowOf.append(ids.size());
        ids.append(event.id);
    }
    return store(ids, encodeRows(events, digests), rowOf);
}

EncodedRows QueueIndex::encodeRows(QSpan<const Event> events, const QList<EventDigest>& digests)
{
    Q_ASSERT(digests.size() == events.size());
    EncodedRows rows;
    rows.reserve(events.size(), RowValues);
    // Missing times and days are NULL; the texts are NOT NULL (an empty one when absent).
    const auto day = [&](const QDate& value) {
        if (value.isValid()) {
            char buffer[32];
            rows.appendText(QByteArrayView(buffer, storedDay(value, buffer)));
        } else {
            rows.appendNull();
        }
    };
    const auto text = [&](const QString& value) { rows.appendText(QStringView(value)); };
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event& event = events[i];
        const EventDigest& digest = digests.at(i);
        rows.startRow();
        rows.appendInteger(event.editionYear);
        rows.appendText(EventRows::storedKey(event.status));
        text(event.assignee);
        text(event.region);
        text(event.departement);
        rows.appendText(EventRows::storedKey(event.type));
        rows.appendText(EventRows::storedKey(event.organiserType));
        text(digest.requestKey);
        text(digest.titleKey);
        text(digest.organiserKey);
        text(digest.communeKey);
        text(digest.searchText);
        rows.appendTime(event.startsAt, false);
        rows.appendTime(event.endsAt, false);
        rows.appendTime(event.submittedAt, true);
        day(digest.submittedDay);
        day(digest.decisionDue);
        rows.appendOptionalInteger(
            digest.audiences >= 0 ? std::optional<qint64>(digest.audiences) : std::nullopt);
        for (Outcome outcome : digest.outcomes) {
            rows.appendInteger(int(outcome));
        }
        rows.appendInteger(digest.failingConditions);
        for (const std::optional<int>& participants :
            { event.expectedParticipants, event.actualParticipants }) {
            rows.appendOptionalInteger(participants);
        }
        rows.appendOptionalReal(event.latitude);
        rows.appendOptionalReal(event.longitude);
        rows.appendInteger(event.online ? 1 : 0);
        // What the map lists an online request by (it has no place); NULL for the others.
        for (const QString* shown : { &event.title, &event.requestId, &event.organiserName }) {
            if (event.online) {
                text(*shown);
            } else {
                rows.appendNull();
            }
        }
    }
    return rows;
}

QString QueueIndex::insertNewStatement()
{
    Q_ASSERT(queueColumns().size() == 1 + RowValues);
    return QStringLiteral("INSERT INTO event_queue (%1) VALUES (%2)")
        .arg(queueColumns().join(QStringLiteral(", ")), placeholders(queueColumns().size()));
}

WriteResult QueueIndex::store(
    const QList<qint64>& ids, const EncodedRows& rows, const QList<qsizetype>& rowOf)
{
    static const QString upsert = [] {
        QStringList updates;
        for (const QString& column : queueColumns().mid(1)) {
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
        }
        return QStringLiteral("%1 ON CONFLICT (event_id) DO UPDATE SET %2")
            .arg(insertNewStatement(), updates.join(QStringLiteral(", ")));
    }();
    Statement upserting(m_database.connection(), upsert);
    return store(upserting, ids, rows, rowOf);
}

WriteResult QueueIndex::store(
    Statement& statement, const QList<qint64>& ids, const EncodedRows& rows, const QList<qsizetype>& rowOf)
{
    Q_ASSERT(rowOf.size() == ids.size());
    if (!statement.isValid()) {
        return WriteResult::failure(StoreStatus::Failed, statement.errorString());
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        statement.bindInteger(1, ids.at(i));
        rows.bind(statement, rowOf.at(i), 2, i > 0 ? rowOf.at(i - 1) : -1);
        if (!statement.step()) {
            return WriteResult::failure(StoreStatus::Failed, statement.errorString());
        }
    }
    return WriteResult::success();
}

WriteResult QueueIndex::storeDecided(const Event& event)
{
    KeptQuery update(
        m_database, QStringLiteral("UPDATE event_queue SET status = ?, assignee = ? WHERE event_id = ?"));
    if (!update.exec({ EventStatuses::key(event.status),
            event.assignee.isNull() ? QStringLiteral("") : event.assignee, event.id })) {
        return WriteResult::failure(StoreStatus::Failed, update->lastError().text());
    }
    return update->numRowsAffected() == 1 ? WriteResult::success() : store({ event });
}

StoreResult<QString> QueueIndex::suspendSearchIndex()
{
    if (m_database.isPostgresql()) {
        return QString();
    }
    const auto failed = [](const QSqlQuery& query) {
        return StoreResult<QString>::failure(StoreStatus::Failed, query.lastError().text());
    };
    // The trigger of migration 11 that indexes each new row, as the store defines it.
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'event_queue_search_insert'"))) {
        return failed(query);
    }
    const QString trigger = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (!trigger.isEmpty() && !query.exec(QStringLiteral("DROP TRIGGER event_queue_search_insert"))) {
        return failed(query);
    }
    return trigger;
}

WriteResult QueueIndex::resumeSearchIndex(const QString& trigger, qint64 firstId, qint64 lastId)
{
    const auto failed = [](const QSqlQuery& query) {
        return WriteResult::failure(StoreStatus::Failed, query.lastError().text());
    };
    // FTS5 writes the trigrams it holds to a new segment each time they pass its hash size (1 MiB
    // by default), then merges those segments as they pile up: at 100,000 requests (8 MB of index)
    // the merges were a third of the fill's instructions. With 16 MiB for this statement alone,
    // 100,000 requests make one segment and nothing to merge, for 10 MB more memory meanwhile.
    QSqlQuery hashSize(m_database.connection());
    const auto setHashSize = [&hashSize](int bytes) {
        return hashSize.exec(QStringLiteral(
            "INSERT INTO event_queue_search (event_queue_search, rank) VALUES ('hashsize', %1)")
                .arg(bytes));
    };
    if (!setHashSize(16 * 1024 * 1024)) {
        return failed(hashSize);
    }
    QSqlQuery fill(m_database.connection());
    if (!PreparedQuery::exec(fill,
            QStringLiteral("INSERT INTO event_queue_search (rowid, search_text) "
                           "SELECT event_id, search_text FROM event_queue WHERE event_id BETWEEN ? AND ?"),
            { firstId, lastId })) {
        return failed(fill);
    }
    // FTS5's own size again, for the writes to come (the table keeps it).
    if (!setHashSize(1024 * 1024)) {
        return failed(hashSize);
    }
    if (QSqlQuery query(m_database.connection()); !query.exec(trigger)) {
        return failed(query);
    }
    return WriteResult::success();
}

StoreResult<QString> QueueIndex::searchIndexDefinition() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'event_queue_search'"))) {
        return StoreResult<QString>::failure(StoreStatus::Failed, query.lastError().text());
    }
    if (!query.next()) {
        return StoreResult<QString>::failure(StoreStatus::Failed, tr("The store has no search index."));
    }
    return query.value(0).toString();
}

StoreResult<bool> QueueIndex::holdsRows() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM event_queue)")) || !query.next()) {
        return StoreResult<bool>::failure(StoreStatus::Failed, query.lastError().text());
    }
    return query.value(0).toBool();
}

WriteResult QueueIndex::adoptSearchIndex(
    const QString& trigger, const QString& definition, const SearchIndexRecords& records)
{
    const auto failed = [](const QString& error) { return WriteResult::failure(StoreStatus::Failed, error); };
    // A new table rather than the records of the old one replaced: this connection's FTS5 keeps the
    // index's structure record it last read, and reads it again only after another connection's
    // commit; its next write would have undone the records below. The table holds no row: dropping
    // it costs nothing. Its %_config keeps FTS5's defaults, which the records assume (their page size).
    QSqlQuery query(m_database.connection());
    for (const QString& statement : { QStringLiteral("DROP TABLE event_queue_search"), definition,
             QStringLiteral("DELETE FROM event_queue_search_data") }) {
        if (!query.exec(statement)) {
            return failed(query.lastError().text());
        }
    }
    Statement data(m_database.connection(),
        QStringLiteral("INSERT INTO event_queue_search_data (id, block) VALUES (?, ?)"));
    if (!data.isValid()) {
        return failed(data.errorString());
    }
    for (const SearchIndexRecords::Data& record : records.data) {
        data.bindInteger(1, record.id);
        data.bindKeptBlob(2, record.block);
        if (!data.step()) {
            return failed(data.errorString());
        }
    }
    Statement terms(m_database.connection(),
        QStringLiteral("INSERT INTO event_queue_search_idx (segid, term, pgno) VALUES (?, ?, ?)"));
    if (!terms.isValid()) {
        return failed(terms.errorString());
    }
    for (const SearchIndexRecords::Term& record : records.terms) {
        terms.bindInteger(1, record.segment);
        terms.bindKeptBlob(2, record.term);
        terms.bindInteger(3, record.page);
        if (!terms.step()) {
            return failed(terms.errorString());
        }
    }
    if (!query.exec(trigger)) {
        return failed(query.lastError().text());
    }
    return WriteResult::success();
}

StoreResult<void> QueueIndex::failed(const QString& error)
{
    return StoreResult<void>::failure(StoreStatus::Failed, tr("The queue cannot be read: %1").arg(error));
}

StoreResult<bool> QueueIndex::isCurrent() const
{
    const StoreResult<QString> recipe = MetaRepository(m_database).value(recipeKey);
    if (!recipe) {
        return failed(recipe.message);
    }
    return *recipe == QString::number(EventDigest::Recipe);
}

WriteResult QueueIndex::markCurrent()
{
    if (const WriteResult recorded
        = MetaRepository(m_database).setValue(recipeKey, QString::number(EventDigest::Recipe));
        !recorded) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot record the queue's recipe: %1").arg(recorded.message));
    }
    return WriteResult::success();
}

StoreResult<QList<qint64>> QueueIndex::staleIds() const
{
    const StoreResult<bool> current = isCurrent();
    if (!current) {
        return current;
    }
    return staleIds(*current);
}

StoreResult<QList<qint64>> QueueIndex::staleIds(bool recipeIsCurrent) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Every row refers to its request, one each: equal counts mean that nothing is missing, and
    // the requests need not be read (the usual case, at every start). The count walks event_edition
    // (SQLite), whose pages lie together (see migrations 20 and 28).
    if (recipeIsCurrent) {
        if (!query.exec(
                QStringLiteral("SELECT (SELECT count(*) FROM event), (SELECT count(*) FROM event_queue)"))
            || !query.next()) {
            return failed(query.lastError().text());
        }
        if (query.value(0).toLongLong() == query.value(1).toLongLong()) {
            return QList<qint64>();
        }
    }
    if (!query.exec(recipeIsCurrent
                ? QStringLiteral(
                      "SELECT id FROM event WHERE id NOT IN (SELECT event_id FROM event_queue) ORDER BY id")
                : QStringLiteral("SELECT id FROM event ORDER BY id"))) {
        return failed(query.lastError().text());
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

WriteResult QueueIndex::invalidate(int editionYear)
{
    QSqlQuery query(m_database.connection());
    const bool prepared = query.prepare(QStringLiteral("DELETE FROM event_queue WHERE edition_year = ?"));
    query.addBindValue(editionYear);
    if (!prepared || !query.exec()) {
        return WriteResult::failure(StoreStatus::Failed, query.lastError().text());
    }
    return WriteResult::success();
}

StoreResult<QList<qint64>> QueueIndex::ids(int editionYear, const EventFilter& filter, const QDate& today,
    QueueColumns::Column sort, Qt::SortOrder order) const
{
    const Condition condition = conditionFor(editionYear, filter, today, true, m_database.engine());
    return orderedIds({ condition.sql(), condition.values }, sort, order, 0);
}

StoreResult<QList<qint64>> QueueIndex::orderedIds(
    const Where& where, QueueColumns::Column sort, Qt::SortOrder order, int limit) const
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // PostgreSQL: the ids in one text, in order, which the driver hands over at once: one row per
    // request cost more than the server's scan (100,000 ids: 47 ms against 13). The server reads
    // them in the same order from the same index.
    const bool packed = m_database.isPostgresql() && limit == 0;
    Statement query(m_database,
        packed ? QStringLiteral("SELECT string_agg(event_id::text, ',' ORDER BY %2 %3, event_id %3) FROM "
                                "event_queue WHERE %1")
                     .arg(where.sql, sortExpression(sort), direction)
               : QStringLiteral("SELECT event_id FROM event_queue WHERE %1 ORDER BY %2 %3, event_id %3%4")
                     .arg(where.sql, sortExpression(sort), direction,
                         limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    if (!query.isValid()) {
        return failed(query.errorString());
    }
    where.bindTo(query);
    QList<qint64> ids;
    while (query.next()) {
        if (!packed) {
            ids.append(query.columnInteger(0));
            continue;
        }
        const QByteArrayView text = query.columnText(0); // empty (NULL) when no request matches
        ids.reserve(text.count(',') + 1);
        for (qsizetype from = 0; from < text.size();) {
            const qsizetype comma = text.indexOf(',', from);
            const qsizetype end = comma < 0 ? text.size() : comma;
            ids.append(PackedText::integer(text.sliced(from, end - from)));
            from = end + 1;
        }
    }
    // next() ends on an error as on the last row.
    if (!query.errorString().isEmpty()) {
        return failed(query.errorString());
    }
    return ids;
}

QueueIndex::Where QueueIndex::where(int editionYear, const EventFilter& filter, const QDate& today) const
{
    const Condition condition = conditionFor(editionYear, filter, today, true, m_database.engine());
    return { condition.sql(), condition.values };
}

bool QueueIndex::searchIsIndexed() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(m_database.isPostgresql()
                   ? QStringLiteral("SELECT to_regclass('event_queue_search') IS NOT NULL")
                   : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'event_queue_search'"))
        && query.next() && query.value(0).toBool();
}

void QueueIndex::Where::bindTo(Statement& statement) const { bind(statement, values); }

StoreResult<QList<MapPoint>> QueueIndex::mapPoints(
    int editionYear, const EventFilter& filter, const QDate& today) const
{
    const Condition condition = conditionFor(editionYear, filter, today, true, m_database.engine());
    // The whole edition: the index event_queue_map (schemas 15, 17) holds every column read here in
    // event_id order, the online requests' texts among them, so this is one pass over that index
    // alone, without the wide rows, the requests or a sort.
    const QString where = condition.sql();
    // PostgreSQL: the row's map_point (schema 17), its columns in one text that the server wrote
    // with the row, the coordinates as the hexadecimal bits of their doubles: the driver converts
    // one value per row instead of eight, and the server formats nothing (most of its read went
    // there). The région and département codes, last, have no comma.
    const bool packed = m_database.isPostgresql();
    constexpr int Columns = 8;
    // The online requests' texts as they are, NULL for the others. Aggregating every row into one
    // text instead cost the server more than the rows' transfer saved (PostgreSQL, 100,000 rows).
    Statement query(m_database,
        QStringLiteral("SELECT %1, online_title, online_request_id, online_organiser FROM event_queue "
                       "WHERE %2 ORDER BY event_id")
            .arg(packed ? QStringLiteral("map_point")
                        : QStringLiteral(
                              "event_id, latitude, longitude, status, failing, online, region, departement"),
                where));
    if (!query.isValid()) {
        return failed(query.errorString());
    }
    QList<MapPoint> points;
    bind(query, condition.values);
    const QList<EventStatus> statuses = EventStatuses::all();
    const QList<QByteArray> keys = statusKeys();
    // Région and département codes repeat: one shared string each instead of one per row, found
    // by the code's bytes packed in an integer (codes are a few characters).
    QHash<quint64, QString> codes;
    const auto code = [&codes](QByteArrayView text) {
        if (text.size() > 7) {
            return QString::fromUtf8(text);
        }
        quint64 key = quint64(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            key |= quint64(quint8(text[i])) << (8 * (i + 1));
        }
        auto found = codes.constFind(key);
        if (found == codes.cend()) {
            found = codes.insert(key, QString::fromUtf8(text));
        }
        return *found;
    };
    std::array<QByteArrayView, Columns> fields;
    const auto text = [&](int column) { return packed ? fields[column] : query.columnText(column); };
    const auto integer = [&](int column) {
        return packed ? PackedText::integer(fields[column]) : query.columnInteger(column);
    };
    const auto real = [&](int column) {
        if (packed ? fields[column].isEmpty() : query.columnIsNull(column)) {
            return std::numeric_limits<double>::quiet_NaN();
        }
        if (!packed) {
            return query.columnReal(column);
        }
        // The bits of the stored double, written by the server in hexadecimal.
        const quint64 bits = PackedText::hexadecimal(fields[column]);
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    };
    const int titles = packed ? 1 : Columns; // the first of the online requests' texts
    while (query.next()) {
        if (packed) {
            QByteArrayView row = query.columnText(0);
            for (int i = 0; i < Columns; ++i) {
                const qsizetype comma = i + 1 < Columns ? row.indexOf(',') : -1;
                fields[i] = comma < 0 ? row : row.first(comma);
                row = comma < 0 ? QByteArrayView() : row.sliced(comma + 1);
            }
        }
        MapPoint& point = points.emplace_back();
        point.id = integer(0);
        point.latitude = real(1);
        point.longitude = real(2);
        if (!point.hasPlace()) {
            point.latitude = point.longitude = std::numeric_limits<double>::quiet_NaN();
        }
        const auto key = std::find(keys.cbegin(), keys.cend(), text(3));
        point.status = key == keys.cend() ? EventStatus::Submitted : statuses.at(key - keys.cbegin());
        point.failing = int(integer(4));
        point.online = integer(5) != 0;
        point.region = code(text(6));
        point.departement = code(text(7));
        if (point.online) {
            point.title = QString::fromUtf8(query.columnText(titles));
            point.requestId = QString::fromUtf8(query.columnText(titles + 1));
            point.organiser = QString::fromUtf8(query.columnText(titles + 2));
        }
    }
    if (!query.errorString().isEmpty()) {
        return failed(query.errorString());
    }
    return points;
}

StoreResult<QStringList> QueueIndex::assignees(int editionYear) const
{
    // Read at each reload of the queue: kept by the connection (on PostgreSQL one EXECUTE instead
    // of PREPARE, EXECUTE and DEALLOCATE), through the assigned requests' index (schema 19).
    KeptQuery statement(m_database,
        QStringLiteral("SELECT DISTINCT assignee FROM event_queue WHERE edition_year = ? AND "
                       "assignee <> '' ORDER BY assignee"));
    QSqlQuery& query = statement.query();
    if (!statement.exec({ editionYear })) {
        return failed(query.lastError().text());
    }
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

QueueIndex::Selection QueueIndex::select(int editionYear, const EventFilter& filter, const QDate& today,
    const QString& me, QueueColumns::Column sort, Qt::SortOrder order) const
{
    const Condition others = conditionFor(editionYear, filter, today, false, m_database.engine());
    if (others.parts.size() == 1) {
        // Only the edition, the statuses and the assignee: both come from the indexes.
        StoreResult<QList<qint64>> found = ids(editionYear, filter, today, sort, order);
        StoreResult<Counts> counted = counts(editionYear, filter, today, me);
        if (!found || !counted) {
            return { {}, {}, !found ? found.message : counted.message };
        }
        return { std::move(found).value(), std::move(counted).value(), {} };
    }
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    Statement query(m_database,
        QStringLiteral(
            "SELECT event_id, status, assignee FROM event_queue WHERE %1 ORDER BY %2 %3, event_id %3")
            .arg(others.sql(), sortExpression(sort), direction));
    Selection selection;
    if (!query.isValid()) {
        return { {}, {}, failed(query.errorString()).message };
    }
    bind(query, others.values);
    const QList<EventStatus> statuses = EventStatuses::all();
    const QList<QByteArray> keys = statusKeys();
    const QByteArray mine = me.toUtf8();
    const std::optional<QByteArray> assignee
        = filter.assignee ? std::optional<QByteArray>(filter.assignee->toUtf8()) : std::nullopt;
    // Counted by the status's place in `statuses`, into the hashes once at the end: two hash
    // look-ups a row were a quarter of this loop's own work (the rows' transfer aside).
    QList<int> byStatus(statuses.size(), 0);
    QList<int> mineByStatus(statuses.size(), 0);
    while (query.next()) {
        const qsizetype index = keys.indexOf(query.columnText(1));
        if (index < 0) {
            continue;
        }
        const EventStatus status = statuses.at(index);
        const QByteArrayView who = query.columnText(2);
        ++byStatus[index];
        mineByStatus[index] += who == mine ? 1 : 0;
        if ((filter.statuses.isEmpty() || filter.statuses.contains(status))
            && (!assignee || who == *assignee)) {
            selection.ids.append(query.columnInteger(0));
        }
    }
    if (!query.errorString().isEmpty()) {
        return { {}, {}, failed(query.errorString()).message };
    }
    for (qsizetype index = 0; index < statuses.size(); ++index) {
        if (byStatus.at(index) > 0) {
            selection.counts.byStatus.insert(statuses.at(index), byStatus.at(index));
            selection.counts.mineByStatus.insert(statuses.at(index), mineByStatus.at(index));
            selection.counts.total += byStatus.at(index);
        }
    }
    return selection;
}

std::optional<QueueIndex::Selection> QueueIndex::firstRows(int editionYear, const EventFilter& filter,
    const QDate& today, QueueColumns::Column sort, Qt::SortOrder order, int rows) const
{
    const QString needle = TextFold::folded(filter.text.trimmed());
    if (sort != QueueColumns::RequestId || rows <= 0 || !searchUsesTrigrams(needle, m_database.engine())) {
        return std::nullopt;
    }
    // The trigram index's candidates, counted up to what makes the first rows worth it (a few ms).
    const int enough = rows * CandidatesPerFirstRow;
    Statement candidates(m_database.connection(),
        QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM event_queue_search WHERE event_queue_search "
                       "MATCH ? LIMIT %1)")
            .arg(enough));
    if (!candidates.isValid()) {
        return Selection { {}, {}, failed(candidates.errorString()).message, true };
    }
    candidates.bindText(1, trigramQuery(needle).toUtf8());
    if (!candidates.next()) {
        return Selection { {}, {}, failed(candidates.errorString()).message, true };
    }
    if (candidates.columnInteger(0) < enough) {
        return std::nullopt; // few: select() counts them as quickly
    }
    // So many that the rows read in the request ids' order (the index event_queue_request) find the
    // first ones after about `edition / CandidatesPerFirstRow` rows at most, without the others.
    const Condition condition
        = conditionFor(editionYear, filter, today, true, m_database.engine(), SearchPlan::InOrder);
    StoreResult<QList<qint64>> first = orderedIds({ condition.sql(), condition.values }, sort, order, rows);
    if (!first) {
        return Selection { {}, {}, first.message, true };
    }
    return Selection { std::move(first).value(), {}, {}, true };
}

StoreResult<QueueIndex::Counts> QueueIndex::counts(
    int editionYear, const EventFilter& filter, const QDate& today, const QString& me) const
{
    const Condition condition = conditionFor(editionYear, filter, today, false, m_database.engine());
    Statement query(m_database,
        QStringLiteral("SELECT status, count(*), sum(CASE WHEN assignee = ? THEN 1 ELSE 0 END) FROM "
                       "event_queue WHERE %1 GROUP BY status")
            .arg(condition.sql()));
    if (!query.isValid()) {
        return failed(query.errorString());
    }
    Counts counts;
    bind(query, QVariantList { me } + condition.values);
    while (query.next()) {
        const auto status = EventStatuses::fromKey(QString::fromUtf8(query.columnText(0)));
        if (status) {
            counts.byStatus.insert(*status, int(query.columnInteger(1)));
            counts.mineByStatus.insert(*status, int(query.columnInteger(2)));
            counts.total += int(query.columnInteger(1));
        }
    }
    if (!query.errorString().isEmpty()) {
        return failed(query.errorString());
    }
    return counts;
}
