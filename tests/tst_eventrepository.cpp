// Label requests in the store: round trips, batches, optimistic versioning, the status workflow
// and the append-only audit trail.

#include "app/core/AuditEntry.h"
#include "app/core/Event.h"
#include "app/core/EventStatus.h"
#include "app/core/RequestColumns.h"
#include "app/core/SessionUser.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/PendingUpdates.h"
#include "db/QueueIndex.h"
#include "db/RequestChange.h"
#include "db/RequestImport.h"
#include "db/RequestStore.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "TestData.h"
#include "TestStore.h"
#include <QTest>

#include <functional>
#include <memory>

// A write that must succeed; on failure the test reports the store's message.
#define VERIFY_OK(write)                                                                                     \
    do {                                                                                                     \
        const WriteResult verifyOkResult = (write);                                                          \
        QVERIFY2(verifyOkResult.ok(), qPrintable(verifyOkResult.message));                                   \
    } while (false)

// Stops the test when a helper's comparison failed.
#define CHECK_HELPER(call)                                                                                   \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed()) {                                                                    \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)

namespace {

// A request with every field set, none to its default value.
Event completeEvent(const QString& requestId)
{
    Event event;
    event.editionYear = 2018;
    event.requestId = requestId;
    event.submittedAt = QDateTime(QDate(2018, 3, 1), QTime(9, 15, 30), QTimeZone::UTC);
    event.title = QStringLiteral("Visite de l'usine Fourvière Mécanique");
    event.description = QStringLiteral("Découverte des ateliers d'usinage et rencontre avec les apprentis.");
    event.type = EventType::CompanyVisit;
    event.online = true;
    event.organiserName = QStringLiteral("Fourvière Mécanique SAS");
    event.organiserType = OrganiserType::Company;
    event.siret = QStringLiteral("12345678900017");
    event.contactName = QStringLiteral("Claire Martin");
    event.contactEmail = QStringLiteral("claire.martin@example.fr");
    event.contactPhone = QStringLiteral("+33 4 72 00 00 00");
    event.address = QStringLiteral("12 rue des Forges");
    event.postalCode = QStringLiteral("69007");
    event.commune = QStringLiteral("Lyon");
    event.inseeCode = QStringLiteral("69387");
    event.departement = QStringLiteral("69");
    event.region = QStringLiteral("Auvergne-Rhône-Alpes");
    event.latitude = 45.7485;
    event.longitude = 4.8467;
    event.startsAt = wallClock(QDate(2018, 3, 27), QTime(9, 30));
    event.endsAt = wallClock(QDate(2018, 3, 27), QTime(17, 45));
    event.audiences = Audiences(Audience::GeneralPublic) | Audience::JobSeekers;
    event.aimsToInformAboutIndustry = true;
    event.free = false;
    event.price = 12.5;
    event.expectedParticipants = 120;
    event.actualParticipants = 95;
    event.status = EventStatus::Submitted;
    event.reviewerNotes = QStringLiteral("Appelée le 2 mars.");
    return event;
}

// A request as a default-constructed Event leaves it: every text field null, every optional unset.
Event minimalEvent(const QString& requestId)
{
    Event event;
    event.editionYear = 2018;
    event.requestId = requestId;
    event.title = QStringLiteral("Portes ouvertes");
    event.type = EventType::OpenDay;
    event.organiserType = OrganiserType::Association;
    return event;
}

// A complete request whose optional fields are all unknown.
Event eventWithoutOptionals(const QString& requestId)
{
    Event event = completeEvent(requestId);
    event.submittedAt = QDateTime();
    event.latitude.reset();
    event.longitude.reset();
    event.startsAt = QDateTime();
    event.endsAt = QDateTime();
    event.audiences.reset();
    event.aimsToInformAboutIndustry.reset();
    event.free.reset();
    event.price.reset();
    event.expectedParticipants.reset();
    event.actualParticipants.reset();
    return event;
}

template <typename T>
void compareOptional(const std::optional<T>& actual, const std::optional<T>& expected, const char* field)
{
    QVERIFY2(actual.has_value() == expected.has_value(),
        qPrintable(QStringLiteral("%1: set %2, expected %3")
                .arg(QLatin1String(field))
                .arg(actual.has_value())
                .arg(expected.has_value())));
    if (expected) {
        QVERIFY2(*actual == *expected, field);
    }
}

void compareWallClock(const QDateTime& actual, const QDateTime& expected, const char* field)
{
    QVERIFY2(actual.isValid() == expected.isValid(), field);
    if (expected.isValid()) {
        QCOMPARE(actual.date(), expected.date());
        QCOMPARE(actual.time(), expected.time());
        QCOMPARE(actual.timeSpec(), Qt::UTC); // still a floating wall-clock time
    }
}

void compareEvents(const Event& actual, const Event& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.editionYear, expected.editionYear);
    QCOMPARE(actual.requestId, expected.requestId);
    QCOMPARE(actual.submittedAt.isValid(), expected.submittedAt.isValid());
    if (expected.submittedAt.isValid()) {
        QCOMPARE(actual.submittedAt, expected.submittedAt);
        QCOMPARE(actual.submittedAt.timeSpec(), Qt::UTC);
    }
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.type, expected.type);
    QCOMPARE(actual.online, expected.online);
    QCOMPARE(actual.organiserName, expected.organiserName);
    QCOMPARE(actual.organiserType, expected.organiserType);
    QCOMPARE(actual.siret, expected.siret);
    QCOMPARE(actual.contactName, expected.contactName);
    QCOMPARE(actual.contactEmail, expected.contactEmail);
    QCOMPARE(actual.contactPhone, expected.contactPhone);
    QCOMPARE(actual.address, expected.address);
    QCOMPARE(actual.postalCode, expected.postalCode);
    QCOMPARE(actual.commune, expected.commune);
    QCOMPARE(actual.inseeCode, expected.inseeCode);
    QCOMPARE(actual.departement, expected.departement);
    QCOMPARE(actual.region, expected.region);
    CHECK_HELPER(compareOptional(actual.latitude, expected.latitude, "latitude"));
    CHECK_HELPER(compareOptional(actual.longitude, expected.longitude, "longitude"));
    CHECK_HELPER(compareWallClock(actual.startsAt, expected.startsAt, "startsAt"));
    CHECK_HELPER(compareWallClock(actual.endsAt, expected.endsAt, "endsAt"));
    CHECK_HELPER(compareOptional(actual.audiences, expected.audiences, "audiences"));
    CHECK_HELPER(compareOptional(
        actual.aimsToInformAboutIndustry, expected.aimsToInformAboutIndustry, "aimsToInformAboutIndustry"));
    CHECK_HELPER(compareOptional(actual.free, expected.free, "free"));
    CHECK_HELPER(compareOptional(actual.price, expected.price, "price"));
    CHECK_HELPER(
        compareOptional(actual.expectedParticipants, expected.expectedParticipants, "expectedParticipants"));
    CHECK_HELPER(
        compareOptional(actual.actualParticipants, expected.actualParticipants, "actualParticipants"));
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.reviewerNotes, expected.reviewerNotes);
}

// A value of the field's type that completeEvent() does not hold.
QVariant otherValue(const RequestColumns::Description& field, const Event& event)
{
    using Type = RequestColumns::Type;
    switch (field.type) {
    case Type::Text:
        return QStringLiteral("Écluse « n°3 » d'Île-de-France");
    case Type::Instant:
        return QDateTime(QDate(2018, 2, 14), QTime(16, 30, 5), QTimeZone::UTC);
    case Type::WallClock:
        return wallClock(QDate(2018, 3, 29), QTime(14, 15));
    case Type::Bool:
    case Type::OptionalBool:
    case Type::AudienceTick:
        return !field.get(event).toBool();
    case Type::Number:
        return -21.375;
    case Type::Count:
        return 4321;
    case Type::EventType:
        return int(EventType::Workshop);
    case Type::OrganiserType:
        return int(OrganiserType::Chamber);
    case Type::Audiences:
        return int(Audiences(Audience::YoungPeople).toInt());
    }
    return {};
}

