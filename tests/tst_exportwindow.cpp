// The export in the window: the current filter's requests written off the UI thread with a
// progress dialog; Cancel writes nothing.

#include "DemoStore.h"
#include "app/DemoData.h"
#include "app/Language.h"
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"
#include "db/Database.h"
#include "db/ExportTemplateRepository.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/common/FileDialogs.h"
#include "ui/io/ExportController.h"
#include "ui/io/ExportDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

#include "ExpectedDialog.h"

class TestExportWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsTheCurrentFilter_data();
    void exportsTheCurrentFilter();
    void cancelWritesNothing();
    void theSuffixChoosesTheFormat();
    void columnsAndTemplatesInTheDialog();
    void templatesTheStoreCannotReadAreSaid();
    void theApprovedListSaysWhatChanged();
    void fileDialogsStartInDocumentsThenTheLastFolder();

private:
    std::unique_ptr<DemoStore> m_store;
};

void TestExportWindow::init()
{
    QSettings().clear();
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->open(0, 0), QString());
}

void TestExportWindow::cleanup() { m_store.reset(); }

void TestExportWindow::exportsTheCurrentFilter_data()
{
    QTest::addColumn<bool>("geoJson");
    QTest::newRow("CSV") << false;
    QTest::newRow("GeoJSON") << true;
}

