// The event form in the real window, on a temporary store: a request typed with the keyboard
// alone, the place from a postal code, the conditions shown live, a refused save, the unsaved-change
// prompt, the duplicate warning, a labelled request sent back to review by an edit, and the queue
// following a decision taken in the form.
#include "DemoStore.h"
#include "ExpectedDialog.h"
#include "TestData.h"

#include "app/Language.h"
#include "app/core/LabelRules.h"
#include "db/AuditTrail.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/OutboxRepository.h"
#include "db/RequestStore.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/event/EventForm.h"
#include "ui/mail/FreeMessageDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWheelEvent>

#include <functional>
#include <utility>

class TestEventForm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createARequestByKeyboardAlone();
    void postalCodeFillsThePlace();
    void corsicanPostalCode();
    void conditionsShownLive();
    void invalidSiretIsRefused();
    void unsavedChangesPrompt();
    void duplicateWarning();
    void duplicateShownWhileTyping();
    void organiserRequestsBySiret();
    void conditionsReadWholeAt1366();
    void labelledRequestBackToReviewAfterAPriceEdit();
    void decideFromTheFormThenSaveAndNext();
    void aDecisionInTheFormUpdatesTheQueueRow();
    void theWheelScrollsTheFormWithoutChangingIt();
    void typingNeverWidensTheWindow();
    void selectAllStaysInTheForm();
    void labelsLineUpAcrossGroups();
    void attestationOfALabelledRequestOnly();
    void writeToTheOrganiserByKeyboard();
    void noMessageWithoutAUsableAddress_data();
    void noMessageWithoutAUsableAddress();

private:
    template <typename T = QWidget> T* child(const QString& name) const
    {
        return m_form->findChild<T*>(name);
    }
    // Replaces a line edit's text by typing.
    void retype(const QString& name, const QString& text);
    QString conditionText(const QString& code) const;
    // Answers the message box `name` as soon as it opens (it is modal) with `button`.
    void whenBoxOpens(const QString& name, QMessageBox::StandardButton button, QString* text = nullptr);
    void whenBoxOpens(const QString& name, const std::function<void(QMessageBox*)>& answer);
    qint64 storeEvent(Event event, EventStatus status);
    // A labelled request (SI2018-ORIG) and a submitted one like it but for its title
    // (SI2018-AGAIN, "Pas de titre"): their ids.
    std::pair<qint64, qint64> storeTwins();

    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<EventRepository> m_repository;
    std::unique_ptr<MainWindow> m_window;
    EventForm* m_form = nullptr;
    std::unique_ptr<ExpectedDialog> m_box; // the box a step expects
};

