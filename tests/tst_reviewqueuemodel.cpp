// The review queue's model on a generated store: structure (QAbstractItemModelTester), what each
// role shows, filters, sorting, counts against independent ones, following the store's announcements, and
// the statistics model and the map's points.
#include "DemoStore.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/SessionUser.h"
#include "app/core/TextFold.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/QueueIndex.h"
#include "db/QueueSelector.h"
#include "db/RequestStore.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"

#include "ui/stats/RegionStatsModel.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestReviewQueueModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void structureAndRoles();
    void headersNameTheColumns_data();
    void headersNameTheColumns();
    void rowsAreFetchedAPageAtATime();
    void theFirstRowsShownAreReadAlone();
    void conditionCellsExplainThemselves();
    void todayChangesTheOverdueFlag();
    void queueFilters();
    void sortingKeepsTheSelection();
    void figuresEqualIndependentCounts();
    void aDecisionMovesOneRowAndTheCounts();
    void manyChangesReadTheQueueOnce();
    void savedNotesReachTheRows();
    void aSearchShowsItsFirstRowsThenTheOthers();
    void regionStatistics();
    void mapPointsAreTheFilteredRequests();
    void aFailedReadIsSaid();

private:
    static constexpr int EventCount = 300;
    DemoStore m_filled; // what each test function's store is a copy of
    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<EventRepository> m_repository;
    std::unique_ptr<QueueIndex> m_index;
    std::unique_ptr<SharedFilter> m_filter;
    std::unique_ptr<ReviewQueueModel> m_model;
};

void TestReviewQueueModel::initTestCase()
{
    QCOMPARE(m_filled.open(EventCount, 11), QString());
    m_filled.database.close();
}

void TestReviewQueueModel::init()
{
    QSettings().clear(); // the shared filter remembers itself; each test starts from none
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->openCopyOf(m_filled), QString());
    m_repository = std::make_unique<EventRepository>(m_store->database);
    m_index = std::make_unique<QueueIndex>(m_store->database);
    m_filter = std::make_unique<SharedFilter>();
    m_model = std::make_unique<ReviewQueueModel>(
        *m_repository, *m_index, m_store->database.changes(), m_filter.get(), GeoReference::embedded());
    m_model->setToday(QDate(2018, 3, 20));
    m_model->setEdition(*EditionRepository(m_store->database).find(2018));
}

void TestReviewQueueModel::cleanup()
{
    m_model.reset();
    m_filter.reset();
    m_index.reset();
    m_repository.reset();
    m_store.reset();
}

void TestReviewQueueModel::structureAndRoles()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), EventCount);
    QCOMPARE(m_model->columnCount(), int(QueueColumns::Count));
    // Sorted by request id by default.
    const QList<Event> all = m_repository->all(2018).value();
    Event first = all.first();
    for (const Event& event : all) {
        first = TextFold::folded(event.requestId) < TextFold::folded(first.requestId) ? event : first;
    }
    QCOMPARE(m_model->index(0, QueueColumns::RequestId).data().toString(), first.requestId);
    QCOMPARE(m_model->index(0, QueueColumns::Title).data().toString(), first.title);
    QCOMPARE(m_model->index(0, QueueColumns::Organiser).data().toString(), first.organiserName);
    QCOMPARE(m_model->index(0, QueueColumns::Commune).data().toString(), first.commune);
    QCOMPARE(
        m_model->index(0, QueueColumns::Status).data().toString(), EventStatuses::displayName(first.status));
    QCOMPARE(m_model->index(0, QueueColumns::Region).data().toString(),
        GeoReference::embedded().region(first.region)->name);
    QCOMPARE(m_model->index(0, QueueColumns::Submitted).data().toString(),
        QLocale().toString(first.submittedAt.toLocalTime(), QLocale::ShortFormat));
    if (first.audiences && *first.audiences) {
        QCOMPARE(m_model->index(0, QueueColumns::Audiences).data().toString(),
            AudienceNames::displayNames(*first.audiences).join(QStringLiteral(", ")));
    }
    QCOMPARE(m_model->index(0, 0).data(ReviewQueueModel::EventIdRole).toLongLong(), first.id);
    QCOMPARE(m_model->rowOf(first.id), 0);
    QCOMPARE(m_model->rowOf(-5), -1);
    QCOMPARE(
        m_model->headerData(QueueColumns::ConditionDates, Qt::Horizontal).toString(), QStringLiteral("C1"));
    QCOMPARE(
        m_model->headerData(QueueColumns::ConditionFree, Qt::Horizontal).toString(), QStringLiteral("C4"));
    for (int column = 0; column < QueueColumns::Count; ++column) {
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    m_model->reload();
    QCOMPARE(m_model->rowCount(), EventCount);
    QCOMPARE(m_model->editionTotal(), EventCount);
}

