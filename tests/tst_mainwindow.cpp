// The main window driven as a reviewer would: places by keyboard, the title and status bar,
// searching the queue, screenshots of every place (the map has its own test, tst_map).
#include "DemoStore.h"
#include "ExpectedDialog.h"
#include "app/Language.h"
#include "app/Screenshots.h"
#include "app/core/LabelRules.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/PendingUpdates.h"
#include "db/RequestStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/event/EventForm.h"
#include "ui/event/EventFormModel.h"
#include "ui/map/MapWidget.h"
#include "ui/map/MarkerClusterModel.h"
#include "ui/queue/FilterBar.h"
#include "ui/queue/QueueView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void titleAndStatusBarDescribeTheStore();
    void keyboardMovesBetweenPlaces();
    void searchingTheQueue();
    void activatingARowOpensTheEvent();
    void screenshotsOfEveryPlace();
    void titleOfARealStore();
    void aRequestWithoutAQueueRowJoinsTheQueue();
    void oneFilterForQueueStatisticsAndMap();
    void filterIsRememberedAndSaved();
    void columnsAreRemembered();
    void refreshKeepsTheSelection();
    void sharedStoreIsChosenByKeyboard();
    void filterBarReadsWholeAt1366_data() { languages(); }
    void filterBarReadsWholeAt1366();
    void chipsRemoveOneFilterEach();
    void firstRowCurrentAfterAFilterChange();
    void theQueueNotesComeFromItsRows();
    void theFormReadsItsRequestWhenItChanges();
    void theHiddenFormFollowsTheQueueWhenShown();
    void waitingChangesAreCountedWhenTheStoreChanges();
    void findReachesTheSearchFromAnyPlace();
    void mnemonicsAndShortcutsDoNotClash_data() { languages(); }
    void mnemonicsAndShortcutsDoNotClash();
    void pluralsInBothLanguages_data();
    void pluralsInBothLanguages();

private:
    static void languages();
    // Replaces the application's translations by those of `language`, as at a start in it.
    static void useLanguage(const QString& language);

    std::unique_ptr<DemoStore> m_store;
};

void TestMainWindow::initTestCase() { useLanguage(QStringLiteral("en")); }

void TestMainWindow::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("English") << QStringLiteral("en");
}

void TestMainWindow::useLanguage(const QString& language)
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
    QCOMPARE(Language::apply(*QCoreApplication::instance(), language), language);
}

void TestMainWindow::init()
{
    QSettings().clear(); // the shared filter remembers itself; each test starts from none
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->open(120, 5), QString());
}

void TestMainWindow::cleanup() { m_store.reset(); }

void TestMainWindow::titleAndStatusBarDescribeTheStore()
{
    MainWindow window(m_store->database);
    window.show();
    QVERIFY(window.windowTitle().contains(QStringLiteral("2018")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("store.sqlite")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("demonstration data")));
    const auto* store = window.findChild<QLabel*>(QStringLiteral("storeLabel"));
    QVERIFY(store);
    QVERIFY(store->text().contains(m_store->database.path()));
    const auto* counts = window.findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(counts);
    QVERIFY2(counts->text().startsWith(QStringLiteral("120 requests")), qPrintable(counts->text()));
}

