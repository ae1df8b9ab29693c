// Decisions taken in the queue with the keyboard, on a generated store: label, refuse with the
// prefilled reason, override with a justification, reopen, a version conflict; each checked in
// the store and its audit trail.
#include "DemoStore.h"
#include "ExpectedDialog.h"
#include "PaintCount.h"
#include "app/Language.h"
#include "app/core/LabelRules.h"
#include "app/core/RefusalReasons.h"
#include "app/core/SessionUser.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/event/EventForm.h"
#include "ui/queue/QueueView.h"
#include "ui/queue/StatusTabs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>

#include <functional>

class TestQueueDecisions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void labelAPassingRequestAndMoveOn();
    void refuseWithThePrefilledReason();
    void labelAFailingRequestOnlyAsOverride();
    void reopenNeedsAReason();
    void buttonsFollowEachDecision();
    void aStaleDecisionIsRefused();
    void tabsCountAndFilter();
    void bulkLabelTakesOnlyThePassingOnes();
    void bulkDecisionInTheToReviewTab_data();
    void bulkDecisionInTheToReviewTab();
    void assignToAColleagueAndFilterByThem();
    void notesAreSavedAutomatically();
    void panelsFollowReloadsAndFilters();
    void aRegionChangePaintsTheRowsOnce();
    void aDecisionRepaintsOnlyWhatItChanged();
    void searchDecideAndGoOnByKeyboard();
    void undoADecisionWithinTheMinute_data();
    void undoADecisionWithinTheMinute();
    void undoIsOfferedForAMinuteOnly();
    void bulkRefusalGivesEachItsOwnReasons();

private:
    // The first row of the queue whose event satisfies `wanted`.
    int findRow(const std::function<bool(const Event&, const RuleReport&)>& wanted) const;
    void selectRow(int row);
    // Runs `fill` on the decision dialog as soon as it opens (it is modal); QVERIFY_ANSWERED(m_dialog)
    // then says whether it did.
    void whenDialogOpens(
        const std::function<void(QDialog*)>& fill, const QString& name = QStringLiteral("decisionDialog"));
    qint64 idAt(int row) const;

    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ExpectedDialog> m_dialog;
    QTableView* m_table = nullptr;
};

void TestQueueDecisions::initTestCase()
{
    // English with its plurals, as the application runs it.
    QCOMPARE(Language::apply(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
}

void TestQueueDecisions::init()
{
    QSettings().clear();
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->open(150, 9), QString());
    m_window = std::make_unique<MainWindow>(m_store->database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_table = m_window->findChild<QTableView*>(QStringLiteral("queueTable"));
    QVERIFY(m_table);
}

void TestQueueDecisions::cleanup()
{
    m_dialog.reset();
    m_window.reset();
    m_store.reset();
}

int TestQueueDecisions::findRow(const std::function<bool(const Event&, const RuleReport&)>& wanted) const
{
    const ReviewQueueModel* events = m_window->queueModel();
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        const int source = events->rowOf(idAt(row));
        if (wanted(events->eventAt(source), events->report(source))) {
            return row;
        }
    }
    return -1;
}

qint64 TestQueueDecisions::idAt(int row) const
{
    return m_table->model()->index(row, 0).data(ReviewQueueModel::EventIdRole).toLongLong();
}

void TestQueueDecisions::selectRow(int row)
{
    // Shortcuts reach only the active window; a closed dialog hands activation back asynchronously.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(row, 1));
}

void TestQueueDecisions::whenDialogOpens(const std::function<void(QDialog*)>& fill, const QString& name)
{
    m_dialog = ExpectedDialog::expect<QDialog>(name, fill);
}

void TestQueueDecisions::labelAPassingRequestAndMoveOn()
{
    const int row = findRow([](const Event& e, const RuleReport& r) {
        return EventStatuses::isPending(e.status) && r.passesAllConditions();
    });
    QVERIFY(row >= 0 && row + 1 < m_table->model()->rowCount());
    const qint64 id = idAt(row);
    const qint64 next = idAt(row + 1);
    selectRow(row);
    QTest::keyClick(m_table, Qt::Key_L, Qt::AltModifier);

    EventRepository repository(m_store->database);
    QCOMPARE(repository.find(id)->status, EventStatus::Labelled);
    const QList<AuditEntry> audit = AuditTrail(m_store->database).of(id).value();
    QCOMPARE(audit.last().action, QStringLiteral("status"));
    QCOMPARE(audit.last().newStatus, EventStatus::Labelled);
    QCOMPARE(audit.last().who, SessionUser::name());
    // The reviewer goes on with the next request.
    QCOMPARE(m_table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong(), next);
}

void TestQueueDecisions::refuseWithThePrefilledReason()
{
    const int row = findRow([](const Event& e, const RuleReport& r) {
        return EventStatuses::isPending(e.status) && r.result(Check::Free).outcome == Outcome::Fail
            && r.failedConditions().size() == 1;
    });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    selectRow(row);
    const auto* panel = m_window->findChild<QWidget*>(QStringLiteral("queueConditions"));
    QVERIFY(panel);
    const auto* pane = panel->findChild<QLabel*>(QStringLiteral("check-C4"));
    QVERIFY(pane);
    const QString paneText = pane->text();
    QVERIFY2(paneText.contains(QStringLiteral("fails")) && paneText.contains(QStringLiteral("€")),
        qPrintable(paneText));
    QString prefilled;
    whenDialogOpens([&prefilled](QDialog* dialog) {
        auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"));
        prefilled = text->toPlainText();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral(" Merci de votre retour."));
        dialog->findChild<QPushButton*>(QStringLiteral("decisionOk"))->click();
    });
    QTest::keyClick(m_table, Qt::Key_R, Qt::AltModifier);
    QVERIFY_ANSWERED(m_dialog);

    QCOMPARE(prefilled, QStringLiteral("The event charges a fee: the label requires free access."));
    // The pane beside the queue explained the failure before the decision.
    QVERIFY(!paneText.isEmpty());
    EventRepository repository(m_store->database);
    QCOMPARE(repository.find(id)->status, EventStatus::Refused);
    QCOMPARE(AuditTrail(m_store->database).of(id).value().last().reason,
        QStringLiteral("The event charges a fee: the label requires free access. Merci de votre retour."));
}