void TestReviewQueueModel::headersNameTheColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");
    const char* const headers[]
        = { "Request", "Title", "Organiser", "Commune", "Dept.", "Région", "Start", "End", "Audiences",
              "Status", "Submitted", "Assignee", "Decision due", "C1", "C2", "C3", "C4", "Late", "Data" };
    QCOMPARE(int(std::size(headers)), int(QueueColumns::Count));
    for (int column = 0; column < int(std::size(headers)); ++column) {
        QTest::addRow("%s", headers[column]) << column << QString::fromUtf8(headers[column]);
    }
}

// In the order shown, each with its name (no translator here: the source texts).
void TestReviewQueueModel::headersNameTheColumns()
{
    QFETCH(int, column);
    QFETCH(QString, header);
    QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), header);
}

void TestReviewQueueModel::rowsAreFetchedAPageAtATime()
{
    // A request removed by hand behind the queue's back (the app never deletes one) leaves an
    // empty row on its page, not the next request shifted into its place.
    const qint64 gone = m_model->idAt(200);
    QSqlQuery query(m_store->database.connection());
    for (const QString& sql :
        { TestStore::onPostgresql() ? QStringLiteral("DROP TRIGGER audit_no_change ON audit")
                                    : QStringLiteral("DROP TRIGGER audit_no_delete"),
            QStringLiteral("DELETE FROM audit WHERE event_id = %1").arg(gone),
            QStringLiteral("DELETE FROM event_queue WHERE event_id = %1").arg(gone),
            QStringLiteral("DELETE FROM event WHERE id = %1").arg(gone) }) {
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    QCOMPARE(m_model->index(200, QueueColumns::Title).data().toString(), QString());
    QCOMPARE(m_model->eventAt(201).id, m_model->idAt(201));

    // Each other row shows its own request, wherever the reviewer jumps, in both directions.
    for (int row : { EventCount - 1, 0, 131, 129, 257, 3 }) {
        const qint64 id = m_model->idAt(row);
        const StoreResult<Event> stored = m_repository->find(id);
        QVERIFY(stored);
        QCOMPARE(m_model->eventAt(row).id, id);
        QCOMPARE(m_model->index(row, QueueColumns::Title).data().toString(), stored->title);
    }
    m_model->reload();
    QCOMPARE(m_model->rowCount(), EventCount - 1);
    QCOMPARE(m_model->rowOf(gone), -1);
}

// A new filter paints about a screenful of rows: those are read, not the hundred below them.
void TestReviewQueueModel::theFirstRowsShownAreReadAlone()
{
    m_model->reload();
    QCOMPARE(m_model->index(0, QueueColumns::Title).data().toString(), m_model->eventAt(0).title);
    QVERIFY(m_model->cachedEvent(m_model->idAt(0)));
    QVERIFY(m_model->cachedEvent(m_model->idAt(30)));
    QVERIFY(!m_model->cachedEvent(m_model->idAt(40)));
    QVERIFY(!m_model->cachedEvent(m_model->idAt(127)));
}

void TestReviewQueueModel::conditionCellsExplainThemselves()
{
    const Edition edition = m_model->edition();
    const RuleContext context { &edition, QDate(2018, 3, 20), &GeoReference::embedded() };
    int failing = 0;
    int lateOrProblem = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RuleReport expected = LabelRules::evaluateAll(*m_repository->find(m_model->idAt(row)), context);
        const QModelIndex free = m_model->index(row, QueueColumns::ConditionFree);
        QCOMPARE(free.data(Qt::ToolTipRole).toString(), expected.result(Check::Free).reason);
        QVERIFY(free.data(Qt::AccessibleTextRole).toString().contains(expected.result(Check::Free).reason));
        QVERIFY(!free.data(Qt::DecorationRole).value<QIcon>().isNull());
        const bool fails = !expected.failedConditions().isEmpty();
        QCOMPARE(m_model->index(row, 0).data(ReviewQueueModel::FailsConditionRole).toBool(), fails);
        QCOMPARE(m_model->index(row, 0).data(Qt::DecorationRole).isValid(), fails); // the row's marker
        const QModelIndex dates = m_model->index(row, QueueColumns::ConditionDates);
        QCOMPARE(
            dates.data(Qt::BackgroundRole).isValid(), expected.result(Check::Dates).outcome == Outcome::Fail);
        failing += fails ? 1 : 0;
        // A flag column shows a mark only when its flag is raised.
        for (const auto& [column, check] : { std::pair(QueueColumns::LateRequest, Check::LateRequest),
                 std::pair(QueueColumns::DataProblems, Check::DataProblems) }) {
            const bool raised = expected.result(check).outcome != Outcome::Pass;
            QCOMPARE(m_model->index(row, column).data(Qt::DecorationRole).isValid(), raised);
            lateOrProblem += raised ? 1 : 0;
        }
    }
    QVERIFY(lateOrProblem > 0);
    QVERIFY(failing > EventCount / 20);
    QVERIFY(failing < EventCount / 2);
}

