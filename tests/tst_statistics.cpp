// The dashboard's figures (StatisticsRepository, in SQL) against a plain loop over every request
// of a generated edition, under several filters: counts per status for the country, each région
// and each département, participants, the mixes, the conditions failed, labelled events per day
// (multi-day events on each day), the campaign's pace; with overseas requests, requests without a
// région and withdrawn requests (which count only in "received"), and requests without audiences or a
// submission date.
#include "DemoStore.h"
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/QueueIndex.h"
#include "db/RequestStore.h"
#include "db/StatisticsRepository.h"

#include <QSqlQuery>

#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(EventFilter)

namespace {

// One line per figure, so that a failure names the territory and the figure that differ.
QStringList describe(const TerritoryFigures& f)
{
    return { QStringLiteral("%1 received %2").arg(f.code).arg(f.received),
        QStringLiteral("%1 labelled %2").arg(f.code).arg(f.labelled),
        QStringLiteral("%1 refused %2").arg(f.code).arg(f.refused),
        QStringLiteral("%1 pending %2").arg(f.code).arg(f.pending),
        QStringLiteral("%1 info %2").arg(f.code).arg(f.informationRequested),
        QStringLiteral("%1 withdrawn %2").arg(f.code).arg(f.withdrawn),
        QStringLiteral("%1 expected %2").arg(f.code).arg(f.expectedParticipants),
        QStringLiteral("%1 actual %2 of %3").arg(f.code).arg(f.actualParticipants).arg(f.actualReported),
        QStringLiteral("%1 population %2").arg(f.code).arg(f.population) };
}

template <typename Key> QStringList describe(const QString& name, const QMap<Key, int>& map)
{
    QStringList lines;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value() != 0) {
            lines << QStringLiteral("%1 %2: %3")
                         .arg(name)
                         .arg(QVariant::fromValue(it.key()).toString())
                         .arg(it.value());
        }
    }
    return lines;
}

QStringList describe(const Statistics& s)
{
    QStringList lines = describe(s.national);
    for (const TerritoryFigures& region : s.regions) {
        lines << describe(region);
        for (const TerritoryFigures& departement : s.departements.value(region.code)) {
            lines << describe(departement);
        }
    }
    QMap<int, int> eventTypes;
    for (auto it = s.eventTypes.cbegin(); it != s.eventTypes.cend(); ++it) {
        eventTypes[int(it.key())] = it.value();
    }
    QMap<int, int> organiserTypes;
    for (auto it = s.organiserTypes.cbegin(); it != s.organiserTypes.cend(); ++it) {
        organiserTypes[int(it.key())] = it.value();
    }
    QMap<int, int> audiences;
    for (auto it = s.audiences.cbegin(); it != s.audiences.cend(); ++it) {
        audiences[int(it.key())] = it.value();
    }
    lines << describe(QStringLiteral("event type"), eventTypes)
          << describe(QStringLiteral("organiser type"), organiserTypes)
          << describe(QStringLiteral("audience"), audiences);
    for (int c = 0; c < 4; ++c) {
        lines << QStringLiteral("failing C%1: %2").arg(c + 1).arg(s.failing[c]);
    }
    // Every day of the week appears, even with no event.
    for (auto it = s.labelledPerDay.cbegin(); it != s.labelledPerDay.cend(); ++it) {
        lines << QStringLiteral("labelled on %1: %2").arg(it.key().toString(Qt::ISODate)).arg(it.value());
    }
    lines << describe(QStringLiteral("received on"), s.receivedPerDay)
          << describe(QStringLiteral("decided on"), s.decisionsPerDay);
    return lines;
}

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void figuresEqualAPlainLoop_data();
    void figuresEqualAPlainLoop();
    void theHandMadeRequestsCountWhereTheyShould();
    void previousFiguresRoundTrip();
    void decisionsAreReadFromTheirOwnIndex();
    void decidedRequestsAreReadFromTheirOwnIndex();

private:
    Statistics expected(const EventFilter& filter, const QDate& today) const;

    static constexpr int EventCount = 1500;
    DemoStore m_filled; // what each test function's store is a copy of
    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<EventRepository> m_repository;
    Edition m_edition;
    QDate m_decisionDay;
    int m_decided = 0;
};