void TestQueueDecisions::labelAFailingRequestOnlyAsOverride()
{
    const int row = findRow([](const Event& e, const RuleReport& r) {
        return EventStatuses::isPending(e.status) && !r.failedConditions().isEmpty();
    });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    EventRepository repository(m_store->database);

    // Cancelling leaves the request as it was; an empty justification cannot be confirmed.
    selectRow(row);
    bool okWasEnabled = true;
    whenDialogOpens([&okWasEnabled](QDialog* dialog) {
        okWasEnabled = dialog->findChild<QPushButton*>(QStringLiteral("decisionOk"))->isEnabled();
        dialog->reject();
    });
    QTest::keyClick(m_table, Qt::Key_L, Qt::AltModifier);
    QVERIFY_ANSWERED(m_dialog);
    QVERIFY(!okWasEnabled);
    QVERIFY(EventStatuses::isPending(repository.find(id)->status));

    selectRow(findRow([id](const Event& e, const RuleReport&) { return e.id == id; }));
    whenDialogOpens([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionText")),
            QStringLiteral("Atelier gratuit pour les scolaires, payant pour les adultes seulement."));
        dialog->findChild<QPushButton*>(QStringLiteral("decisionOk"))->click();
    });
    QTest::keyClick(m_table, Qt::Key_L, Qt::AltModifier);
    QVERIFY_ANSWERED(m_dialog);
    QCOMPARE(repository.find(id)->status, EventStatus::Labelled);
    const AuditEntry last = AuditTrail(m_store->database).of(id).value().last();
    QCOMPARE(last.action, QStringLiteral("override"));
    QVERIFY(last.reason.startsWith(QStringLiteral("Atelier gratuit")));
}

void TestQueueDecisions::reopenNeedsAReason()
{
    const int row
        = findRow([](const Event& e, const RuleReport&) { return e.status == EventStatus::Refused; });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    selectRow(row);
    auto* reopen = m_window->findChild<QAction*>(QStringLiteral("decideReopen"));
    auto* label = m_window->findChild<QAction*>(QStringLiteral("decideLabel"));
    QVERIFY(reopen->isEnabled());
    QVERIFY(!label->isEnabled()); // a refused request is reopened first, never relabelled directly
    whenDialogOpens([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionText")),
            QStringLiteral("L'organisateur a rendu l'entree gratuite."));
        dialog->findChild<QPushButton*>(QStringLiteral("decisionOk"))->click();
    });
    QTest::keyClick(m_table, Qt::Key_O, Qt::AltModifier);
    QVERIFY_ANSWERED(m_dialog);
    EventRepository repository(m_store->database);
    QCOMPARE(repository.find(id)->status, EventStatus::InReview);
    QCOMPARE(AuditTrail(m_store->database).of(id).value().last().oldStatus, EventStatus::Refused);
    QCOMPARE(AuditTrail(m_store->database).of(id).value().last().reason,
        QStringLiteral("L'organisateur a rendu l'entree gratuite."));
}