void TestReviewQueueModel::todayChangesTheOverdueFlag()
{
    EventFilter overdue;
    overdue.overdue = true;
    m_filter->setFilter(overdue);
    const int overdueBefore = m_model->rowCount();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setToday(QDate(2018, 6, 1));
    QCOMPARE(reset.count(), 1);
    // By June every pending request is past its four working days.
    int pending = 0;
    for (const Event& event : m_repository->all(2018).value()) {
        pending += EventStatuses::isPending(event.status) ? 1 : 0;
    }
    QCOMPARE(m_model->rowCount(), pending);
    QVERIFY(overdueBefore < pending);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row, QueueColumns::DecisionDue)
                .data()
                .toString()
                .contains(QStringLiteral("overdue")));
    }
}

void TestReviewQueueModel::queueFilters()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(m_filter.get(), &SharedFilter::changed);
    const QList<Event> all = m_repository->all(2018).value();

    EventFilter byId;
    byId.text = all.at(7).requestId.toLower();
    m_filter->setFilter(byId);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data(ReviewQueueModel::EventIdRole).toLongLong(), all.at(7).id);
    m_filter->setFilter(byId); // the same filter again changes nothing
    QCOMPARE(changed.count(), 1);

    // Independent counts: a plain loop over the events and their rule outcomes.
    int labelledInBretagne = 0;
    int failingFree = 0;
    for (const Event& event : all) {
        labelledInBretagne
            += event.status == EventStatus::Labelled && event.region == QLatin1String("53") ? 1 : 0;
        failingFree
            += LabelRules::evaluate(Check::Free, event, m_model->context(false)).outcome == Outcome::Fail ? 1
                                                                                                          : 0;
    }
    EventFilter labelled;
    labelled.statuses = { EventStatus::Labelled };
    labelled.region = QStringLiteral("53");
    m_filter->setFilter(labelled);
    QCOMPARE(m_model->rowCount(), labelledInBretagne);
    QCOMPARE(m_model->matchingEvents()->size(), labelledInBretagne);
    QVERIFY(m_filter->describe().contains(QStringLiteral("Bretagne")));

    EventFilter paying;
    paying.conditions = EventFilter::Conditions::Failing;
    paying.failing = Check::Free;
    m_filter->setFilter(paying);
    QCOMPARE(m_model->rowCount(), failingFree);
    QVERIFY(failingFree > 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row, 0).data(ReviewQueueModel::FailsConditionRole).toBool());
    }

    m_filter->setFilter(EventFilter());
    QCOMPARE(m_filter->describe(), QStringLiteral("all requests"));
    m_model->sort(QueueColumns::Start, Qt::AscendingOrder);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->eventAt(row - 1).startsAt <= m_model->eventAt(row).startsAt);
    }
    m_model->sort(QueueColumns::Title, Qt::DescendingOrder);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(TextFold::folded(m_model->eventAt(row - 1).title)
            >= TextFold::folded(m_model->eventAt(row).title));
    }
}

