// The store announces what its writes changed, once they commit: each write path with the ids it
// changed, nothing for a write that fails or rolls back, one announcement for a bulk write, and a
// worker's connection followed as the store's own.
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/PendingUpdates.h"
#include "db/RequestImport.h"
#include "db/RequestStore.h"

#include "TestStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestChangeNotifier : public QObject {
    Q_OBJECT

public:
    enum class Write {
        Decision,
        Label,
        ReopenedLabel,
        Assignment,
        Edit,
        NewRequest,
        ImportedEdit,
        ImportedChangeOfADecidedRequest,
        AcceptedImportedChange,
        DismissedImportedChange,
        ReviewerNotes,
    };
    Q_ENUM(Write)
    enum class Failure {
        StaleVersion,
        ForbiddenMove,
        OverrideWithoutReason,
        EditAtAStaleVersion,
        DuplicateRequest,
        DryRunImport,
        CancelledImport,
    };
    Q_ENUM(Failure)

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aCommittedWriteAnnouncesWhatItChanged_data();
    void aCommittedWriteAnnouncesWhatItChanged();
    void aFailedWriteAnnouncesNothing_data();
    void aFailedWriteAnnouncesNothing();
    void aBulkImportAnnouncesOnce();
    void aBatchOfDecisionsAnnouncesOnce();
    void aWorkerConnectionIsFollowed();

private:
    QList<Event> generate(int count, int seed) const;
    // Keeps an imported change of the labelled request `id` waiting; its pending update's id.
    qint64 keepImportedChange(qint64 id);
    Event stored(qint64 id) const { return EventRepository(*m_db).find(id).value(); }

    // Ten submitted requests, stored once; each test function writes to a copy of them.
    QTemporaryDir m_filledDir;
    QString m_filled;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<Event> m_events;
};

void TestChangeNotifier::initTestCase()
{
    m_db = std::make_unique<Database>();
    m_filled = TestStore::create(m_filledDir);
    QVERIFY2(m_db->open(m_filled), qPrintable(m_db->errorString()));
    m_events = generate(10, 3);
    QVERIFY(RequestStore(*m_db).insertAll(m_events, QStringLiteral("test")).ok());
    // A PostgreSQL template must have nobody connected to it.
    m_db.reset();
}

void TestChangeNotifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(TestStore::copyOfStore(m_filled, *m_dir)), qPrintable(m_db->errorString()));
}

void TestChangeNotifier::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QList<Event> TestChangeNotifier::generate(int count, int seed) const
{
    QList<Event> events
        = DemoGenerator(*EditionRepository(*m_db).find(2018), GeoReference::embedded(), seed).generate(count);
    for (Event& event : events) {
        event.status = EventStatus::Submitted;
        event.assignee.clear();
    }
    return events;
}

qint64 TestChangeNotifier::keepImportedChange(qint64 id)
{
    Event imported = stored(id);
    imported.title += QStringLiteral(" (nouvelle édition)");
    RequestImport::Counts counts;
    if (!RequestImport::store(
            *m_db, { imported }, QStringLiteral("test"), QStringLiteral("file.csv"), &counts)
        || counts.pending != 1) {
        return 0;
    }
    const QList<PendingUpdate> open = PendingUpdates(*m_db).openFor(id).value();
    return open.size() == 1 ? open.first().id : 0;
}

void TestChangeNotifier::aCommittedWriteAnnouncesWhatItChanged_data()
{
    QTest::addColumn<Write>("write");
    // Whether the outbox and the changes waiting for a reviewer are announced as changed too.
    QTest::addColumn<bool>("outbox");
    QTest::addColumn<bool>("pendingUpdates");
    QTest::newRow("a decision") << Write::Decision << false << false;
    QTest::newRow("a label, its letter queued") << Write::Label << true << false;
    QTest::newRow("a label reopened, its letter cancelled") << Write::ReopenedLabel << true << false;
    QTest::newRow("an assignment") << Write::Assignment << false << false;
    QTest::newRow("an edit") << Write::Edit << false << false;
    QTest::newRow("a new request") << Write::NewRequest << false << false;
    QTest::newRow("an import's edit of an undecided request") << Write::ImportedEdit << false << false;
    QTest::newRow("an import's change kept for a decided request")
        << Write::ImportedChangeOfADecidedRequest << false << true;
    QTest::newRow("an imported change accepted") << Write::AcceptedImportedChange << false << true;
    QTest::newRow("an imported change dismissed") << Write::DismissedImportedChange << false << true;
    QTest::newRow("reviewer notes saved") << Write::ReviewerNotes << false << false;
}