void TestMainWindow::keyboardMovesBetweenPlaces()
{
    MainWindow window(m_store->database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* places = window.findChild<QTabWidget*>(QStringLiteral("places"));
    QVERIFY(places);
    QCOMPARE(places->count(), 5);
    const QStringList names = { QStringLiteral("queueView"), QStringLiteral("eventView"),
        QStringLiteral("statisticsView"), QStringLiteral("mapView"), QStringLiteral("outboxView") };
    for (int i = names.size() - 1; i >= 0; --i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(places->currentWidget()->objectName(), names.at(i));
    }
}

void TestMainWindow::searchingTheQueue()
{
    MainWindow window(m_store->database);
    window.show();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    auto* count = window.findChild<QLabel*>(QStringLiteral("queueCount"));
    QVERIFY(search && table && count);
    QCOMPARE(table->model()->rowCount(), 120);
    // Each keystroke asks the store on another thread and supersedes the one before: once the
    // answers are in, the rows are the last keystroke's.
    QTest::keyClicks(search, QStringLiteral("SI2018-000042"));
    QTRY_VERIFY(!window.queueModel()->isSearching());
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY2(count->text().startsWith(QStringLiteral("1 of 120")), qPrintable(count->text()));
    search->clear();
    QTRY_VERIFY(!window.queueModel()->isSearching());
    QCOMPARE(table->model()->rowCount(), 120);
}

void TestMainWindow::activatingARowOpensTheEvent()
{
    MainWindow window(m_store->database);
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
    MainWindow window(m_store->database);
    QString error;
    const QString dir = m_store->dir.filePath(QStringLiteral("shots"));
    QVERIFY2(Screenshots::write(window, dir, &error), qPrintable(error));
    for (const char* name : { "queue.png", "event.png", "statistics.png", "map.png", "outbox.png" }) {
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
    QVERIFY(empty.open(m_store->dir.filePath(QStringLiteral("real.sqlite"))));
    MainWindow window(empty);
    QVERIFY(!window.windowTitle().contains(QStringLiteral("demonstration")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("real.sqlite")));
}

// The queue opens from its index without waiting for the proof that every request has a row
// there (a scan of every request on PostgreSQL); a request found without one then joins it.
void TestMainWindow::aRequestWithoutAQueueRowJoinsTheQueue()
{
    QSqlQuery query(m_store->database.connection());
    QVERIFY2(
        query.exec(QStringLiteral("DELETE FROM event_queue WHERE event_id = (SELECT max(id) FROM event)")),
        qPrintable(query.lastError().text()));
    query.finish();
    MainWindow window(m_store->database);
    window.show();
    const ReviewQueueModel* queue = window.queueModel();
    QTRY_COMPARE(queue->rowCount(), 120);
    QCOMPARE(queue->editionTotal(), 120);
    const auto* counts = window.findChild<QLabel*>(QStringLiteral("countLabel"));
    QTRY_VERIFY2(counts->text().startsWith(QStringLiteral("120 requests")), qPrintable(counts->text()));
}

void TestMainWindow::oneFilterForQueueStatisticsAndMap()
{
    MainWindow window(m_store->database);
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
    const QList<Event> all = EventRepository(m_store->database).all(2018).value();
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
    const auto* scope = window.findChild<QLabel*>(QStringLiteral("statisticsScope"));
    QVERIFY2(scope->text().contains(QStringLiteral("Île-de-France")), qPrintable(scope->text()));
    QVERIFY2(headline->text().contains(QStringLiteral("Requests received: %1<br>").arg(inRegion)),
        qPrintable(headline->text()));
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
        MainWindow window(m_store->database);
        window.sharedFilter()->setFilter(paying);
        window.sharedFilter()->saveAs(QStringLiteral("Payants / à revoir"));
        window.sharedFilter()->setFilter(EventFilter());
        window.sharedFilter()->setFilter(paying);
    }
    MainWindow window(m_store->database);
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
        MainWindow window(m_store->database);
        QHeaderView* header = window.findChild<QTableView*>(QStringLiteral("queueTable"))->horizontalHeader();
        header->resizeSection(QueueColumns::Title, 333);
        header->moveSection(header->visualIndex(QueueColumns::Status), 1);
    }
    MainWindow window(m_store->database);
    QHeaderView* header = window.findChild<QTableView*>(QStringLiteral("queueTable"))->horizontalHeader();
    QCOMPARE(header->sectionSize(QueueColumns::Title), 333);
    QCOMPARE(header->visualIndex(QueueColumns::Status), 1);
}

void TestMainWindow::refreshKeepsTheSelection()
{
    MainWindow window(m_store->database);
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
    MainWindow window(m_store->database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::unique_ptr<ExpectedDialog> confirmation;
    const auto connection = ExpectedDialog::expect<ConnectionDialog>(
        QStringLiteral("connectionDialog"), [&](ConnectionDialog* dialog) {
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("connectionHost")),
                QStringLiteral("db.dge.example"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("connectionDatabase")),
                QStringLiteral("semaine"));
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(
                dialog->findChild<QLineEdit*>(QStringLiteral("connectionUser")), QStringLiteral("durand"));
            QVERIFY(ok->isEnabled());
            // The confirmation that follows.
            confirmation
                = ExpectedDialog::expect<QMessageBox>(QString(), [](QMessageBox* box) { box->accept(); });
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
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("connectionHost"))->text(),
        QStringLiteral("/run/postgresql"));
    QCOMPARE(dialog.url(), socket);
}