void TestReviewQueueModel::sortingKeepsTheSelection()
{
    QItemSelectionModel selection(m_model.get());
    const qint64 id = m_model->idAt(42);
    selection.setCurrentIndex(m_model->index(42, QueueColumns::Title), QItemSelectionModel::SelectCurrent);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->sort(QueueColumns::Commune, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(selection.currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong(), id);
    QCOMPARE(selection.currentIndex().row(), m_model->rowOf(id));
    m_model->sort(QueueColumns::Commune, Qt::DescendingOrder); // the same order: nothing to do
    QCOMPARE(layout.count(), 1);
}

void TestReviewQueueModel::figuresEqualIndependentCounts()
{
    // Per status: plain SQL over the requests themselves.
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT status, count(*) FROM event WHERE edition_year = 2018 GROUP BY status")));
    QHash<EventStatus, int> byStatus;
    while (query.next()) {
        byStatus.insert(*EventStatuses::fromKey(query.value(0).toString()), query.value(1).toInt());
    }
    QCOMPARE(m_model->counts().byStatus, byStatus);
    QCOMPARE(m_model->editionCounts(), byStatus);
    for (EventStatus status : EventStatuses::all()) {
        EventFilter filter;
        filter.statuses = { status };
        m_filter->setFilter(filter);
        QCOMPARE(m_model->rowCount(), byStatus.value(status));
    }
    // The edition's counts whatever the filter, read again with one that narrows them (a région)
    // as with one that does not (statuses only, whose counts are the edition's).
    for (const QString& region : { QStringLiteral("53"), QString() }) {
        EventFilter filter;
        filter.statuses = { EventStatus::Submitted };
        filter.region = region;
        m_filter->setFilter(filter);
        m_model->reload();
        QCOMPARE(m_model->editionCounts(), byStatus);
    }
    // Per failed condition: the label rules, evaluated here on every request.
    const QList<Event> all = m_repository->all(2018).value();
    for (Check check : LabelRules::conditions()) {
        int failing = 0;
        for (const Event& event : all) {
            failing += LabelRules::evaluate(check, event, m_model->context(false)).outcome == Outcome::Fail
                ? 1
                : 0;
        }
        EventFilter filter;
        filter.conditions = EventFilter::Conditions::Failing;
        filter.failing = check;
        m_filter->setFilter(filter);
        QCOMPARE(m_model->rowCount(), failing);
        QCOMPARE(m_model->counts().total, failing);
    }
}

void TestReviewQueueModel::aDecisionMovesOneRowAndTheCounts()
{
    EventFilter toReview;
    toReview.statuses = { EventStatus::Submitted, EventStatus::InReview };
    m_filter->setFilter(toReview);
    const int before = m_model->rowCount();
    const Event event = m_model->eventAt(3);
    const Event below = m_model->eventAt(4);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // The store announces the decision; the model follows without being told.
    QVERIFY(Decisions(m_store->database)
            .changeStatus(event.id, event.version, EventStatus::Refused, QStringLiteral("payant"),
                QStringLiteral("test"))
            .ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0); // the store is not asked for the whole queue again
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(m_model->idAt(3), below.id);
    QCOMPARE(m_model->eventAt(3).id, below.id);
    // The counts kept locally equal the store's.
    const QueueIndex::Counts local = m_model->counts();
    const QHash<EventStatus, int> edition = m_model->editionCounts();
    m_model->reload();
    QCOMPARE(local.byStatus, m_model->counts().byStatus);
    QCOMPARE(local.mineByStatus, m_model->counts().mineByStatus);
    QCOMPARE(local.total, m_model->counts().total);
    QCOMPARE(edition, m_model->editionCounts());

    // Assigned to me, the row stays and shows it.
    const Event other = m_model->eventAt(0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    reset.clear();
    QVERIFY(Decisions(m_store->database)
            .assign(other.id, other.version, SessionUser::name(), QStringLiteral("test"))
            .ok());
    QCOMPARE(changed.count(), 1); // that row alone, in place
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->index(0, QueueColumns::Assignee).data().toString(), SessionUser::name());
    const QueueIndex::Counts mine = m_model->counts();
    m_model->reload();
    QCOMPARE(mine.mineByStatus, m_model->counts().mineByStatus);
}

void TestReviewQueueModel::manyChangesReadTheQueueOnce()
{
    // More requests than a page assigned in one batch (a bulk decision): one reload.
    QList<Event> shown;
    for (int row = 0; row < 200; ++row) {
        shown.append(m_model->eventAt(row));
    }
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    {
        const ChangeNotifier::Batch batch(m_store->database.changes());
        for (const Event& event : std::as_const(shown)) {
            QVERIFY(Decisions(m_store->database)
                    .assign(event.id, event.version, QStringLiteral("alice"), QStringLiteral("test"))
                    .ok());
        }
        QCOMPARE(reset.count(), 0);
    }
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->eventAt(199).assignee, QStringLiteral("alice"));
    // A new request: the queue is read again, and shows it.
    Event fresh = shown.first();
    fresh.requestId = QStringLiteral("NEW-0001");
    QVERIFY(RequestStore(m_store->database).insert(fresh, QStringLiteral("test")).ok());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), EventCount + 1);
    QVERIFY(m_model->rowOf(fresh.id) >= 0);
}