void TestChangeNotifier::aCommittedWriteAnnouncesWhatItChanged()
{
    QFETCH(Write, write);
    QFETCH(bool, outbox);
    QFETCH(bool, pendingUpdates);
    const Event target = m_events.at(4);
    const QString who = QStringLiteral("dupont");
    Decisions decisions(*m_db);
    // Decided requests are what the imports keep changes of.
    qint64 pendingId = 0;
    if (write == Write::ImportedChangeOfADecidedRequest || write == Write::AcceptedImportedChange
        || write == Write::DismissedImportedChange || write == Write::ReopenedLabel) {
        QVERIFY(decisions.changeStatus(target.id, target.version, EventStatus::Labelled, {}, who).ok());
        if (write == Write::AcceptedImportedChange || write == Write::DismissedImportedChange) {
            pendingId = keepImportedChange(target.id);
            QVERIFY(pendingId > 0);
        }
    }
    const Event before = stored(target.id);
    QSignalSpy changed(&m_db->changes(), &ChangeNotifier::eventsChanged);
    QSignalSpy added(&m_db->changes(), &ChangeNotifier::eventsAdded);
    QSignalSpy outboxChanged(&m_db->changes(), &ChangeNotifier::outboxChanged);
    QSignalSpy pendingUpdatesChanged(&m_db->changes(), &ChangeNotifier::pendingUpdatesChanged);
    switch (write) {
    case Write::Decision:
        QVERIFY(decisions.changeStatus(target.id, before.version, EventStatus::InReview, {}, who).ok());
        break;
    case Write::Label:
        QVERIFY(decisions.changeStatus(target.id, before.version, EventStatus::Labelled, {}, who).ok());
        break;
    case Write::ReopenedLabel:
        QVERIFY(decisions
                .changeStatus(target.id, before.version, EventStatus::InReview,
                    QStringLiteral("label donné par erreur"), who)
                .ok());
        break;
    case Write::Assignment:
        QVERIFY(decisions.assign(target.id, before.version, who, who).ok());
        break;
    case Write::Edit: {
        Event edited = before;
        edited.title = QStringLiteral("Portes ouvertes");
        QVERIFY(RequestStore(*m_db).update(edited, who).ok());
        break;
    }
    case Write::NewRequest: {
        Event fresh = generate(1, 8).first();
        fresh.requestId = QStringLiteral("NEW-0001");
        QVERIFY(RequestStore(*m_db).insert(fresh, who).ok());
        break;
    }
    case Write::ImportedEdit: {
        Event imported = before;
        imported.title = QStringLiteral("Portes ouvertes");
        RequestImport::Counts counts;
        QVERIFY(RequestImport::store(*m_db, { imported }, who, QStringLiteral("file.csv"), &counts).ok());
        QCOMPARE(counts.updated, 1);
        break;
    }
    case Write::ImportedChangeOfADecidedRequest:
        QVERIFY(keepImportedChange(target.id) > 0);
        break;
    case Write::AcceptedImportedChange:
        QVERIFY(PendingUpdates(*m_db).accept(pendingId, before.version, who).ok());
        break;
    case Write::DismissedImportedChange:
        QVERIFY(PendingUpdates(*m_db).dismiss(pendingId, who, QStringLiteral("déjà corrigé")).ok());
        break;
    case Write::ReviewerNotes:
        QVERIFY(
            RequestStore(*m_db).saveReviewerNotes(target.id, QStringLiteral("Rappeler l'organisateur")).ok());
        break;
    }
    if (write == Write::NewRequest) {
        QCOMPARE(added.size(), 1);
        QCOMPARE(changed.size(), 0);
    } else {
        QCOMPARE(added.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64> { target.id });
    }
    QCOMPARE(outboxChanged.size(), outbox ? 1 : 0);
    QCOMPARE(pendingUpdatesChanged.size(), pendingUpdates ? 1 : 0);
}