// Every field of `actual` as in `expected`, by RequestColumns.
void compareFields(const Event& actual, const Event& expected)
{
    for (const RequestColumns::Description& field : RequestColumns::all()) {
        QVERIFY2(field.get(actual) == field.get(expected),
            qPrintable(QStringLiteral("%1: %2, expected %3")
                    .arg(QLatin1String(field.key), field.get(actual).toString(),
                        field.get(expected).toString())));
    }
}

int auditRowCount(const Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM audit")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace

class TestEventRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertAndFind();
    void everyKeyIsAcceptedByTheStore();
    void reviewerNotesStandApart();
    void unsetOptionalsRoundTrip();
    void everyFieldIsReadBackAsStored_data();
    void everyFieldIsReadBackAsStored();
    void defaultTextFieldsAreStoredEmpty();
    void emptyAudiencesStayKnown();
    void insertAllAndAll();
    void insertAllLeavesTheCallersOtherCopyAsItWas();
    void insertAllWithDuplicateStoresNothing();
    void updateBumpsVersion();
    void staleUpdateIsAConflict();
    void updateNeverChangesStatus();
    void updateOfMissingEvent();
    void changeStatusFollowsWorkflow();
    void takingChargeStartsTheReview();
    void nextRequestIdFollowsTheSeries();
    void refusalNeedsReason();
    void auditTrailRecordsStatusChanges();
    void editOfDecidedEventIsAudited();
    void editOfPendingEventIsNotAudited();
    void editWithStatusChangeIsOneTransaction();
    void anEditSendsBackToReviewOnlyALabelledRequestThatLosesACondition_data();
    void anEditSendsBackToReviewOnlyALabelledRequestThatLosesACondition();
    void possibleDuplicates();
    void organiserRequestsAcrossEditions();
    void auditIsAppendOnly();
    void largeBatchesKeepEveryIndex();
    void largeBatchesLeaveNoLogBehind();
    void twoConnectionsExactlyOneWins();
    void sessionUserIsTheSystemUserByDefault();
    void acceptAppliesTheImportedChange();
    void acceptOnAStaleVersionIsAConflict();
    void dismissKeepsTheRequestAndTheReason();
    void acceptedChangeFailingC4GoesBackToReview();

private:
    QString storePath() const { return m_location; }
    // A labelled request (every condition met) that an import changed by `change`: the request as
    // stored and the pending update's id.
    void labelWithPendingChange(
        const std::function<void(Event&)>& change, Event* labelled, qint64* pendingId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventRepository> m_repo;
};

void TestEventRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestStore::create(*m_dir);
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(storePath()), qPrintable(m_db->errorString()));
    m_repo = std::make_unique<EventRepository>(*m_db);
}

void TestEventRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestEventRepository::insertAndFind()
{
    Event event = completeEvent(QStringLiteral("SI18-0001"));
    const WriteResult result = RequestStore(*m_db).insert(event, QStringLiteral("alice"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.status, WriteResult::Status::Ok);
    QVERIFY(event.id > 0);
    QCOMPARE(event.version, 1);

    Event expected = completeEvent(QStringLiteral("SI18-0001"));
    expected.id = event.id;
    expected.version = 1;
    const StoreResult<Event> found = m_repo->find(event.id);
    QVERIFY(found);
    CHECK_HELPER(compareEvents(*found, expected));

    QVERIFY(!m_repo->find(event.id + 1));
    QCOMPARE(m_repo->count(2018).value(), 1);
}

void TestEventRepository::everyFieldIsReadBackAsStored_data()
{
    QTest::addColumn<int>("column");
    for (const RequestColumns::Description& field : RequestColumns::all()) {
        QTest::newRow(field.key) << int(field.column);
    }
}

// Each field of RequestColumns, set to a value of its own, is read back as it was written: by an
// insert, then by an edit that sets it to another value (or to unknown), on both engines.
void TestEventRepository::everyFieldIsReadBackAsStored()
{
    QFETCH(int, column);
    const RequestColumns::Description& field = RequestColumns::of(RequestColumns::Column(column));
    Event event = completeEvent(QStringLiteral("SI18-0100"));
    field.set(event, otherValue(field, event));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    const StoreResult<Event> inserted = m_repo->find(event.id);
    QVERIFY2(inserted, qPrintable(inserted.message));
    CHECK_HELPER(compareFields(*inserted, event));

    // Back to unknown where it can be, otherwise to completeEvent()'s value.
    Event edited = *inserted;
    const bool canBeUnknown = !field.get(Event()).isValid();
    field.set(edited, canBeUnknown ? QVariant() : field.get(completeEvent(QStringLiteral("SI18-0100"))));
    VERIFY_OK(RequestStore(*m_db).update(edited, QStringLiteral("alice"), QDate(2018, 3, 10)));
    const StoreResult<QList<Event>> all = m_repo->all(2018);
    QVERIFY2(all, qPrintable(all.message));
    QCOMPARE(all->size(), 1);
    CHECK_HELPER(compareFields(all->first(), edited));
}

void TestEventRepository::unsetOptionalsRoundTrip()
{
    Event event = eventWithoutOptionals(QStringLiteral("SI18-0002"));
    const WriteResult result = RequestStore(*m_db).insert(event, QStringLiteral("alice"));
    QVERIFY2(result.ok(), qPrintable(result.message));

    const StoreResult<Event> found = m_repo->find(event.id);
    QVERIFY(found);
    CHECK_HELPER(compareEvents(*found, event));
    QVERIFY(!found->submittedAt.isValid());
    QVERIFY(!found->latitude);
    QVERIFY(!found->longitude);
    QVERIFY(!found->startsAt.isValid());
    QVERIFY(!found->endsAt.isValid());
    QVERIFY(!found->audiences);
    QVERIFY(!found->aimsToInformAboutIndustry);
    QVERIFY(!found->free);
    QVERIFY(!found->price);
    QVERIFY(!found->expectedParticipants);
    QVERIFY(!found->actualParticipants);
}

void TestEventRepository::defaultTextFieldsAreStoredEmpty()
{
    // An Event's text fields start as null QStrings (an import with missing columns leaves them so);
    // the store keeps them as empty text, it does not refuse the request.
    Event event = minimalEvent(QStringLiteral("SI18-0004"));
    QVERIFY(event.description.isNull());
    const WriteResult result = RequestStore(*m_db).insert(event, QStringLiteral("alice"));
    QVERIFY2(result.ok(), qPrintable(result.message));

    const StoreResult<Event> found = m_repo->find(event.id);
    QVERIFY(found);
    CHECK_HELPER(compareEvents(*found, event));
    QVERIFY(found->description.isEmpty());
    QVERIFY(found->reviewerNotes.isEmpty());
}

void TestEventRepository::emptyAudiencesStayKnown()
{
    // "None of these audiences" is an answer, not an unknown; free = false and price 0 likewise.
    Event event = eventWithoutOptionals(QStringLiteral("SI18-0003"));
    event.audiences = Audiences();
    event.free = false;
    event.price = 0.0;
    event.expectedParticipants = 0;
    const WriteResult result = RequestStore(*m_db).insert(event, QStringLiteral("alice"));
    QVERIFY2(result.ok(), qPrintable(result.message));

    const StoreResult<Event> found = m_repo->find(event.id);
    QVERIFY(found);
    QVERIFY(found->audiences);
    QCOMPARE(int(found->audiences->toInt()), 0);
    QVERIFY(found->free);
    QCOMPARE(*found->free, false);
    QVERIFY(found->price);
    QCOMPARE(*found->price, 0.0);
    QVERIFY(found->expectedParticipants);
    QCOMPARE(*found->expectedParticipants, 0);
}

void TestEventRepository::insertAllAndAll()
{
    QList<Event> events;
    for (int i = 0; i < 100; ++i) {
        Event event = completeEvent(QStringLiteral("SI18-%1").arg(i, 4, 10, QLatin1Char('0')));
        event.title = QStringLiteral("Événement %1").arg(i);
        event.expectedParticipants = i;
        events.append(event);
    }
    const WriteResult result = RequestStore(*m_db).insertAll(events, QStringLiteral("import"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    for (int i = 0; i < events.size(); ++i) {
        QVERIFY(events.at(i).id > 0);
        QCOMPARE(events.at(i).version, 1);
        if (i > 0) {
            QVERIFY(events.at(i).id > events.at(i - 1).id);
        }
    }

    const QList<Event> stored = m_repo->all(2018).value();
    QCOMPARE(stored.size(), 100);
    for (int i = 0; i < stored.size(); ++i) {
        CHECK_HELPER(compareEvents(stored.at(i), events.at(i)));
    }
    QCOMPARE(m_repo->count(2018).value(), 100);
    QCOMPARE(m_repo->count(2019).value(), 0);
    QVERIFY(m_repo->all(2019).value().isEmpty());
    QCOMPARE(auditRowCount(*m_db), 100); // one "created" entry each
}

// The list handed to insertAll() shares its requests with another copy, as the bench's and the
// demo's do, and spans several batches: it comes back with its ids and versions, in its order, and
// the other copy keeps none.
void TestEventRepository::insertAllLeavesTheCallersOtherCopyAsItWas()
{
    QList<Event> kept;
    for (int i = 0; i < RequestStore::ProgressEvery * 2 + 7; ++i) {
        Event event = completeEvent(QStringLiteral("SI18-%1").arg(i, 5, 10, QLatin1Char('0')));
        event.expectedParticipants = i;
        kept.append(event);
    }
    QList<Event> events = kept;
    VERIFY_OK(RequestStore(*m_db).insertAll(events, QStringLiteral("import")));
    QCOMPARE(events.size(), kept.size());
    const QList<Event> stored = m_repo->all(2018).value();
    QCOMPARE(stored.size(), kept.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(kept.at(i).id, 0);
        QCOMPARE(kept.at(i).version, 0);
        QVERIFY(events.at(i).id > (i == 0 ? 0 : events.at(i - 1).id));
        Event expected = kept.at(i);
        expected.id = events.at(i).id;
        expected.version = 1;
        CHECK_HELPER(compareEvents(events.at(i), expected));
        CHECK_HELPER(compareEvents(stored.at(i), expected));
    }
}

void TestEventRepository::insertAllWithDuplicateStoresNothing()
{
    QList<Event> events = { completeEvent(QStringLiteral("SI18-0100")),
        completeEvent(QStringLiteral("SI18-0101")), completeEvent(QStringLiteral("SI18-0100")) };
    const WriteResult result = RequestStore(*m_db).insertAll(events, QStringLiteral("import"));
    QVERIFY(!result.ok());
    QCOMPARE(result.status, WriteResult::Status::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("SI18-0100")), qPrintable(result.message));

    QCOMPARE(m_repo->count(2018).value(), 0);
    QVERIFY(m_repo->all(2018).value().isEmpty());
    QCOMPARE(auditRowCount(*m_db), 0);

    // The store is still usable afterwards: the failed batch left no transaction open.
    Event single = completeEvent(QStringLiteral("SI18-0100"));
    const WriteResult retry = RequestStore(*m_db).insert(single, QStringLiteral("import"));
    QVERIFY2(retry.ok(), qPrintable(retry.message));
    QCOMPARE(m_repo->count(2018).value(), 1);
}

void TestEventRepository::updateBumpsVersion()
{
    Event event = completeEvent(QStringLiteral("SI18-0200"));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));

    event.title = QStringLiteral("Visite des ateliers");
    event.price.reset();
    event.startsAt = wallClock(QDate(2018, 3, 28), QTime(14, 0));
    const WriteResult result = RequestStore(*m_db).update(event, QStringLiteral("alice"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(event.version, 2);

    const StoreResult<Event> found = m_repo->find(event.id);
    QVERIFY(found);
    QCOMPARE(found->version, 2);
    QCOMPARE(found->title, QStringLiteral("Visite des ateliers"));
    QVERIFY(!found->price);
    CHECK_HELPER(compareEvents(*found, event));

    event.reviewerNotes = QStringLiteral("Horaires confirmés.");
    const WriteResult again = RequestStore(*m_db).update(event, QStringLiteral("alice"));
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(event.version, 3);
    QCOMPARE(m_repo->find(event.id)->version, 3);
}

void TestEventRepository::staleUpdateIsAConflict()
{
    Event event = completeEvent(QStringLiteral("SI18-0300"));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    Event stale = event; // a second window opened on version 1

    event.title = QStringLiteral("Premier enregistrement");
    VERIFY_OK(RequestStore(*m_db).update(event, QStringLiteral("alice")));

    stale.title = QStringLiteral("Second enregistrement");
    stale.commune = QStringLiteral("Villeurbanne");
    const WriteResult result = RequestStore(*m_db).update(stale, QStringLiteral("bob"));
    QVERIFY(!result.ok());
    QCOMPARE(result.status, WriteResult::Status::Conflict);
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("SI18-0300")), qPrintable(result.message));
    QCOMPARE(stale.version, 1);

    const StoreResult<Event> found = m_repo->find(event.id);
    QVERIFY(found);
    QCOMPARE(found->version, 2);
    QCOMPARE(found->title, QStringLiteral("Premier enregistrement"));
    QCOMPARE(found->commune, QStringLiteral("Lyon"));
    CHECK_HELPER(compareEvents(*found, event));
}

void TestEventRepository::updateNeverChangesStatus()
{
    Event event = completeEvent(QStringLiteral("SI18-0400"));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));

    event.status = EventStatus::Labelled;
    event.title = QStringLiteral("Nouveau titre");
    const WriteResult result = RequestStore(*m_db).update(event, QStringLiteral("alice"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(event.status, EventStatus::Submitted);

    const StoreResult<Event> found = m_repo->find(event.id);
    QVERIFY(found);
    QCOMPARE(found->status, EventStatus::Submitted);
    QCOMPARE(found->title, QStringLiteral("Nouveau titre"));
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(event.id).value();
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.first().action, QStringLiteral("created"));
}

void TestEventRepository::updateOfMissingEvent()
{
    Event event = completeEvent(QStringLiteral("SI18-0500"));
    event.id = 4242;
    event.version = 1;
    const WriteResult result = RequestStore(*m_db).update(event, QStringLiteral("alice"));
    QCOMPARE(result.status, WriteResult::Status::NotFound);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(
        Decisions(*m_db).changeStatus(4242, 1, EventStatus::InReview, {}, QStringLiteral("alice")).status,
        WriteResult::Status::NotFound);
    QCOMPARE(m_repo->count(2018).value(), 0);
}