// The rows read before a reviewer saves notes carry them afterwards: the notes beside the queue
// come from these rows.
void TestReviewQueueModel::savedNotesReachTheRows()
{
    const Event shown = m_model->eventAt(2);
    QVERIFY(
        RequestStore(m_store->database).saveReviewerNotes(shown.id, QStringLiteral("Rappeler jeudi")).ok());
    QCOMPARE(m_model->eventAt(2).reviewerNotes, QStringLiteral("Rappeler jeudi"));
    QCOMPARE(m_model->eventAt(2).version, shown.version);
}

void TestReviewQueueModel::aSearchShowsItsFirstRowsThenTheOthers()
{
    // "usine" is in about a third of the requests: more than 32 times 2 candidates, so on SQLite
    // the first 2 rows are shown first, then the others below them and the counts.
    auto* selector = new QueueSelector(m_store->database, m_model.get());
    QVERIFY(selector->isAvailable());
    m_model->setSelector(selector, 2);
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(m_model.get(), &ReviewQueueModel::countsChanged);
    // What the reviewer sees when the rows are first shown (both answers may arrive at once).
    struct Shown {
        int rows = -1;
        bool searching = false;
        int countsChanged = -1;
        int total = -1;
    } shown;
    QPersistentModelIndex current;
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [&] {
        shown
            = { m_model->rowCount(), m_model->isSearching(), int(counted.count()), m_model->counts().total };
        current = m_model->index(1, QueueColumns::Title);
    });
    EventFilter filter;
    filter.text = QStringLiteral("usine");
    const QList<qint64> all = m_index->ids(2018, filter, QDate(2018, 3, 20)).value();
    QVERIFY(all.size() > 2);
    m_filter->setFilter(filter);
    QVERIFY(m_model->isSearching());
    QVERIFY(QTest::qWaitFor([&] { return !m_model->isSearching(); }));
    disconnect(m_model.get(), &QAbstractItemModel::modelReset, this, nullptr);
    if (m_store->database.isPostgresql()) {
        // The whole selection at once.
        QCOMPARE(shown.rows, int(all.size()));
        QCOMPARE(inserted.count(), 0);
    } else {
        // The first rows, the counts still those before the search; the others below them.
        QCOMPARE(shown.rows, 2);
        QVERIFY(shown.searching);
        QCOMPARE(shown.countsChanged, 0);
        QCOMPARE(shown.total, EventCount);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(current.row(), 1); // the row the reviewer may be on stays where it was
    }
    QCOMPARE(counted.count(), 1);
    QCOMPARE(m_model->rowCount(), int(all.size()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->idAt(row), all.at(row));
    }
    QCOMPARE(m_model->counts().total, int(all.size()));
    QCOMPARE(current.data().toString(), m_model->eventAt(1).title);
}

void TestReviewQueueModel::regionStatistics()
{
    RegionStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Event> all = m_repository->all(2018).value();
    const Statistics stats = Statistics::compute(all, GeoReference::embedded());
    model.setStatistics(stats);
    QCOMPARE(model.rowCount(), 19); // 18 régions and the total
    QCOMPARE(stats.national.received, EventCount);
    int sum = 0;
    int labelled = 0;
    for (int row = 0; row < 18; ++row) {
        sum += model.index(row, RegionStatsModel::Received).data(RegionStatsModel::SortRole).toInt();
        labelled += model.index(row, RegionStatsModel::Labelled).data(RegionStatsModel::SortRole).toInt();
    }
    QCOMPARE(sum, EventCount);
    QCOMPARE(model.index(18, RegionStatsModel::Labelled).data(RegionStatsModel::SortRole).toInt(), labelled);
    int expectedLabelled = 0;
    for (const Event& event : all) {
        expectedLabelled += event.status == EventStatus::Labelled ? 1 : 0;
    }
    QCOMPARE(labelled, expectedLabelled);
    QCOMPARE(model.index(18, RegionStatsModel::ShareOfLabelled).data(RegionStatsModel::SortRole).toDouble(),
        100.0);
}