void TestStatistics::initTestCase()
{
    QCOMPARE(m_filled.open(0, 0), QString());
    m_edition = *EditionRepository(m_filled.database).find(2018);
    QList<Event> events = DemoGenerator(m_edition, GeoReference::embedded(), 1802).generate(EventCount);
    // Some labelled events reported their participants after the week.
    for (qsizetype i = 0; i < events.size(); i += 3) {
        if (events.at(i).status == EventStatus::Labelled) {
            events[i].actualParticipants = int(i % 97) + 1;
        }
    }
    // Hand-made: a three-day labelled event in La Réunion (its own week), a labelled request without
    // a région, a withdrawn request that would otherwise be labelled, and a labelled event with no end.
    Event reunion = events.first();
    reunion.requestId = QStringLiteral("SI2018-HAND01");
    reunion.postalCode = QStringLiteral("97400");
    reunion.commune = QStringLiteral("Saint-Denis");
    reunion.inseeCode = QStringLiteral("97411");
    reunion.departement = QStringLiteral("974");
    reunion.region = QStringLiteral("04");
    reunion.startsAt = wallClock(QDate(2018, 4, 4), QTime(9, 0));
    reunion.endsAt = wallClock(QDate(2018, 4, 6), QTime(17, 0));
    reunion.status = EventStatus::Labelled;
    reunion.expectedParticipants = 450;
    reunion.actualParticipants = 512;
    Event nowhere = events.first();
    nowhere.requestId = QStringLiteral("SI2018-HAND02");
    nowhere.region.clear();
    nowhere.departement.clear();
    nowhere.status = EventStatus::Labelled;
    nowhere.expectedParticipants = 1000;
    Event withdrawn = events.first();
    withdrawn.requestId = QStringLiteral("SI2018-HAND03");
    withdrawn.status = EventStatus::Withdrawn;
    withdrawn.expectedParticipants = 7000;
    Event noEnd = events.first();
    noEnd.requestId = QStringLiteral("SI2018-HAND04");
    noEnd.startsAt = wallClock(QDate(2018, 3, 27), QTime(14, 0));
    noEnd.endsAt = QDateTime();
    noEnd.status = EventStatus::Labelled;
    // And a labelled request without audiences or a submission date: PostgreSQL keeps each
    // request's group keys as texts (schema 27), where a missing part must not hide the others.
    Event unknowns = events.first();
    unknowns.requestId = QStringLiteral("SI2018-HAND05");
    unknowns.status = EventStatus::Labelled;
    unknowns.audiences.reset();
    unknowns.submittedAt = QDateTime();
    events << reunion << nowhere << withdrawn << noEnd << unknowns;
    const WriteResult stored = RequestStore(m_filled.database).insertAll(events, QStringLiteral("test"));
    QVERIFY2(stored.ok(), qPrintable(stored.message));

    // Decisions of the campaign: a few pending requests labelled or refused now, and one refused
    // then withdrawn (its decision counts nowhere).
    m_decided = 0;
    m_decisionDay = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Paris")).date();
    int changed = 0;
    const QList<Event> inserted = EventRepository(m_filled.database).all(2018).value();
    for (const Event& event : inserted) {
        if (!EventStatuses::isPending(event.status) || changed == 7) {
            continue;
        }
        const EventStatus to = changed % 2 ? EventStatus::Refused : EventStatus::Labelled;
        const WriteResult decided
            = Decisions(m_filled.database)
                  .changeStatus(event.id, event.version, to, QStringLiteral("test"), QStringLiteral("me"),
                      to == EventStatus::Labelled ? Decisions::Kind::Override : Decisions::Kind::Regular);
        QVERIFY2(decided.ok(), qPrintable(decided.message));
        if (changed == 6) {
            const WriteResult withdrawn
                = Decisions(m_filled.database)
                      .changeStatus(event.id, event.version + 1, EventStatus::Withdrawn,
                          QStringLiteral("asked"), QStringLiteral("me"));
            QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.message));
        } else {
            ++m_decided;
        }
        ++changed;
    }
    QCOMPARE(changed, 7);
    m_filled.database.close();
}

void TestStatistics::init()
{
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->openCopyOf(m_filled), QString());
    m_repository = std::make_unique<EventRepository>(m_store->database);
}

void TestStatistics::cleanup()
{
    m_repository.reset();
    m_store.reset();
}