void TestEventForm::initTestCase()
{
    QCOMPARE(Language::apply(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
}

void TestEventForm::init()
{
    QSettings().clear();
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->open(30, 4), QString());
    m_repository = std::make_unique<EventRepository>(m_store->database);
    m_window = std::make_unique<MainWindow>(m_store->database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_form = m_window->eventForm();
    m_window->showPlace(MainWindow::EventPlace);
}

void TestEventForm::cleanup()
{
    m_box.reset();
    m_window.reset();
    m_repository.reset();
    m_store.reset();
}

void TestEventForm::retype(const QString& name, const QString& text)
{
    auto* line = child<QLineEdit>(name);
    QVERIFY2(line, qPrintable(name));
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
}

QString TestEventForm::conditionText(const QString& code) const
{
    const auto* label = child<QWidget>(QStringLiteral("formConditions"))
                            ->findChild<QLabel*>(QStringLiteral("check-") + code);
    return label ? label->text() : QString();
}

void TestEventForm::whenBoxOpens(const QString& name, const std::function<void(QMessageBox*)>& answer)
{
    m_box = ExpectedDialog::expect<QMessageBox>(name, answer);
}

void TestEventForm::whenBoxOpens(const QString& name, QMessageBox::StandardButton button, QString* text)
{
    whenBoxOpens(name, [button, text](QMessageBox* box) {
        if (text) {
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        }
        box->button(button)->click();
    });
}

void TestEventForm::decideFromTheFormThenSaveAndNext()
{
    // A passing request at the top of the queue, opened in the form.
    Event passing = passingEvent();
    passing.requestId = QStringLiteral("AAA-0001");
    const qint64 id = storeEvent(passing, EventStatus::Submitted);
    QVERIFY(id > 0);
    QVERIFY(m_form->openEvent(id));
    m_window->showPlace(MainWindow::EventPlace);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // The queue's key labels it from the form, with its audit entry.
    child<QLineEdit>(QStringLiteral("title"))->setFocus();
    QTest::keyClick(child<QLineEdit>(QStringLiteral("title")), Qt::Key_L, Qt::AltModifier);
    QCOMPARE(m_repository->find(id)->status, EventStatus::Labelled);
    QCOMPARE(AuditTrail(m_store->database).of(id).value().last().newStatus,
        std::optional<EventStatus>(EventStatus::Labelled));

    // Save and next: the edit is stored, and the form moves to the queue's next request.
    const ReviewQueueModel* queue = m_window->queueModel();
    const int row = queue->rowOf(id);
    QVERIFY(row >= 0 && row + 1 < queue->rowCount());
    const qint64 next = queue->idAt(row + 1);
    retype(QStringLiteral("expectedParticipants"), QStringLiteral("250"));
    QTest::keyClick(child<QLineEdit>(QStringLiteral("expectedParticipants")), Qt::Key_S,
        Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_repository->find(id)->expectedParticipants, std::optional<int>(250));
    QCOMPARE(m_form->eventId(), next);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("queueTable"));
    QCOMPARE(table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong(), next);
}

void TestEventForm::aDecisionInTheFormUpdatesTheQueueRow()
{
    // A new request: the store announced it, and the queue shows it without being told.
    Event passing = passingEvent();
    passing.requestId = QStringLiteral("AAA-0001");
    const qint64 id = storeEvent(passing, EventStatus::Submitted);
    QVERIFY(id > 0);
    const ReviewQueueModel* queue = m_window->queueModel();
    const int row = queue->rowOf(id);
    QVERIFY(row >= 0);
    const QModelIndex status = queue->index(row, QueueColumns::Status);
    QCOMPARE(status.data().toString(), EventStatuses::displayName(EventStatus::Submitted));
    QVERIFY(m_form->openEvent(id));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Labelled from the form: the queue's row follows in place, the queue is not read again.
    QSignalSpy reset(queue, &QAbstractItemModel::modelReset);
    QSignalSpy changed(queue, &QAbstractItemModel::dataChanged);
    child<QLineEdit>(QStringLiteral("title"))->setFocus();
    QTest::keyClick(child<QLineEdit>(QStringLiteral("title")), Qt::Key_L, Qt::AltModifier);
    QCOMPARE(m_repository->find(id)->status, EventStatus::Labelled);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(status.data().toString(), EventStatuses::displayName(EventStatus::Labelled));
    QCOMPARE(queue->eventAt(row).version, m_repository->find(id)->version);
    // The form, which follows the queue, shows it too.
    QCOMPARE(
        child<QLabel>(QStringLiteral("status"))->text(), EventStatuses::displayName(EventStatus::Labelled));
}

qint64 TestEventForm::storeEvent(Event event, EventStatus status)
{
    const QString who = QStringLiteral("alice");
    if (!RequestStore(m_store->database).insert(event, who).ok()) {
        return 0;
    }
    if (status != EventStatus::Submitted
        && !Decisions(m_store->database).changeStatus(event.id, 1, status, {}, who).ok()) {
        return 0;
    }
    return event.id;
}

std::pair<qint64, qint64> TestEventForm::storeTwins()
{
    Event original = passingEvent();
    original.requestId = QStringLiteral("SI2018-ORIG");
    Event again = passingEvent();
    again.requestId = QStringLiteral("SI2018-AGAIN");
    again.title = QStringLiteral("Pas de titre");
    const qint64 originalId = storeEvent(original, EventStatus::Labelled);
    return { originalId, storeEvent(again, EventStatus::Submitted) };
}

void TestEventForm::createARequestByKeyboardAlone()
{
    const int before = m_repository->count(2018).value();
    // The next number of the edition's series, worked out from every stored one.
    int last = 0;
    for (const Event& event : m_repository->all(2018).value()) {
        last = std::max(last, event.requestId.mid(7).toInt());
    }
    const QString expectedId = QStringLiteral("SI2018-%1").arg(last + 1, 6, 10, QLatin1Char('0'));
    // The queue was on another request.
    m_window->showPlace(MainWindow::QueuePlace);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("queueTable"));
    table->setCurrentIndex(table->model()->index(3, 1));
    const qint64 other = table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong();
    QCOMPARE(m_form->eventId(), other);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("places"))->currentWidget(), m_form);

    // Each step: the field the Tab key reached, then what is typed or pressed there.
    using Step = std::tuple<QString, QString, Qt::Key>;
    const QList<Step> steps = {
        { QStringLiteral("organiserName"), QStringLiteral("Forges de Brest"), Qt::Key_unknown },
        { QStringLiteral("organiserType"), QString(), Qt::Key_Home }, // the first type: company
        { QStringLiteral("siret"), QStringLiteral("73282932000074"), Qt::Key_unknown },
        { QStringLiteral("contactName"), QStringLiteral("Anne Le Goff"), Qt::Key_unknown },
        { QStringLiteral("contactEmail"), QStringLiteral("anne.legoff@example.fr"), Qt::Key_unknown },
        { QStringLiteral("contactPhone"), QStringLiteral("02 98 00 00 00"), Qt::Key_unknown },
        { QStringLiteral("title"), QStringLiteral("Visite des forges"), Qt::Key_unknown },
        { QStringLiteral("description"), QStringLiteral("Les ateliers ouverts au public."), Qt::Key_unknown },
        { QStringLiteral("eventType"), QString(), Qt::Key_Home }, // company visit
        { QStringLiteral("online"), QString(), Qt::Key_unknown },
        { QStringLiteral("address"), QStringLiteral("1 quai de la Douane"), Qt::Key_unknown },
        { QStringLiteral("postalCode"), QStringLiteral("29200"), Qt::Key_unknown },
        { QStringLiteral("commune"), QString(), Qt::Key_unknown },
        { QStringLiteral("latitude"), QString(), Qt::Key_unknown },
        { QStringLiteral("longitude"), QString(), Qt::Key_unknown },
        { QStringLiteral("startsAt"), QStringLiteral("28/03/2018 10:00"), Qt::Key_unknown },
        { QStringLiteral("endsAt"), QStringLiteral("28/03/2018 16:00"), Qt::Key_unknown },
        { QStringLiteral("generalPublic"), QString(), Qt::Key_Space },
        { QStringLiteral("youngPeople"), QString(), Qt::Key_Space },
        { QStringLiteral("jobSeekers"), QString(), Qt::Key_unknown },
        { QStringLiteral("aimsIndustry"), QString(), Qt::Key_Down }, // yes
        { QStringLiteral("free"), QString(), Qt::Key_Down }, // free
        { QStringLiteral("price"), QString(), Qt::Key_unknown },
        { QStringLiteral("expectedParticipants"), QStringLiteral("40"), Qt::Key_unknown },
        { QStringLiteral("actualParticipants"), QString(), Qt::Key_unknown },
        { QStringLiteral("requestId"), QString(), Qt::Key_unknown }, // numbered already
    };
    QCOMPARE(child<QLineEdit>(QStringLiteral("requestId"))->text(), expectedId);
    for (const auto& [name, text, key] : steps) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), name);
        QTest::keyClicks(focus, text);
        if (key != Qt::Key_unknown) {
            QTest::keyClick(focus, key);
        }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QWidget* submitted = QApplication::focusWidget();
    QCOMPARE(submitted->objectName(), QStringLiteral("submittedAt"));
    QTest::keyClick(submitted, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(submitted, QStringLiteral("01/03/2018 09:00"));

    // Undo and redo by keyboard are the form's, even from inside a field.
    QTest::keySequence(submitted, QKeySequence(QKeySequence::Undo));
    QVERIFY(child<QLineEdit>(QStringLiteral("submittedAt"))->text() != QStringLiteral("01/03/2018 09:00"));
    QTest::keySequence(submitted, QKeySequence(QKeySequence::Redo));
    QCOMPARE(child<QLineEdit>(QStringLiteral("submittedAt"))->text(), QStringLiteral("01/03/2018 09:00"));

    QVERIFY(child<QLabel>(QStringLiteral("eventHeading"))->text().contains(QStringLiteral("unsaved")));
    QVERIFY2(m_form->model()->isValid(), qPrintable(m_form->model()->problems().join(QLatin1Char('\n'))));
    QVERIFY(m_form->model()->report().passesAllConditions());
    QTest::keyClick(submitted, Qt::Key_S, Qt::ControlModifier);

    QCOMPARE(m_repository->count(2018).value(), before + 1);
    QVERIFY(m_form->eventId() > 0);
    const StoreResult<Event> stored = m_repository->find(m_form->eventId());
    QVERIFY(stored);
    QCOMPARE(stored->requestId, expectedId);
    QCOMPARE(stored->organiserName, QStringLiteral("Forges de Brest"));
    QCOMPARE(stored->organiserType, OrganiserType::Company);
    QCOMPARE(stored->type, EventType::CompanyVisit);
    QCOMPARE(stored->description, QStringLiteral("Les ateliers ouverts au public."));
    QCOMPARE(stored->commune, QStringLiteral("Brest"));
    QCOMPARE(stored->inseeCode, QStringLiteral("29019"));
    QCOMPARE(stored->startsAt, wallClock(QDate(2018, 3, 28), QTime(10, 0)));
    QCOMPARE(stored->audiences, std::optional<Audiences>(Audience::GeneralPublic | Audience::YoungPeople));
    QCOMPARE(stored->aimsToInformAboutIndustry, std::optional<bool>(true));
    QCOMPARE(stored->free, std::optional<bool>(true));
    QCOMPARE(stored->expectedParticipants, std::optional<int>(40));
    QCOMPARE(stored->submittedAt, parisTime(QDate(2018, 3, 1), QTime(9, 0)));
    QCOMPARE(stored->status, EventStatus::Submitted);
    QCOMPARE(child<QLabel>(QStringLiteral("formNotice"))->text(), QStringLiteral("Saved."));
    QCOMPARE(child<QLabel>(QStringLiteral("eventHeading"))->text(), QStringLiteral("Visite des forges"));
    // The queue shows it at once, selected; the form stays on it.
    QVERIFY(m_window->queueModel()->rowOf(stored->id) >= 0);
    QCOMPARE(table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong(), stored->id);
    QCOMPARE(m_form->eventId(), stored->id);
    QCOMPARE(child<QLineEdit>(QStringLiteral("contactName"))->text(), QStringLiteral("Anne Le Goff"));
    QVERIFY(!m_form->model()->isDirty());
    // The next new request takes the next number.
    QVERIFY(m_form->newRequest());
    QCOMPARE(child<QLineEdit>(QStringLiteral("requestId"))->text(),
        QStringLiteral("SI2018-%1").arg(last + 2, 6, 10, QLatin1Char('0')));
}