void TestChangeNotifier::aFailedWriteAnnouncesNothing_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::newRow("a decision at a stale version") << Failure::StaleVersion;
    QTest::newRow("a move the workflow forbids") << Failure::ForbiddenMove;
    QTest::newRow("an override without its reason") << Failure::OverrideWithoutReason;
    QTest::newRow("an edit at a stale version") << Failure::EditAtAStaleVersion;
    QTest::newRow("a new request under a taken id") << Failure::DuplicateRequest;
    QTest::newRow("a dry-run import, rolled back") << Failure::DryRunImport;
    QTest::newRow("a cancelled import, rolled back") << Failure::CancelledImport;
}

void TestChangeNotifier::aFailedWriteAnnouncesNothing()
{
    QFETCH(Failure, failure);
    const Event target = m_events.at(2);
    const QString who = QStringLiteral("dupont");
    QSignalSpy changed(&m_db->changes(), &ChangeNotifier::eventsChanged);
    QSignalSpy added(&m_db->changes(), &ChangeNotifier::eventsAdded);
    QSignalSpy outboxChanged(&m_db->changes(), &ChangeNotifier::outboxChanged);
    QSignalSpy pendingUpdatesChanged(&m_db->changes(), &ChangeNotifier::pendingUpdatesChanged);
    Decisions decisions(*m_db);
    // Imports that change one request and add others, then roll back.
    QList<Event> imported = generate(3, 9);
    for (Event& event : imported) {
        event.requestId += QStringLiteral("-B");
    }
    Event importedEdit = target;
    importedEdit.title = QStringLiteral("Portes ouvertes");
    imported.prepend(importedEdit);
    RequestImport::Counts counts;
    switch (failure) {
    case Failure::StaleVersion:
        QCOMPARE(decisions.changeStatus(target.id, target.version + 1, EventStatus::InReview, {}, who).status,
            StoreStatus::Conflict);
        break;
    case Failure::ForbiddenMove:
        QCOMPARE(decisions.changeStatus(target.id, target.version, EventStatus::Submitted, {}, who).status,
            StoreStatus::NotAllowed);
        break;
    case Failure::OverrideWithoutReason:
        QCOMPARE(decisions
                     .changeStatus(
                         target.id, target.version, EventStatus::Labelled, {}, who, Decisions::Kind::Override)
                     .status,
            StoreStatus::NotAllowed);
        break;
    case Failure::EditAtAStaleVersion: {
        Event edited = target;
        edited.version += 1;
        edited.title = QStringLiteral("Portes ouvertes");
        QCOMPARE(RequestStore(*m_db).update(edited, who).status, StoreStatus::Conflict);
        break;
    }
    case Failure::DuplicateRequest: {
        // The first request is written, the second is refused: both roll back.
        QList<Event> two = generate(2, 12);
        two[0].requestId = QStringLiteral("NEW-0001");
        two[1].requestId = target.requestId;
        QVERIFY(!RequestStore(*m_db).insertAll(two, who).ok());
        break;
    }
    case Failure::DryRunImport:
        QVERIFY(RequestImport::store(
            *m_db, imported, who, QStringLiteral("file.csv"), &counts, {}, RequestImport::Mode::DryRun)
                .ok());
        QCOMPARE(counts.updated, 1); // it did write, then rolled back
        QCOMPARE(counts.created, 3);
        break;
    case Failure::CancelledImport: {
        // Cancelled at the end of its insertions, once everything was written.
        const RequestStore::Progress cancel = [](qsizetype, qsizetype) { return false; };
        QList<Event> many = generate(RequestStore::ProgressEvery, 13);
        for (Event& event : many) {
            event.requestId += QStringLiteral("-C");
        }
        many.prepend(importedEdit);
        QVERIFY(!RequestImport::store(*m_db, many, who, QStringLiteral("file.csv"), &counts, cancel).ok());
        break;
    }
    }
    QCOMPARE(changed.size(), 0);
    QCOMPARE(added.size(), 0);
    QCOMPARE(outboxChanged.size(), 0);
    QCOMPARE(pendingUpdatesChanged.size(), 0);
    // Nothing was left waiting for the next commit either.
    const Event other = m_events.at(6);
    QVERIFY(decisions.assign(other.id, other.version, who, who).ok());
    QCOMPARE(added.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64> { other.id });
}

