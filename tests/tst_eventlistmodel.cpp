// The models behind the views, on a generated store: structure (QAbstractItemModelTester),
// what each role shows, the queue's filters, the statistics and the map's models.
#include "app/DemoData.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "ui/EventListModel.h"
#include "ui/SharedFilter.h"
#include "ui/map/EventMarkerModel.h"
#include "ui/map/RegionShapeModel.h"
#include "ui/queue/QueueFilterProxy.h"
#include "ui/stats/RegionStatsModel.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestEventListModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void structureAndRoles();
    void conditionCellsExplainThemselves();
    void todayChangesTheOverdueFlag();
    void queueFilters();
    void regionStatistics();
    void markersAndRegionShapes();

private:
    static constexpr int EventCount = 300;
    QTemporaryDir* m_dir = nullptr;
    Database* m_database = nullptr;
    EventRepository* m_repository = nullptr;
    EventListModel* m_model = nullptr;
};

void TestEventListModel::init()
{
    QSettings().clear(); // the shared filter remembers itself; each test starts from none
    m_dir = new QTemporaryDir;
    m_database = new Database;
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("store.sqlite"))), qPrintable(m_database->errorString()));
    QVERIFY(DemoData::load(*m_database, EventCount, 11).ok());
    m_repository = new EventRepository(*m_database);
    m_model = new EventListModel(*m_repository, GeoReference::embedded());
    m_model->setToday(QDate(2018, 3, 20));
    m_model->setEdition(*EditionRepository(*m_database).find(2018));
}

void TestEventListModel::cleanup()
{
    delete m_model;
    delete m_repository;
    delete m_database;
    delete m_dir;
}

void TestEventListModel::structureAndRoles()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), EventCount);
    QCOMPARE(m_model->columnCount(), int(EventListModel::ColumnCount));
    const Event& first = m_model->event(0);
    QCOMPARE(m_model->index(0, EventListModel::RequestId).data().toString(), first.requestId);
    QCOMPARE(m_model->index(0, EventListModel::Title).data().toString(), first.title);
    QCOMPARE(m_model->index(0, EventListModel::Status).data().toString(), EventStatuses::displayName(first.status));
    QCOMPARE(m_model->index(0, EventListModel::Region).data().toString(), GeoReference::embedded().region(first.region)->name);
    QCOMPARE(m_model->index(0, 0).data(EventListModel::EventIdRole).toLongLong(), first.id);
    QCOMPARE(m_model->rowOf(first.id), 0);
    QCOMPARE(m_model->rowOf(-5), -1);
    QCOMPARE(m_model->headerData(EventListModel::ConditionDates, Qt::Horizontal).toString(), QStringLiteral("C1"));
    QCOMPARE(m_model->headerData(EventListModel::ConditionFree, Qt::Horizontal).toString(), QStringLiteral("C4"));
    m_model->reload();
    QCOMPARE(m_model->rowCount(), EventCount);
}

void TestEventListModel::conditionCellsExplainThemselves()
{
    const Edition edition = m_model->edition();
    const RuleContext context { &edition, QDate(2018, 3, 20), &GeoReference::embedded() };
    int failing = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RuleReport expected = LabelRules::evaluateAll(m_model->event(row), context);
        const QModelIndex free = m_model->index(row, EventListModel::ConditionFree);
        QCOMPARE(free.data(Qt::ToolTipRole).toString(), expected.result(Check::Free).reason);
        QCOMPARE(free.data(EventListModel::SortRole).toInt(), int(expected.result(Check::Free).outcome));
        QVERIFY(!free.data(Qt::DecorationRole).value<QIcon>().isNull());
        const bool fails = !expected.failedConditions().isEmpty();
        QCOMPARE(m_model->index(row, 0).data(EventListModel::FailsConditionRole).toBool(), fails);
        const QModelIndex dates = m_model->index(row, EventListModel::ConditionDates);
        QCOMPARE(dates.data(Qt::BackgroundRole).isValid(), expected.result(Check::Dates).outcome == Outcome::Fail);
        failing += fails ? 1 : 0;
    }
    QVERIFY(failing > EventCount / 20);
    QVERIFY(failing < EventCount / 2);
}

void TestEventListModel::todayChangesTheOverdueFlag()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    int overdueBefore = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        overdueBefore += m_model->report(row).result(Check::DecisionOverdue).outcome == Outcome::Fail ? 1 : 0;
    }
    m_model->setToday(QDate(2018, 6, 1));
    QCOMPARE(changed.count(), 1);
    int pending = 0;
    int overdueAfter = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        pending += EventStatuses::isPending(m_model->event(row).status) ? 1 : 0;
        overdueAfter += m_model->report(row).result(Check::DecisionOverdue).outcome == Outcome::Fail ? 1 : 0;
    }
    // By June every pending request is past its four working days.
    QCOMPARE(overdueAfter, pending);
    QVERIFY(overdueBefore < overdueAfter);
}