void TestExportWindow::exportsTheCurrentFilter()
{
    QFETCH(bool, geoJson);
    QVERIFY(DemoData::load(m_store->database, 3000, 3).ok());
    MainWindow window(m_store->database);
    window.show();
    QVERIFY(window.findChild<QAction*>(QStringLiteral("exportRequests")));
    EventFilter filter = window.sharedFilter()->filter();
    filter.statuses = { EventStatus::Labelled };
    window.sharedFilter()->setFilter(filter);
    QTRY_VERIFY(window.queueModel()->rowCount() > 0);
    const QList<Event> labelled = window.queueModel()->matchingEvents().value();
    ExportController* controller = window.exportController();
    QSignalSpy finished(controller, &ExportController::finished);
    const QString path
        = m_store->dir.filePath(geoJson ? QStringLiteral("list.geojson") : QStringLiteral("list.csv"));
    controller->start(geoJson ? ExportWriter::Format::GeoJson : ExportWriter::Format::Csv, path);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QTRY_VERIFY(controller->summaryBox() && controller->summaryBox()->isVisible());
    QVERIFY(controller->summaryBox()->text().contains(QStringLiteral("exported to")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (geoJson) {
        const QJsonArray features
            = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("features")).toArray();
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
    QVERIFY(DemoData::load(m_store->database, 30000, 3).ok());
    MainWindow window(m_store->database);
    window.show();
    ExportController* controller = window.exportController();
    QSignalSpy finished(controller, &ExportController::finished);
    const QString path = m_store->dir.filePath(QStringLiteral("cancelled.csv"));
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
    QCOMPARE(ExportController::formatFor(&path, ExportController::filterOf(ExportWriter::Format::Csv)),
        ExportWriter::Format::Xlsx);
    QCOMPARE(path, QStringLiteral("/tmp/liste.XLSX"));
    path = QStringLiteral("/tmp/liste");
    QCOMPARE(ExportController::formatFor(&path, ExportController::filterOf(ExportWriter::Format::ICalendar)),
        ExportWriter::Format::ICalendar);
    QCOMPARE(path, QStringLiteral("/tmp/liste.ics"));
    path = QStringLiteral("/tmp/liste.v2");
    QCOMPARE(ExportController::formatFor(&path, ExportController::filterOf(ExportWriter::Format::Ods)),
        ExportWriter::Format::Ods);
    QCOMPARE(path, QStringLiteral("/tmp/liste.v2.ods"));
}

void TestExportWindow::columnsAndTemplatesInTheDialog()
{
    QVERIFY(DemoData::load(m_store->database, 50, 3).ok());
    MainWindow window(m_store->database);
    window.show();
    ExportController* controller = window.exportController();
    controller->chooseAndExport();
    ExportDialog* dialog = controller->exportDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("exportColumns"));
    auto* templates = dialog->findChild<QComboBox*>(QStringLiteral("exportTemplate"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveExportTemplate"));
    QVERIFY(list && templates && save);
    QCOMPARE(list->count(), ImportParser::keys().size());
    QCOMPARE(dialog->columns().keys(), ImportParser::keys());
    // The columns by their names, the keys in the tooltips, each name read whole.
    for (int row = 0; row < list->count(); ++row) {
        const auto column = ExportColumns::Column(list->item(row)->data(Qt::UserRole).toInt());
        QCOMPARE(list->item(row)->text(), RequestColumns::displayName(column));
        QCOMPARE(list->item(row)->toolTip(), RequestColumns::key(column));
    }
    QVERIFY(list->viewport()->width() >= list->sizeHintForColumn(0));
    // Keep the title and the id only, the title first.
    for (int row = 0; row < list->count(); ++row) {
        const QString key = list->item(row)->toolTip();
        list->item(row)->setCheckState(key == QLatin1String("titre") || key == QLatin1String("id_demande")
                ? Qt::Checked
                : Qt::Unchecked);
    }
    list->setCurrentRow(2); // titre
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportColumnUp")), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportColumnUp")), Qt::LeftButton);
    QCOMPARE(
        dialog->columns().keys(), QStringList({ QStringLiteral("titre"), QStringLiteral("id_demande") }));
    QVERIFY(!save->isEnabled()); // no name yet
    QTest::keyClicks(templates->lineEdit(), QStringLiteral("presse"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    ExportTemplateRepository repository(m_store->database);
    QCOMPARE(repository.find(QStringLiteral("presse")).value()->keys(), dialog->columns().keys());
    // Chosen again after a change: the template's columns come back.
    dialog->setColumns(ExportColumns());
    templates->setCurrentIndex(templates->findText(QStringLiteral("presse")));
    emit templates->textActivated(QStringLiteral("presse"));
    QCOMPARE(
        dialog->columns().keys(), QStringList({ QStringLiteral("titre"), QStringLiteral("id_demande") }));
    QTest::mouseClick(
        dialog->findChild<QPushButton*>(QStringLiteral("deleteExportTemplate")), Qt::LeftButton);
    QVERIFY(repository.names().value().isEmpty());
    dialog->reject();

    // The columns chosen are those written.
    QSignalSpy finished(controller, &ExportController::finished);
    const QString path = m_store->dir.filePath(QStringLiteral("columns.csv"));
    controller->start(ExportWriter::Format::Csv, path,
        ExportColumns({ ExportColumns::Column::Title, ExportColumns::Column::RequestId }));
    QTRY_COMPARE(finished.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(),
        QByteArray("\xEF\xBB\xBF"
                   "titre;id_demande\r\n"));
}

void TestExportWindow::templatesTheStoreCannotReadAreSaid()
{
    const QString broken = TestStore::breakStore(m_store->database, QStringLiteral("export_template"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    MainWindow window(m_store->database);
    window.show();
    QString told;
    const auto box = ExpectedDialog::expect<QMessageBox>(
        QString(), [&](QMessageBox* message) { told = message->text(); });
    window.exportController()->chooseAndExport();
    QVERIFY_ANSWERED(box);
    QVERIFY2(told.contains(QLatin1String("export_template")), qPrintable(told));
    ExportDialog* dialog = window.exportController()->exportDialog();
    QVERIFY(dialog);
    // The columns can still be chosen and exported; only the templates are missing.
    QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("exportTemplate"))->count() == 0);
    dialog->reject();
}

void TestExportWindow::theApprovedListSaysWhatChanged()
{
    QVERIFY(DemoData::load(m_store->database, 500, 3).ok());
    MainWindow window(m_store->database);
    window.show();
    EventFilter filter = window.sharedFilter()->filter();
    filter.statuses = { EventStatus::Labelled };
    window.sharedFilter()->setFilter(filter);
    QTRY_VERIFY(window.queueModel()->rowCount() > 0);
    ExportController* controller = window.exportController();
    QSignalSpy finished(controller, &ExportController::finished);
    const QString path = m_store->dir.filePath(QStringLiteral("approved.xlsx"));
    controller->start(ExportWriter::Format::Xlsx, path);
    QTRY_COMPARE(finished.count(), 1);
    QTRY_VERIFY(controller->summaryBox() && controller->summaryBox()->isVisible());
    QVERIFY(!controller->summaryBox()->text().contains(QStringLiteral("since the export of")));
    controller->start(ExportWriter::Format::Pdf, m_store->dir.filePath(QStringLiteral("approved.pdf")));
    QTRY_COMPARE(finished.count(), 2);
    QTRY_VERIFY(controller->summaryBox() && controller->summaryBox()->isVisible());
    QVERIFY2(controller->summaryBox()->text().contains(QStringLiteral(": 0 added, 0 removed, 0 modified")),
        qPrintable(controller->summaryBox()->text()));
}

void TestExportWindow::fileDialogsStartInDocumentsThenTheLastFolder()
{
    QVERIFY(DemoData::load(m_store->database, 50, 3).ok());
    // In French, as a reviewer exports the labelled list.
    QCOMPARE(Language::apply(*QCoreApplication::instance(), QStringLiteral("fr")), QStringLiteral("fr"));
    const auto untranslated = qScopeGuard([] {
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
    });
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    window.queueModel()->setToday(QDate(2018, 3, 27));
    EventFilter filter = window.sharedFilter()->filter();
    filter.statuses = { EventStatus::Labelled };
    window.sharedFilter()->setFilter(filter);
    ExportController* controller = window.exportController();
    QCOMPARE(ExportController::lastFormat(), ExportWriter::Format::Xlsx);
    QCOMPARE(controller->suggestedName(ExportController::lastFormat()),
        QStringLiteral("labellisees-2018-03-27.xlsx"));
    filter.statuses = {};
    window.sharedFilter()->setFilter(filter);
    QCOMPARE(controller->suggestedName(ExportWriter::Format::Pdf), QStringLiteral("demandes-2018-03-27.pdf"));

    // The Documents folder first (the home folder where there is none), for every kind of file.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString first = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Export), first);
    QCOMPARE(FileDialogs::suggestion(FileDialogs::Kind::Export, QStringLiteral("a.xlsx")),
        QDir(first).filePath(QStringLiteral("a.xlsx")));
    // Then the folder last used for the same kind, and only for it.
    QVERIFY(QDir(m_store->dir.path()).mkpath(QStringLiteral("listes")));
    const QString lists = m_store->dir.filePath(QStringLiteral("listes"));
    FileDialogs::remember(
        FileDialogs::Kind::Export, QDir(lists).filePath(QStringLiteral("labellisees-2018-03-27.xlsx")));
    QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Export), lists);
    QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Import), first);
    FileDialogs::remember(FileDialogs::Kind::Statistics, lists); // a folder dialog's answer
    QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Statistics), lists);
    // A folder since removed: the Documents folder again.
    QVERIFY(QDir(lists).removeRecursively());
    QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Export), first);
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