namespace {

// Whether `widget`'s text reads whole: the room it was given holds what it asks for.
QString cutText(const QWidget* widget)
{
    if (!widget->isVisible() || widget->sizeHint().width() <= widget->width()) {
        return {};
    }
    QString text;
    if (const auto* box = qobject_cast<const QComboBox*>(widget)) {
        text = box->currentText();
    } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        text = button->text();
    }
    return QStringLiteral("%1 “%2”: %3 px wanted, %4 given")
        .arg(widget->objectName(), text)
        .arg(widget->sizeHint().width())
        .arg(widget->width());
}

QStringList cutControls(const QWidget* parent)
{
    QStringList cut;
    for (const QWidget* control : parent->findChildren<QWidget*>()) {
        const bool isControl = qobject_cast<const QComboBox*>(control)
            || qobject_cast<const QAbstractButton*>(control) || qobject_cast<const QAbstractSpinBox*>(control)
            || (qobject_cast<const QLineEdit*>(control)
                && !qobject_cast<const QComboBox*>(control->parentWidget()));
        if (isControl && !cutText(control).isEmpty()) {
            cut << cutText(control);
        }
    }
    return cut;
}

} // namespace

// At 1366×768 with many filters on, every control of the bar and of its "More filters" panel
// reads whole, and the most useful columns are in sight.
void TestMainWindow::filterBarReadsWholeAt1366()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EventFilter many;
    many.statuses = { EventStatus::Submitted, EventStatus::InReview };
    many.region = QStringLiteral("93"); // Provence-Alpes-Côte d'Azur, the longest name
    many.conditions = EventFilter::Conditions::FailingNone;
    many.eventType = EventTypes::all().first();
    many.organiserType = OrganiserTypes::all().last();
    many.late = true;
    many.overdue = false;
    many.assignee = QString();
    many.submittedFrom = QDate(2018, 1, 15);
    many.submittedTo = QDate(2018, 3, 31);
    window.sharedFilter()->setFilter(many);
    QCoreApplication::processEvents();
    QCOMPARE(window.width(), 1366);
    auto* bar = window.findChild<FilterBar*>();
    QVERIFY(bar);
    QVERIFY(bar->findChildren<QToolButton*>(QStringLiteral("filterChip")).size() >= 9);
    QStringList cut = cutControls(bar);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    // Each choice of the combos fits too (the longest région, a condition's name…).
    for (const QComboBox* box : bar->findChildren<QComboBox*>()) {
        for (int i = 0; i < box->count(); ++i) {
            QVERIFY2(box->fontMetrics().horizontalAdvance(box->itemText(i)) < box->sizeHint().width(),
                qPrintable(box->itemText(i)));
        }
    }

    auto* more = window.findChild<QToolButton*>(QStringLiteral("filterMore"));
    QVERIFY(more->text().contains(QStringLiteral("7")));
    more->click();
    auto* panel = window.findChild<QWidget*>(QStringLiteral("filterMorePanel"));
    QVERIFY(panel->isVisible());
    cut = cutControls(panel);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    QTest::keyClick(panel, Qt::Key_Escape);
    QVERIFY(!panel->isVisible());

    // The request, its title, status and conditions in sight without scrolling.
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    const QHeaderView* header = table->horizontalHeader();
    for (int column : { QueueColumns::RequestId, QueueColumns::Title, QueueColumns::Status,
             QueueColumns::ConditionDates, QueueColumns::ConditionFree }) {
        QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column)
                <= table->viewport()->width(),
            qPrintable(QString::number(column)));
    }
}

