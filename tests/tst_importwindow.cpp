// The import in the window: off the UI thread with a progress dialog, the queue reloaded after,
// the summary shown, and Cancel leaving the store as it was.

#include "TestData.h"

#include "app/DemoData.h"
#include "app/core/CsvWriter.h"
#include "app/core/ImportParser.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/io/ImportController.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestImportWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importFromTheFileMenu();
    void cancelLeavesTheStoreAsItWas();
    void unreadableFileSaysWhy();

private:
    QString writeRequests(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestImportWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("store.sqlite"))));
    QVERIFY(DemoData::load(*m_database, 50, 3).ok());
}

void TestImportWindow::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

QString TestImportWindow::writeRequests(int count)
{
    const QString path = m_dir->filePath(QStringLiteral("requests.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    CsvWriter writer(&file, CsvWriter::Formulas::Neutralise);
    writer.writeRow(ImportParser::keys());
    for (int i = 0; i < count; ++i) {
        Event event = passingEvent();
        event.requestId = QStringLiteral("SI-IMPORT-%1").arg(i);
        writer.writeRow(ImportParser::record(event));
    }
    return path;
}

void TestImportWindow::importFromTheFileMenu()
{
    MainWindow window(*m_database);
    window.show();
    QVERIFY(window.findChild<QAction*>(QStringLiteral("importRequests")));
    ImportController* controller = window.importController();
    QSignalSpy finished(controller, &ImportController::finished);
    const int before = window.queueModel()->rowCount();
    controller->start(writeRequests(30));
    QVERIFY(controller->isRunning() || finished.count() == 1);
    QTRY_COMPARE(finished.count(), 1);
    const auto outcome = finished.first().first().value<RequestImport::Outcome>();
    QCOMPARE(outcome.created, 30);
    QCOMPARE(window.queueModel()->rowCount(), before + 30);
    QMessageBox* summary = controller->summaryBox();
    QVERIFY(summary);
    QCOMPARE(summary->objectName(), QStringLiteral("importSummary"));
    QTRY_VERIFY(summary->isVisible());
    QVERIFY(summary->text().contains(QStringLiteral("30 created")));
    QVERIFY(!controller->progressDialog()->isVisible());
}

void TestImportWindow::cancelLeavesTheStoreAsItWas()
{
    const QString file = writeRequests(20000);
    MainWindow window(*m_database);
    window.show();
    ImportController* controller = window.importController();
    QSignalSpy finished(controller, &ImportController::finished);
    const int before = EventRepository(*m_database).count(2018);
    controller->start(file);
    QVERIFY(controller->progressDialog()->isVisible());
    QPushButton* cancel = controller->progressDialog()->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    const auto outcome = finished.first().first().value<RequestImport::Outcome>();
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Cancelled);
    QCOMPARE(EventRepository(*m_database).count(2018), before);
    QTRY_VERIFY(controller->summaryBox() && controller->summaryBox()->isVisible());
    QVERIFY(controller->summaryBox()->text().contains(QStringLiteral("cancelled")));
}

void TestImportWindow::unreadableFileSaysWhy()
{
    MainWindow window(*m_database);
    ImportController* controller = window.importController();
    QSignalSpy finished(controller, &ImportController::finished);
    controller->start(QStringLiteral(SEMAINE_TEST_DATA "/import/binary.csv"));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(controller->summaryBox()->text().contains(QStringLiteral("not a text file")));
    QCOMPARE(controller->summaryBox()->windowTitle(), QStringLiteral("Nothing was imported"));
}

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