// The plain loop: every request of the edition, the filter's own matches(), counted one by one.
Statistics TestStatistics::expected(const EventFilter& filter, const QDate& today) const
{
    const GeoReference& geo = GeoReference::embedded();
    const RuleContext context { &m_edition, today, &geo, false };
    Statistics s = Statistics::empty(geo);
    QDate firstDay = m_edition.weekStart;
    QDate lastDay = m_edition.weekEnd;
    for (const TerritoryWindow& window : m_edition.territoryWindows) {
        firstDay = std::min(firstDay, window.weekStart);
        lastDay = std::max(lastDay, window.weekEnd);
    }
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        s.labelledPerDay[day] = 0;
    }
    const QTimeZone paris("Europe/Paris");
    for (const Event& event : m_repository->all(2018).value()) {
        const RuleReport report = LabelRules::evaluateAll(event, context);
        if (!filter.matches(event, report)) {
            continue;
        }
        s.national.add(event.status, event.expectedParticipants, event.actualParticipants);
        for (TerritoryFigures& region : s.regions) {
            if (region.code == event.region) {
                region.add(event.status, event.expectedParticipants, event.actualParticipants);
            }
        }
        for (TerritoryFigures& departement :
            s.departements[geo.departement(event.departement) ? geo.departement(event.departement)->regionCode
                                                              : QString()]) {
            if (departement.code == event.departement) {
                departement.add(event.status, event.expectedParticipants, event.actualParticipants);
            }
        }
        if (event.submittedAt.isValid()) {
            ++s.receivedPerDay[event.submittedAt.toTimeZone(paris).date()];
        }
        if (event.status == EventStatus::Withdrawn) {
            continue;
        }
        ++s.eventTypes[event.type];
        ++s.organiserTypes[event.organiserType];
        for (Audience audience : { Audience::GeneralPublic, Audience::YoungPeople, Audience::JobSeekers }) {
            if (event.audiences && event.audiences->testFlag(audience)) {
                ++s.audiences[audience];
            }
        }
        const QList<Check>& conditions = LabelRules::conditions();
        for (int c = 0; c < 4; ++c) {
            s.failing[c] += report.result(conditions.at(c)).outcome == Outcome::Fail ? 1 : 0;
        }
        if (event.status == EventStatus::Labelled && event.startsAt.isValid()) {
            const QDate last = event.endsAt.isValid() ? event.endsAt.date() : event.startsAt.date();
            for (QDate day = event.startsAt.date(); day <= last; day = day.addDays(1)) {
                if (s.labelledPerDay.contains(day)) {
                    ++s.labelledPerDay[day];
                }
            }
        }
    }
    return s;
}

void TestStatistics::figuresEqualAPlainLoop_data()
{
    QTest::addColumn<EventFilter>("filter");
    const auto make = [](auto change) {
        EventFilter filter;
        change(filter);
        return filter;
    };
    QTest::newRow("none") << EventFilter();
    QTest::newRow("company visits") << make([](EventFilter& f) { f.eventType = EventType::CompanyVisit; });
    QTest::newRow("Bretagne") << make([](EventFilter& f) { f.region = QStringLiteral("53"); });
    QTest::newRow("La Réunion") << make([](EventFilter& f) { f.region = QStringLiteral("04"); });
    QTest::newRow("Guadeloupe") << make([](EventFilter& f) { f.region = QStringLiteral("01"); });
    QTest::newRow("labelled and withdrawn")
        << make([](EventFilter& f) { f.statuses = { EventStatus::Labelled, EventStatus::Withdrawn }; });
    QTest::newRow("failing C4") << make([](EventFilter& f) {
        f.conditions = EventFilter::Conditions::Failing;
        f.failing = Check::Free;
    });
    QTest::newRow("late, text a") << make([](EventFilter& f) {
        f.late = true;
        f.text = QStringLiteral("a");
    });
}

void TestStatistics::figuresEqualAPlainLoop()
{
    QFETCH(EventFilter, filter);
    const QDate today(2018, 3, 20);
    Statistics actual = StatisticsRepository(m_store->database)
                            .compute(m_edition, filter, today, GeoReference::embedded())
                            .value();
    Statistics wanted = expected(filter, today);
    // Decisions are checked apart: the loop knows them from the test's own changes.
    if (filter.region.isEmpty() && filter.statuses.isEmpty() && !filter.eventType && !filter.late
        && filter.conditions == EventFilter::Conditions::Any) {
        QCOMPARE(actual.decisionsPerDay, (QMap<QDate, int> { { m_decisionDay, m_decided } }));
    }
    actual.decisionsPerDay.clear();
    QCOMPARE(describe(actual), describe(wanted));
    QVERIFY(actual.national.received > 0);
}

