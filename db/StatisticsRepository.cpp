#include "db/StatisticsRepository.h"

#include "app/core/GeoReference.h"
#include "db/Database.h"
#include "db/KeptQuery.h"
#include "db/PackedText.h"
#include "db/PreparedQuery.h"
#include "db/QueueIndex.h"
#include "db/SqlValue.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

const QString withdrawnKey = EventStatuses::key(EventStatus::Withdrawn);
const QString labelledKey = EventStatuses::key(EventStatus::Labelled);

// The days the charts show: the edition's week and every territory's own week.
QList<QDate> weekDays(const Edition& edition)
{
    QDate first = edition.weekStart;
    QDate last = edition.weekEnd;
    for (const TerritoryWindow& window : edition.territoryWindows) {
        first = std::min(first, window.weekStart);
        last = std::max(last, window.weekEnd);
    }
    QList<QDate> days;
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        days.append(day);
    }
    return days;
}

// A territory code (at most 3 characters: "2A", "974") as a key that costs no allocation.
quint32 packed(QByteArrayView code)
{
    quint32 key = 0;
    for (qsizetype i = 0; i < code.size() && i < 4; ++i) {
        key = (key << 8) | quint8(code.at(i));
    }
    return key;
}

// The day of a stored "YYYY-MM-DD…" text, 0 when there is none.
qint64 julianDay(QByteArrayView text)
{
    if (text.size() < 10) {
        return 0;
    }
    const auto number = [&](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            value = value * 10 + (text.at(i) - '0');
        }
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2)).toJulianDay();
}

// The stored keys of an enum, found without building a string per row.
template <typename Value> class Keys {
public:
    Keys(const QList<Value>& values, QString (*key)(Value))
    {
        for (Value value : values) {
            m_keys.append({ key(value).toUtf8(), value });
        }
    }
    std::optional<Value> find(QByteArrayView text) const
    {
        for (const auto& [key, value] : m_keys) {
            if (key == text) {
                return value;
            }
        }
        return std::nullopt;
    }

private:
    QList<std::pair<QByteArray, Value>> m_keys;
};

// What requests add to the figures but the decisions: each request alone (a scan), or a group of
// requests alike in what a figure looks at (the server's GROUPING SETS), told once for both.
class Tally {
public:
    Tally(Statistics& stats, const Edition& edition)
        : m_stats(stats)
        , m_days(weekDays(edition))
        , m_firstDay(m_days.isEmpty() ? 0 : m_days.first().toJulianDay())
        , m_labelledPerDay(m_days.size(), 0)
        , m_statuses(EventStatuses::all(), &EventStatuses::key)
        , m_eventTypes(EventTypes::all(), &EventTypes::key)
        , m_organiserTypes(OrganiserTypes::all(), &OrganiserTypes::key)
    {
        // Where each région and département sits in `stats`, by its code packed in an integer: a
        // scan looks them up 100,000 times.
        for (TerritoryFigures& figures : stats.regions) {
            m_regionRows.insert(packed(figures.code.toLatin1()), &figures);
        }
        for (auto it = stats.departements.begin(); it != stats.departements.end(); ++it) {
            for (TerritoryFigures& figures : *it) {
                m_departementRows.insert(packed(figures.code.toLatin1()), &figures);
            }
        }
    }

    // Requests of an unknown status count nowhere.
    std::optional<EventStatus> status(QByteArrayView key) const { return m_statuses.find(key); }