void TestEventListModel::queueFilters()
{
    SharedFilter filter;
    QueueFilterProxy proxy(&filter);
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), EventCount);
    QSignalSpy changed(&filter, &SharedFilter::changed);

    EventFilter byId;
    byId.text = m_model->event(7).requestId;
    filter.setFilter(byId);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(EventListModel::EventIdRole).toLongLong(), m_model->event(7).id);
    filter.setFilter(byId); // the same filter again changes nothing
    QCOMPARE(changed.count(), 1);

    // Independent counts: a plain loop over the events and their rule outcomes.
    int labelledInBretagne = 0;
    int failingFree = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Event& event = m_model->event(row);
        labelledInBretagne += event.status == EventStatus::Labelled && event.region == QLatin1String("53") ? 1 : 0;
        failingFree += m_model->report(row).result(Check::Free).outcome == Outcome::Fail ? 1 : 0;
    }
    EventFilter labelled;
    labelled.statuses = { EventStatus::Labelled };
    labelled.region = QStringLiteral("53");
    filter.setFilter(labelled);
    QCOMPARE(proxy.rowCount(), labelledInBretagne);
    QCOMPARE(filter.matchingRows(*m_model).size(), labelledInBretagne);
    QVERIFY(filter.describe().contains(QStringLiteral("Bretagne")));

    EventFilter paying;
    paying.conditions = EventFilter::Conditions::Failing;
    paying.failing = Check::Free;
    filter.setFilter(paying);
    QCOMPARE(proxy.rowCount(), failingFree);
    QVERIFY(failingFree > 0);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row, 0).data(EventListModel::FailsConditionRole).toBool());
    }

    filter.setFilter(EventFilter());
    QCOMPARE(filter.describe(), QStringLiteral("all requests"));
    proxy.sort(EventListModel::Start, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, EventListModel::Start).data(EventListModel::SortRole).toDateTime()
            <= proxy.index(row, EventListModel::Start).data(EventListModel::SortRole).toDateTime());
    }
}

void TestEventListModel::regionStatistics()
{
    RegionStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Statistics stats = Statistics::compute(m_model->events(), GeoReference::embedded());
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
    for (const Event& event : m_model->events()) {
        expectedLabelled += event.status == EventStatus::Labelled ? 1 : 0;
    }
    QCOMPARE(labelled, expectedLabelled);
    QCOMPARE(model.index(18, RegionStatsModel::ShareOfLabelled).data(RegionStatsModel::SortRole).toDouble(), 100.0);
}

void TestEventListModel::markersAndRegionShapes()
{
    SharedFilter filter;
    EventMarkerModel markers(m_model, &filter);
    QAbstractItemModelTester markerTester(&markers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int placed = 0;
    for (const Event& event : m_model->events()) {
        placed += event.latitude && event.longitude ? 1 : 0;
    }
    QCOMPARE(markers.rowCount(), placed);
    QVERIFY(placed < EventCount); // online events have no point
    EventFilter inIleDeFrance;
    inIleDeFrance.region = QStringLiteral("11");
    filter.setFilter(inIleDeFrance);
    int placedInIleDeFrance = 0;
    for (const Event& event : m_model->events()) {
        placedInIleDeFrance += event.latitude && event.longitude && event.region == QLatin1String("11") ? 1 : 0;
    }
    QCOMPARE(markers.rowCount(), placedInIleDeFrance);
    QVERIFY(placedInIleDeFrance > 0);
    filter.setFilter(EventFilter());
    const auto coordinate = markers.index(0).data(EventMarkerModel::CoordinateRole).value<QGeoCoordinate>();
    QVERIFY(coordinate.isValid());
    QVERIFY(GeoReference::isInFrance(coordinate.latitude(), coordinate.longitude()));

    RegionShapeModel shapes;
    QAbstractItemModelTester shapeTester(&shapes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(!shapes.load(QStringLiteral("/nonexistent/regions.geojson"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/regions.geojson")));
    QVERIFY(shapes.load(QStringLiteral(":/geo/regions-avec-outre-mer-simplifie.geojson"), &error));
    QVERIFY(shapes.rowCount() >= 18);
    QSet<QString> codes;
    for (int row = 0; row < shapes.rowCount(); ++row) {
        codes.insert(shapes.index(row).data(RegionShapeModel::CodeRole).toString());
    }
    QCOMPARE(codes.size(), 18);
    QCOMPARE(RegionShapeModel::colourFor(0, 10), RegionShapeModel::colourFor(0, 0));
    QVERIFY(RegionShapeModel::colourFor(10, 10).lightness() < RegionShapeModel::colourFor(1, 10).lightness());
}

QTEST_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"
