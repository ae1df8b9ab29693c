// The main window driven as a reviewer would: places by keyboard, the title and status bar,
// searching the queue, the map loading without QML warnings, screenshots of every place.
#include "app/DemoData.h"
#include "app/Screenshots.h"
#include "db/Database.h"
#include "ui/MainWindow.h"
#include "ui/event/EventDetailsView.h"
#include "ui/map/MapWidget.h"

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QStringList capturedWarnings;

void captureWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform plugin says this of every top-level window; it is not the map's.
    if (message == QLatin1String("This plugin does not support propagateSizeHints()")) {
        return;
    }
    if (type != QtDebugMsg && type != QtInfoMsg) {
        capturedWarnings << QStringLiteral("[%1] %2").arg(QLatin1String(context.category ? context.category : ""), message);
    }
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void titleAndStatusBarDescribeTheStore();
    void keyboardMovesBetweenPlaces();
    void searchingTheQueue();
    void activatingARowOpensTheEvent();
    void mapLoadsWithoutWarnings();
    void screenshotsOfEveryPlace();
    void titleOfARealStore();

private:
    QTemporaryDir* m_dir = nullptr;
    Database* m_database = nullptr;
};

void TestMainWindow::init()
{
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
    auto* details = window.findChild<EventDetailsView*>(QStringLiteral("eventView"));
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

void TestMainWindow::mapLoadsWithoutWarnings()
{
    capturedWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureWarnings);
    {
        MainWindow window(*m_database);
        window.show();
        window.showPlace(MainWindow::MapPlace);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);
        QVERIFY2(window.mapWidget()->isReady(), qPrintable(window.mapWidget()->errorString()));
    }
    qInstallMessageHandler(previous);
    QVERIFY2(capturedWarnings.isEmpty(), qPrintable(capturedWarnings.join(QLatin1Char('\n'))));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
