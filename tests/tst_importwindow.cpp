// The import in the window: off the UI thread with a progress dialog, the queue reloaded after,
// the summary shown, Cancel leaving the store as it was, and a change to a decided request
// waiting in its form until a reviewer accepts it or dismisses it with a reason.

#include "DemoStore.h"
#include "ExpectedDialog.h"
#include "TestData.h"

#include "app/Language.h"
#include "app/core/CsvWriter.h"
#include "app/core/ImportParser.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/PendingUpdates.h"
#include "db/RequestImport.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/event/EventForm.h"
#include "ui/io/ImportController.h"
#include "ui/queue/DecisionController.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

class TestImportWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importFromTheFileMenu();
    void cancelLeavesTheStoreAsItWas();
    void unreadableFileSaysWhy();
    void acceptAChangeToALabelledRequestByKeyboard();
    void dismissAChangeWithAReason();

private:
    // `count` requests SI-IMPORT-0…; the second one titled `secondTitle` when given.
    QString writeRequests(int count, const QString& secondTitle = {});
    // Imports the file in `window` and closes the summary: the outcome.
    RequestImport::Outcome importInWindow(MainWindow& window, const QString& file);
    // Imports three requests, labels SI-IMPORT-1, imports them again with its title changed to
    // `newTitle`: its id (0 when a step failed), with the change waiting.
    qint64 decidedWithWaitingChange(MainWindow& window, const QString& newTitle);

    std::unique_ptr<DemoStore> m_store;
};

void TestImportWindow::initTestCase()
{
    QCOMPARE(Language::apply(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
}

void TestImportWindow::init()
{
    QSettings().clear();
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->open(50, 3), QString());
}

void TestImportWindow::cleanup() { m_store.reset(); }

QString TestImportWindow::writeRequests(int count, const QString& secondTitle)
{
    const QString path = m_store->dir.filePath(QStringLiteral("requests.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    CsvWriter writer(&file, CsvWriter::Formulas::Neutralise);
    writer.writeRow(ImportParser::keys());
    for (int i = 0; i < count; ++i) {
        Event event = passingEvent();
        event.requestId = QStringLiteral("SI-IMPORT-%1").arg(i);
        if (i == 1 && !secondTitle.isEmpty()) {
            event.title = secondTitle;
        }
        writer.writeRow(ImportParser::record(event));
    }
    return path;
}

void TestImportWindow::importFromTheFileMenu()
{
    MainWindow window(m_store->database);
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
    MainWindow window(m_store->database);
    window.show();
    ImportController* controller = window.importController();
    QSignalSpy finished(controller, &ImportController::finished);
    const int before = EventRepository(m_store->database).count(2018).value();
    controller->start(file);
    QVERIFY(controller->progressDialog()->isVisible());
    QPushButton* cancel = controller->progressDialog()->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    const auto outcome = finished.first().first().value<RequestImport::Outcome>();
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Cancelled);
    QCOMPARE(EventRepository(m_store->database).count(2018).value(), before);
    QTRY_VERIFY(controller->summaryBox() && controller->summaryBox()->isVisible());
    QVERIFY(controller->summaryBox()->text().contains(QStringLiteral("cancelled")));
}

void TestImportWindow::unreadableFileSaysWhy()
{
    MainWindow window(m_store->database);
    ImportController* controller = window.importController();
    QSignalSpy finished(controller, &ImportController::finished);
    controller->start(QStringLiteral(SEMAINE_TEST_DATA "/import/binary.csv"));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(controller->summaryBox()->text().contains(QStringLiteral("not a text file")));
    QCOMPARE(controller->summaryBox()->windowTitle(), QStringLiteral("Nothing was imported"));
}

RequestImport::Outcome TestImportWindow::importInWindow(MainWindow& window, const QString& file)
{
    ImportController* controller = window.importController();
    QSignalSpy finished(controller, &ImportController::finished);
    controller->start(file);
    if (!QTest::qWaitFor([&] { return finished.count() == 1; })) {
        return {};
    }
    if (!QTest::qWaitFor([&] { return controller->summaryBox() && controller->summaryBox()->isVisible(); })) {
        return {};
    }
    controller->summaryBox()->accept();
    return finished.first().first().value<RequestImport::Outcome>();
}

qint64 TestImportWindow::decidedWithWaitingChange(MainWindow& window, const QString& newTitle)
{
    if (importInWindow(window, writeRequests(3)).created != 3) {
        return 0;
    }
    EventRepository repository(m_store->database);
    qint64 id = 0;
    for (const Event& event : repository.all(2018).value()) {
        id = event.requestId == QStringLiteral("SI-IMPORT-1") ? event.id : id;
    }
    if (id == 0
        || !Decisions(m_store->database)
            .changeStatus(id, 1, EventStatus::Labelled, {}, QStringLiteral("bob"))
            .ok()) {
        return 0;
    }
    return importInWindow(window, writeRequests(3, newTitle)).pending == 1 ? id : 0;
}

void TestImportWindow::acceptAChangeToALabelledRequestByKeyboard()
{
    MainWindow window(m_store->database);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The same file with a new title for the labelled request: kept aside, not applied.
    const QString newTitle = QStringLiteral("Visite des ateliers rénovés");
    const qint64 id = decidedWithWaitingChange(window, newTitle);
    QVERIFY(id > 0);
    EventRepository repository(m_store->database);
    QCOMPARE(repository.find(id)->title, passingEvent().title);
    auto* waiting = window.findChild<QLabel*>(QStringLiteral("pendingUpdatesLabel"));
    QVERIFY(waiting);
    QTRY_VERIFY(waiting->isVisible());
    QVERIFY2(waiting->text().contains(QStringLiteral(">1 change from imports waiting for a reviewer<")),
        qPrintable(waiting->text()));

    // The status bar's link opens the request concerned.
    EventForm* form = window.eventForm();
    QVERIFY(form->eventId() != id);
    emit waiting->linkActivated(QStringLiteral("next"));
    QCOMPARE(form->eventId(), id);
    QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("places"))->currentWidget(), form);
    auto* bar = form->findChild<QWidget*>(QStringLiteral("pendingUpdates"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->findChild<QLabel*>(QStringLiteral("pendingUpdatesTitle"))->text(),
        QStringLiteral("1 change from an import is waiting"));
    const QString changes = bar->findChild<QLabel*>(QStringLiteral("pendingUpdateChanges"))->text();
    QVERIFY2(changes.contains(QStringLiteral("title: Visite de l'usine → Visite des ateliers rénovés")),
        qPrintable(changes));

    // A role that may not change the request sees the list with its buttons disabled.
    auto* decisions = window.findChild<DecisionController*>();
    QVERIFY(decisions);
    const Access full = decisions->access();
    decisions->setAccess(Access { Access::Role::Viewer, {} });
    QVERIFY(form->openEvent(id));
    const auto shownButtons = [bar] {
        QList<QPushButton*> shown;
        for (QPushButton* button : bar->findChildren<QPushButton*>()) {
            if (button->isVisible()) {
                shown << button;
            }
        }
        return shown;
    };
    QCOMPARE(shownButtons().size(), 2);
    for (QPushButton* button : shownButtons()) {
        QVERIFY(!button->isEnabled());
    }
    decisions->setAccess(full);
    QVERIFY(form->openEvent(id));
    for (QPushButton* button : shownButtons()) {
        QVERIFY(button->isEnabled());
    }

    // Reached with Tab from the form's buttons, before its fields; pressed with Space.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QToolButton* first = nullptr;
    for (QToolButton* button : form->findChildren<QToolButton*>()) {
        first = button->defaultAction() && button->defaultAction()->objectName() == QStringLiteral("formNew")
            ? button
            : first;
    }
    QVERIFY(first);
    first->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), first);
    auto* title = form->findChild<QLineEdit*>(QStringLiteral("title"));
    for (int i = 0;
        i < 30 && QApplication::focusWidget()->objectName() != QStringLiteral("acceptPendingUpdate"); ++i) {
        QVERIFY(QApplication::focusWidget() != title);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QWidget* accept = QApplication::focusWidget();
    QCOMPARE(accept->objectName(), QStringLiteral("acceptPendingUpdate"));
    QTest::keyClick(accept, Qt::Key_Space);

    QTRY_COMPARE(title->text(), newTitle);
    QTRY_VERIFY(!bar->isVisible());
    QVERIFY(!waiting->isVisible());
    const Event stored = *repository.find(id);
    QCOMPARE(stored.title, newTitle);
    QCOMPARE(stored.status, EventStatus::Labelled);
    QVERIFY(PendingUpdates(m_store->database).openFor(id).value().isEmpty());
}

