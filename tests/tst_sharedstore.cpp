#include "DemoStore.h"
#include "app/Language.h"
#include "app/core/SessionUser.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/RequestStore.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/io/ExportController.h"
#include "ui/io/ExportDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUrl>

// The main window on a shared PostgreSQL store: it follows other reviewers' decisions without a
// restart, and offers only what the connected role may do. Needs the server ctest starts.
class TestSharedStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void otherReviewersDecisionsAppear();
    void aRegionalReviewerIsOfferedItsRegionsOnly();
    void aViewerIsOfferedNoChange();

private:
    int rowOf(const QTableView* table, qint64 id) const;

    std::unique_ptr<DemoStore> m_store;
};

void TestSharedStore::initTestCase()
{
    // Nothing here has an SQLite half: an SQLite file is one workstation's, with no other
    // reviewer to follow and no login roles to restrict the window.
    if (!TestStore::onPostgresql()) {
        QSKIP("the shared store is PostgreSQL only: an SQLite file has one workstation (no other reviewer's "
              "decisions to follow) and no roles; tst_sharedstore_on_postgresql runs these with ctest's "
              "server");
    }
    QCOMPARE(Language::apply(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
}

void TestSharedStore::init()
{
    QSettings().clear();
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->open(120, 4), QString());
}

void TestSharedStore::cleanup()
{
    SessionUser::set(QString());
    m_store.reset();
}

int TestSharedStore::rowOf(const QTableView* table, qint64 id) const
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(ReviewQueueModel::EventIdRole).toLongLong() == id) {
            return row;
        }
    }
    return -1;
}

void TestSharedStore::otherReviewersDecisionsAppear()
{
    MainWindow window(m_store->database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const ReviewQueueModel* queue = window.queueModel();
    QVERIFY(queue->rowCount() > 0);
    int row = 0;
    while (queue->eventAt(row).status != EventStatus::Submitted) {
        ++row;
    }
    const Event shown = queue->eventAt(row);

    // Another workstation takes it into review, then imports new requests.
    Database other;
    QVERIFY(other.open(m_store->location));
    EventRepository elsewhere(other);
    QVERIFY(Decisions(other)
            .changeStatus(shown.id, shown.version, EventStatus::InReview, {}, QStringLiteral("dupont"))
            .ok());
    // Generous timeouts: a loaded machine delays the notification; the wait ends when it arrives.
    QTRY_COMPARE_WITH_TIMEOUT(queue->eventAt(queue->rowOf(shown.id)).status, EventStatus::InReview, 15000);
    QCOMPARE(queue->eventAt(queue->rowOf(shown.id)).version, shown.version + 1);

    const int total = queue->editionTotal();
    Event added = shown;
    added.requestId = QStringLiteral("SI2018-AUTRE-POSTE");
    added.status = EventStatus::Submitted;
    QVERIFY(RequestStore(other).insert(added, QStringLiteral("dupont")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(queue->editionTotal(), total + 1, 15000);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("countLabel"))
            ->text()
            .contains(QLocale().toString(total + 1)));
}

void TestSharedStore::aRegionalReviewerIsOfferedItsRegionsOnly()
{
    QVERIFY(QSqlQuery(m_store->database.connection())
            .exec(QStringLiteral(
                "INSERT INTO reviewer_region (role_name, region) VALUES ('reviewer_hdf', '32')")));
    Database regional;
    QVERIFY2(regional.open(TestStore::asRole(
                 m_store->location, QStringLiteral("reviewer_hdf"), QStringLiteral("semaine_regional"))),
        qPrintable(regional.errorString()));
    SessionUser::set(regional.userName());
    MainWindow window(regional);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("storeLabel"))
            ->text()
            .contains(QStringLiteral("regional reviewer: 32")));
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("previousFiguresButton"))->isEnabled());
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    auto* takeCharge = window.findChild<QAction*>(QStringLiteral("decideTakeCharge"));
    QVERIFY(table && takeCharge);
    const ReviewQueueModel* queue = window.queueModel();
    int own = -1;
    int foreign = -1;
    for (int row = 0; row < queue->rowCount(); ++row) {
        const Event& event = queue->eventAt(row);
        if (event.status == EventStatus::Submitted && event.assignee.isEmpty()) {
            (event.region == QLatin1String("32") ? own : foreign) = row;
        }
    }
    QVERIFY(own >= 0 && foreign >= 0);
    table->setCurrentIndex(table->model()->index(rowOf(table, queue->eventAt(foreign).id), 1));
    QVERIFY(!takeCharge->isEnabled());
    table->setCurrentIndex(table->model()->index(rowOf(table, queue->eventAt(own).id), 1));
    QVERIFY(takeCharge->isEnabled());
    takeCharge->trigger();
    const qint64 ownId = queue->eventAt(own).id;
    QCOMPARE(EventRepository(m_store->database).find(ownId)->assignee, QStringLiteral("reviewer_hdf"));
    QCOMPARE(AuditTrail(m_store->database).of(ownId).value().last().who, QStringLiteral("reviewer_hdf"));
}

void TestSharedStore::aViewerIsOfferedNoChange()
{
    Database viewer;
    QVERIFY(viewer.open(TestStore::asRole(
        m_store->location, QStringLiteral("viewer_press"), QStringLiteral("semaine_viewer"))));
    MainWindow window(viewer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newRequest"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("importRequests"))->isEnabled());
    auto* table = window.findChild<QTableView*>(QStringLiteral("queueTable"));
    table->setCurrentIndex(table->model()->index(0, 1));
    for (const char* name : { "decideLabel", "decideRefuse", "decideTakeCharge", "decideAssign" }) {
        QVERIFY2(!window.findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    }
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("storeLabel"))
            ->text()
            .contains(QStringLiteral("read only")));
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("previousFiguresButton"))->isEnabled());
    // A viewer exports with the team's templates but does not change them (the server refuses).
    QVERIFY(QSqlQuery(m_store->database.connection())
            .exec(QStringLiteral("INSERT INTO export_template VALUES ('presse', 'id_demande,titre')")));
    window.exportController()->chooseAndExport();
    ExportDialog* dialog = window.exportController()->exportDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto* templates = dialog->findChild<QComboBox*>(QStringLiteral("exportTemplate"));
    templates->setEditText(QStringLiteral("presse"));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveExportTemplate"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("deleteExportTemplate"))->isEnabled());
    QVERIFY(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->reject();
}

QTEST_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