void TestChangeNotifier::aBulkImportAnnouncesOnce()
{
    // More than one of the batches an import is written in, the last one partly filled: still one
    // announcement.
    constexpr int count = RequestStore::ProgressEvery + 1;
    QSignalSpy changed(&m_db->changes(), &ChangeNotifier::eventsChanged);
    QSignalSpy added(&m_db->changes(), &ChangeNotifier::eventsAdded);
    QList<Event> fresh = generate(count, 21);
    for (Event& event : fresh) {
        event.requestId += QStringLiteral("-N");
    }
    RequestImport::Counts counts;
    QVERIFY(RequestImport::store(*m_db, fresh, QStringLiteral("dupont"), QStringLiteral("new.csv"), &counts)
            .ok());
    QCOMPARE(counts.created, count);
    QCOMPARE(added.size(), 1);
    QCOMPARE(changed.size(), 0);

    // The same requests changed by the next import: one announcement naming them all.
    const QList<Event> stored = EventRepository(*m_db).all(2018).value();
    QList<Event> edited;
    QList<qint64> ids;
    for (const Event& event : stored) {
        if (event.requestId.endsWith(QStringLiteral("-N"))) {
            Event changedEvent = event;
            changedEvent.title += QStringLiteral(" (bis)");
            edited.append(changedEvent);
            ids.append(event.id);
        }
    }
    QCOMPARE(edited.size(), count);
    QVERIFY(RequestImport::store(*m_db, edited, QStringLiteral("dupont"), QStringLiteral("edit.csv"), &counts)
            .ok());
    QCOMPARE(counts.updated, count);
    QCOMPARE(added.size(), 1);
    QCOMPARE(changed.size(), 1);
    QList<qint64> announced = changed.first().first().value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(announced, ids);
}

void TestChangeNotifier::aBatchOfDecisionsAnnouncesOnce()
{
    QSignalSpy changed(&m_db->changes(), &ChangeNotifier::eventsChanged);
    QList<qint64> ids;
    {
        // Each decision is its own transaction; the batch holds their announcements.
        const ChangeNotifier::Batch batch(m_db->changes());
        for (const Event& event : std::as_const(m_events)) {
            QVERIFY(Decisions(*m_db)
                    .changeStatus(
                        event.id, event.version, EventStatus::InReview, {}, QStringLiteral("dupont"))
                    .ok());
            ids.append(event.id);
        }
        // A refused one adds nothing.
        QVERIFY(!Decisions(*m_db)
                .changeStatus(m_events.first().id, 1, EventStatus::Labelled, {}, QStringLiteral("dupont"))
                .ok());
        QCOMPARE(changed.size(), 0);
    }
    QCOMPARE(changed.size(), 1);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(changed.first().first().value<QList<qint64>>(), ids);
}

void TestChangeNotifier::aWorkerConnectionIsFollowed()
{
    // An import on another connection to the same store (the window runs it on a worker thread).
    Database worker;
    QVERIFY(worker.open(m_db->path()));
    m_db->changes().follow(worker.changes());
    QSignalSpy changed(&m_db->changes(), &ChangeNotifier::eventsChanged);
    QSignalSpy added(&m_db->changes(), &ChangeNotifier::eventsAdded);
    const Event target = m_events.at(1);
    QVERIFY(Decisions(worker)
            .changeStatus(target.id, target.version, EventStatus::InReview, {}, QStringLiteral("dupont"))
            .ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64> { target.id });
    // Its label's letter, queued there, is this store's outbox's too.
    QSignalSpy outboxChanged(&m_db->changes(), &ChangeNotifier::outboxChanged);
    QVERIFY(Decisions(worker)
            .changeStatus(target.id, target.version + 1, EventStatus::Labelled, {}, QStringLiteral("dupont"))
            .ok());
    QCOMPARE(outboxChanged.size(), 1);
    QList<Event> fresh = generate(2, 5);
    for (Event& event : fresh) {
        event.requestId += QStringLiteral("-W");
    }
    QVERIFY(RequestStore(worker).insertAll(fresh, QStringLiteral("dupont")).ok());
    QCOMPARE(added.size(), 1);
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