void TestEventRepository::takingChargeStartsTheReview()
{
    Event submitted = completeEvent(QStringLiteral("SI18-0610"));
    VERIFY_OK(RequestStore(*m_db).insert(submitted, QStringLiteral("alice")));
    const int trailBefore = int(AuditTrail(*m_db).of(submitted.id).value().size());
    VERIFY_OK(Decisions(*m_db).assign(
        submitted.id, submitted.version, QStringLiteral("bob"), QStringLiteral("bob")));
    const Event taken = *m_repo->find(submitted.id);
    QCOMPARE(taken.status, EventStatus::InReview);
    QCOMPARE(taken.assignee, QStringLiteral("bob"));
    QCOMPARE(taken.version, submitted.version + 1);
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(submitted.id).value();
    QCOMPARE(trail.size(), trailBefore + 2);
    QCOMPARE(trail.at(trailBefore).action, QStringLiteral("status"));
    QCOMPARE(trail.at(trailBefore).oldStatus, EventStatus::Submitted);
    QCOMPARE(trail.at(trailBefore).newStatus, EventStatus::InReview);
    QCOMPARE(trail.at(trailBefore).who, QStringLiteral("bob"));
    QCOMPARE(trail.last().action, QStringLiteral("assign"));
    // The queue's index sees it in review.
    EventFilter inReview;
    inReview.statuses = { EventStatus::InReview };
    QCOMPARE(
        QueueIndex(*m_db).ids(2018, inReview, QDate(2018, 3, 5)).value(), QList<qint64> { submitted.id });

    // Handed on, or let go, a request in review stays in review; a decided one keeps its decision.
    VERIFY_OK(Decisions(*m_db).assign(submitted.id, taken.version, QString(), QStringLiteral("bob")));
    QCOMPARE(m_repo->find(submitted.id)->status, EventStatus::InReview);
    Event labelled = completeEvent(QStringLiteral("SI18-0611"));
    VERIFY_OK(RequestStore(*m_db).insert(labelled, QStringLiteral("alice")));
    VERIFY_OK(Decisions(*m_db).changeStatus(
        labelled.id, labelled.version, EventStatus::Labelled, {}, QStringLiteral("alice")));
    VERIFY_OK(Decisions(*m_db).assign(
        labelled.id, labelled.version + 1, QStringLiteral("bob"), QStringLiteral("bob")));
    QCOMPARE(m_repo->find(labelled.id)->status, EventStatus::Labelled);

    // A conflict changes nothing, status included.
    Event other = completeEvent(QStringLiteral("SI18-0612"));
    VERIFY_OK(RequestStore(*m_db).insert(other, QStringLiteral("alice")));
    QCOMPARE(Decisions(*m_db)
                 .assign(other.id, other.version + 5, QStringLiteral("bob"), QStringLiteral("bob"))
                 .status,
        WriteResult::Status::Conflict);
    QCOMPARE(m_repo->find(other.id)->status, EventStatus::Submitted);
}

void TestEventRepository::nextRequestIdFollowsTheSeries()
{
    QCOMPARE(m_repo->nextRequestId(2018).value(), QStringLiteral("SI2018-000001"));
    for (const char* id :
        { "SI2018-000041", "SI2018-000123", "SI2018-00x999", "SI2018-1234567", "SI18-0999" }) {
        Event event = completeEvent(QLatin1String(id));
        VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    }
    QCOMPARE(m_repo->nextRequestId(2018).value(), QStringLiteral("SI2018-000124"));
    // Each edition its own series.
    QCOMPARE(m_repo->nextRequestId(2019).value(), QStringLiteral("SI2019-000001"));
}

void TestEventRepository::changeStatusFollowsWorkflow()
{
    Event event = completeEvent(QStringLiteral("SI18-0600"));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    const qint64 id = event.id;
    const QString alice = QStringLiteral("alice");

    WriteResult result = Decisions(*m_db).changeStatus(id, 1, EventStatus::InReview, {}, alice);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_repo->find(id)->status, EventStatus::InReview);
    QCOMPARE(m_repo->find(id)->version, 2);

    result = Decisions(*m_db).changeStatus(id, 2, EventStatus::Labelled, {}, alice);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_repo->find(id)->status, EventStatus::Labelled);
    QCOMPARE(m_repo->find(id)->version, 3);

    // labelled → labelled is no transition
    result = Decisions(*m_db).changeStatus(id, 3, EventStatus::Labelled, QStringLiteral("encore"), alice);
    QCOMPARE(result.status, WriteResult::Status::NotAllowed);
    QVERIFY(!result.message.isEmpty());

    // reopening a decided request needs a reason, and blanks are no reason
    result = Decisions(*m_db).changeStatus(id, 3, EventStatus::InReview, {}, alice);
    QCOMPARE(result.status, WriteResult::Status::NotAllowed);
    QVERIFY(!result.message.isEmpty());
    result = Decisions(*m_db).changeStatus(id, 3, EventStatus::InReview, QStringLiteral("   "), alice);
    QCOMPARE(result.status, WriteResult::Status::NotAllowed);
    QCOMPARE(m_repo->find(id)->status, EventStatus::Labelled);
    QCOMPARE(m_repo->find(id)->version, 3);

    const QString why = QStringLiteral("Nouvelles informations");
    result = Decisions(*m_db).changeStatus(id, 3, EventStatus::InReview, why, alice);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_repo->find(id)->status, EventStatus::InReview);
    QCOMPARE(m_repo->find(id)->version, 4);

    // a decision taken on what was displayed at version 3 is stale now
    result = Decisions(*m_db).changeStatus(id, 3, EventStatus::Labelled, {}, alice);
    QCOMPARE(result.status, WriteResult::Status::Conflict);
    QVERIFY2(result.message.contains(QStringLiteral("SI18-0600")), qPrintable(result.message));
    QCOMPARE(m_repo->find(id)->status, EventStatus::InReview);
    QCOMPARE(m_repo->find(id)->version, 4);

    // the failed attempts left no trace: created + three status changes
    QCOMPARE(AuditTrail(*m_db).of(id).value().size(), 4);
}

void TestEventRepository::refusalNeedsReason()
{
    Event event = completeEvent(QStringLiteral("SI18-0700"));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));

    WriteResult result
        = Decisions(*m_db).changeStatus(event.id, 1, EventStatus::Refused, {}, QStringLiteral("bob"));
    QCOMPARE(result.status, WriteResult::Status::NotAllowed);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(m_repo->find(event.id)->status, EventStatus::Submitted);
    QCOMPARE(m_repo->find(event.id)->version, 1);

    result = Decisions(*m_db).changeStatus(
        event.id, 1, EventStatus::Refused, QStringLiteral("  Hors période  "), QStringLiteral("bob"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_repo->find(event.id)->status, EventStatus::Refused);
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(event.id).value();
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.last().reason, QStringLiteral("Hors période"));
}

void TestEventRepository::auditTrailRecordsStatusChanges()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Event event = completeEvent(QStringLiteral("SI18-0800"));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    const qint64 id = event.id;
    VERIFY_OK(Decisions(*m_db).changeStatus(id, 1, EventStatus::InReview, {}, QStringLiteral("alice")));
    VERIFY_OK(Decisions(*m_db).changeStatus(id, 2, EventStatus::Labelled, {}, QStringLiteral("bob")));
    QCOMPARE(Decisions(*m_db).changeStatus(id, 3, EventStatus::InReview, {}, QStringLiteral("carol")).status,
        WriteResult::Status::NotAllowed);
    VERIFY_OK(Decisions(*m_db).changeStatus(
        id, 3, EventStatus::InReview, QStringLiteral("Adresse erronée"), QStringLiteral("carol")));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    const QList<AuditEntry> trail = AuditTrail(*m_db).of(id).value();
    QCOMPARE(trail.size(), 4);

    QCOMPARE(trail.at(0).action, QStringLiteral("created"));
    QCOMPARE(trail.at(0).who, QStringLiteral("alice"));
    QVERIFY(!trail.at(0).oldStatus);
    QCOMPARE(trail.at(0).newStatus, std::optional<EventStatus>(EventStatus::Submitted));

    QCOMPARE(trail.at(1).action, QStringLiteral("status"));
    QCOMPARE(trail.at(1).who, QStringLiteral("alice"));
    QCOMPARE(trail.at(1).oldStatus, std::optional<EventStatus>(EventStatus::Submitted));
    QCOMPARE(trail.at(1).newStatus, std::optional<EventStatus>(EventStatus::InReview));
    QVERIFY(trail.at(1).reason.isEmpty());

    QCOMPARE(trail.at(2).action, QStringLiteral("status"));
    QCOMPARE(trail.at(2).who, QStringLiteral("bob"));
    QCOMPARE(trail.at(2).oldStatus, std::optional<EventStatus>(EventStatus::InReview));
    QCOMPARE(trail.at(2).newStatus, std::optional<EventStatus>(EventStatus::Labelled));

    QCOMPARE(trail.at(3).action, QStringLiteral("status"));
    QCOMPARE(trail.at(3).who, QStringLiteral("carol"));
    QCOMPARE(trail.at(3).oldStatus, std::optional<EventStatus>(EventStatus::Labelled));
    QCOMPARE(trail.at(3).newStatus, std::optional<EventStatus>(EventStatus::InReview));
    QCOMPARE(trail.at(3).reason, QStringLiteral("Adresse erronée"));

    for (int i = 0; i < trail.size(); ++i) {
        const AuditEntry& entry = trail.at(i);
        QCOMPARE(entry.eventId, id);
        QVERIFY(entry.changes.isEmpty());
        QVERIFY2(entry.at.isValid() && entry.at >= before && entry.at <= after,
            qPrintable(entry.at.toString(Qt::ISODateWithMs)));
        if (i > 0) {
            QVERIFY(entry.id > trail.at(i - 1).id);
            QVERIFY(entry.at >= trail.at(i - 1).at);
        }
    }
    QVERIFY(AuditTrail(*m_db).of(id + 1).value().isEmpty());
}