void TestImportWindow::dismissAChangeWithAReason()
{
    MainWindow window(m_store->database);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const qint64 id = decidedWithWaitingChange(window, QStringLiteral("Autre titre"));
    QVERIFY(id > 0);
    EventRepository repository(m_store->database);
    const Event before = *repository.find(id);
    EventForm* form = window.eventForm();
    window.showPlace(MainWindow::EventPlace);
    QVERIFY(form->openEvent(id));
    auto* bar = form->findChild<QWidget*>(QStringLiteral("pendingUpdates"));
    QVERIFY(bar->isVisible());

    // The reason is asked for, typed, and kept in the history.
    const auto reason
        = ExpectedDialog::expect<QInputDialog>(QStringLiteral("dismissReason"), [](QInputDialog* dialog) {
              auto* line = dialog->findChild<QLineEdit*>();
              QVERIFY(line);
              QTest::keyClicks(line, QStringLiteral("Ancien export"));
              QTest::keyClick(line, Qt::Key_Return);
          });
    QPushButton* dismiss = nullptr;
    for (QPushButton* button : bar->findChildren<QPushButton*>(QStringLiteral("dismissPendingUpdate"))) {
        dismiss = button->isVisible() ? button : dismiss;
    }
    QVERIFY(dismiss);
    dismiss->setFocus();
    QTest::keyClick(dismiss, Qt::Key_Space);
    QVERIFY_ANSWERED(reason);
    QTRY_VERIFY(!bar->isVisible());
    QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("title"))->text(), before.title);
    const Event after = *repository.find(id);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.version, before.version);
    QVERIFY(PendingUpdates(m_store->database).openFor(id).value().isEmpty());
    const QList<AuditEntry> trail = AuditTrail(m_store->database).of(id).value();
    QCOMPARE(trail.last().action, QStringLiteral("dismiss-update"));
    QCOMPARE(trail.last().reason, QStringLiteral("Ancien export"));
    const auto* history = form->findChild<QTreeWidget*>(QStringLiteral("historyList"));
    // The audit's entries, the messages of the decisions aside.
    const QTreeWidgetItem* last = nullptr;
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        if (!history->topLevelItem(i)->text(2).startsWith(QStringLiteral("Message"))) {
            last = history->topLevelItem(i);
        }
    }
    QVERIFY(last);
    QCOMPARE(last->text(2), QStringLiteral("Change from an import dismissed"));
    QVERIFY2(last->text(3).contains(QStringLiteral("Ancien export")), qPrintable(last->text(3)));
}

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