    // `count` requests of this région, département and status, with their participants summed
    // and the label conditions C1 to C4 that they fail.
    void territory(QByteArrayView region, QByteArrayView departement, EventStatus status, int count,
        qint64 expected, qint64 actual, int reported, const std::array<int, 4>& failing)
    {
        m_stats.national.add(status, count, expected, actual, reported);
        if (TerritoryFigures* figures = m_regionRows.value(packed(region))) {
            figures->add(status, count, expected, actual, reported);
        }
        if (TerritoryFigures* figures = m_departementRows.value(packed(departement))) {
            figures->add(status, count, expected, actual, reported);
        }
        if (status != EventStatus::Withdrawn) {
            for (int c = 0; c < 4; ++c) {
                m_stats.failing[c] += failing[c];
            }
        }
    }
    // Withdrawn requests count only in "received".
    void received(QByteArrayView submittedDay, int count)
    {
        if (const qint64 day = julianDay(submittedDay); day != 0) {
            m_receivedPerDay[day] += count;
        }
    }
    void eventType(EventStatus status, QByteArrayView key, int count)
    {
        if (const auto type = m_eventTypes.find(key); type && status != EventStatus::Withdrawn) {
            m_stats.eventTypes[*type] += count;
        }
    }
    void organiserType(EventStatus status, QByteArrayView key, int count)
    {
        if (const auto type = m_organiserTypes.find(key); type && status != EventStatus::Withdrawn) {
            m_stats.organiserTypes[*type] += count;
        }
    }
    void audiences(EventStatus status, qint64 bits, int count)
    {
        if (status != EventStatus::Withdrawn) {
            m_audiences[bits & 7] += count;
        }
    }
    // Of labelled events (a start is needed): one spanning several days counts on each day of the
    // week it runs on.
    void runs(EventStatus status, QByteArrayView startsAt, QByteArrayView endsAt, int count)
    {
        if (status != EventStatus::Labelled || startsAt.isNull()) {
            return;
        }
        const qint64 first = std::max(julianDay(startsAt) - m_firstDay, qint64(0));
        const qint64 last = std::min(julianDay(endsAt) - m_firstDay, qint64(m_days.size()) - 1);
        for (qint64 i = first; i <= last; ++i) {
            m_labelledPerDay[i] += count;
        }
    }

    // Into `stats`, once everything is told.
    void finish()
    {
        for (qsizetype i = 0; i < m_days.size(); ++i) {
            m_stats.labelledPerDay.insert(m_days.at(i), m_labelledPerDay.at(i));
        }
        for (auto it = m_receivedPerDay.cbegin(); it != m_receivedPerDay.cend(); ++it) {
            m_stats.receivedPerDay.insert(QDate::fromJulianDay(it.key()), it.value());
        }
        for (int bits = 1; bits < 8; ++bits) {
            for (Audience audience :
                { Audience::GeneralPublic, Audience::YoungPeople, Audience::JobSeekers }) {
                if (m_audiences[bits] > 0 && (bits & int(audience)) != 0) {
                    m_stats.audiences[audience] += m_audiences[bits];
                }
            }
        }
    }

private:
    Statistics& m_stats;
    const QList<QDate> m_days;
    const qint64 m_firstDay;
    QList<int> m_labelledPerDay;
    QHash<qint64, int> m_receivedPerDay;
    std::array<int, 8> m_audiences {};
    QHash<quint32, TerritoryFigures*> m_regionRows;
    QHash<quint32, TerritoryFigures*> m_departementRows;
    const Keys<EventStatus> m_statuses;
    const Keys<EventType> m_eventTypes;
    const Keys<OrganiserType> m_organiserTypes;
};

QString failingCount(int condition)
{
    return QStringLiteral("sum(CASE WHEN c%1 = %2 THEN 1 ELSE 0 END)").arg(condition).arg(int(Outcome::Fail));
}

// SQLite: one scan of the narrow index, each request told alone; no sorting, no join. Read in
// table order unless an index narrows the rows (a région, a département, statuses): through the
// edition's index, each row would cost a look-up of its own. Returns the store's error, if any.
QString tallyRows(const Database& database, const QueueIndex::Where& where, bool narrowed, Tally& tally)
{
    Statement scan(database.connection(),
        QStringLiteral(
            "SELECT region, departement, status, event_type, organiser_type, audiences, c1, c2, c3, c4, "
            "submitted_day, starts_at, coalesce(ends_at, starts_at), expected_participants, "
            "actual_participants FROM event_queue %1 WHERE %2")
            .arg(narrowed ? QString() : QStringLiteral("NOT INDEXED"), where.sql));
    if (!scan.isValid()) {
        return scan.errorString();
    }
    where.bindTo(scan);
    while (scan.next()) {
        const std::optional<EventStatus> status = tally.status(scan.columnText(2));
        if (!status) {
            continue;
        }
        const bool reported = !scan.columnIsNull(14);
        std::array<int, 4> failing {};
        for (int c = 0; c < 4; ++c) {
            failing[c] = scan.columnInteger(6 + c) == int(Outcome::Fail) ? 1 : 0;
        }
        tally.territory(scan.columnText(0), scan.columnText(1), *status, 1, scan.columnInteger(13),
            reported ? scan.columnInteger(14) : 0, reported ? 1 : 0, failing);
        tally.received(scan.columnText(10), 1);
        tally.eventType(*status, scan.columnText(3), 1);
        tally.organiserType(*status, scan.columnText(4), 1);
        tally.audiences(*status, scan.columnInteger(5), 1);
        tally.runs(
            *status, scan.columnIsNull(11) ? QByteArrayView() : scan.columnText(11), scan.columnText(12), 1);
    }
    // next() ends on an error as on the last row.
    return scan.errorString();
}