// Each chip says one criterion; its cross removes that one only.
void TestMainWindow::chipsRemoveOneFilterEach()
{
    MainWindow window(m_store->database);
    window.show();
    EventFilter two;
    two.region = QStringLiteral("53");
    two.late = true;
    window.sharedFilter()->setFilter(two);
    QCoreApplication::processEvents();
    QList<QToolButton*> chips = window.findChildren<QToolButton*>(QStringLiteral("filterChip"));
    chips.removeIf([](const QToolButton* chip) { return !chip->isVisible(); });
    QCOMPARE(chips.size(), 2);
    QCOMPARE(chips.first()->text(), QStringLiteral("région: Bretagne"));
    QCOMPARE(chips.last()->text(), QStringLiteral("late: yes"));
    chips.first()->click();
    EventFilter lateOnly;
    lateOnly.late = true;
    QCOMPARE(window.sharedFilter()->filter(), lateOnly);
    QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("filterRegion"))->currentIndex(), 0);
}

// Whatever the filter becomes, its first row is current: a decision's key acts at once.
void TestMainWindow::firstRowCurrentAfterAFilterChange()
{
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    table->setCurrentIndex(table->model()->index(40, 1));
    auto* conditions = window.findChild<QComboBox*>(QStringLiteral("filterConditions"));
    conditions->setCurrentIndex(conditions->findData(QStringLiteral("failing_any")));
    QVERIFY(table->model()->rowCount() > 0);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    // A reload with the same filter keeps the reviewer's place.
    table->setCurrentIndex(table->model()->index(3, 1));
    window.queueModel()->reload();
    QCOMPARE(table->currentIndex().row(), 3);
}

// The notes beside the queue are those of the row as the queue read it, kept current by the
// store's announcements: the notes just saved included, without reading the request again.
void TestMainWindow::theQueueNotesComeFromItsRows()
{
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    auto* notes = window.findChild<QueueView*>()->findChild<QPlainTextEdit*>(QStringLiteral("reviewerNotes"));
    QVERIFY(table && notes);
    table->setCurrentIndex(table->model()->index(0, 1));
    const qint64 second = window.queueModel()->idAt(1);
    QVERIFY(RequestStore(m_store->database).saveReviewerNotes(second, QStringLiteral("Rappeler jeudi")).ok());
    // From now on a read of a request fails: what the notes show comes from the queue's rows.
    QSqlQuery sql(m_store->database.connection());
    QVERIFY2(sql.exec(QStringLiteral("ALTER TABLE event RENAME TO event_unreadable")),
        qPrintable(sql.lastError().text()));
    table->setCurrentIndex(table->model()->index(1, 1));
    QVERIFY(notes->isEnabled());
    QCOMPARE(notes->toPlainText(), QStringLiteral("Rappeler jeudi"));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE event_unreadable RENAME TO event")));
}

// The form reads its request again when the store announces a change of it, not when another
// request changes: a write that nobody announces (another program's) shows which reads happen.
void TestMainWindow::theFormReadsItsRequestWhenItChanges()
{
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    auto* form = window.findChild<EventForm*>(QStringLiteral("eventView"));
    table->setCurrentIndex(table->model()->index(0, 1));
    window.showPlace(MainWindow::EventPlace); // out of sight, the form reads nothing
    const Event shown = form->model()->stored();
    QCOMPARE(shown.id, window.queueModel()->idAt(0));
    QSqlQuery sql(m_store->database.connection());
    QVERIFY2(sql.exec(QStringLiteral(
                 "UPDATE event SET title = 'Changé ailleurs', version = version + 1 WHERE id = %1")
                     .arg(shown.id)),
        qPrintable(sql.lastError().text()));
    const Event other = window.queueModel()->eventAt(5);
    QVERIFY(Decisions(m_store->database)
            .assign(other.id, other.version, QStringLiteral("alice"), QStringLiteral("test"))
            .ok());
    QCOMPARE(form->model()->stored().title, shown.title);
    QCOMPARE(form->model()->stored().version, shown.version);
    // Its own change: read again, with what was written meanwhile.
    QVERIFY(Decisions(m_store->database)
            .assign(shown.id, shown.version + 1, QStringLiteral("alice"), QStringLiteral("test"))
            .ok());
    QCOMPARE(form->model()->stored().assignee, QStringLiteral("alice"));
    QCOMPARE(form->model()->stored().title, QStringLiteral("Changé ailleurs"));
}