void TestEventRepository::editOfDecidedEventIsAudited()
{
    Event event = completeEvent(QStringLiteral("SI18-0900"));
    event.title = QStringLiteral("Ancien titre");
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    VERIFY_OK(Decisions(*m_db).changeStatus(event.id, 1, EventStatus::Labelled, {}, QStringLiteral("bob")));
    StoreResult<Event> labelled = m_repo->find(event.id);
    QVERIFY(labelled);
    QCOMPARE(labelled->version, 2);

    labelled->title = QStringLiteral("Nouveau titre");
    const WriteResult result = RequestStore(*m_db).update(*labelled, QStringLiteral("carol"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(labelled->version, 3);
    QCOMPARE(labelled->status, EventStatus::Labelled);

    QList<AuditEntry> trail = AuditTrail(*m_db).of(event.id).value();
    QCOMPARE(trail.size(), 3);
    const AuditEntry& edit = trail.last();
    QCOMPARE(edit.action, QStringLiteral("edit"));
    QCOMPARE(edit.who, QStringLiteral("carol"));
    QCOMPARE(edit.oldStatus, std::optional<EventStatus>(EventStatus::Labelled));
    QCOMPARE(edit.newStatus, std::optional<EventStatus>(EventStatus::Labelled));
    QVERIFY2(edit.changes.contains(QStringLiteral("title: Ancien titre → Nouveau titre")),
        qPrintable(edit.changes));
    QVERIFY2(!edit.changes.contains(QStringLiteral("description")), qPrintable(edit.changes));
    QVERIFY(edit.reason.isEmpty());

    // Saving a decided request without any change adds nothing to its trail.
    const WriteResult unchanged = RequestStore(*m_db).update(*labelled, QStringLiteral("carol"));
    QVERIFY2(unchanged.ok(), qPrintable(unchanged.message));
    trail = AuditTrail(*m_db).of(event.id).value();
    QCOMPARE(trail.size(), 3);
}

void TestEventRepository::editWithStatusChangeIsOneTransaction()
{
    Event event = completeEvent(QStringLiteral("SI18-0950"));
    event.free = true;
    event.price.reset();
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    VERIFY_OK(Decisions(*m_db).changeStatus(event.id, 1, EventStatus::Labelled, {}, QStringLiteral("bob")));
    StoreResult<Event> labelled = m_repo->find(event.id);
    QVERIFY(labelled);

    // The store itself sends back to review a labelled request that an edit makes fail C4.
    labelled->free = false;
    labelled->price = 10;
    VERIFY_OK(RequestStore(*m_db).update(*labelled, QStringLiteral("carol"), QDate(2018, 3, 1)));
    QCOMPARE(labelled->status, EventStatus::InReview);
    QCOMPARE(labelled->version, 3); // one write, one version

    const StoreResult<Event> stored = m_repo->find(event.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, EventStatus::InReview);
    QCOMPARE(stored->price, std::optional<double>(10));
    QCOMPARE(stored->version, 3);
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(event.id).value();
    QCOMPARE(trail.size(), 4);
    QCOMPARE(trail.at(2).action, QStringLiteral("edit"));
    QVERIFY2(trail.at(2).changes.contains(QStringLiteral("price:  → 10")), qPrintable(trail.at(2).changes));
    QCOMPARE(trail.at(3).action, QStringLiteral("status"));
    QCOMPARE(trail.at(3).who, QStringLiteral("carol"));
    QCOMPARE(trail.at(3).oldStatus, std::optional<EventStatus>(EventStatus::Labelled));
    QCOMPARE(trail.at(3).newStatus, std::optional<EventStatus>(EventStatus::InReview));
    QVERIFY2(trail.at(3).reason.contains(QStringLiteral("C4")), qPrintable(trail.at(3).reason));
    QVERIFY2(!trail.at(3).reason.contains(QStringLiteral("C1")), qPrintable(trail.at(3).reason));
}

void TestEventRepository::anEditSendsBackToReviewOnlyALabelledRequestThatLosesACondition_data()
{
    // The rule lives in the store's update: the form's save and an accepted import change (the
    // two writers of an edit) get it from there, whatever the status they start from.
    QTest::addColumn<QString>("writer");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("makePaid"); // a paid entry fails C4; a new title fails nothing
    QTest::addColumn<int>("expectedStatus");

    const int labelled = int(EventStatus::Labelled);
    const int inReview = int(EventStatus::InReview);
    const int submitted = int(EventStatus::Submitted);
    QTest::newRow("form: labelled, paid entry goes back to review") << "form" << labelled << true << inReview;
    QTest::newRow("form: labelled, new title keeps the label") << "form" << labelled << false << labelled;
    QTest::newRow("form: in review, paid entry stays in review") << "form" << inReview << true << inReview;
    QTest::newRow("form: submitted, paid entry stays submitted") << "form" << submitted << true << submitted;
    QTest::newRow("import: labelled, paid entry goes back to review")
        << "import" << labelled << true << inReview;
    QTest::newRow("import: labelled, new title keeps the label") << "import" << labelled << false << labelled;
}

void TestEventRepository::anEditSendsBackToReviewOnlyALabelledRequestThatLosesACondition()
{
    QFETCH(QString, writer);
    QFETCH(int, status);
    QFETCH(bool, makePaid);
    QFETCH(int, expectedStatus);
    const auto edit = [makePaid](Event& e) {
        if (makePaid) {
            e.free = false;
            e.price = 10;
        } else {
            e.title = QStringLiteral("Visite des ateliers Mécatech");
        }
    };

    Event before;
    qint64 pendingId = 0;
    if (writer == QLatin1String("import")) {
        CHECK_HELPER(labelWithPendingChange(edit, &before, &pendingId));
    } else {
        Event event = passingEvent();
        VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
        if (EventStatus(status) != EventStatus::Submitted) {
            VERIFY_OK(
                Decisions(*m_db).changeStatus(event.id, 1, EventStatus(status), {}, QStringLiteral("bob")));
        }
        before = *m_repo->find(event.id);
    }
    QCOMPARE(int(before.status), status);
    const qsizetype trailBefore = AuditTrail(*m_db).of(before.id).value().size();

    if (writer == QLatin1String("import")) {
        VERIFY_OK(PendingUpdates(*m_db).accept(pendingId, before.version, QStringLiteral("carol")));
    } else {
        Event edited = before;
        edit(edited);
        VERIFY_OK(RequestStore(*m_db).update(edited, QStringLiteral("carol"), QDate(2018, 3, 1)));
        QCOMPARE(int(edited.status), expectedStatus); // the caller sees what was written
    }

    const Event stored = *m_repo->find(before.id);
    QCOMPARE(int(stored.status), expectedStatus);
    QCOMPARE(stored.version, before.version + 1); // the edit and its status change are one write
    QCOMPARE(stored.free, !makePaid);
    QStringList actions;
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(before.id).value();
    for (qsizetype i = trailBefore; i < trail.size(); ++i) {
        actions << trail.at(i).action;
    }
    // A pending request's edit is audited only when it comes from an import.
    const bool audited = EventStatuses::isDecided(EventStatus(status)) || writer == QLatin1String("import");
    QStringList expectedActions;
    if (audited) {
        expectedActions << QStringLiteral("edit");
    }
    if (expectedStatus != status) {
        expectedActions << QStringLiteral("status");
        QCOMPARE(trail.last().oldStatus, std::optional<EventStatus>(EventStatus(status)));
        QCOMPARE(trail.last().newStatus, std::optional<EventStatus>(EventStatus(expectedStatus)));
        QVERIFY2(trail.last().reason.contains(QStringLiteral("C4")), qPrintable(trail.last().reason));
    }
    QCOMPARE(actions, expectedActions);
}

void TestEventRepository::possibleDuplicates()
{
    Event original = completeEvent(QStringLiteral("SI18-1100"));
    original.title = QStringLiteral("Visite de l'usine Fourvière Mécanique");
    VERIFY_OK(RequestStore(*m_db).insert(original, QStringLiteral("alice")));
    const auto variant = [](const std::function<void(Event&)>& change) {
        Event event = completeEvent(QStringLiteral("SI18-1101"));
        event.title = QStringLiteral("VISITE usine fourviere mecanique");
        change(event);
        return event;
    };
    const auto found = [this](const Event& event) {
        QList<QString> ids;
        for (const Event& other : m_repo->possibleDuplicates(event).value()) {
            ids << other.requestId;
        }
        return ids;
    };
    const QList<QString> original1100 { QStringLiteral("SI18-1100") };
    QCOMPARE(found(variant([](Event&) { })), original1100);
    // Same organiser by name alone (no SIRET, other case), overlapping dates, commune by name.
    QCOMPARE(found(variant([](Event& e) {
        e.siret.clear();
        e.organiserName = QStringLiteral("fourvière mécanique sas");
        e.startsAt = wallClock(QDate(2018, 3, 27), QTime(17, 0));
        e.endsAt = wallClock(QDate(2018, 3, 28), QTime(12, 0));
        e.inseeCode.clear();
    })),
        original1100);
    // Each criterion on its own rules a candidate out.
    QVERIFY(found(variant([](Event& e) {
        e.siret = QStringLiteral("73282932000074");
        e.organiserName = QStringLiteral("Autre SA");
    })).isEmpty());
    QVERIFY(
        found(variant([](Event& e) { e.title = QStringLiteral("Conférence sur l'hydrogène"); })).isEmpty());
    QVERIFY(found(variant([](Event& e) {
        e.startsAt = wallClock(QDate(2018, 3, 28), QTime(9, 0));
        e.endsAt = wallClock(QDate(2018, 3, 28), QTime(12, 0));
    })).isEmpty());
    QVERIFY(found(variant([](Event& e) {
        e.inseeCode = QStringLiteral("69381");
        e.commune = QStringLiteral("Lyon 1er Arrondissement");
    })).isEmpty());
    QVERIFY(found(variant([](Event& e) { e.editionYear = 2017; })).isEmpty());
    // A request is never its own duplicate.
    QVERIFY(m_repo->possibleDuplicates(original).value().isEmpty());
}

void TestEventRepository::organiserRequestsAcrossEditions()
{
    QSqlQuery seed(m_db->connection());
    QVERIFY2(seed.exec(QStringLiteral(
                 "INSERT INTO edition (year, week_start, week_end, request_deadline, "
                 "decision_delay_days) VALUES (2017, '2017-03-20', '2017-03-26', '2017-03-06', 4), "
                 "(2019, '2019-03-18', '2019-03-24', '2019-03-04', 4)")),
        qPrintable(seed.lastError().text()));
    Event current = completeEvent(QStringLiteral("SI18-1200"));
    VERIFY_OK(RequestStore(*m_db).insert(current, QStringLiteral("alice")));
    Event sameSiret = completeEvent(QStringLiteral("SI17-0001"));
    sameSiret.editionYear = 2017;
    sameSiret.organiserName = QStringLiteral("Fourvière Méca (ancien nom)");
    VERIFY_OK(RequestStore(*m_db).insert(sameSiret, QStringLiteral("alice")));
    Event sameName = completeEvent(QStringLiteral("SI18-1201"));
    sameName.siret.clear();
    VERIFY_OK(RequestStore(*m_db).insert(sameName, QStringLiteral("alice")));
    // The same name typed otherwise: capitals, no accent, a trailing space.
    Event sameNameTypedOtherwise = completeEvent(QStringLiteral("SI18-1203"));
    sameNameTypedOtherwise.siret.clear();
    sameNameTypedOtherwise.organiserName = QStringLiteral("FOURVIERE Mecanique sas ");
    VERIFY_OK(RequestStore(*m_db).insert(sameNameTypedOtherwise, QStringLiteral("alice")));
    Event later = completeEvent(QStringLiteral("SI19-0001"));
    later.editionYear = 2019;
    VERIFY_OK(RequestStore(*m_db).insert(later, QStringLiteral("alice")));
    Event other = completeEvent(QStringLiteral("SI18-1202"));
    other.siret = QStringLiteral("73282932000074");
    other.organiserName = QStringLiteral("Autre SA");
    VERIFY_OK(RequestStore(*m_db).insert(other, QStringLiteral("alice")));

    QList<QString> ids;
    for (const OrganiserRequest& request : m_repo->organiserRequests(current).value()) {
        ids << request.requestId;
    }
    // This edition first, then earlier ones; never a later edition, never the request itself.
    QCOMPARE(ids,
        (QList<QString> {
            QStringLiteral("SI18-1201"), QStringLiteral("SI18-1203"), QStringLiteral("SI17-0001") }));
    // Counted from the indexes, each once: the same ones.
    QCOMPARE(m_repo->organiserRequestCount(current).value(), 3);
}

void TestEventRepository::editOfPendingEventIsNotAudited()
{
    Event event = completeEvent(QStringLiteral("SI18-1000"));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    VERIFY_OK(Decisions(*m_db).changeStatus(event.id, 1, EventStatus::InReview, {}, QStringLiteral("bob")));
    event.version = 2;
    event.status = EventStatus::InReview;

    event.title = QStringLiteral("Titre corrigé");
    const WriteResult result = RequestStore(*m_db).update(event, QStringLiteral("bob"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_repo->find(event.id)->title, QStringLiteral("Titre corrigé"));

    const QList<AuditEntry> trail = AuditTrail(*m_db).of(event.id).value();
    QCOMPARE(trail.size(), 2);
    for (const AuditEntry& entry : trail) {
        QVERIFY(entry.action != QStringLiteral("edit"));
    }
}

void TestEventRepository::largeBatchesKeepEveryIndex()
{
    SKIP_ON_POSTGRESQL("SQLite's bulk path: large batches go without their indexes there");
    const auto indexes = [this] {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"));
        QStringList found;
        while (query.next()) {
            found << query.value(0).toString() + QLatin1Char(':') + query.value(1).toString();
        }
        return found;
    };
    const QStringList before = indexes();
    QVERIFY(before.size() > 5);
    // What the bulk path sets aside for its rows comes back for the next statements: the status
    // CHECK, and FTS5's hash size (the fill raises it; the table would keep it otherwise).
    const auto checksAsBefore = [this] {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("SELECT v FROM event_queue_search_config WHERE k = 'hashsize'")));
        QVERIFY(!query.next() || query.value(0).toInt() == 1024 * 1024);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO event_queue_search (event_queue_search) VALUES ('integrity-check')")));
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO event (edition_year, request_id, title, event_type, "
                           "organiser_type, status) VALUES (2018, 'SI18-C', 't', 'a', 'b', 'unknown')")));
        QVERIFY2(
            query.lastError().text().contains(QStringLiteral("CHECK")), qPrintable(query.lastError().text()));
    };

    // A batch large enough to go without its indexes, failing at its very end: nothing stored,
    // every index there as before.
    QList<Event> batch;
    for (qsizetype i = 0; i < RequestStore::BulkWithoutIndexes; ++i) {
        batch.append(completeEvent(QStringLiteral("SI18-B%1").arg(i, 5, 10, QLatin1Char('0'))));
    }
    QList<Event> failing = batch;
    failing.append(batch.first()); // the same request id twice
    QVERIFY(!RequestStore(*m_db).insertAll(failing, QStringLiteral("alice")).ok());
    QCOMPARE(m_repo->count(2018).value(), 0);
    QCOMPARE(indexes(), before);
    checksAsBefore();

    VERIFY_OK(RequestStore(*m_db).insertAll(batch, QStringLiteral("alice")));
    QCOMPARE(m_repo->count(2018).value(), int(batch.size()));
    QCOMPARE(indexes(), before);
    checksAsBefore();
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(m_repo->find(batch.last().id));
}