void TestEventForm::postalCodeFillsThePlace()
{
    QVERIFY(m_form->newRequest());
    retype(QStringLiteral("postalCode"), QStringLiteral("29200"));
    QCOMPARE(child<QComboBox>(QStringLiteral("commune"))->currentText(), QStringLiteral("Brest"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("inseeCode"))->text(), QStringLiteral("29019"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("departement"))->text(), QStringLiteral("Finistère (29)"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("region"))->text(), QStringLiteral("Bretagne"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("latitude"))->text(), QStringLiteral("48.40031"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("longitude"))->text(), QStringLiteral("-4.50259"));
    // The point stays editable.
    retype(QStringLiteral("latitude"), QStringLiteral("48.39"));
    QCOMPARE(m_form->model()->edited().latitude, std::optional<double>(48.39));
}

void TestEventForm::corsicanPostalCode()
{
    QVERIFY(m_form->newRequest());
    retype(QStringLiteral("postalCode"), QStringLiteral("20000"));
    auto* commune = child<QComboBox>(QStringLiteral("commune"));
    QCOMPARE(commune->count(), 1);
    QCOMPARE(commune->itemText(0), QStringLiteral("Ajaccio"));
    QCOMPARE(commune->currentText(), QStringLiteral("Ajaccio"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("departement"))->text(), QStringLiteral("Corse-du-Sud (2A)"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("region"))->text(), QStringLiteral("Corse"));

    // A code of several communes offers them all and lets the reviewer choose.
    retype(QStringLiteral("postalCode"), QStringLiteral("75001"));
    QCOMPARE(commune->count(), 2);
    commune->setFocus();
    QTest::keyClick(commune, Qt::Key_Down);
    QCOMPARE(child<QLineEdit>(QStringLiteral("inseeCode"))->text(), commune->currentData().toString());
    QVERIFY(!child<QLineEdit>(QStringLiteral("inseeCode"))->text().isEmpty());
}