// Decisions taken in the event form while the queue stays on the same request: the buttons of
// both follow its status, and a key whose decision does not apply says why in the status bar.
void TestQueueDecisions::buttonsFollowEachDecision()
{
    const int row = findRow([](const Event& e, const RuleReport& r) {
        return (e.status == EventStatus::Submitted || e.status == EventStatus::InReview)
            && r.passesAllConditions();
    });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    selectRow(row);
    m_window->showPlace(MainWindow::EventPlace);
    auto* field = m_window->eventForm()->findChild<QLineEdit*>(QStringLiteral("title"));
    field->setFocus();
    EventRepository repository(m_store->database);
    // Which of Label, Refuse, Information and Reopen are enabled, in the queue and in the form.
    const auto enabled = [this](const QString& prefix) {
        QString flags;
        for (const char* name : { "Label", "Refuse", "Information", "Reopen" }) {
            flags += m_window->findChild<QAction*>(prefix + QLatin1String(name))->isEnabled()
                ? QLatin1Char('1')
                : QLatin1Char('0');
        }
        return flags;
    };
    const auto decide = [&](Qt::Key key) {
        whenDialogOpens([](QDialog* dialog) {
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"))
                ->setPlainText(QStringLiteral("Motif."));
            dialog->findChild<QPushButton*>(QStringLiteral("decisionOk"))->click();
        });
        QTest::keyClick(field, key, Qt::AltModifier);
        QVERIFY_ANSWERED(m_dialog);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        field->setFocus();
    };
    const QList<std::tuple<Qt::Key, EventStatus, QString>> steps = {
        { Qt::Key_L, EventStatus::Labelled, QStringLiteral("0001") },
        { Qt::Key_O, EventStatus::InReview, QStringLiteral("1110") },
        { Qt::Key_R, EventStatus::Refused, QStringLiteral("0001") },
        { Qt::Key_O, EventStatus::InReview, QStringLiteral("1110") },
        { Qt::Key_I, EventStatus::InformationRequested, QStringLiteral("0000") },
    };
    for (const auto& [key, status, flags] : steps) {
        if (key == Qt::Key_L) {
            QTest::keyClick(field, key, Qt::AltModifier); // no dialog: every condition passes
        } else {
            decide(key);
        }
        QCOMPARE(repository.find(id)->status, status);
        QCOMPARE(m_table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong(), id);
        QCOMPARE(enabled(QStringLiteral("form")), flags);
        QCOMPARE(enabled(QStringLiteral("decide")), flags);
    }
    // Labelling a request waiting for information: the key says why, and nothing changes.
    const int trail = int(AuditTrail(m_store->database).of(id).value().size());
    QTest::keyClick(field, Qt::Key_L, Qt::AltModifier);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(repository.find(id)->requestId), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“Information requested”")), qPrintable(message));
    QCOMPARE(AuditTrail(m_store->database).of(id).value().size(), trail);
    // The same in the queue.
    m_window->showPlace(MainWindow::QueuePlace);
    m_table->setFocus();
    m_window->statusBar()->clearMessage();
    QTest::keyClick(m_table, Qt::Key_O, Qt::AltModifier);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Reopen")),
        qPrintable(m_window->statusBar()->currentMessage()));
}

void TestQueueDecisions::aStaleDecisionIsRefused()
{
    const int row = findRow([](const Event& e, const RuleReport& r) {
        return e.status == EventStatus::Submitted && r.passesAllConditions();
    });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    selectRow(row);
    const int version = m_window->queueModel()->eventAt(m_window->queueModel()->rowOf(id)).version;

    // Another reviewer, on another connection, takes the request into review first.
    {
        Database other;
        QVERIFY(other.open(m_store->database.path()));
        QVERIFY(Decisions(other)
                .changeStatus(id, version, EventStatus::InReview, QString(), QStringLiteral("dupont"))
                .ok());
    }
    QString warning;
    const auto box = ExpectedDialog::expect<QMessageBox>(QString(), [&warning](QMessageBox* box) {
        warning = box->text();
        box->accept();
    });
    QTest::keyClick(m_table, Qt::Key_L, Qt::AltModifier);
    QVERIFY_ANSWERED(box);
    QVERIFY2(warning.contains(QStringLiteral("dupont")), qPrintable(warning));
    EventRepository repository(m_store->database);
    QCOMPARE(repository.find(id)->status, EventStatus::InReview);
    QCOMPARE(AuditTrail(m_store->database).of(id).value().last().who, QStringLiteral("dupont"));
    // The queue now shows the other reviewer's state.
    QCOMPARE(
        m_window->queueModel()->eventAt(m_window->queueModel()->rowOf(id)).status, EventStatus::InReview);
}