void TestEventRepository::largeBatchesLeaveNoLogBehind()
{
    SKIP_ON_POSTGRESQL("SQLite's write-ahead log");
    const auto autoCheckpoint = [this] {
        QSqlQuery query(m_db->connection());
        return query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next()
            ? query.value(0).toInt()
            : -1;
    };
    const int pagesBefore = autoCheckpoint();
    QVERIFY(pagesBefore > 0);
    QList<Event> batch;
    for (qsizetype i = 0; i < RequestStore::BulkWithoutIndexes; ++i) {
        batch.append(completeEvent(QStringLiteral("SI18-W%1").arg(i, 5, 10, QLatin1Char('0'))));
    }
    // A large batch that fails: this connection's commits copy the log into the file again.
    QList<Event> failing = batch;
    failing.append(batch.first());
    QVERIFY(!RequestStore(*m_db).insertAll(failing, QStringLiteral("alice")).ok());
    QCOMPARE(autoCheckpoint(), pagesBefore);

    // Another workstation's connection keeps the log from being removed when ours closes.
    Database other;
    QVERIFY2(other.open(storePath()), qPrintable(other.errorString()));
    VERIFY_OK(RequestStore(*m_db).insertAll(batch, QStringLiteral("alice")));
    // Closing waits for the copy that followed the commit, which emptied the log: the store
    // is not left with the whole batch in a log beside it.
    m_repo.reset();
    m_db->close();
    QCOMPARE(QFileInfo(storePath() + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(EventRepository(other).count(2018).value(), int(batch.size()));
    QSqlQuery check(other.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestEventRepository::auditIsAppendOnly()
{
    Event event = completeEvent(QStringLiteral("SI18-1100"));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    QCOMPARE(auditRowCount(*m_db), 1);

    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit SET who = 'x'")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
        qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
        qPrintable(query.lastError().text()));
    query.finish();

    QCOMPARE(auditRowCount(*m_db), 1);
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(event.id).value();
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.first().who, QStringLiteral("alice"));
}

void TestEventRepository::twoConnectionsExactlyOneWins()
{
    Event event = completeEvent(QStringLiteral("SI18-1200"));
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));

    Database other;
    QVERIFY2(other.open(storePath()), qPrintable(other.errorString()));
    EventRepository otherRepo(other);

    const StoreResult<Event> seenByFirst = m_repo->find(event.id);
    const StoreResult<Event> seenBySecond = otherRepo.find(event.id);
    QVERIFY(seenByFirst);
    QVERIFY(seenBySecond);
    QCOMPARE(seenByFirst->version, 1);
    QCOMPARE(seenBySecond->version, 1);

    const WriteResult first = Decisions(*m_db).changeStatus(
        event.id, seenByFirst->version, EventStatus::InReview, {}, QStringLiteral("alice"));
    const WriteResult second = Decisions(other).changeStatus(
        event.id, seenBySecond->version, EventStatus::Labelled, {}, QStringLiteral("bob"));
    QVERIFY2(first.ok(), qPrintable(first.message));
    QCOMPARE(second.status, WriteResult::Status::Conflict);
    // It says who changed the request.
    QVERIFY2(second.message.contains(QStringLiteral("alice")), qPrintable(second.message));

    // Both connections see the winner's state.
    for (const EventRepository* repo : { m_repo.get(), &otherRepo }) {
        const StoreResult<Event> now = repo->find(event.id);
        QVERIFY(now);
        QCOMPARE(now->status, EventStatus::InReview);
        QCOMPARE(now->version, 2);
    }
    const QList<AuditEntry> trail = AuditTrail(other).of(event.id).value();
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.last().who, QStringLiteral("alice"));
}