void TestEventForm::conditionsShownLive()
{
    const qint64 id = storeEvent(passingEvent(), EventStatus::Submitted);
    QVERIFY(m_form->openEvent(id));
    QVERIFY2(conditionText(QStringLiteral("C1")).contains(QStringLiteral("passes")),
        qPrintable(conditionText(QStringLiteral("C1"))));
    retype(QStringLiteral("startsAt"), QStringLiteral("02/04/2018 10:00"));
    retype(QStringLiteral("endsAt"), QStringLiteral("02/04/2018 12:00"));
    const QString failing = conditionText(QStringLiteral("C1"));
    QVERIFY2(failing.contains(QStringLiteral("fails")) && failing.contains(QStringLiteral("2 April 2018"))
            && failing.contains(QStringLiteral("after the end of the week")),
        qPrintable(failing));
    QVERIFY(child<QLabel>(QStringLiteral("conditionsVerdict"))
            ->text()
            .contains(QStringLiteral("fails 1 label condition")));
    retype(QStringLiteral("startsAt"), QStringLiteral("29/03/2018 10:00"));
    retype(QStringLiteral("endsAt"), QStringLiteral("29/03/2018 12:00"));
    QVERIFY2(conditionText(QStringLiteral("C1")).contains(QStringLiteral("passes")),
        qPrintable(conditionText(QStringLiteral("C1"))));
    // The late-request flag and the decision's due date are there too.
    QVERIFY2(conditionText(QStringLiteral("late")).contains(QStringLiteral("before the deadline")),
        qPrintable(conditionText(QStringLiteral("late"))));
    QCOMPARE(child<QLabel>(QStringLiteral("decisionDue"))->text(),
        QStringLiteral("Decision due on 7 March 2018."));
}

void TestEventForm::invalidSiretIsRefused()
{
    const qint64 id = storeEvent(passingEvent(), EventStatus::Submitted);
    QVERIFY(m_form->openEvent(id));
    retype(QStringLiteral("siret"), QStringLiteral("73282932000075"));
    auto* message = child<QLabel>(QStringLiteral("siretMessage"));
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(QStringLiteral("check digit")), qPrintable(message->text()));
    QString shown;
    whenBoxOpens(QStringLiteral("saveRefused"), QMessageBox::Ok, &shown);
    QVERIFY(!m_form->save());
    QVERIFY_ANSWERED(m_box);
    QVERIFY2(shown.contains(QStringLiteral("SIRET: ")), qPrintable(shown));
    // Nothing stored, nothing typed lost.
    QCOMPARE(m_repository->find(id)->siret, passingEvent().siret);
    QCOMPARE(m_repository->find(id)->version, 1);
    QCOMPARE(child<QLineEdit>(QStringLiteral("siret"))->text(), QStringLiteral("73282932000075"));
    QVERIFY(m_form->model()->isDirty());
}