void TestStatistics::theHandMadeRequestsCountWhereTheyShould()
{
    const Statistics s = StatisticsRepository(m_store->database)
                             .compute(m_edition, EventFilter(), QDate(2018, 3, 20), GeoReference::embedded())
                             .value();
    int regionsReceived = 0;
    for (const TerritoryFigures& region : s.regions) {
        regionsReceived += region.received;
    }
    // The request without a région counts for the country only.
    QCOMPARE(regionsReceived, s.national.received - 1);
    QCOMPARE(s.regions.size(), 18);
    const TerritoryFigures* reunion = s.region(QStringLiteral("04"));
    QVERIFY(reunion);
    QVERIFY(reunion->labelled >= 1);
    QVERIFY(reunion->actualParticipants >= 512);
    // La Réunion's own week: 3–8 April, after the national one.
    QVERIFY(s.labelledPerDay.contains(QDate(2018, 4, 8)));
    QVERIFY(s.labelledPerDay.value(QDate(2018, 4, 5)) >= 1);
    QCOMPARE(s.labelledPerDay.size(), 14);
    // The withdrawn request's 7,000 expected participants count nowhere.
    EventFilter withdrawnOnly;
    withdrawnOnly.statuses = { EventStatus::Withdrawn };
    const Statistics w = StatisticsRepository(m_store->database)
                             .compute(m_edition, withdrawnOnly, QDate(2018, 3, 20), GeoReference::embedded())
                             .value();
    QVERIFY(w.national.withdrawn >= 2);
    QCOMPARE(w.national.received, w.national.withdrawn);
    QCOMPARE(w.national.expectedParticipants, 0);
    QVERIFY(w.eventTypes.isEmpty());
    QCOMPARE(w.failing, (std::array<int, 4> {}));
    QVERIFY(w.decisionsPerDay.isEmpty());
    QVERIFY(!w.receivedPerDay.isEmpty());
}

void TestStatistics::decisionsAreReadFromTheirOwnIndex()
{
    // The campaign's pace reads the changes to labelled or refused; on PostgreSQL through a partial
    // index of those alone (schema 17) that holds their hours (schema 27), not the whole audit trail
    // with its creations.
    if (!m_store->database.isPostgresql()) {
        QSKIP("SQLite reads the audit trail first, through its own plan");
    }
    QSqlQuery query(m_store->database.connection());
    // Small tables are cheaper to scan whole: keep the planner on indexes to see which one.
    QVERIFY(query.exec(QStringLiteral("SET enable_seqscan = off")));
    QVERIFY(query.exec(QStringLiteral("EXPLAIN SELECT a.at_hour, count(*) FROM audit a WHERE a.action "
                                      "IN ('status', 'override') AND a.new_status IN ('labelled', 'refused') "
                                      "GROUP BY 1")));
    QString plan;
    while (query.next()) {
        plan += query.value(0).toString() + QLatin1Char('\n');
    }
    QVERIFY(query.exec(QStringLiteral("RESET enable_seqscan")));
    QVERIFY2(plan.contains(QLatin1String("Index Only Scan using audit_decision")), qPrintable(plan));
}

void TestStatistics::decidedRequestsAreReadFromTheirOwnIndex()
{
    // The requests beside those decisions, not withdrawn, through a narrow partial index of them
    // (schema 26) rather than the map's, whose entries carry its texts: the statement as the
    // repository writes it, the withdrawn status in its text as in the index's condition.
    if (!m_store->database.isPostgresql()) {
        QSKIP("SQLite reads each request by its key");
    }
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(QStringLiteral("SET enable_seqscan = off")));
    QVERIFY(query.exec(
        QStringLiteral("EXPLAIN SELECT a.at_hour, count(*) FROM audit a JOIN event_queue ON "
                       "event_queue.event_id = a.event_id WHERE %1 AND status <> 'withdrawn' AND a.action IN "
                       "('status', 'override') AND a.new_status IN ('labelled', 'refused') GROUP BY 1")
            .arg(QueueIndex(m_store->database).where(m_edition.year, EventFilter(), QDate(2018, 3, 20)).sql)
            .replace(QLatin1Char('?'), QString::number(m_edition.year))));
    QString plan;
    while (query.next()) {
        plan += query.value(0).toString() + QLatin1Char('\n');
    }
    QVERIFY(query.exec(QStringLiteral("RESET enable_seqscan")));
    QVERIFY2(plan.contains(QLatin1String("Index Only Scan using event_queue_decided")), qPrintable(plan));
}

void TestStatistics::previousFiguresRoundTrip()
{
    StatisticsRepository repository(m_store->database);
    QVERIFY(repository.previousFigures(2018).value().isEmpty());
    QHash<QString, PreviousFigures> figures;
    figures.insert(QStringLiteral("53"), { 120, 15000 });
    figures.insert(QStringLiteral("29"), { 31, std::nullopt });
    figures.insert(QStringLiteral("04"), { std::nullopt, std::nullopt }); // nothing known: no row
    QVERIFY(repository.setPreviousFigures(2018, figures).ok());
    const QHash<QString, PreviousFigures> read = repository.previousFigures(2018).value();
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.value(QStringLiteral("53")).events, 120);
    QCOMPARE(read.value(QStringLiteral("53")).participants, 15000);
    QCOMPARE(read.value(QStringLiteral("29")).events, 31);
    QVERIFY(!read.value(QStringLiteral("29")).participants);
    figures.remove(QStringLiteral("53"));
    QVERIFY(repository.setPreviousFigures(2018, figures).ok());
    QCOMPARE(repository.previousFigures(2018).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
