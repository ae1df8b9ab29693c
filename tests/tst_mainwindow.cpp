// The main window driven as a reviewer would: places by keyboard, the title and status bar,
// searching the queue, screenshots of every place (the map has its own test, tst_map).
#include "ExpectedDialog.h"
#include "app/DemoData.h"
#include "app/Screenshots.h"
#include "app/core/LabelRules.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "ui/ReviewQueueModel.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/SharedFilter.h"
#include "ui/map/MarkerClusterModel.h"
#include "ui/event/EventForm.h"
#include "ui/map/MapWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTimer>
#include <QHeaderView>
#include <QImage>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void titleAndStatusBarDescribeTheStore();
    void keyboardMovesBetweenPlaces();
    void searchingTheQueue();
    void activatingARowOpensTheEvent();
    void screenshotsOfEveryPlace();
    void titleOfARealStore();
    void oneFilterForQueueStatisticsAndMap();
    void filterIsRememberedAndSaved();
    void columnsAreRemembered();
    void refreshKeepsTheSelection();
    void sharedStoreIsChosenByKeyboard();

private:
    QTemporaryDir* m_dir = nullptr;
    Database* m_database = nullptr;
};

void TestMainWindow::init()
{
    QSettings().clear(); // the shared filter remembers itself; each test starts from none
    m_dir = new QTemporaryDir;
    m_database = new Database;
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("store.sqlite"))));
    QVERIFY(DemoData::load(*m_database, 120, 5).ok());
}

void TestMainWindow::cleanup()
{
    delete m_database;
    delete m_dir;
}

void TestMainWindow::titleAndStatusBarDescribeTheStore()
{
    MainWindow window(*m_database);
    window.show();
    QVERIFY(window.windowTitle().contains(QStringLiteral("2018")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("store.sqlite")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("demonstration data")));
    const auto* store = window.findChild<QLabel*>(QStringLiteral("storeLabel"));
    QVERIFY(store);
    QVERIFY(store->text().contains(m_database->path()));
    const auto* counts = window.findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(counts);
    QVERIFY2(counts->text().startsWith(QStringLiteral("120 requests")), qPrintable(counts->text()));
}

void TestMainWindow::keyboardMovesBetweenPlaces()
{
    MainWindow window(*m_database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* places = window.findChild<QTabWidget*>(QStringLiteral("places"));
    QVERIFY(places);
    QCOMPARE(places->count(), 4);
    const QStringList names = { QStringLiteral("queueView"), QStringLiteral("eventView"), QStringLiteral("statisticsView"),
        QStringLiteral("mapView") };
    for (int i = names.size() - 1; i >= 0; --i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(places->currentWidget()->objectName(), names.at(i));
    }
}

void TestMainWindow::searchingTheQueue()
{
    MainWindow window(*m_database);
    window.show();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    auto* count = window.findChild<QLabel*>(QStringLiteral("queueCount"));
    QVERIFY(search && table && count);
    QCOMPARE(table->model()->rowCount(), 120);
    QTest::keyClicks(search, QStringLiteral("SI2018-000042"));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY2(count->text().startsWith(QStringLiteral("1 of 120")), qPrintable(count->text()));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 120);
}

void TestMainWindow::activatingARowOpensTheEvent()
{
    MainWindow window(*m_database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    auto* places = window.findChild<QTabWidget*>(QStringLiteral("places"));
    auto* details = window.findChild<EventForm*>(QStringLiteral("eventView"));
    QVERIFY(table && places && details);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 1));
    const qint64 id = table->model()->index(3, 0).data(Qt::UserRole + 1).toLongLong();
    QCOMPARE(details->eventId(), id);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(places->currentWidget(), details);
    const auto* heading = details->findChild<QLabel*>(QStringLiteral("eventHeading"));
    QCOMPARE(heading->text(), table->model()->index(3, 1).data().toString());
}

void TestMainWindow::screenshotsOfEveryPlace()
{
    MainWindow window(*m_database);
    QString error;
    const QString dir = m_dir->filePath(QStringLiteral("shots"));
    QVERIFY2(Screenshots::write(window, dir, &error), qPrintable(error));
    for (const char* name : { "queue.png", "event.png", "statistics.png", "map.png" }) {
        const QImage image(QDir(dir).filePath(QLatin1String(name)));
        QVERIFY2(!image.isNull(), name);
        QVERIFY(image.width() >= 1000);
        // A real picture has many colours; a blank one has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 20, name);
    }
}

void TestMainWindow::titleOfARealStore()
{
    Database empty;
    QVERIFY(empty.open(m_dir->filePath(QStringLiteral("real.sqlite"))));
    MainWindow window(empty);
    QVERIFY(!window.windowTitle().contains(QStringLiteral("demonstration")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("real.sqlite")));
}