void TestEventForm::unsavedChangesPrompt()
{
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("queueTable"));
    const ReviewQueueModel* queue = m_window->queueModel();
    table->setCurrentIndex(table->model()->index(0, 1));
    QCOMPARE(m_form->eventId(), queue->idAt(0));
    retype(QStringLiteral("title"), QStringLiteral("Titre en cours"));

    // Staying: the form keeps the request and what was typed.
    whenBoxOpens(QStringLiteral("unsavedPrompt"), QMessageBox::Cancel);
    table->setCurrentIndex(table->model()->index(1, 1));
    QVERIFY_ANSWERED(m_box);
    QCOMPARE(m_form->eventId(), queue->idAt(0));
    QCOMPARE(child<QLineEdit>(QStringLiteral("title"))->text(), QStringLiteral("Titre en cours"));

    // Leaving without saving: the next request, the first one unchanged in the store.
    const QString firstTitle = queue->eventAt(0).title;
    whenBoxOpens(QStringLiteral("unsavedPrompt"), QMessageBox::Discard);
    table->setCurrentIndex(table->model()->index(2, 1));
    QVERIFY_ANSWERED(m_box);
    QCOMPARE(m_form->eventId(), queue->idAt(2));
    QCOMPARE(m_repository->find(queue->idAt(0))->title, firstTitle);

    // Leaving the form for another place asks at once; staying keeps the text, and dropping it
    // leaves the form as stored, so that moving in the queue asks nothing more.
    retype(QStringLiteral("title"), QStringLiteral("Titre du changement de vue"));
    m_window->showPlace(MainWindow::EventPlace);
    whenBoxOpens(QStringLiteral("unsavedPrompt"), QMessageBox::Cancel);
    m_window->showPlace(MainWindow::QueuePlace);
    QVERIFY_ANSWERED(m_box);
    auto* places = m_window->findChild<QTabWidget*>(QStringLiteral("places"));
    QCOMPARE(places->currentIndex(), int(MainWindow::EventPlace));
    QCOMPARE(child<QLineEdit>(QStringLiteral("title"))->text(), QStringLiteral("Titre du changement de vue"));
    whenBoxOpens(QStringLiteral("unsavedPrompt"), QMessageBox::Discard);
    m_window->showPlace(MainWindow::QueuePlace);
    QVERIFY_ANSWERED(m_box);
    QCOMPARE(places->currentIndex(), int(MainWindow::QueuePlace));
    QCOMPARE(child<QLineEdit>(QStringLiteral("title"))->text(), queue->eventAt(2).title);
    m_box = ExpectedDialog::none();
    table->setCurrentIndex(table->model()->index(3, 1));
    table->setCurrentIndex(table->model()->index(2, 1));
    QVERIFY2(!m_box->anyOpened(), qPrintable(m_box->problem()));

    // Closing the window asks too; saving from the prompt writes the change.
    retype(QStringLiteral("title"), QStringLiteral("Titre enregistre"));
    whenBoxOpens(QStringLiteral("unsavedPrompt"), QMessageBox::Save);
    QVERIFY(m_window->close());
    QVERIFY_ANSWERED(m_box);
    QCOMPARE(m_repository->find(queue->idAt(2))->title, QStringLiteral("Titre enregistre"));
}

void TestEventForm::duplicateWarning()
{
    const auto [originalId, againId] = storeTwins();
    QVERIFY(m_form->openEvent(againId));
    retype(QStringLiteral("title"), QStringLiteral("Visite usine"));

    QString shown;
    whenBoxOpens(QStringLiteral("duplicateWarning"), QMessageBox::Cancel, &shown);
    QVERIFY(!m_form->save());
    QVERIFY_ANSWERED(m_box);
    QVERIFY2(shown.contains(QStringLiteral("SI2018-ORIG")), qPrintable(shown));
    QCOMPARE(m_repository->find(againId)->title, QStringLiteral("Pas de titre"));
    auto* banner = child<QLabel>(QStringLiteral("duplicateBanner"));
    QVERIFY(!banner->isHidden());
    QVERIFY2(
        banner->text().contains(QStringLiteral("href=\"%1\"").arg(originalId)), qPrintable(banner->text()));

    // Saved anyway once confirmed; the same duplicate is not asked about again.
    whenBoxOpens(QStringLiteral("duplicateWarning"), [](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                button->click();
            }
        }
    });
    QVERIFY(m_form->save());
    QVERIFY_ANSWERED(m_box);
    QCOMPARE(m_repository->find(againId)->title, QStringLiteral("Visite usine"));
    retype(QStringLiteral("title"), QStringLiteral("Visite usine!"));
    QVERIFY(m_form->save());

    // The link opens the other request.
    emit banner->linkActivated(QString::number(originalId));
    QCOMPARE(m_form->eventId(), originalId);
}

void TestEventForm::duplicateShownWhileTyping()
{
    m_window->resize(1366, 768);
    const auto [originalId, againId] = storeTwins();
    QVERIFY(m_form->openEvent(againId));
    auto* banner = child<QLabel>(QStringLiteral("duplicateBanner"));
    QVERIFY(banner->isHidden());
    // As soon as the title matches, before any save: a banner with a link to the other request.
    retype(QStringLiteral("title"), QStringLiteral("Visite de l'usine"));
    QTRY_VERIFY(!banner->isHidden());
    QVERIFY2(
        banner->text().contains(QStringLiteral("href=\"%1\"").arg(originalId)), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("SI2018-ORIG")), qPrintable(banner->text()));
    QCOMPARE(m_repository->find(againId)->title, QStringLiteral("Pas de titre"));
    // And gone as soon as it no longer does.
    retype(QStringLiteral("title"), QStringLiteral("Atelier soudure"));
    QTRY_VERIFY(banner->isHidden());
    retype(QStringLiteral("title"), QStringLiteral("Visite de l'usine"));
    QTRY_VERIFY(!banner->isHidden());
    // The link opens the other request (after dropping the unsaved title).
    whenBoxOpens(QStringLiteral("unsavedPrompt"), QMessageBox::Discard);
    emit banner->linkActivated(QString::number(originalId));
    QCOMPARE(m_form->eventId(), originalId);
}