void TestQueueDecisions::tabsCountAndFilter()
{
    auto* tabs = m_window->findChild<StatusTabs*>(QStringLiteral("statusTabs"));
    QVERIFY(tabs);
    enum { ToReview, Mine, Information, Labelled, Refused, Withdrawn, All };
    // Independent counts, straight from the store.
    QHash<EventStatus, int> stored;
    for (const Event& event : EventRepository(m_store->database).all(2018).value()) {
        ++stored[event.status];
    }
    const int pending = stored.value(EventStatus::Submitted) + stored.value(EventStatus::InReview);
    const QList<int> expected
        = { pending, 0, stored.value(EventStatus::InformationRequested), stored.value(EventStatus::Labelled),
              stored.value(EventStatus::Refused), stored.value(EventStatus::Withdrawn), 150 };
    QCOMPARE(tabs->counts(), expected);
    QCOMPARE(tabs->currentIndex(), int(All)); // the tabs never change the filter by themselves

    tabs->setCurrentIndex(Labelled);
    QCOMPARE(m_table->model()->rowCount(), expected.at(Labelled));

    // Labelling from "To review" moves one request from the first tab to "Labelled".
    tabs->setCurrentIndex(ToReview);
    QCOMPARE(m_table->model()->rowCount(), pending);
    int row = findRow([](const Event&, const RuleReport& r) { return r.passesAllConditions(); });
    QVERIFY(row >= 0);
    selectRow(row);
    QTest::keyClick(m_table, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(tabs->counts().at(ToReview), pending - 1);
    QCOMPARE(tabs->counts().at(Labelled), expected.at(Labelled) + 1);
    QCOMPARE(m_table->model()->rowCount(), pending - 1);

    // Taking a request in charge puts it in "Mine", and the audit says who did.
    // A submitted one: taking it in charge starts its review.
    row = findRow([](const Event& e, const RuleReport&) {
        return e.assignee.isEmpty() && e.status == EventStatus::Submitted;
    });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    selectRow(row);
    QTest::keyClick(m_table, Qt::Key_T, Qt::AltModifier);
    EventRepository repository(m_store->database);
    QCOMPARE(repository.find(id)->assignee, SessionUser::name());
    QCOMPARE(repository.find(id)->status, EventStatus::InReview);
    const QList<AuditEntry> trail = AuditTrail(m_store->database).of(id).value();
    QCOMPARE(trail.last().action, QStringLiteral("assign"));
    QCOMPARE(trail.at(trail.size() - 2).newStatus, EventStatus::InReview);
    QCOMPARE(
        m_window->queueModel()->eventAt(m_window->queueModel()->rowOf(id)).status, EventStatus::InReview);
    QCOMPARE(tabs->counts().at(Mine), 1);
    tabs->setCurrentIndex(Mine);
    QCOMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(idAt(0), id);
}

void TestQueueDecisions::bulkLabelTakesOnlyThePassingOnes()
{
    // Every request that matches the filter: Ctrl+A, as a reviewer would.
    selectRow(0);
    QTest::keyClick(m_table, Qt::Key_A, Qt::ControlModifier);
    const int selected = m_table->model()->rowCount();
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), selected);
    QList<qint64> ids;
    int expectedDone = 0;
    int expectedSkipped = 0;
    const ReviewQueueModel* events = m_window->queueModel();
    for (int row = 0; row < selected; ++row) {
        ids.append(idAt(row));
        const int source = events->rowOf(ids.last());
        const bool labellable
            = EventStatuses::canChange(events->eventAt(source).status, EventStatus::Labelled)
            && events->report(source).passesAllConditions();
        expectedDone += labellable ? 1 : 0;
        expectedSkipped += labellable ? 0 : 1;
    }
    QVERIFY(expectedDone > 0 && expectedSkipped > 0);
    QString summary;
    QString skipped;
    const auto box
        = ExpectedDialog::expect<QMessageBox>(QStringLiteral("bulkSummary"), [&](QMessageBox* box) {
              summary = box->text();
              skipped = QTextDocumentFragment::fromHtml(box->informativeText()).toPlainText().trimmed()
                  + box->detailedText();
              // Each request's line whole: the box may not break it.
              QVERIFY2(box->informativeText().contains(QStringLiteral("<nobr>")),
                  qPrintable(box->informativeText()));
              box->accept();
          });
    QTest::keyClick(m_table, Qt::Key_L, Qt::AltModifier);
    QVERIFY_ANSWERED(box);
    // Each label queues its letter to the organiser.
    QCOMPARE(summary,
        QStringLiteral("%1 requests done. %1 messages to the organisers queued in the outbox.")
            .arg(expectedDone));
    QVERIFY2(skipped.startsWith(QStringLiteral("%1 skipped:").arg(expectedSkipped)), qPrintable(skipped));
    QVERIFY2(skipped.contains(QStringLiteral("already “Labelled” by demonstration")), qPrintable(skipped));
    QVERIFY2(skipped.contains(QStringLiteral("does not pass")), qPrintable(skipped));

    EventRepository repository(m_store->database);
    int labelledNow = 0;
    for (qint64 id : std::as_const(ids)) {
        const Event stored = *repository.find(id);
        const QList<AuditEntry> trail = AuditTrail(m_store->database).of(id).value();
        if (trail.last().who == SessionUser::name()) {
            QCOMPARE(stored.status, EventStatus::Labelled);
            QCOMPARE(trail.last().action, QStringLiteral("status"));
            ++labelledNow;
        }
    }
    QCOMPARE(labelledNow, expectedDone);
}