// The form follows the queue's current request without reading it while out of sight: walking
// the queue or changing its filter costs the form nothing, and the form shows the queue's current
// request as soon as it is shown.
void TestMainWindow::theHiddenFormFollowsTheQueueWhenShown()
{
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    EventForm* form = window.eventForm();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 1));
    const QString region = window.queueModel()->eventAt(5).region;
    QSignalSpy loads(form->model(), &EventFormModel::stateChanged);
    for (int step = 0; step < 3; ++step) {
        QTest::keyClick(table, Qt::Key_Down);
    }
    QCOMPARE(table->currentIndex().row(), 3);
    auto* regions = window.findChild<QComboBox*>(QStringLiteral("filterRegion"));
    regions->setCurrentIndex(regions->findData(region));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(loads.count(), 0);
    const qint64 current = window.queueView()->currentEventId();
    QCOMPARE(current, window.queueModel()->idAt(1));
    QCOMPARE(form->eventId(), current);

    window.showPlace(MainWindow::EventPlace);
    QVERIFY(!loads.isEmpty());
    QCOMPARE(form->model()->stored().id, current);
    QCOMPARE(form->findChild<QLabel*>(QStringLiteral("eventHeading"))->text(),
        window.queueModel()->eventAt(1).title);
    // In sight, it follows each step at once.
    window.showPlace(MainWindow::QueuePlace);
    table->setCurrentIndex(table->model()->index(0, 1));
    QCOMPARE(form->model()->stored().id, window.queueModel()->idAt(1));
    window.showPlace(MainWindow::EventPlace);
    QCOMPARE(form->model()->stored().id, window.queueModel()->idAt(0));
}

// The status bar counts the changes from imports waiting again when the store announces a change
// of them, not at each change of the queue's filter nor at each decision, which leave them as they
// were: a write that nobody announces shows which reads happen.
void TestMainWindow::waitingChangesAreCountedWhenTheStoreChanges()
{
    MainWindow window(m_store->database);
    window.show();
    auto* waiting = window.findChild<QLabel*>(QStringLiteral("pendingUpdatesLabel"));
    QVERIFY(waiting->isHidden());
    const Event first = window.queueModel()->eventAt(0);
    QSqlQuery sql(m_store->database.connection());
    QVERIFY2(
        sql.exec(QStringLiteral("INSERT INTO pending_update (event_id, created_at, who, changes, content) "
                                "VALUES (%1, '2018-03-20T10:00:00Z', 'import', 'title', '{}')")
                .arg(first.id)),
        qPrintable(sql.lastError().text()));
    auto* regions = window.findChild<QComboBox*>(QStringLiteral("filterRegion"));
    regions->setCurrentIndex(regions->findData(first.region));
    QVERIFY(waiting->isHidden());
    const Event other = window.queueModel()->eventAt(1);
    QVERIFY(Decisions(m_store->database)
            .assign(other.id, other.version, QStringLiteral("alice"), QStringLiteral("test"))
            .ok());
    QVERIFY(waiting->isHidden());
    Event imported = other;
    imported.title += QStringLiteral(" (nouvelle édition)");
    QVERIFY(*PendingUpdates(m_store->database)
            .add(other, imported, QStringLiteral("title"), QStringLiteral("import"),
                QStringLiteral("file.csv")));
    QVERIFY(!waiting->isHidden());
    QVERIFY2(waiting->text().contains(QStringLiteral(">2 changes from imports waiting for a reviewer<")),
        qPrintable(waiting->text()));
}

// Ctrl+F and Edit → Find lead to the queue's search from any place.
void TestMainWindow::findReachesTheSearchFromAnyPlace()
{
    MainWindow window(m_store->database);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPlace(MainWindow::StatisticsPlace);
    auto* find = window.findChild<QAction*>(QStringLiteral("findInQueue"));
    QVERIFY(find);
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    // In the Edit menu, second in the menu bar.
    const auto* edit = qobject_cast<const QMenu*>(find->associatedObjects().value(0));
    QVERIFY(edit);
    QCOMPARE(window.menuBar()->actions().value(1), edit->menuAction());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
    QCOMPARE(
        window.findChild<QTabWidget*>(QStringLiteral("places"))->currentIndex(), int(MainWindow::QueuePlace));
    QVERIFY(search->hasFocus());
}