// One field of a group key packed by the server (schema 27): up to the next comma, or `length` bytes
// when the key gives it (a free text before another); `key` keeps what follows.
QByteArrayView field(QByteArrayView& key, qsizetype length = -1)
{
    const qsizetype end = length >= 0 ? std::min(length, key.size()) : key.indexOf(',');
    const QByteArrayView value = end < 0 ? key : key.first(end);
    key = end < 0 ? QByteArrayView() : key.sliced(end + (length >= 0 ? 0 : 1));
    return value;
}

// PostgreSQL: the server counts, in one pass over the rows with one group per set below, and
// sends a few thousand groups instead of 100,000 rows of 15 values (their transfer and conversion
// were nearly all of the time). Finding each row's group in each set is most of the server's time:
// each set is one text stored with the row (schema 27), its parts read back here. The received and
// run days share a set, as do the event types, organiser types and audiences (groups summed here).
// A group has its own set's key and NULL for the others. Returns the store's error, if any.
QString tallyGroups(Database& database, const QueueIndex::Where& where, Tally& tally)
{
    enum Set { Place, Kinds, Days };
    Statement groups(database,
        QStringLiteral("SELECT stats_place, stats_kinds, stats_days, count(*), sum(expected_participants), "
                       "sum(actual_participants), count(actual_participants), %1, %2, %3, %4 "
                       "FROM event_queue WHERE %5 "
                       "GROUP BY GROUPING SETS ((stats_place), (stats_kinds), (stats_days))")
            .arg(failingCount(1), failingCount(2), failingCount(3), failingCount(4), where.sql));
    if (!groups.isValid()) {
        return groups.errorString();
    }
    constexpr int Counted = 3; // the first column after the keys
    where.bindTo(groups);
    while (groups.next()) {
        const Set set = !groups.columnIsNull(Place) ? Place : !groups.columnIsNull(Kinds) ? Kinds : Days;
        QByteArrayView key = groups.columnText(set);
        const std::optional<EventStatus> status = tally.status(field(key));
        if (!status) {
            continue;
        }
        const int count = int(groups.columnInteger(Counted));
        switch (set) {
        case Place: {
            // status,length of the région,région and département
            const QByteArrayView region = field(key, PackedText::integer(field(key)));
            tally.territory(region, key, *status, count, groups.columnInteger(Counted + 1),
                groups.columnInteger(Counted + 2), int(groups.columnInteger(Counted + 3)),
                { int(groups.columnInteger(Counted + 4)), int(groups.columnInteger(Counted + 5)),
                    int(groups.columnInteger(Counted + 6)), int(groups.columnInteger(Counted + 7)) });
            break;
        }
        case Kinds:
            // status,audiences,length of the event type,event type and organiser type
            tally.audiences(*status, PackedText::integer(field(key)), count);
            tally.eventType(*status, field(key, PackedText::integer(field(key))), count);
            tally.organiserType(*status, key, count);
            break;
        case Days: {
            // status,submitted day[,first day,last day] (those two for labelled requests alone)
            tally.received(field(key), count);
            const QByteArrayView first = field(key);
            tally.runs(*status, first.isEmpty() ? QByteArrayView() : first, key, count);
            break;
        }
        }
    }
    return groups.errorString();
}

} // namespace

StatisticsRepository::StatisticsRepository(Database& database)
    : m_database(database)
{
}

StoreResult<void> StatisticsRepository::failed(const QString& error)
{
    return StoreResult<void>::failure(
        StoreStatus::Failed, tr("The statistics cannot be read: %1").arg(error));
}