// Rows that leave the tab's filter while the selection is still being decided (labelled or refused
// requests leave "To review"): every one is decided and the summary shown. Shift+Down, as a
// reviewer selects, in the window of a ministry laptop.
void TestQueueDecisions::bulkDecisionInTheToReviewTab_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("outcome");
    QTest::newRow("label two") << int(Qt::Key_L) << 2 << int(EventStatus::Labelled);
    QTest::newRow("label four") << int(Qt::Key_L) << 4 << int(EventStatus::Labelled);
    QTest::newRow("refuse three") << int(Qt::Key_R) << 3 << int(EventStatus::Refused);
}

void TestQueueDecisions::bulkDecisionInTheToReviewTab()
{
    QFETCH(int, key);
    QFETCH(int, count);
    QFETCH(int, outcome);
    m_window->resize(1366, 768);
    auto* tabs = m_window->findChild<StatusTabs*>(QStringLiteral("statusTabs"));
    tabs->setCurrentIndex(0); // To review
    const int pending = m_table->model()->rowCount();
    // The first run of `count` rows that all pass every condition.
    const ReviewQueueModel* events = m_window->queueModel();
    const auto passes
        = [&](int row) { return events->report(events->rowOf(idAt(row))).passesAllConditions(); };
    int first = -1;
    for (int row = 0; row + count <= pending && first < 0; ++row) {
        bool run = true;
        for (int i = row; i < row + count; ++i) {
            run = run && passes(i);
        }
        first = run ? row : -1;
    }
    QVERIFY(first >= 0);
    QList<qint64> ids;
    for (int row = first; row < first + count; ++row) {
        ids << idAt(row);
    }
    selectRow(first);
    for (int i = 1; i < count; ++i) {
        QTest::keyClick(m_table, Qt::Key_Down, Qt::ShiftModifier);
    }
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), count);

    // The refusal's reason first, then the summary.
    QString summary;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal);
            box && box->objectName() == QLatin1String("bulkSummary")) {
            summary = box->text();
            box->accept();
        } else if (modal && modal->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"))) {
            modal->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"))
                ->setPlainText(QStringLiteral("Hors périmètre."));
            modal->findChild<QPushButton*>(QStringLiteral("decisionOk"))->click();
        }
    });
    answer.start(20);
    QTest::keyClick(m_table, Qt::Key(key), Qt::AltModifier);
    answer.stop();
    QCOMPARE(summary,
        QStringLiteral("%1 requests done. %1 messages to the organisers queued in the outbox.").arg(count));
    EventRepository repository(m_store->database);
    for (qint64 id : std::as_const(ids)) {
        QCOMPARE(int(repository.find(id)->status), outcome);
        QCOMPARE(m_window->queueModel()->rowOf(id), -1);
    }
    QCOMPARE(m_table->model()->rowCount(), pending - count);
    QCOMPARE(tabs->counts().at(0), pending - count);
}