void TestEventForm::organiserRequestsBySiret()
{
    m_window->resize(1366, 768);
    // The same SIRET under a name written otherwise.
    Event first = passingEvent();
    first.requestId = QStringLiteral("SI2018-FIRST");
    first.organiserName = QStringLiteral("MECATECH (usine de Lyon)");
    first.title = QStringLiteral("Portes ouvertes");
    const qint64 firstId = storeEvent(first, EventStatus::Labelled);
    Event second = passingEvent();
    second.requestId = QStringLiteral("SI2018-SECOND");
    const qint64 secondId = storeEvent(second, EventStatus::Submitted);
    QVERIFY(m_form->openEvent(secondId));
    auto* tabs = child<QTabWidget>(QStringLiteral("eventTabs"));
    auto* requests = child<QTreeWidget>(QStringLiteral("organiserRequests"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Organiser's requests (1)"));
    // The list is read when its tab is shown.
    QCOMPARE(requests->topLevelItemCount(), 0);
    tabs->setCurrentIndex(2);
    QCOMPARE(requests->topLevelItemCount(), 1);
    QCOMPARE(requests->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), firstId);
    QCOMPARE(requests->topLevelItem(0)->text(3), first.organiserName);

    // A new request finds both as soon as the SIRET is typed, whatever the name.
    QVERIFY(m_form->newRequest());
    QCOMPARE(tabs->tabText(2), QStringLiteral("Organiser's requests (0)"));
    retype(QStringLiteral("organiserName"), QStringLiteral("Meca Tech"));
    retype(QStringLiteral("siret"), passingEvent().siret);
    QTRY_COMPARE(tabs->tabText(2), QStringLiteral("Organiser's requests (2)"));
}

void TestEventForm::conditionsReadWholeAt1366()
{
    m_window->resize(1366, 768);
    QVERIFY(m_form->openEvent(m_window->queueModel()->idAt(0)));
    const QList<QLabel*> checks = child(QStringLiteral("formConditions"))
                                      ->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^check-")));
    QCOMPARE(checks.size(), LabelRules::table().size());
    // No reason cut mid-sentence: each label as tall as its text needs (the panel scrolls instead).
    const auto whole = [&] {
        return std::all_of(checks.cbegin(), checks.cend(),
            [](const QLabel* label) { return label->height() >= label->heightForWidth(label->width()); });
    };
    QTRY_VERIFY(whole());
    // And the side gets a third of the width, not a sixth.
    QVERIFY(child(QStringLiteral("formConditions"))->width() > m_window->width() / 4);
}

void TestEventForm::labelledRequestBackToReviewAfterAPriceEdit()
{
    const qint64 id = storeEvent(passingEvent(), EventStatus::Labelled);
    QVERIFY(m_form->openEvent(id));
    QCOMPARE(child<QLabel>(QStringLiteral("status"))->text(), QStringLiteral("Labelled"));
    auto* free = child<QComboBox>(QStringLiteral("free"));
    free->setFocus();
    QTest::keyClick(free, Qt::Key_End); // paying
    retype(QStringLiteral("price"), QStringLiteral("10"));
    QVERIFY(conditionText(QStringLiteral("C4")).contains(QStringLiteral("fails")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

    const StoreResult<Event> stored = m_repository->find(id);
    QCOMPARE(stored->status, EventStatus::InReview);
    QCOMPARE(stored->price, std::optional<double>(10));
    const QString notice = child<QLabel>(QStringLiteral("formNotice"))->text();
    QVERIFY2(notice.contains(QStringLiteral("went back to review")) && notice.contains(QStringLiteral("C4")),
        qPrintable(notice));
    QCOMPARE(child<QLabel>(QStringLiteral("status"))->text(), QStringLiteral("In review"));

    const QList<AuditEntry> trail = AuditTrail(m_store->database).of(id).value();
    QCOMPARE(trail.size(), 4); // created, labelled, the edit, back to review
    QCOMPARE(trail.at(2).action, QStringLiteral("edit"));
    QVERIFY2(trail.at(2).changes.contains(QStringLiteral("price:  → 10")), qPrintable(trail.at(2).changes));
    QCOMPARE(trail.at(3).oldStatus, std::optional<EventStatus>(EventStatus::Labelled));
    QCOMPARE(trail.at(3).newStatus, std::optional<EventStatus>(EventStatus::InReview));
    QVERIFY2(trail.at(3).reason.contains(QStringLiteral("C4")), qPrintable(trail.at(3).reason));
    // The History tab lists the same.
    // The History tab lists the same, with the messages of the decisions.
    auto* history = child<QTreeWidget>(QStringLiteral("historyList"));
    QStringList actions;
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        if (!history->topLevelItem(i)->text(2).startsWith(QStringLiteral("Message"))) {
            actions << history->topLevelItem(i)->text(2);
        }
    }
    QCOMPARE(actions.size(), 4);
    QCOMPARE(actions.at(3), QStringLiteral("Labelled → In review"));
}

// Scrolling over a choice changes nothing until the reviewer puts the cursor in it.
void TestEventForm::theWheelScrollsTheFormWithoutChangingIt()
{
    m_window->resize(1366, 768);
    QVERIFY(m_form->openEvent(m_window->queueModel()->idAt(0)));
    auto* aim = child<QComboBox>(QStringLiteral("aimsIndustry"));
    QVERIFY(aim);
    QCOMPARE(aim->focusPolicy(), Qt::StrongFocus);
    child<QLineEdit>(QStringLiteral("title"))->setFocus();
    const int before = aim->currentIndex();
    const QPoint centre = aim->rect().center();
    QWheelEvent away(centre, aim->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(aim, &away);
    QCOMPARE(aim->currentIndex(), before);
    QVERIFY(!aim->hasFocus());
    // Once focused, the wheel is the field's.
    aim->setFocus();
    QWheelEvent focused(centre, aim->mapToGlobal(centre), QPoint(),
        QPoint(0, before == aim->count() - 1 ? 120 : -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
        false);
    QApplication::sendEvent(aim, &focused);
    QVERIFY(aim->currentIndex() != before);
}

// At 1366×768, typing in the fields keeps the window's width: the undo button says only "Undo".
void TestEventForm::typingNeverWidensTheWindow()
{
    m_window->resize(1366, 768);
    QVERIFY(m_form->openEvent(m_window->queueModel()->idAt(0)));
    m_window->showPlace(MainWindow::EventPlace);
    retype(QStringLiteral("expectedParticipants"), QStringLiteral("1"));
    retype(QStringLiteral("title"),
        QStringLiteral("Visite des ateliers de fabrication de pieces pour l'aeronautique et le spatial"));
    auto* undo = m_form->findChild<QAction*>(QStringLiteral("formUndo"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QVERIFY2(undo->toolTip().startsWith(QStringLiteral("Undo: ")), qPrintable(undo->toolTip()));
    QCOMPARE(m_window->width(), 1366);
    QVERIFY2(m_window->minimumSizeHint().width() <= 1366,
        qPrintable(QString::number(m_window->minimumSizeHint().width())));
}

// The queue's Ctrl+A (select every matching request) is the queue's alone.
void TestEventForm::selectAllStaysInTheForm()
{
    QVERIFY(m_form->openEvent(m_window->queueModel()->idAt(0)));
    m_window->showPlace(MainWindow::EventPlace);
    retype(QStringLiteral("expectedParticipants"), QStringLiteral("12"));
    auto* aim = child<QComboBox>(QStringLiteral("aimsIndustry"));
    aim->setFocus();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("queueTable"));
    const int selected = int(table->selectionModel()->selectedRows().size());
    m_box = ExpectedDialog::none();
    QTest::keyClick(aim, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("places"))->currentIndex(),
        int(MainWindow::EventPlace));
    QCOMPARE(int(table->selectionModel()->selectedRows().size()), selected);
    QVERIFY2(!m_box->anyOpened(), qPrintable(m_box->problem()));
}

// One label column from the first group to the last.
void TestEventForm::labelsLineUpAcrossGroups()
{
    m_window->resize(1366, 768);
    QVERIFY(m_form->openEvent(m_window->queueModel()->idAt(0)));
    m_window->showPlace(MainWindow::EventPlace);
    QSet<int> fieldLefts;
    for (QGroupBox* group : m_form->findChildren<QGroupBox*>()) {
        const auto* form = qobject_cast<QFormLayout*>(group->layout());
        if (!form || !group->isVisible()) {
            continue;
        }
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
            const QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
            if (label && label->widget() && field && field->widget()) {
                fieldLefts.insert(field->widget()->mapTo(m_form, QPoint()).x());
            }
        }
    }
    QCOMPARE(fieldLefts.size(), 1);
}

QTEST_MAIN(TestEventForm)
void TestEventForm::attestationOfALabelledRequestOnly()
{
    Event event = passingEvent();
    event.requestId = QStringLiteral("SI2018-ATT01");
    const qint64 labelled = storeEvent(event, EventStatus::Labelled);
    event.requestId = QStringLiteral("SI2018-ATT02");
    const qint64 inReview = storeEvent(event, EventStatus::InReview);
    QVERIFY(labelled && inReview);
    auto* attestation = m_form->findChild<QAction*>(QStringLiteral("formAttestation"));
    QVERIFY(attestation);
    QSignalSpy asked(m_form, &EventForm::attestationRequested);
    QVERIFY(m_form->openEvent(inReview));
    QVERIFY(!attestation->isEnabled());
    QVERIFY(m_form->openEvent(labelled));
    QVERIFY(attestation->isEnabled());
    // The window answers with its file dialog, which the test does not drive: the request is asked for.
    QObject::disconnect(m_form, &EventForm::attestationRequested, m_window.get(), nullptr);
    attestation->trigger();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toLongLong(), labelled);
}

// Alt+W from the form: the free template filled in for the request, the subject and the body
// edited, Enter queues it; the outbox holds the edited text and the History tab shows it.
void TestEventForm::writeToTheOrganiserByKeyboard()
{
    Event event = passingEvent();
    event.requestId = QStringLiteral("SI2018-MSG01");
    event.contactName = QStringLiteral("Claire Martin");
    event.contactEmail = QStringLiteral("claire.martin@exemple.fr");
    const qint64 id = storeEvent(event, EventStatus::InReview);
    QVERIFY(id > 0);
    QVERIFY(m_form->openEvent(id));
    m_window->activateWindow();
    child<QLineEdit>(QStringLiteral("title"))->setFocus();
    // The store announces the message queued: the outbox and its count in the status bar follow.
    QSignalSpy queuedSignal(&m_store->database.changes(), &ChangeNotifier::outboxChanged);
    QString recipient;
    QString composed;
    bool bodyHadFocus = false;
    bool subjectReached = false;
    const auto dialog = ExpectedDialog::expect<FreeMessageDialog>(
        QStringLiteral("freeMessageDialog"), [&](FreeMessageDialog* shown) {
            recipient = shown->findChild<QLabel*>(QStringLiteral("freeMessageRecipient"))->text();
            auto* subject = shown->findChild<QLineEdit*>(QStringLiteral("freeMessageSubject"));
            auto* body = shown->findChild<QPlainTextEdit*>(QStringLiteral("freeMessageBody"));
            composed = subject->text() + QLatin1Char('\n') + body->toPlainText();
            bodyHadFocus = shown->focusWidget() == body;
            // The reviewer's text goes where the template's message is.
            QTest::keyClicks(body, QStringLiteral("Please send us the programme of the day."));
            // The labels' Alt keys answer in the active window.
            subjectReached = QTest::qWaitFor([shown] { return QApplication::activeWindow() == shown; });
            QTest::keyClick(body, Qt::Key_U, Qt::AltModifier);
            subjectReached = subjectReached && shown->focusWidget() == subject;
            QTest::keyClick(subject, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(subject, QStringLiteral("Your programme, please"));
            const QString shots = qEnvironmentVariable("SEMAINE_TEST_SHOTS");
            if (!shots.isEmpty()) {
                shown->grab().save(shots + QStringLiteral("/free-message.png"));
            }
            QTest::keyClick(subject, Qt::Key_Return);
        });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
    QVERIFY_ANSWERED(dialog);
    QVERIFY2(recipient.contains(QStringLiteral("claire.martin@exemple.fr")), qPrintable(recipient));
    QVERIFY2(composed.contains(QStringLiteral("SI2018-MSG01"))
            && composed.contains(QStringLiteral("Claire Martin")),
        qPrintable(composed));
    QVERIFY(!composed.contains(QStringLiteral("{{")));
    QVERIFY(bodyHadFocus);
    QVERIFY(subjectReached);
    QCOMPARE(queuedSignal.size(), 1);
    const QList<OutboxMessage> messages = OutboxRepository(m_store->database).forEvent(id).value();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().kind, QStringLiteral("free"));
    QCOMPARE(messages.first().state, OutboxMessage::State::Queued);
    QCOMPARE(messages.first().recipient, QStringLiteral("claire.martin@exemple.fr"));
    QCOMPARE(messages.first().subject, QStringLiteral("Your programme, please"));
    QVERIFY2(messages.first().body.contains(
                 QStringLiteral("Claire Martin,\n\nPlease send us the programme of the day.")),
        qPrintable(messages.first().body));
    QStringList history;
    auto* list = child<QTreeWidget>(QStringLiteral("historyList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        history << list->topLevelItem(i)->text(2) + QLatin1Char(' ') + list->topLevelItem(i)->text(3);
    }
    QVERIFY2(history.contains(QStringLiteral("Message written to the organiser Your programme, please")),
        qPrintable(history.join(QLatin1Char('\n'))));
    QVERIFY2(history.filter(QStringLiteral("Message to claire.martin@exemple.fr")).size() == 1,
        qPrintable(history.join(QLatin1Char('\n'))));
}

void TestEventForm::noMessageWithoutAUsableAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << QString() << QStringLiteral("no contact e-mail address");
    QTest::newRow("malformed") << QStringLiteral("claire.martin@exemple")
                               << QStringLiteral("is not a valid e-mail address");
}

void TestEventForm::noMessageWithoutAUsableAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, problem);
    Event event = passingEvent();
    event.requestId = QStringLiteral("SI2018-MSG02");
    event.contactEmail = address;
    const qint64 id = storeEvent(event, EventStatus::InReview);
    QVERIFY(id > 0);
    QVERIFY(m_form->openEvent(id));
    QString said;
    bool queueOffered = true;
    const auto dialog = ExpectedDialog::expect<FreeMessageDialog>(
        QStringLiteral("freeMessageDialog"), [&](FreeMessageDialog* shown) {
            auto* problemLabel = shown->findChild<QLabel*>(QStringLiteral("freeMessageProblem"));
            said = problemLabel->isVisible() ? problemLabel->text() : QString();
            queueOffered = shown->findChild<QPushButton*>(QStringLiteral("freeMessageQueue"))->isEnabled();
            QTest::keyClick(shown->focusWidget(), Qt::Key_Return);
            QTest::keyClick(shown, Qt::Key_Escape);
        });
    m_form->findChild<QAction*>(QStringLiteral("formWriteToOrganiser"))->trigger();
    QVERIFY_ANSWERED(dialog);
    QVERIFY2(said.contains(problem), qPrintable(said));
    QVERIFY(!queueOffered);
    QVERIFY(OutboxRepository(m_store->database).forEvent(id)->isEmpty());
}

#include "tst_eventform.moc"
