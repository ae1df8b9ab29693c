// The export in the window: the current filter's requests written off the UI thread with a
// progress dialog; Cancel writes nothing.

#include "app/DemoData.h"
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"
#include "db/Database.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/io/ExportController.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestExportWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsTheCurrentFilter_data();
    void exportsTheCurrentFilter();
    void cancelWritesNothing();
    void theSuffixChoosesTheFormat();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestExportWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("store.sqlite"))));
}

void TestExportWindow::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestExportWindow::exportsTheCurrentFilter_data()
{
    QTest::addColumn<bool>("geoJson");
    QTest::newRow("CSV") << false;
    QTest::newRow("GeoJSON") << true;
}

void TestExportWindow::exportsTheCurrentFilter()
{
    QFETCH(bool, geoJson);
    QVERIFY(DemoData::load(*m_database, 3000, 3).ok());
    MainWindow window(*m_database);
    window.show();
    QVERIFY(window.findChild<QAction*>(QStringLiteral("exportRequests")));
    EventFilter filter = window.sharedFilter()->filter();
    filter.statuses = { EventStatus::Labelled };
    window.sharedFilter()->setFilter(filter);
    QTRY_VERIFY(window.queueModel()->rowCount() > 0);
    const QList<Event> labelled = window.queueModel()->matchingEvents();
    ExportController* controller = window.exportController();
    QSignalSpy finished(controller, &ExportController::finished);
    const QString path = m_dir->filePath(geoJson ? QStringLiteral("list.geojson") : QStringLiteral("list.csv"));
    controller->start(geoJson ? ExportWriter::Format::GeoJson : ExportWriter::Format::Csv, path);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QTRY_VERIFY(controller->summaryBox() && controller->summaryBox()->isVisible());
    QVERIFY(controller->summaryBox()->text().contains(QStringLiteral("exported to")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (geoJson) {
        const QJsonArray features = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("features")).toArray();
        QVERIFY(features.size() > 0 && features.size() <= labelled.size());
        return;
    }
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(bytes);
    QCOMPARE(parsed.events.size(), labelled.size());
    QCOMPARE(parsed.events.first().requestId, labelled.first().requestId);
}

void TestExportWindow::cancelWritesNothing()
{
    // Enough requests that the export is still running when Cancel is clicked.
    QVERIFY(DemoData::load(*m_database, 30000, 3).ok());
    MainWindow window(*m_database);
    window.show();
    ExportController* controller = window.exportController();
    QSignalSpy finished(controller, &ExportController::finished);
    const QString path = m_dir->filePath(QStringLiteral("cancelled.csv"));
    controller->start(ExportWriter::Format::Csv, path);
    QPushButton* cancel = controller->progressDialog()->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!QFile::exists(path));
    QTRY_VERIFY(controller->summaryBox() && controller->summaryBox()->isVisible());
    QVERIFY(controller->summaryBox()->text().contains(QStringLiteral("cancelled")));
}

void TestExportWindow::theSuffixChoosesTheFormat()
{
    QString path = QStringLiteral("/tmp/liste.XLSX");
    QCOMPARE(ExportController::formatFor(&path, ExportController::filterOf(ExportWriter::Format::Csv)), ExportWriter::Format::Xlsx);
    QCOMPARE(path, QStringLiteral("/tmp/liste.XLSX"));
    path = QStringLiteral("/tmp/liste");
    QCOMPARE(ExportController::formatFor(&path, ExportController::filterOf(ExportWriter::Format::ICalendar)),
        ExportWriter::Format::ICalendar);
    QCOMPARE(path, QStringLiteral("/tmp/liste.ics"));
    path = QStringLiteral("/tmp/liste.v2");
    QCOMPARE(ExportController::formatFor(&path, ExportController::filterOf(ExportWriter::Format::Ods)), ExportWriter::Format::Ods);
    QCOMPARE(path, QStringLiteral("/tmp/liste.v2.ods"));
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