void TestQueueDecisions::assignToAColleagueAndFilterByThem()
{
    const int row
        = findRow([](const Event& e, const RuleReport&) { return e.status != EventStatus::Withdrawn; });
    const qint64 id = idAt(row);
    selectRow(row);
    whenDialogOpens(
        [](QDialog* dialog) {
            auto* name = dialog->findChild<QComboBox*>(QStringLiteral("assigneeName"));
            QVERIFY(name);
            name->lineEdit()->selectAll();
            QTest::keyClicks(name->lineEdit(), QStringLiteral("cdupont"));
            dialog->findChild<QPushButton*>(QStringLiteral("decisionOk"))->click();
        },
        QStringLiteral("assignDialog"));
    QTest::keyClick(m_table, Qt::Key_G, Qt::AltModifier);
    QVERIFY_ANSWERED(m_dialog);
    QCOMPARE(EventRepository(m_store->database).find(id)->assignee, QStringLiteral("cdupont"));

    // The next time the colleague is offered, and found from part of the name.
    const int other = findRow(
        [id](const Event& e, const RuleReport&) { return e.status != EventStatus::Withdrawn && e.id != id; });
    selectRow(other);
    QStringList offered;
    QString completed;
    whenDialogOpens(
        [&offered, &completed](QDialog* dialog) {
            auto* name = dialog->findChild<QComboBox*>(QStringLiteral("assigneeName"));
            for (int i = 0; i < name->count(); ++i) {
                offered << name->itemText(i);
            }
            name->lineEdit()->selectAll();
            QTest::keyClicks(name->lineEdit(), QStringLiteral("DUP"));
            completed = name->completer()->currentCompletion();
            dialog->reject();
        },
        QStringLiteral("assignDialog"));
    QTest::keyClick(m_table, Qt::Key_G, Qt::AltModifier);
    QVERIFY_ANSWERED(m_dialog);
    QVERIFY2(offered.contains(QStringLiteral("cdupont")), qPrintable(offered.join(QLatin1Char(','))));
    QVERIFY(offered.contains(SessionUser::name()));
    QCOMPARE(completed, QStringLiteral("cdupont"));
    selectRow(row);

    // The assignee filter now offers the colleague, and keeps exactly their request.
    auto* assignee = m_window->findChild<QComboBox*>(QStringLiteral("filterAssignee"));
    QVERIFY(assignee);
    const int colleague = assignee->findData(QStringLiteral("cdupont"));
    QVERIFY(colleague > 0);
    QCOMPARE(assignee->itemText(colleague), QStringLiteral("Assigned to cdupont"));
    assignee->setCurrentIndex(colleague);
    auto* tabs = m_window->findChild<StatusTabs*>(QStringLiteral("statusTabs"));
    tabs->setCurrentIndex(tabs->count() - 1); // all statuses
    QCOMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(idAt(0), id);
}

void TestQueueDecisions::notesAreSavedAutomatically()
{
    const int row = findRow([](const Event& e, const RuleReport& r) {
        return EventStatuses::isPending(e.status) && r.passesAllConditions();
    });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    selectRow(row);
    // The queue's notes, beside the table (the Event place has its own, on its History tab).
    auto* notes = m_window->queueView()->findChild<QPlainTextEdit*>(QStringLiteral("reviewerNotes"));
    QVERIFY(notes && notes->isEnabled());
    QTest::keyClicks(notes, QStringLiteral("Appele l'organisateur le 14/03."));
    EventRepository repository(m_store->database);
    QTRY_COMPARE(repository.find(id)->reviewerNotes, QStringLiteral("Appele l'organisateur le 14/03."));

    // Notes typed just before a decision are kept, and the decision is not seen as a conflict.
    QTest::keyClicks(notes, QStringLiteral(" OK."));
    selectRow(m_table->currentIndex().row());
    QTest::keyClick(m_table, Qt::Key_L, Qt::AltModifier);
    const Event stored = *repository.find(id);
    QCOMPARE(stored.status, EventStatus::Labelled);
    QCOMPARE(stored.reviewerNotes, QStringLiteral("Appele l'organisateur le 14/03. OK."));

    // Coming back to the request shows its notes.
    selectRow(findRow([id](const Event& e, const RuleReport&) { return e.id == id; }));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Appele l'organisateur le 14/03. OK."));
}

void TestQueueDecisions::panelsFollowReloadsAndFilters()
{
    const int row
        = findRow([](const Event& e, const RuleReport&) { return EventStatuses::isPending(e.status); });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    selectRow(row);
    auto* notes = m_window->queueView()->findChild<QPlainTextEdit*>(QStringLiteral("reviewerNotes"));
    QTest::keyClicks(notes, QStringLiteral("Rappeler mardi."));
    QTextCursor cursor = notes->textCursor();
    cursor.setPosition(8);
    notes->setTextCursor(cursor);

    // Another reviewer's change reloads the queue: the same request stays current, its notes as
    // typed, the cursor where it was (the notes were not emptied and read again meanwhile).
    m_window->findChild<ReviewQueueModel*>()->reload();
    QCOMPARE(m_table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong(), id);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Rappeler mardi."));
    QCOMPARE(notes->textCursor().position(), 8);
    QCOMPARE(EventRepository(m_store->database).find(id)->reviewerNotes, QStringLiteral("Rappeler mardi."));

    // A filter that matches nothing leaves no request in the panels.
    auto* verdict = m_window->queueView()->findChild<QLabel*>(QStringLiteral("conditionsVerdict"));
    auto* fee = m_window->queueView()->findChild<QLabel*>(QStringLiteral("check-C4"));
    EventFilter nowhere;
    nowhere.region = QStringLiteral("00");
    m_window->sharedFilter()->setFilter(nowhere);
    QCOMPARE(m_table->model()->rowCount(), 0);
    QVERIFY(verdict->text().isEmpty());
    QVERIFY(fee->text().isEmpty());
    QVERIFY(notes->toPlainText().isEmpty());
    QVERIFY(!notes->isEnabled());

    // Every request again: the first one is current, with its conditions.
    m_window->sharedFilter()->setFilter(EventFilter());
    QCOMPARE(m_table->currentIndex().row(), 0);
    QVERIFY(!verdict->text().isEmpty());
    QVERIFY(fee->text().contains(QStringLiteral("C4")));
    QVERIFY(notes->isEnabled());
}