// Within each place, an Alt+letter does one thing: the menus', the places' tabs and the place's
// own keys together.
void TestMainWindow::mnemonicsAndShortcutsDoNotClash()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window(m_store->database);
    window.show();
    QMultiHash<QString, QString> everywhere; // key, what it does
    const auto add = [](QMultiHash<QString, QString>& keys, const QKeySequence& key, const QString& what) {
        if (!key.isEmpty() && key[0].keyboardModifiers() == Qt::AltModifier) {
            keys.insert(key.toString(QKeySequence::NativeText), QString(what).remove(QLatin1Char('&')));
        }
    };
    for (const QAction* menu : window.menuBar()->actions()) {
        add(everywhere, QKeySequence::mnemonic(menu->text()), menu->text());
    }
    auto* places = window.findChild<QTabWidget*>(QStringLiteral("places"));
    for (int i = 0; i < places->count(); ++i) {
        add(everywhere, QKeySequence::mnemonic(places->tabText(i)), places->tabText(i));
    }
    QStringList table;
    for (int i = 0; i < places->count(); ++i) {
        QMultiHash<QString, QString> keys = everywhere;
        const QWidget* place = places->widget(i);
        for (const QAction* action : place->findChildren<QAction*>()) {
            for (const QKeySequence& key : action->shortcuts()) {
                add(keys, key, action->text());
            }
        }
        for (const QAbstractButton* button : place->findChildren<QAbstractButton*>()) {
            add(keys, QKeySequence::mnemonic(button->text()), button->text());
        }
        for (const QLabel* label : place->findChildren<QLabel*>()) {
            if (label->buddy()) {
                add(keys, QKeySequence::mnemonic(label->text()), label->text());
            }
        }
        QStringList sorted = keys.uniqueKeys();
        std::sort(sorted.begin(), sorted.end());
        for (const QString& key : std::as_const(sorted)) {
            QStringList uses = keys.values(key);
            uses.removeDuplicates();
            table << QStringLiteral("%1\t%2\t%3")
                         .arg(places->tabText(i), key, uses.join(QStringLiteral(" / ")));
            QVERIFY2(uses.size() == 1,
                qPrintable(QStringLiteral("%1 in %2: %3")
                        .arg(key, places->tabText(i), uses.join(QStringLiteral(" / ")))));
        }
    }
    QVERIFY(table.size() > 10);
}

void TestMainWindow::pluralsInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("status");
    QTest::newRow("French, one") << QStringLiteral("fr") << QStringLiteral("SI2018-000042")
                                 << QStringLiteral("1 demande affichée sur 120")
                                 << QStringLiteral("120 demandes · ");
    QTest::newRow("French, several") << QStringLiteral("fr") << QStringLiteral("SI2018-00004")
                                     << QStringLiteral("10 demandes affichées sur 120")
                                     << QStringLiteral("120 demandes · ");
    QTest::newRow("English, one") << QStringLiteral("en") << QStringLiteral("SI2018-000042")
                                  << QStringLiteral("1 of 120 requests shown")
                                  << QStringLiteral("120 requests · ");
    QTest::newRow("English, several")
        << QStringLiteral("en") << QStringLiteral("SI2018-00004")
        << QStringLiteral("10 of 120 requests shown") << QStringLiteral("120 requests · ");
}

void TestMainWindow::pluralsInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, search);
    QFETCH(QString, count);
    QFETCH(QString, status);
    useLanguage(language);
    MainWindow window(m_store->database);
    window.findChild<QLineEdit*>(QStringLiteral("queueSearch"))->setText(search);
    // The search is answered off the UI thread.
    QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("queueCount"))->text(), count);
    QVERIFY2(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text().startsWith(status),
        qPrintable(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text()));
    useLanguage(QStringLiteral("en"));
}