void TestEventRepository::sessionUserIsTheSystemUserByDefault()
{
    QVERIFY(!SessionUser::name().trimmed().isEmpty());

    const QByteArray saved = qgetenv("USER");
    const bool hadUser = qEnvironmentVariableIsSet("USER");
    qputenv("USER", "semaine-tester");
    const QString user = SessionUser::name();
    if (hadUser) {
        qputenv("USER", saved);
    } else {
        qunsetenv("USER");
    }
    QCOMPARE(user, QStringLiteral("semaine-tester"));
}

// The schema's CHECK lists and the code's keys must agree: each value is stored and read back.
void TestEventRepository::everyKeyIsAcceptedByTheStore()
{
    QList<Event> events;
    int n = 0;
    const auto next = [&] { return completeEvent(QStringLiteral("SI2018-K%1").arg(++n)); };
    for (EventStatus status : EventStatuses::all()) {
        Event event = next();
        event.status = status;
        events.append(event);
    }
    for (EventType type : EventTypes::all()) {
        Event event = next();
        event.type = type;
        events.append(event);
    }
    for (OrganiserType type : OrganiserTypes::all()) {
        Event event = next();
        event.organiserType = type;
        events.append(event);
    }
    const WriteResult result = RequestStore(*m_db).insertAll(events, QStringLiteral("test"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    for (const Event& event : std::as_const(events)) {
        const StoreResult<Event> stored = m_repo->find(event.id);
        QVERIFY(stored);
        QCOMPARE(stored->status, event.status);
        QCOMPARE(stored->type, event.type);
        QCOMPARE(stored->organiserType, event.organiserType);
    }
    QSqlQuery bogus(m_db->connection());
    QVERIFY(!bogus.exec(QStringLiteral("UPDATE event SET status = 'approved'")));
}

void TestEventRepository::reviewerNotesStandApart()
{
    Event event = completeEvent(QStringLiteral("SI2018-N1"));
    QVERIFY(RequestStore(*m_db).insert(event, QStringLiteral("test")).ok());
    QVERIFY(RequestStore(*m_db).saveReviewerNotes(event.id, QStringLiteral("À rappeler lundi")).ok());
    StoreResult<Event> stored = m_repo->find(event.id);
    QCOMPARE(stored->reviewerNotes, QStringLiteral("À rappeler lundi"));
    QCOMPARE(stored->version, 1); // notes are not the request: nobody's decision conflicts with them
    const int auditBefore = int(AuditTrail(*m_db).of(event.id).value().size());

    // An edit made from an older copy keeps the notes saved meanwhile.
    event.title = QStringLiteral("Nouveau titre");
    event.reviewerNotes = QStringLiteral("ancienne note");
    QVERIFY(RequestStore(*m_db).update(event, QStringLiteral("test")).ok());
    stored = m_repo->find(event.id);
    QCOMPARE(stored->title, QStringLiteral("Nouveau titre"));
    QCOMPARE(stored->reviewerNotes, QStringLiteral("À rappeler lundi"));
    QCOMPARE(int(AuditTrail(*m_db).of(event.id).value().size()), auditBefore);

    QCOMPARE(RequestStore(*m_db).saveReviewerNotes(event.id + 1000, QStringLiteral("x")).status,
        WriteResult::Status::NotFound);
}

void TestEventRepository::labelWithPendingChange(
    const std::function<void(Event&)>& change, Event* labelled, qint64* pendingId)
{
    Event event = passingEvent();
    VERIFY_OK(RequestStore(*m_db).insert(event, QStringLiteral("alice")));
    VERIFY_OK(Decisions(*m_db).changeStatus(event.id, 1, EventStatus::Labelled, {}, QStringLiteral("bob")));
    Event imported = passingEvent();
    change(imported);
    RequestImport::Counts counts;
    VERIFY_OK(RequestImport::store(
        *m_db, { imported }, QStringLiteral("importer"), QStringLiteral("b.csv"), &counts));
    QCOMPARE(counts.pending, 1);
    const QList<PendingUpdate> pending = PendingUpdates(*m_db).openFor(event.id).value();
    QCOMPARE(pending.size(), 1);
    *labelled = *m_repo->find(event.id);
    *pendingId = pending.first().id;
}

void TestEventRepository::acceptAppliesTheImportedChange()
{
    Event labelled;
    qint64 pendingId = 0;
    CHECK_HELPER(labelWithPendingChange(
        [](Event& e) { e.title = QStringLiteral("Visite des ateliers Mécatech"); }, &labelled, &pendingId));
    QCOMPARE(labelled.title, passingEvent().title); // not applied by the import
    QCOMPARE(PendingUpdates(*m_db).openCount(2018).value(), 1);
    QCOMPARE(PendingUpdates(*m_db).openCount(2019).value(), 0);
    QCOMPARE(PendingUpdates(*m_db).eventsWithOpen(2018).value(), QList<qint64> { labelled.id });
    const int trailBefore = int(AuditTrail(*m_db).of(labelled.id).value().size());

    VERIFY_OK(PendingUpdates(*m_db).accept(pendingId, labelled.version, QStringLiteral("carol")));
    const Event stored = *m_repo->find(labelled.id);
    QCOMPARE(stored.title, QStringLiteral("Visite des ateliers Mécatech"));
    QCOMPARE(stored.version, labelled.version + 1);
    QCOMPARE(stored.status, EventStatus::Labelled);
    QCOMPARE(stored.organiserName, labelled.organiserName);
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(labelled.id).value();
    QCOMPARE(trail.size(), trailBefore + 1);
    QCOMPARE(trail.last().action, QStringLiteral("edit"));
    QCOMPARE(trail.last().who, QStringLiteral("carol"));
    QVERIFY2(trail.last().reason.contains(QStringLiteral("b.csv")), qPrintable(trail.last().reason));
    QVERIFY2(trail.last().changes.contains(
                 QStringLiteral("title: Visite de l'usine → Visite des ateliers Mécatech")),
        qPrintable(trail.last().changes));
    QVERIFY(PendingUpdates(*m_db).openFor(labelled.id).value().isEmpty());
    QCOMPARE(PendingUpdates(*m_db).openCount(2018).value(), 0);
    QVERIFY(PendingUpdates(*m_db).eventsWithOpen(2018).value().isEmpty());
    // The queue's index row follows: the new title is found.
    EventFilter filter;
    filter.text = QStringLiteral("ateliers mecatech");
    QCOMPARE(QueueIndex(*m_db).ids(2018, filter, QDate(2018, 3, 5)).value(), QList<qint64> { labelled.id });
    // Accepted once only.
    QCOMPARE(PendingUpdates(*m_db).accept(pendingId, stored.version, QStringLiteral("carol")).status,
        WriteResult::Status::NotFound);
}

void TestEventRepository::acceptOnAStaleVersionIsAConflict()
{
    Event labelled;
    qint64 pendingId = 0;
    CHECK_HELPER(labelWithPendingChange(
        [](Event& e) { e.title = QStringLiteral("Visite des ateliers Mécatech"); }, &labelled, &pendingId));
    // Someone else changed the request after it was shown.
    VERIFY_OK(Decisions(*m_db).assign(
        labelled.id, labelled.version, QStringLiteral("dave"), QStringLiteral("dave")));
    const Event before = *m_repo->find(labelled.id);
    const int trailBefore = int(AuditTrail(*m_db).of(labelled.id).value().size());

    const WriteResult result
        = PendingUpdates(*m_db).accept(pendingId, labelled.version, QStringLiteral("carol"));
    QCOMPARE(result.status, WriteResult::Status::Conflict);
    QVERIFY2(result.message.contains(QStringLiteral("dave")), qPrintable(result.message));
    const Event after = *m_repo->find(labelled.id);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.version, before.version);
    QCOMPARE(AuditTrail(*m_db).of(labelled.id).value().size(), trailBefore);
    QCOMPARE(PendingUpdates(*m_db).openFor(labelled.id).value().size(), 1); // still waiting
}

void TestEventRepository::dismissKeepsTheRequestAndTheReason()
{
    Event labelled;
    qint64 pendingId = 0;
    CHECK_HELPER(labelWithPendingChange(
        [](Event& e) { e.title = QStringLiteral("Visite des ateliers Mécatech"); }, &labelled, &pendingId));
    const int trailBefore = int(AuditTrail(*m_db).of(labelled.id).value().size());
    QCOMPARE(PendingUpdates(*m_db).dismiss(pendingId, QStringLiteral("carol"), QStringLiteral("  ")).status,
        WriteResult::Status::NotAllowed);
    QCOMPARE(PendingUpdates(*m_db).openFor(labelled.id).value().size(), 1);

    VERIFY_OK(
        PendingUpdates(*m_db).dismiss(pendingId, QStringLiteral("carol"), QStringLiteral("Ancien fichier")));
    const Event after = *m_repo->find(labelled.id);
    QCOMPARE(after.title, labelled.title);
    QCOMPARE(after.version, labelled.version);
    QCOMPARE(after.status, EventStatus::Labelled);
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(labelled.id).value();
    QCOMPARE(trail.size(), trailBefore + 1);
    QCOMPARE(trail.last().action, QStringLiteral("dismiss-update"));
    QCOMPARE(trail.last().who, QStringLiteral("carol"));
    QCOMPARE(trail.last().reason, QStringLiteral("Ancien fichier"));
    QVERIFY2(trail.last().changes.contains(QStringLiteral("title: ")), qPrintable(trail.last().changes));
    QVERIFY(PendingUpdates(*m_db).openFor(labelled.id).value().isEmpty());
    QCOMPARE(PendingUpdates(*m_db).openCount(2018).value(), 0);
    QCOMPARE(PendingUpdates(*m_db).accept(pendingId, after.version, QStringLiteral("carol")).status,
        WriteResult::Status::NotFound);
    QCOMPARE(
        PendingUpdates(*m_db).dismiss(pendingId, QStringLiteral("carol"), QStringLiteral("encore")).status,
        WriteResult::Status::NotFound);
}

void TestEventRepository::acceptedChangeFailingC4GoesBackToReview()
{
    Event labelled;
    qint64 pendingId = 0;
    CHECK_HELPER(labelWithPendingChange(
        [](Event& e) {
            e.free = false;
            e.price = 10;
        },
        &labelled, &pendingId));
    VERIFY_OK(PendingUpdates(*m_db).accept(pendingId, labelled.version, QStringLiteral("carol")));
    const Event stored = *m_repo->find(labelled.id);
    QCOMPARE(stored.status, EventStatus::InReview);
    QCOMPARE(stored.price, std::optional<double>(10));
    QCOMPARE(stored.version, labelled.version + 1); // one write, one version
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(labelled.id).value();
    QCOMPARE(trail.at(trail.size() - 2).action, QStringLiteral("edit"));
    QCOMPARE(trail.last().action, QStringLiteral("status"));
    QCOMPARE(trail.last().newStatus, std::optional<EventStatus>(EventStatus::InReview));
    QVERIFY2(trail.last().reason.contains(QStringLiteral("C4")), qPrintable(trail.last().reason));
}

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