// One région chosen: the rows are read once (one reset) and painted once, whatever comes after the
// reset (the current row, the counts, the tabs, the conditions panel laid out again). The bench
// times a région change to that paint.
void TestQueueDecisions::aRegionChangePaintsTheRowsOnce()
{
    auto* region = m_window->findChild<QComboBox*>(QStringLiteral("filterRegion"));
    QVERIFY(region && region->count() > 1);
    QTest::qWait(50); // the window's first paints done
    PaintCount paints(m_table->viewport());
    QSignalSpy resets(m_table->model(), &QAbstractItemModel::modelReset);
    region->setCurrentIndex(1);
    QTRY_COMPARE(paints.count(), 1);
    QTest::qWait(100); // nothing deferred paints the rows again
    QCOMPARE(paints.count(), 1);
    QCOMPARE(resets.size(), 1);
    QVERIFY(m_table->model()->rowCount() > 0);
}

// A decision draws again what it changed (the tabs' counts, the status bar), not the rest of the
// window: each label's new text asks for a layout, which Qt's tab widget of the places answers by
// repainting every widget of the page.
void TestQueueDecisions::aDecisionRepaintsOnlyWhatItChanged()
{
    const int row = findRow([](const Event& event, const RuleReport&) {
        return event.status == EventStatus::Submitted && event.assignee.isEmpty();
    });
    QVERIFY(row >= 0);
    QTest::qWait(50); // the window's first paints done
    PaintCount tabs(m_window->findChild<StatusTabs*>(QStringLiteral("statusTabs")));
    PaintCount search(m_window->findChild<QLineEdit*>(QStringLiteral("queueSearch")));
    PaintCount notes(m_window->findChild<QPlainTextEdit*>(QStringLiteral("reviewerNotes")));
    const Event event = m_window->queueModel()->eventAt(m_window->queueModel()->rowOf(idAt(row)));
    QVERIFY(Decisions(m_store->database)
            .assign(event.id, event.version, QStringLiteral("alice"), QStringLiteral("alice"))
            .ok());
    QTRY_VERIFY(tabs.count() > 0);
    QTest::qWait(100); // nothing deferred paints the rest
    QCOMPARE(search.count(), 0);
    QCOMPARE(notes.count(), 0);
}

// A reviewer's round at 1366×768 without the mouse: Ctrl+F, a search, Down to the results, Alt+L
// on the first one, and the queue goes on with the next while the status bar says what was done.
void TestQueueDecisions::searchDecideAndGoOnByKeyboard()
{
    m_window->resize(1366, 768);
    EventFilter toReview;
    toReview.statuses = { EventStatus::Submitted, EventStatus::InReview };
    toReview.conditions = EventFilter::Conditions::FailingNone;
    m_window->sharedFilter()->setFilter(toReview);
    QVERIFY(m_table->model()->rowCount() >= 3);
    // A filter change makes its first row current: the decision keys act at once.
    QCOMPARE(m_table->currentIndex().row(), 0);
    selectRow(2);

    QTest::keyClick(m_table, Qt::Key_F, Qt::ControlModifier);
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("queueSearch"));
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("SI2018"));
    // The search is answered off the UI thread; its first row becomes current.
    QTRY_VERIFY(!m_window->queueModel()->isSearching());
    QTRY_COMPARE(m_table->currentIndex().row(), 0);
    QVERIFY(m_table->model()->rowCount() >= 2);
    const qint64 first = idAt(0);
    const qint64 second = idAt(1);
    const QString requestId = m_table->model()->index(0, QueueColumns::RequestId).data().toString();
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(m_table->hasFocus());
    QCOMPARE(m_table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong(), first);

    QTest::keyClick(m_table, Qt::Key_L, Qt::AltModifier);
    EventRepository repository(m_store->database);
    QCOMPARE(repository.find(first)->status, EventStatus::Labelled);
    QCOMPARE(m_table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong(), second);
    const auto* message = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("decisionMessage"));
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("%1 labelled").arg(requestId));
    // Enter in the search field leads to the results as well.
    QTest::keyClick(m_table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(m_table->hasFocus());
    QCOMPARE(m_table->currentIndex().row(), 0);
    // The window was not widened by any of it.
    QCOMPARE(m_window->width(), 1366);
}

void TestQueueDecisions::undoADecisionWithinTheMinute_data()
{
    QTest::addColumn<bool>("byKey");
    QTest::newRow("Ctrl+Z in the queue") << true;
    QTest::newRow("the status bar's button") << false;
}