void TestMainWindow::oneFilterForQueueStatisticsAndMap()
{
    MainWindow window(*m_database);
    window.show();
    auto* region = window.findChild<QComboBox*>(QStringLiteral("filterRegion"));
    auto* conditions = window.findChild<QComboBox*>(QStringLiteral("filterConditions"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    auto* headline = window.findChild<QLabel*>(QStringLiteral("statisticsHeadline"));
    QVERIFY(region && conditions && table && headline);

    // Choose Île-de-France with the keyboard, as a reviewer would.
    region->setFocus();
    const int ileDeFrance = region->findData(QStringLiteral("11"));
    QVERIFY(ileDeFrance > 0);
    while (region->currentIndex() != ileDeFrance) {
        QTest::keyClick(region, region->currentIndex() < ileDeFrance ? Qt::Key_Down : Qt::Key_Up);
    }
    int inRegion = 0;
    int placedInRegion = 0;
    const QList<Event> all = EventRepository(*m_database).all(2018);
    for (const Event& event : all) {
        if (event.region == QLatin1String("11")) {
            ++inRegion;
            placedInRegion += event.latitude && event.longitude ? 1 : 0;
        }
    }
    QVERIFY(inRegion > 0);
    QCOMPARE(table->model()->rowCount(), inRegion);
    // The statistics and the map follow when they are shown.
    window.showPlace(MainWindow::StatisticsPlace);
    QVERIFY2(headline->text().contains(QStringLiteral("Île-de-France")), qPrintable(headline->text()));
    QVERIFY2(headline->text().contains(QStringLiteral("Requests received: %1<br>").arg(inRegion)), qPrintable(headline->text()));
    window.showPlace(MainWindow::MapPlace);
    QCOMPARE(window.mapWidget()->clusterModel()->placedCount(), placedInRegion);
    window.showPlace(MainWindow::QueuePlace);

    // Adding "failing a condition" narrows all three together.
    conditions->setCurrentIndex(conditions->findData(QStringLiteral("failing_any")));
    int failingInRegion = 0;
    const ReviewQueueModel* queue = window.queueModel();
    for (const Event& event : all) {
        failingInRegion += event.region == QLatin1String("11")
                && !LabelRules::evaluateAll(event, queue->context(false)).failedConditions().isEmpty()
            ? 1
            : 0;
    }
    QCOMPARE(table->model()->rowCount(), failingInRegion);
    QVERIFY(failingInRegion < inRegion);
    window.showPlace(MainWindow::MapPlace);
    QVERIFY(window.mapWidget()->clusterModel()->placedCount() <= failingInRegion);
    QVERIFY(window.mapWidget()->clusterModel()->placedCount() > 0);
    window.showPlace(MainWindow::QueuePlace);

    auto* reset = window.findChild<QPushButton*>(QStringLiteral("filterReset"));
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 120);
    QCOMPARE(region->currentIndex(), 0);
}

void TestMainWindow::filterIsRememberedAndSaved()
{
    EventFilter paying;
    paying.conditions = EventFilter::Conditions::Failing;
    paying.failing = Check::Free;
    {
        MainWindow window(*m_database);
        window.sharedFilter()->setFilter(paying);
        window.sharedFilter()->saveAs(QStringLiteral("Payants / à revoir"));
        window.sharedFilter()->setFilter(EventFilter());
        window.sharedFilter()->setFilter(paying);
    }
    MainWindow window(*m_database);
    QCOMPARE(window.sharedFilter()->filter(), paying);
    auto* conditions = window.findChild<QComboBox*>(QStringLiteral("filterConditions"));
    QCOMPARE(conditions->currentData().toString(), QStringLiteral("C4"));

    window.sharedFilter()->setFilter(EventFilter());
    QCOMPARE(SharedFilter::savedNames(), QStringList { QStringLiteral("Payants / à revoir") });
    QVERIFY(window.sharedFilter()->loadSaved(QStringLiteral("Payants / à revoir")));
    QCOMPARE(window.sharedFilter()->filter(), paying);
    QVERIFY(!window.sharedFilter()->loadSaved(QStringLiteral("nothing of that name")));
    SharedFilter::removeSaved(QStringLiteral("Payants / à revoir"));
    QVERIFY(SharedFilter::savedNames().isEmpty());
}

void TestMainWindow::columnsAreRemembered()
{
    {
        MainWindow window(*m_database);
        QHeaderView* header = window.findChild<QTableView*>(QStringLiteral("queueTable"))->horizontalHeader();
        header->resizeSection(ReviewQueueModel::Title, 333);
        header->moveSection(header->visualIndex(ReviewQueueModel::Status), 1);
    }
    MainWindow window(*m_database);
    QHeaderView* header = window.findChild<QTableView*>(QStringLiteral("queueTable"))->horizontalHeader();
    QCOMPARE(header->sectionSize(ReviewQueueModel::Title), 333);
    QCOMPARE(header->visualIndex(ReviewQueueModel::Status), 1);
}

void TestMainWindow::refreshKeepsTheSelection()
{
    MainWindow window(*m_database);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    table->setCurrentIndex(table->model()->index(57, 1));
    const qint64 id = table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong();
    QSignalSpy reloaded(window.queueModel(), &QAbstractItemModel::modelReset);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong(), id);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::sharedStoreIsChosenByKeyboard()
{
    MainWindow window(*m_database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::unique_ptr<ExpectedDialog> confirmation;
    const auto connection = ExpectedDialog::expect<ConnectionDialog>(QStringLiteral("connectionDialog"), [&](ConnectionDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("connectionHost")), QStringLiteral("db.dge.example"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("connectionDatabase")), QStringLiteral("semaine"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("connectionUser")), QStringLiteral("durand"));
        QVERIFY(ok->isEnabled());
        // The confirmation that follows.
        confirmation = ExpectedDialog::expect<QMessageBox>(QString(), [](QMessageBox* box) { box->accept(); });
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("connectionUser")), Qt::Key_Return);
    });
    window.findChild<QAction*>(QStringLiteral("chooseSharedStore"))->trigger();
    QVERIFY_ANSWERED(connection);
    QVERIFY_ANSWERED(confirmation);
    QCOMPARE(QSettings().value(QStringLiteral("store/location")).toString(),
        QStringLiteral("postgresql://durand@db.dge.example:5432/semaine"));

    // A socket folder, and a URL read back as it was written.
    const QString socket = QStringLiteral("postgresql://durand@localhost:5433/semaine?host=/run/postgresql");
    ConnectionDialog dialog(socket);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("connectionHost"))->text(), QStringLiteral("/run/postgresql"));
    QCOMPARE(dialog.url(), socket);
}