void TestReviewQueueModel::mapPointsAreTheFilteredRequests()
{
    // The whole edition (read in the table's order): every request once, by id, the online ones
    // with what lists them.
    m_filter->setFilter({});
    const QList<Event> all = m_repository->all(2018).value();
    const QList<MapPoint> everything = m_model->mapPoints().value();
    QCOMPARE(everything.size(), all.size());
    for (qsizetype i = 1; i < everything.size(); ++i) {
        QVERIFY(everything.at(i - 1).id < everything.at(i).id);
    }
    for (const Event& event : all) {
        const auto point = std::find_if(
            everything.cbegin(), everything.cend(), [&](const MapPoint& p) { return p.id == event.id; });
        QVERIFY(point != everything.cend());
        QCOMPARE(point->requestId, event.online ? event.requestId : QString());
        QCOMPARE(point->organiser, event.online ? event.organiserName : QString());
    }
    EventFilter inIleDeFrance;
    inIleDeFrance.region = QStringLiteral("11");
    m_filter->setFilter(inIleDeFrance);
    QHash<qint64, Event> expected;
    for (const Event& event : m_repository->all(2018).value()) {
        if (event.region == QLatin1String("11")) {
            expected.insert(event.id, event);
        }
    }
    const QList<MapPoint> points = m_model->mapPoints().value();
    QCOMPARE(points.size(), expected.size());
    QVERIFY(!points.isEmpty());
    int placed = 0;
    for (const MapPoint& point : points) {
        QVERIFY(expected.contains(point.id));
        const Event& event = expected.value(point.id);
        QCOMPARE(point.hasPlace(), event.latitude.has_value() && event.longitude.has_value());
        if (point.hasPlace()) {
            QCOMPARE(point.latitude, *event.latitude);
            QCOMPARE(point.longitude, *event.longitude);
            ++placed;
        }
        QVERIFY(point.status == event.status);
        QCOMPARE(point.online, event.online);
        QCOMPARE(point.title, event.online ? event.title : QString());
        QCOMPARE(point.region, event.region);
        QCOMPARE(point.departement, event.departement);
        QCOMPARE(point.failing != 0,
            !LabelRules::evaluateAll(event, m_model->context(false)).failedConditions().isEmpty());
    }
    QVERIFY(placed > 0);
    // The box filter keeps exactly the placed requests inside it.
    EventFilter boxed = inIleDeFrance;
    boxed.area = EventFilter::Area { 48.0, 1.0, 49.5, 3.6 };
    m_filter->setFilter(boxed);
    int inside = 0;
    for (const Event& event : std::as_const(expected)) {
        inside += event.latitude && event.longitude && boxed.area->contains(*event.latitude, *event.longitude)
            ? 1
            : 0;
    }
    QCOMPARE(m_model->mapPoints().value().size(), inside);
    QCOMPARE(m_model->rowCount(), inside);
}

void TestReviewQueueModel::aFailedReadIsSaid()
{
    QVERIFY(m_model->rowCount() > 0);
    QSignalSpy failed(m_model.get(), &ReviewQueueModel::readFailed);
    const QString broken = TestStore::breakStore(m_store->database, QStringLiteral("event_queue"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 0);
    // The rows' selection and the reviewers' list, each in the store's words.
    QCOMPARE(failed.count(), 2);
    for (const QList<QVariant>& arguments : failed) {
        QVERIFY2(TestStore::namesMissingTable(arguments.at(0).toString(), QStringLiteral("event_queue")),
            qPrintable(arguments.at(0).toString()));
    }
    const StoreResult<QList<MapPoint>> points = m_model->mapPoints();
    QVERIFY(!points.ok());
    QVERIFY2(TestStore::namesMissingTable(points.message, QStringLiteral("event_queue")),
        qPrintable(points.message));
}

QTEST_MAIN(TestReviewQueueModel)
#include "tst_reviewqueuemodel.moc"