void TestQueueDecisions::undoADecisionWithinTheMinute()
{
    QFETCH(bool, byKey);
    const int row = findRow([](const Event& e, const RuleReport& r) {
        return EventStatuses::isPending(e.status) && r.result(Check::Free).outcome == Outcome::Fail;
    });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    const QString requestId = m_table->model()->index(row, QueueColumns::RequestId).data().toString();
    selectRow(row);
    whenDialogOpens(
        [](QDialog* dialog) { dialog->findChild<QPushButton*>(QStringLiteral("decisionOk"))->click(); });
    QTest::keyClick(m_table, Qt::Key_R, Qt::AltModifier);
    EventRepository repository(m_store->database);
    QCOMPARE(repository.find(id)->status, EventStatus::Refused);
    const auto* message = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("decisionMessage"));
    auto* button = m_window->statusBar()->findChild<QToolButton*>(QStringLiteral("undoDecisionButton"));
    QVERIFY(message && button);
    QCOMPARE(message->text(), QStringLiteral("%1 refused").arg(requestId));
    QVERIFY(button->isVisible());

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    if (byKey) {
        m_table->setFocus();
        QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier);
    } else {
        button->click();
    }
    // Reopened through the workflow, with its audit entry.
    QCOMPARE(repository.find(id)->status, EventStatus::InReview);
    const AuditEntry last = AuditTrail(m_store->database).of(id).value().last();
    QCOMPARE(last.oldStatus, EventStatus::Refused);
    QCOMPARE(last.newStatus, EventStatus::InReview);
    QCOMPARE(last.who, SessionUser::name());
    QVERIFY(!last.reason.isEmpty());
    QCOMPARE(message->text(), QStringLiteral("Decision on %1 undone: back in review").arg(requestId));
    QVERIFY(!button->isVisible());
    // Undone once: the key does nothing more.
    const int entries = int(AuditTrail(m_store->database).of(id).value().size());
    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(AuditTrail(m_store->database).of(id).value().size(), entries);
}

void TestQueueDecisions::undoIsOfferedForAMinuteOnly()
{
    const int row = findRow([](const Event& e, const RuleReport& r) {
        return EventStatuses::isPending(e.status) && r.passesAllConditions();
    });
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    selectRow(row);
    QTest::keyClick(m_table, Qt::Key_L, Qt::AltModifier);
    auto* expiry = m_window->findChild<QTimer*>(QStringLiteral("decisionUndoExpiry"));
    QVERIFY(expiry && expiry->isActive());
    QCOMPARE(expiry->interval(), 60 * 1000);
    // The minute is over.
    expiry->stop();
    QMetaObject::invokeMethod(expiry, "timeout");
    QVERIFY(
        !m_window->statusBar()->findChild<QToolButton*>(QStringLiteral("undoDecisionButton"))->isVisible());
    selectRow(m_table->model()->rowCount() > row ? row : 0);
    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(EventRepository(m_store->database).find(id)->status, EventStatus::Labelled);
}

// Two requests failing different conditions, refused together: each reason starts with the
// standard sentences of its own failures, then the reviewer's common text.
void TestQueueDecisions::bulkRefusalGivesEachItsOwnReasons()
{
    const ReviewQueueModel* events = m_window->queueModel();
    const auto failing = [&](Check check) {
        return findRow([check](const Event& e, const RuleReport& r) {
            return EventStatuses::canChange(e.status, EventStatus::Refused)
                && r.failedConditions() == QList<Check> { check };
        });
    };
    const int free = failing(Check::Free);
    const int dates = failing(Check::Dates);
    QVERIFY(free >= 0 && dates >= 0);
    const QList<qint64> ids { idAt(free), idAt(dates) };
    selectRow(free);
    m_table->selectionModel()->select(
        m_table->model()->index(dates, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), 2);
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            box->accept();
        } else if (modal && modal->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"))) {
            modal->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"))
                ->setPlainText(QStringLiteral("Cordialement."));
            modal->findChild<QPushButton*>(QStringLiteral("decisionOk"))->click();
        }
    });
    answer.start(20);
    QTest::keyClick(m_table, Qt::Key_R, Qt::AltModifier);
    answer.stop();
    EventRepository repository(m_store->database);
    const QHash<qint64, Check> failed { { ids.at(0), Check::Free }, { ids.at(1), Check::Dates } };
    for (qint64 id : ids) {
        QCOMPARE(repository.find(id)->status, EventStatus::Refused);
        const QString own = RefusalReasons::forCondition(failed.value(id), events->edition());
        QVERIFY(!own.isEmpty());
        QCOMPARE(AuditTrail(m_store->database).of(id).value().last().reason,
            own + QStringLiteral("\n\nCordialement."));
    }
}

QTEST_MAIN(TestQueueDecisions)
#include "tst_queuedecisions.moc"