StoreResult<Statistics> StatisticsRepository::compute(
    const Edition& edition, const EventFilter& filter, const QDate& today, const GeoReference& geo) const
{
    Statistics stats = Statistics::empty(geo);
    const QueueIndex::Where where = QueueIndex(m_database).where(edition.year, filter, today);
    Tally tally(stats, edition);
    const bool narrowed
        = !filter.region.isEmpty() || !filter.departement.isEmpty() || !filter.statuses.isEmpty();
    const QString error = m_database.isPostgresql() ? tallyGroups(m_database, where, tally)
                                                    : tallyRows(m_database, where, narrowed, tally);
    if (!error.isEmpty()) {
        return failed(error);
    }
    tally.finish();

    // Decisions are dated in UTC by the audit trail: grouped by hour, then placed on Paris days.
    // The filter's columns are the queue index's alone, so it applies unchanged beside the audit's.
    // The audit is read first (SQLite keeps the order of a CROSS JOIN): decisions are few beside the
    // requests. The decided statuses are written in the statement, as in PostgreSQL's partial index
    // of decisions (schema 17), which the planner uses only for a statement that says them; so is
    // the withdrawn status, as in its partial index of the requests not withdrawn (schema 26).
    // PostgreSQL keeps each entry's hour, and its index of decisions holds it (schema 27).
    const bool postgresql = m_database.isPostgresql();
    KeptQuery kept(m_database,
        (QStringLiteral("SELECT %5, count(*) FROM audit a ")
            + (postgresql ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN"))
            + QStringLiteral(" event_queue ON event_queue.event_id = a.event_id WHERE %1 AND status <> '%4' "
                             "AND a.action IN ('status', 'override') AND a.new_status IN ('%2', '%3') "
                             "GROUP BY 1"))
            .arg(where.sql, labelledKey, EventStatuses::key(EventStatus::Refused), withdrawnKey,
                postgresql ? QStringLiteral("a.at_hour") : QStringLiteral("substr(a.at, 1, 13)")));
    QSqlQuery& decisions = kept.query();
    decisions.setForwardOnly(true);
    if (!kept.exec(where.values)) {
        return failed(decisions.lastError().text());
    }
    static const QTimeZone paris("Europe/Paris");
    while (decisions.next()) {
        const QDateTime hour
            = QDateTime::fromString(decisions.value(0).toString() + QStringLiteral(":00:00Z"), Qt::ISODate);
        if (hour.isValid()) {
            stats.decisionsPerDay[hour.toTimeZone(paris).date()] += decisions.value(1).toInt();
        }
    }
    return stats;
}

StoreResult<QHash<QString, PreviousFigures>> StatisticsRepository::previousFigures(int editionYear) const
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query,
            QStringLiteral(
                "SELECT territory, events, participants FROM previous_territory WHERE edition_year = ?"),
            { editionYear })) {
        return failed(query.lastError().text());
    }
    QHash<QString, PreviousFigures> figures;
    while (query.next()) {
        figures.insert(query.value(0).toString(),
            PreviousFigures {
                SqlValue::optional<int>(query.value(1)), SqlValue::optional<qint64>(query.value(2)) });
    }
    return figures;
}

WriteResult StatisticsRepository::setPreviousFigures(
    int editionYear, const QHash<QString, PreviousFigures>& figures)
{
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return transaction.failure();
    }
    QSqlQuery query(m_database.connection());
    const auto failed = [&] { return WriteResult::failure(StoreStatus::Failed, query.lastError().text()); };
    if (!query.prepare(QStringLiteral("DELETE FROM previous_territory WHERE edition_year = ?"))) {
        return failed();
    }
    query.addBindValue(editionYear);
    if (!query.exec()
        || !query.prepare(QStringLiteral("INSERT INTO previous_territory (edition_year, territory, events, "
                                         "participants) VALUES (?, ?, ?, ?)"))) {
        return failed();
    }
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (!it->events && !it->participants) {
            continue;
        }
        query.addBindValue(editionYear);
        query.addBindValue(it.key());
        query.addBindValue(SqlValue::variant(it->events));
        query.addBindValue(SqlValue::variant(it->participants));
        if (!query.exec()) {
            return failed();
        }
    }
    query.finish();
    return transaction.commit();
}
