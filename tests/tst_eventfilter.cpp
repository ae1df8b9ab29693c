#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/EventFilter.h"
#include "app/core/EventStatus.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/RuleReport.h"
#include "tests/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(Event)
Q_DECLARE_METATYPE(EventFilter)
Q_DECLARE_METATYPE(Check)

// Readable names in QCOMPARE failure messages (found by argument-dependent lookup).
static char* toString(const EventFilter& filter)
{
    return qstrdup(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact).constData());
}

static char* toString(Check check) { return qstrdup(LabelRules::code(check).toUtf8().constData()); }

namespace {

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2018, month, day), QTime(hour, minute), QTimeZone::UTC);
}

// A labelled company visit in Paris on Wednesday 28 March 2018, submitted on 1 March: it meets
// C1–C4 and, on 20 March, is neither late nor overdue. None of its searchable fields contains
// "ile", "metal", "evry", "91" or "00421"; its description alone mentions "assemblage".
Event labelledEvent()
{
    Event event = passingEvent();
    event.requestId = QStringLiteral("SI2018-00017");
    event.description = QStringLiteral("Découverte des lignes d'assemblage");
    event.status = EventStatus::Labelled;
    return event;
}

Event withStatus(EventStatus status)
{
    Event event = labelledEvent();
    event.status = status;
    return event;
}

Event inLyon()
{
    Event event = labelledEvent();
    event.postalCode = QStringLiteral("69001");
    event.commune = QStringLiteral("Lyon");
    event.inseeCode = QStringLiteral("69123");
    event.departement = QStringLiteral("69");
    event.region = QStringLiteral("84");
    event.latitude = 45.7676;
    event.longitude = 4.8344;
    return event;
}

// Same région (Île-de-France, 11) as Paris, another département.
Event inVersailles()
{
    Event event = labelledEvent();
    event.postalCode = QStringLiteral("78000");
    event.commune = QStringLiteral("Versailles");
    event.inseeCode = QStringLiteral("78646");
    event.departement = QStringLiteral("78");
    event.latitude = 48.8049;
    event.longitude = 2.1204;
    return event;
}

Event ofType(EventType type, OrganiserType organiserType)
{
    Event event = labelledEvent();
    event.type = type;
    event.organiserType = organiserType;
    return event;
}

Event failingC1()
{
    Event event = labelledEvent();
    event.endsAt = wallClock(QDate(2018, 4, 2), QTime(0, 30));
    return event;
}

Event failingC2()
{
    Event event = labelledEvent();
    event.audiences = Audiences();
    return event;
}

Event failingC3()
{
    Event event = labelledEvent();
    event.aimsToInformAboutIndustry = false;
    return event;
}

Event failingC4()
{
    Event event = labelledEvent();
    event.free = false;
    event.price = 12.0;
    return event;
}

Event failingC2AndC4()
{
    Event event = failingC2();
    event.free = false;
    event.price = 12.0;
    return event;
}

// The audiences are not given: C2 is unknown, which is not a failure.
Event unknownC2()
{
    Event event = labelledEvent();
    event.audiences.reset();
    return event;
}

Event submittedAt(const QDateTime& instant, EventStatus status = EventStatus::Labelled)
{
    Event event = labelledEvent();
    event.submittedAt = instant;
    event.status = status;
    return event;
}

// Deadline 12 March 2018; Paris is UTC+1 until 25 March.
Event lateRequest() { return submittedAt(utc(3, 12, 23, 10)); } // 13 March 00:10 in Paris
Event onTimeRequest() { return submittedAt(utc(3, 12, 22, 30)); } // 12 March 23:30 in Paris

// Four working days: pending since Thursday 1 March is due Wednesday 7 March, overdue on 20 March;
// pending since Friday 16 March is due Thursday 22 March.
Event overdueRequest()
{
    return submittedAt(parisTime(QDate(2018, 3, 1), QTime(9, 15)), EventStatus::Submitted);
}
Event pendingOnTimeRequest()
{
    return submittedAt(parisTime(QDate(2018, 3, 16), QTime(9, 15)), EventStatus::InReview);
}

Event withoutSubmissionTime() { return submittedAt(QDateTime()); }

Event withSearchFields(const QString& title, const QString& organiser, const QString& commune,
    const QString& postalCode, const QString& requestId)
{
    Event event = labelledEvent();
    event.title = title;
    event.organiserName = organiser;
    event.commune = commune;
    event.postalCode = postalCode;
    event.requestId = requestId;
    return event;
}

Event withTitle(const QString& title)
{
    const Event base = labelledEvent();
    return withSearchFields(title, base.organiserName, base.commune, base.postalCode, base.requestId);
}

Event withOrganiser(const QString& organiser)
{
    const Event base = labelledEvent();
    return withSearchFields(base.title, organiser, base.commune, base.postalCode, base.requestId);
}

Event withCommune(const QString& commune, const QString& postalCode)
{
    const Event base = labelledEvent();
    return withSearchFields(base.title, base.organiserName, commune, postalCode, base.requestId);
}

Event withRequestId(const QString& requestId)
{
    const Event base = labelledEvent();
    return withSearchFields(base.title, base.organiserName, base.commune, base.postalCode, requestId);
}

// An open day in Évry by "Île-de-France Métal", the text searches' main target.
Event metalEvent()
{
    Event event = withSearchFields(QStringLiteral("Portes ouvertes de l'atelier métal"),
        QStringLiteral("Île-de-France Métal"), QStringLiteral("Évry-Courcouronnes"), QStringLiteral("91000"),
        QStringLiteral("SI2018-00421"));
    event.type = EventType::OpenDay;
    event.inseeCode = QStringLiteral("91228");
    event.departement = QStringLiteral("91");
    event.latitude = 48.6290;
    event.longitude = 2.4410;
    return event;
}

EventFilter statusFilter(const QList<EventStatus>& statuses)
{
    EventFilter filter;
    filter.statuses = statuses;
    return filter;
}

EventFilter conditionsFilter(EventFilter::Conditions conditions, Check failing = Check::Dates)
{
    EventFilter filter;
    filter.conditions = conditions;
    filter.failing = failing;
    return filter;
}

EventFilter submittedBetween(const QDate& from, const QDate& to)
{
    EventFilter filter;
    filter.submittedFrom = from;
    filter.submittedTo = to;
    return filter;
}

EventFilter textFilter(const QString& text)
{
    EventFilter filter;
    filter.text = text;
    return filter;
}

// Every field away from its default.
EventFilter everyFieldSet()
{
    EventFilter filter;
    filter.statuses = { EventStatus::InReview, EventStatus::InformationRequested };
    filter.region = QStringLiteral("84");
    filter.departement = QStringLiteral("69");
    filter.conditions = EventFilter::Conditions::Failing;
    filter.failing = Check::Free;
    filter.eventType = EventType::Workshop;
    filter.organiserType = OrganiserType::Chamber;
    filter.late = false;
    filter.overdue = true;
    filter.submittedFrom = QDate(2018, 3, 2);
    filter.submittedTo = QDate(2018, 3, 12);
    filter.text = QStringLiteral("Île « métal »");
    filter.assignee = QStringLiteral("cmartin");
    filter.area = EventFilter::Area { 45.5, 4.5, 46.0, 5.25 };
    return filter;
}

} // namespace

class TestEventFilter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void fixturesHaveTheIntendedOutcomes();

    void emptyFilterMatchesEverything_data();
    void emptyFilterMatchesEverything();
    void isEmpty_data();
    void isEmpty();

    void statuses_data();
    void statuses();
    void place_data();
    void place();
    void conditions_data();
    void conditions();
    void types_data();
    void types();
    void late_data();
    void late();
    void overdue_data();
    void overdue();
    void submissionDates_data();
    void submissionDates();
    void text_data();
    void text();
    void combinations_data();
    void combinations();

    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonRoundTripKeepsEveryField();
    void jsonKeys();
    void assignee();
    void fromJson_data();
    void fromJson();
    void equality_data();
    void equality();

private:
    static QDate today() { return QDate(2018, 3, 20); }
    RuleReport reportFor(const Event& event) const
    {
        return LabelRules::evaluateAll(event, RuleContext { &m_edition, today(), &GeoReference::embedded() });
    }
    void addMatchColumns();
    void verifyMatch();

    Edition m_edition;
};

void TestEventFilter::initTestCase()
{
    m_edition = edition2018();
    QVERIFY(m_edition.isValid());
}

// The filter tests below rely on these outcomes: if a fixture drifts, this says which one.
void TestEventFilter::fixturesHaveTheIntendedOutcomes()
{
    const auto failed = [this](const Event& event) { return reportFor(event).failedConditions(); };
    QCOMPARE(failed(labelledEvent()), QList<Check>());
    QVERIFY(reportFor(labelledEvent()).passesAllConditions());
    QCOMPARE(failed(failingC1()), QList<Check>({ Check::Dates }));
    QCOMPARE(failed(failingC2()), QList<Check>({ Check::Audience }));
    QCOMPARE(failed(failingC3()), QList<Check>({ Check::IndustryAim }));
    QCOMPARE(failed(failingC4()), QList<Check>({ Check::Free }));
    QCOMPARE(failed(failingC2AndC4()), QList<Check>({ Check::Audience, Check::Free }));
    QCOMPARE(failed(unknownC2()), QList<Check>());
    QCOMPARE(reportFor(unknownC2()).unknownConditions(), QList<Check>({ Check::Audience }));

    const auto late
        = [this](const Event& event) { return reportFor(event).result(Check::LateRequest).outcome; };
    QVERIFY(late(labelledEvent()) == Outcome::Pass);
    QVERIFY(late(lateRequest()) == Outcome::Fail);
    QVERIFY(late(onTimeRequest()) == Outcome::Pass);
    QVERIFY(late(withoutSubmissionTime()) == Outcome::Unknown);

    const auto overdue
        = [this](const Event& event) { return reportFor(event).result(Check::DecisionOverdue).outcome; };
    QVERIFY(overdue(labelledEvent()) == Outcome::Pass);
    QVERIFY(overdue(overdueRequest()) == Outcome::Fail);
    QVERIFY(overdue(pendingOnTimeRequest()) == Outcome::Pass);
    QVERIFY(overdue(lateRequest()) == Outcome::Pass);
}

void TestEventFilter::emptyFilterMatchesEverything_data()
{
    QTest::addColumn<Event>("event");
    QTest::newRow("passing labelled visit") << labelledEvent();
    QTest::newRow("submitted") << withStatus(EventStatus::Submitted);
    QTest::newRow("withdrawn") << withStatus(EventStatus::Withdrawn);
    QTest::newRow("in Lyon") << inLyon();
    QTest::newRow("fails C2 and C4") << failingC2AndC4();
    QTest::newRow("C2 unknown") << unknownC2();
    QTest::newRow("late request") << lateRequest();
    QTest::newRow("overdue request") << overdueRequest();
    QTest::newRow("no submission time") << withoutSubmissionTime();
    QTest::newRow("all searchable fields empty") << withSearchFields({}, {}, {}, {}, {});
    QTest::newRow("default-constructed event") << Event();
}

void TestEventFilter::emptyFilterMatchesEverything()
{
    QFETCH(Event, event);
    const EventFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.matches(event, reportFor(event)));
}

void TestEventFilter::isEmpty_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<bool>("empty");

    QTest::newRow("default") << EventFilter() << true;
    // `failing` only means something in the Failing mode.
    QTest::newRow("conditions any, failing C4")
        << conditionsFilter(EventFilter::Conditions::Any, Check::Free) << true;
    QTest::newRow("one status, submitted") << statusFilter({ EventStatus::Submitted }) << false;
    {
        EventFilter filter;
        filter.region = QStringLiteral("11");
        QTest::newRow("région 11") << filter << false;
    }
    {
        EventFilter filter;
        filter.departement = QStringLiteral("75");
        QTest::newRow("département 75") << filter << false;
    }
    QTest::newRow("failing any") << conditionsFilter(EventFilter::Conditions::FailingAny) << false;
    QTest::newRow("failing none") << conditionsFilter(EventFilter::Conditions::FailingNone) << false;
    QTest::newRow("failing C1") << conditionsFilter(EventFilter::Conditions::Failing, Check::Dates) << false;
    {
        EventFilter filter;
        filter.eventType = EventType::Other;
        QTest::newRow("event type other (the enum's default)") << filter << false;
    }
    {
        EventFilter filter;
        filter.organiserType = OrganiserType::Company;
        QTest::newRow("organiser type company (the enum's first value)") << filter << false;
    }
    {
        EventFilter filter;
        filter.late = false;
        QTest::newRow("late false") << filter << false;
    }
    {
        EventFilter filter;
        filter.overdue = false;
        QTest::newRow("overdue false") << filter << false;
    }
    QTest::newRow("submitted from only") << submittedBetween(QDate(2018, 3, 2), QDate()) << false;
    QTest::newRow("submitted to only") << submittedBetween(QDate(), QDate(2018, 3, 2)) << false;
    QTest::newRow("text métal") << textFilter(QStringLiteral("métal")) << false;
}

void TestEventFilter::isEmpty()
{
    QFETCH(EventFilter, filter);
    QFETCH(bool, empty);
    QCOMPARE(filter.isEmpty(), empty);
}

void TestEventFilter::addMatchColumns()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<Event>("event");
    QTest::addColumn<bool>("kept");
}

void TestEventFilter::verifyMatch()
{
    QFETCH(EventFilter, filter);
    QFETCH(Event, event);
    QFETCH(bool, kept);
    QCOMPARE(filter.matches(event, reportFor(event)), kept);
}

void TestEventFilter::statuses_data()
{
    addMatchColumns();
    const EventFilter labelled = statusFilter({ EventStatus::Labelled });
    QTest::newRow("{labelled} keeps a labelled request")
        << labelled << withStatus(EventStatus::Labelled) << true;
    QTest::newRow("{labelled} rejects a submitted one")
        << labelled << withStatus(EventStatus::Submitted) << false;
    QTest::newRow("{labelled} rejects a refused one")
        << labelled << withStatus(EventStatus::Refused) << false;

    // Submitted is the enum's first value: selecting it must not read as "no constraint".
    const EventFilter submitted = statusFilter({ EventStatus::Submitted });
    QTest::newRow("{submitted} keeps a submitted request")
        << submitted << withStatus(EventStatus::Submitted) << true;
    QTest::newRow("{submitted} rejects a labelled one")
        << submitted << withStatus(EventStatus::Labelled) << false;

    const EventFilter two = statusFilter({ EventStatus::Refused, EventStatus::Withdrawn });
    QTest::newRow("{refused, withdrawn} keeps a refused request")
        << two << withStatus(EventStatus::Refused) << true;
    QTest::newRow("{refused, withdrawn} keeps a withdrawn request")
        << two << withStatus(EventStatus::Withdrawn) << true;
    QTest::newRow("{refused, withdrawn} rejects one in review")
        << two << withStatus(EventStatus::InReview) << false;
    QTest::newRow("{refused, withdrawn} rejects a labelled one")
        << two << withStatus(EventStatus::Labelled) << false;
}

void TestEventFilter::statuses() { verifyMatch(); }

void TestEventFilter::place_data()
{
    addMatchColumns();
    EventFilter region11;
    region11.region = QStringLiteral("11");
    QTest::newRow("région 11 keeps Paris (75)") << region11 << labelledEvent() << true;
    QTest::newRow("région 11 keeps Versailles (78)") << region11 << inVersailles() << true;
    QTest::newRow("région 11 rejects Lyon (84)") << region11 << inLyon() << false;

    EventFilter region84;
    region84.region = QStringLiteral("84");
    QTest::newRow("région 84 keeps Lyon") << region84 << inLyon() << true;
    QTest::newRow("région 84 rejects Paris") << region84 << labelledEvent() << false;

    EventFilter departement75;
    departement75.departement = QStringLiteral("75");
    QTest::newRow("département 75 keeps Paris") << departement75 << labelledEvent() << true;
    QTest::newRow("département 75 rejects Versailles (78, same région)")
        << departement75 << inVersailles() << false;
    QTest::newRow("département 75 rejects Lyon (69)") << departement75 << inLyon() << false;
}

void TestEventFilter::place() { verifyMatch(); }

void TestEventFilter::conditions_data()
{
    addMatchColumns();
    using C = EventFilter::Conditions;

    QTest::newRow("any keeps a passing request") << conditionsFilter(C::Any) << labelledEvent() << true;
    QTest::newRow("any keeps one failing C2 and C4") << conditionsFilter(C::Any) << failingC2AndC4() << true;

    const EventFilter failingAny = conditionsFilter(C::FailingAny);
    QTest::newRow("failing any rejects a passing request") << failingAny << labelledEvent() << false;
    QTest::newRow("failing any keeps one failing C1") << failingAny << failingC1() << true;
    QTest::newRow("failing any keeps one failing C2") << failingAny << failingC2() << true;
    QTest::newRow("failing any keeps one failing C3") << failingAny << failingC3() << true;
    QTest::newRow("failing any keeps one failing C4") << failingAny << failingC4() << true;
    QTest::newRow("failing any keeps one failing C2 and C4") << failingAny << failingC2AndC4() << true;
    QTest::newRow("failing any rejects one with C2 unknown") << failingAny << unknownC2() << false;

    const EventFilter failingNone = conditionsFilter(C::FailingNone);
    QTest::newRow("failing none keeps a passing request") << failingNone << labelledEvent() << true;
    QTest::newRow("failing none rejects one failing C1") << failingNone << failingC1() << false;
    QTest::newRow("failing none rejects one failing C3") << failingNone << failingC3() << false;
    QTest::newRow("failing none rejects one failing C4") << failingNone << failingC4() << false;
    QTest::newRow("failing none rejects one failing C2 and C4") << failingNone << failingC2AndC4() << false;
    QTest::newRow("failing none keeps one with C2 unknown") << failingNone << unknownC2() << true;

    struct Fixture {
        const char* name;
        Event event;
        QList<Check> fails;
    };
    const QList<Fixture> fixtures = {
        { "passing", labelledEvent(), {} },
        { "failing C1", failingC1(), { Check::Dates } },
        { "failing C2", failingC2(), { Check::Audience } },
        { "failing C3", failingC3(), { Check::IndustryAim } },
        { "failing C4", failingC4(), { Check::Free } },
        { "failing C2 and C4", failingC2AndC4(), { Check::Audience, Check::Free } },
        { "C2 unknown", unknownC2(), {} },
    };
    for (const Check check : { Check::Dates, Check::Audience, Check::IndustryAim, Check::Free }) {
        const EventFilter filter = conditionsFilter(C::Failing, check);
        const QByteArray code = LabelRules::code(check).toLatin1();
        for (const Fixture& fixture : fixtures) {
            const bool kept = fixture.fails.contains(check);
            QTest::addRow("failing %s %s one %s", code.constData(), kept ? "keeps" : "rejects", fixture.name)
                << filter << fixture.event << kept;
        }
    }
}

void TestEventFilter::conditions() { verifyMatch(); }

void TestEventFilter::types_data()
{
    addMatchColumns();
    EventFilter visits;
    visits.eventType = EventType::CompanyVisit;
    QTest::newRow("type company visit keeps a company visit")
        << visits << ofType(EventType::CompanyVisit, OrganiserType::Company) << true;
    QTest::newRow("type company visit rejects a conference")
        << visits << ofType(EventType::Conference, OrganiserType::Company) << false;

    // Other is also Event's default type: selecting it must not read as "no constraint".
    EventFilter other;
    other.eventType = EventType::Other;
    QTest::newRow("type other keeps an event of type other")
        << other << ofType(EventType::Other, OrganiserType::Company) << true;
    QTest::newRow("type other rejects a company visit")
        << other << ofType(EventType::CompanyVisit, OrganiserType::Company) << false;

    EventFilter associations;
    associations.organiserType = OrganiserType::Association;
    QTest::newRow("organiser association keeps an association's event")
        << associations << ofType(EventType::CompanyVisit, OrganiserType::Association) << true;
    QTest::newRow("organiser association rejects a company's event")
        << associations << ofType(EventType::CompanyVisit, OrganiserType::Company) << false;

    EventFilter companies;
    companies.organiserType = OrganiserType::Company;
    QTest::newRow("organiser company keeps a company's event")
        << companies << ofType(EventType::Conference, OrganiserType::Company) << true;
    QTest::newRow("organiser company rejects a chamber's event")
        << companies << ofType(EventType::Conference, OrganiserType::Chamber) << false;
}

void TestEventFilter::types() { verifyMatch(); }

void TestEventFilter::late_data()
{
    addMatchColumns();
    EventFilter late;
    late.late = true;
    EventFilter onTime;
    onTime.late = false;

    QTest::newRow("late keeps 13 March 00:10 Paris") << late << lateRequest() << true;
    QTest::newRow("late rejects 12 March 23:30 Paris") << late << onTimeRequest() << false;
    QTest::newRow("late rejects a request without submission time")
        << late << withoutSubmissionTime() << false;
    QTest::newRow("not late keeps 12 March 23:30 Paris") << onTime << onTimeRequest() << true;
    QTest::newRow("not late rejects 13 March 00:10 Paris") << onTime << lateRequest() << false;
}

void TestEventFilter::late() { verifyMatch(); }

void TestEventFilter::overdue_data()
{
    addMatchColumns();
    EventFilter overdue;
    overdue.overdue = true;
    EventFilter notOverdue;
    notOverdue.overdue = false;

    QTest::newRow("overdue keeps one pending since 1 March") << overdue << overdueRequest() << true;
    QTest::newRow("overdue rejects the same request once labelled")
        << overdue << submittedAt(overdueRequest().submittedAt, EventStatus::Labelled) << false;
    QTest::newRow("overdue rejects one pending since 16 March, due 22 March")
        << overdue << pendingOnTimeRequest() << false;
    QTest::newRow("not overdue rejects one pending since 1 March") << notOverdue << overdueRequest() << false;
    QTest::newRow("not overdue keeps the same request once labelled")
        << notOverdue << submittedAt(overdueRequest().submittedAt, EventStatus::Labelled) << true;
    QTest::newRow("not overdue keeps one pending since 16 March")
        << notOverdue << pendingOnTimeRequest() << true;
}

void TestEventFilter::overdue() { verifyMatch(); }

void TestEventFilter::submissionDates_data()
{
    addMatchColumns();
    const QDate march1(2018, 3, 1);
    const QDate march2(2018, 3, 2);
    const QDate march5(2018, 3, 5);
    const QDate march26(2018, 3, 26);
    const Event lateEvening = submittedAt(utc(3, 1, 23, 30)); // 2 March 00:30 in Paris

    QTest::newRow("from 2 March keeps 2018-03-01T23:30Z (2 March in Paris)")
        << submittedBetween(march2, {}) << lateEvening << true;
    QTest::newRow("to 1 March rejects 2018-03-01T23:30Z (2 March in Paris)")
        << submittedBetween({}, march1) << lateEvening << false;
    QTest::newRow("to 2 March keeps 2018-03-01T23:30Z")
        << submittedBetween({}, march2) << lateEvening << true;
    QTest::newRow("2 March to 2 March keeps 2018-03-01T23:30Z")
        << submittedBetween(march2, march2) << lateEvening << true;

    QTest::newRow("from 2 March keeps 2 March 00:00 Paris, its first minute")
        << submittedBetween(march2, {}) << submittedAt(parisTime(march2, QTime(0, 0))) << true;
    QTest::newRow("from 2 March rejects 1 March 23:59 Paris")
        << submittedBetween(march2, {}) << submittedAt(parisTime(march1, QTime(23, 59))) << false;
    QTest::newRow("to 5 March keeps 5 March 23:59 Paris, its last minute")
        << submittedBetween({}, march5) << submittedAt(parisTime(march5, QTime(23, 59))) << true;
    QTest::newRow("to 5 March rejects 2018-03-05T23:00Z (6 March 00:00 in Paris)")
        << submittedBetween({}, march5) << submittedAt(utc(3, 5, 23, 0)) << false;
    QTest::newRow("2 to 5 March keeps 3 March 12:00 Paris")
        << submittedBetween(march2, march5) << submittedAt(parisTime(QDate(2018, 3, 3), QTime(12, 0)))
        << true;
    QTest::newRow("2 to 5 March rejects 1 March 10:00 Paris")
        << submittedBetween(march2, march5) << submittedAt(parisTime(march1, QTime(10, 0))) << false;
    QTest::newRow("2 to 5 March rejects 6 March 10:00 Paris")
        << submittedBetween(march2, march5) << submittedAt(parisTime(QDate(2018, 3, 6), QTime(10, 0)))
        << false;

    // Summer time from 25 March: Paris is then UTC+2, not UTC+1.
    QTest::newRow("to 26 March keeps 2018-03-26T21:30Z (23:30 summer time)")
        << submittedBetween({}, march26) << submittedAt(utc(3, 26, 21, 30)) << true;
    QTest::newRow("to 26 March rejects 2018-03-26T22:30Z (27 March 00:30 summer time)")
        << submittedBetween({}, march26) << submittedAt(utc(3, 26, 22, 30)) << false;

    QTest::newRow("from 2 March rejects a request without submission time")
        << submittedBetween(march2, {}) << withoutSubmissionTime() << false;
    QTest::newRow("to 5 March rejects a request without submission time")
        << submittedBetween({}, march5) << withoutSubmissionTime() << false;
}

void TestEventFilter::submissionDates() { verifyMatch(); }

void TestEventFilter::text_data()
{
    addMatchColumns();
    const QString ileDeFranceMetal = QStringLiteral("Île-de-France Métal");

    QTest::newRow("\"ile\" finds organiser \"Île-de-France Métal\"")
        << textFilter(QStringLiteral("ile")) << withOrganiser(ileDeFranceMetal) << true;
    QTest::newRow("\"ile\" does not find Mécatech SAS's visit in Paris")
        << textFilter(QStringLiteral("ile")) << labelledEvent() << false;
    QTest::newRow("\"METAL\" finds title \"atelier métal\"")
        << textFilter(QStringLiteral("METAL"))
        << withTitle(QStringLiteral("Portes ouvertes de l'atelier métal")) << true;
    QTest::newRow("\"METAL\" does not find \"Visite de l'usine\"")
        << textFilter(QStringLiteral("METAL")) << labelledEvent() << false;
    QTest::newRow("accented \"MÉTAL\" finds plain \"Metal Industries\"")
        << textFilter(QStringLiteral("MÉTAL")) << withOrganiser(QStringLiteral("Metal Industries")) << true;
    QTest::newRow("decomposed \"I + circumflex + le\" finds precomposed \"Île\"")
        << textFilter(QStringLiteral("I\u0302le")) << withOrganiser(ileDeFranceMetal) << true;
    QTest::newRow("precomposed \"île\" finds decomposed \"I + circumflex + le\"")
        << textFilter(QStringLiteral("île"))
        << withOrganiser(QStringLiteral("I\u0302le-de-France Me\u0301tal")) << true;
    QTest::newRow("\"ile-de-france metal\" finds the whole organiser name")
        << textFilter(QStringLiteral("ile-de-france metal")) << withOrganiser(ileDeFranceMetal) << true;
    QTest::newRow("\"evry\" finds commune \"Évry-Courcouronnes\"")
        << textFilter(QStringLiteral("evry"))
        << withCommune(QStringLiteral("Évry-Courcouronnes"), QStringLiteral("91000")) << true;
    QTest::newRow("postal code \"91000\" finds Évry")
        << textFilter(QStringLiteral("91000")) << metalEvent() << true;
    QTest::newRow("postal code start \"910\" finds Évry")
        << textFilter(QStringLiteral("910")) << withCommune(QStringLiteral("Évry"), QStringLiteral("91000"))
        << true;
    QTest::newRow("postal code \"91000\" does not find Paris 75001")
        << textFilter(QStringLiteral("91000")) << labelledEvent() << false;
    QTest::newRow("request id substring \"00421\" finds SI2018-00421")
        << textFilter(QStringLiteral("00421")) << withRequestId(QStringLiteral("SI2018-00421")) << true;
    QTest::newRow("lower-case request id part \"si2018-004\" finds SI2018-00421")
        << textFilter(QStringLiteral("si2018-004")) << withRequestId(QStringLiteral("SI2018-00421")) << true;
    QTest::newRow("request id substring \"00421\" does not find SI2018-00017")
        << textFilter(QStringLiteral("00421")) << labelledEvent() << false;
    QTest::newRow("a word only in the description is not searched")
        << textFilter(QStringLiteral("assemblage")) << labelledEvent() << false;
    QTest::newRow("spaces around \"  métal  \" are ignored")
        << textFilter(QStringLiteral("  métal  ")) << withOrganiser(ileDeFranceMetal) << true;
    QTest::newRow("whitespace-only text keeps Mécatech's visit")
        << textFilter(QStringLiteral(" \t ")) << labelledEvent() << true;
    QTest::newRow("whitespace-only text keeps an event with empty searchable fields")
        << textFilter(QStringLiteral("   ")) << withSearchFields({}, {}, {}, {}, {}) << true;
    QTest::newRow("\"lyon\" finds nothing in the Évry event")
        << textFilter(QStringLiteral("lyon")) << metalEvent() << false;
}

void TestEventFilter::text() { verifyMatch(); }

void TestEventFilter::combinations_data()
{
    addMatchColumns();
    EventFilter labelledMetalIn11;
    labelledMetalIn11.statuses = { EventStatus::Labelled };
    labelledMetalIn11.region = QStringLiteral("11");
    labelledMetalIn11.text = QStringLiteral("métal");

    Event metalInLyon = metalEvent();
    metalInLyon.region = QStringLiteral("84");
    Event submittedMetal = metalEvent();
    submittedMetal.status = EventStatus::Submitted;

    QTest::newRow("labelled + région 11 + \"métal\" keeps a labelled Métal event in 11")
        << labelledMetalIn11 << metalEvent() << true;
    QTest::newRow("labelled + région 11 + \"métal\" rejects it when submitted")
        << labelledMetalIn11 << submittedMetal << false;
    QTest::newRow("labelled + région 11 + \"métal\" rejects it in région 84")
        << labelledMetalIn11 << metalInLyon << false;
    QTest::newRow("labelled + région 11 + \"métal\" rejects Mécatech in 11")
        << labelledMetalIn11 << labelledEvent() << false;

    EventFilter failingAndLate = conditionsFilter(EventFilter::Conditions::FailingAny);
    failingAndLate.late = true;
    Event lateFailingC2 = lateRequest();
    lateFailingC2.audiences = Audiences();
    QTest::newRow("failing any + late keeps a late request failing C2")
        << failingAndLate << lateFailingC2 << true;
    QTest::newRow("failing any + late rejects an on-time request failing C2")
        << failingAndLate << failingC2() << false;
    QTest::newRow("failing any + late rejects a late request failing nothing")
        << failingAndLate << lateRequest() << false;

    // The text is checked last: a text match must not override an earlier mismatch.
    EventFilter lateMetal;
    lateMetal.late = true;
    lateMetal.text = QStringLiteral("métal");
    Event onTimeMetal = metalEvent();
    onTimeMetal.submittedAt = onTimeRequest().submittedAt;
    Event lateMetalEvent = metalEvent();
    lateMetalEvent.submittedAt = lateRequest().submittedAt;
    QTest::newRow("late + \"métal\" keeps a late Métal event") << lateMetal << lateMetalEvent << true;
    QTest::newRow("late + \"métal\" rejects an on-time Métal event") << lateMetal << onTimeMetal << false;

    EventFilter conferenceByAssociation;
    conferenceByAssociation.eventType = EventType::Conference;
    conferenceByAssociation.organiserType = OrganiserType::Association;
    QTest::newRow("conference + association keeps an association's conference")
        << conferenceByAssociation << ofType(EventType::Conference, OrganiserType::Association) << true;
    QTest::newRow("conference + association rejects a company's conference")
        << conferenceByAssociation << ofType(EventType::Conference, OrganiserType::Company) << false;
    QTest::newRow("conference + association rejects an association's workshop")
        << conferenceByAssociation << ofType(EventType::Workshop, OrganiserType::Association) << false;

    EventFilter pendingFromMarch2 = submittedBetween(QDate(2018, 3, 2), QDate());
    pendingFromMarch2.statuses = { EventStatus::Submitted, EventStatus::InReview };
    QTest::newRow("pending + from 2 March keeps one in review since 16 March")
        << pendingFromMarch2 << pendingOnTimeRequest() << true;
    QTest::newRow("pending + from 2 March rejects one pending since 1 March")
        << pendingFromMarch2 << overdueRequest() << false;
    QTest::newRow("pending + from 2 March rejects a labelled one from 12 March")
        << pendingFromMarch2 << onTimeRequest() << false;
}

void TestEventFilter::combinations() { verifyMatch(); }

void TestEventFilter::jsonRoundTrip_data()
{
    QTest::addColumn<EventFilter>("filter");
    using C = EventFilter::Conditions;

    QTest::newRow("every field set") << everyFieldSet();
    QTest::newRow("empty") << EventFilter();
    QTest::newRow("failing any") << conditionsFilter(C::FailingAny);
    QTest::newRow("failing none") << conditionsFilter(C::FailingNone);
    QTest::newRow("failing C1") << conditionsFilter(C::Failing, Check::Dates);
    QTest::newRow("failing C2") << conditionsFilter(C::Failing, Check::Audience);
    QTest::newRow("failing C3") << conditionsFilter(C::Failing, Check::IndustryAim);
    QTest::newRow("failing C4") << conditionsFilter(C::Failing, Check::Free);
    {
        EventFilter filter;
        filter.late = false;
        filter.overdue = false;
        QTest::newRow("late and overdue false, not unset") << filter;
    }
    {
        EventFilter filter;
        filter.late = true;
        filter.overdue = true;
        QTest::newRow("late and overdue true") << filter;
    }
    QTest::newRow("submitted to only") << submittedBetween(QDate(), QDate(2018, 3, 12));
    QTest::newRow("text with quotes and a newline") << textFilter(QStringLiteral("\"Île\"\nmétal\\"));
    QTest::newRow("all six statuses") << statusFilter(EventStatuses::all());
}

void TestEventFilter::jsonRoundTrip()
{
    QFETCH(EventFilter, filter);
    const QJsonObject json = filter.toJson();
    const EventFilter back = EventFilter::fromJson(json);
    QCOMPARE(back, filter);
    QCOMPARE(back.failing, filter.failing);

    // Through text too, as the settings keep it.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(EventFilter::fromJson(document.object()), filter);
}

// Field by field, so that a field operator== forgot cannot hide a lost value.
void TestEventFilter::jsonRoundTripKeepsEveryField()
{
    const EventFilter filter = everyFieldSet();
    const EventFilter back = EventFilter::fromJson(filter.toJson());
    QCOMPARE(back.statuses, QList<EventStatus>({ EventStatus::InReview, EventStatus::InformationRequested }));
    QCOMPARE(back.region, QStringLiteral("84"));
    QCOMPARE(back.departement, QStringLiteral("69"));
    QVERIFY(back.conditions == EventFilter::Conditions::Failing);
    QCOMPARE(back.failing, Check::Free);
    QVERIFY(back.eventType == EventType::Workshop);
    QVERIFY(back.organiserType == OrganiserType::Chamber);
    QVERIFY(back.late.has_value());
    QCOMPARE(*back.late, false);
    QVERIFY(back.overdue.has_value());
    QCOMPARE(*back.overdue, true);
    QCOMPARE(back.submittedFrom, QDate(2018, 3, 2));
    QCOMPARE(back.submittedTo, QDate(2018, 3, 12));
    QCOMPARE(back.text, QStringLiteral("Île « métal »"));
    QCOMPARE(back.assignee, std::optional<QString>(QStringLiteral("cmartin")));
    QVERIFY(back.area == EventFilter::Area({ 45.5, 4.5, 46.0, 5.25 }));
}

// Saved filters outlive the code: the stored keys and values must not drift.
void TestEventFilter::jsonKeys()
{
    const QJsonObject expected {
        { QStringLiteral("statuses"),
            QJsonArray({ QStringLiteral("in_review"), QStringLiteral("info_requested") }) },
        { QStringLiteral("region"), QStringLiteral("84") },
        { QStringLiteral("departement"), QStringLiteral("69") },
        { QStringLiteral("conditions"), QStringLiteral("failing") },
        { QStringLiteral("failing"), QStringLiteral("C4") },
        { QStringLiteral("event_type"), QStringLiteral("workshop") },
        { QStringLiteral("organiser_type"), QStringLiteral("chamber") },
        { QStringLiteral("late"), false },
        { QStringLiteral("overdue"), true },
        { QStringLiteral("submitted_from"), QStringLiteral("2018-03-02") },
        { QStringLiteral("submitted_to"), QStringLiteral("2018-03-12") },
        { QStringLiteral("text"), QStringLiteral("Île « métal »") },
        { QStringLiteral("assignee"), QStringLiteral("cmartin") },
        { QStringLiteral("area"), QJsonArray({ 45.5, 4.5, 46.0, 5.25 }) },
    };
    QCOMPARE(everyFieldSet().toJson(), expected);

    const QJsonObject empty = EventFilter().toJson();
    QCOMPARE(empty.value(QStringLiteral("statuses")).toArray(), QJsonArray());
    QCOMPARE(empty.value(QStringLiteral("conditions")).toString(), QStringLiteral("any"));
    QVERIFY(!empty.value(QStringLiteral("late")).isBool());
    QVERIFY(!empty.value(QStringLiteral("overdue")).isBool());
    QVERIFY(!empty.value(QStringLiteral("event_type")).isString());
    QVERIFY(!empty.value(QStringLiteral("organiser_type")).isString());
}

void TestEventFilter::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<EventFilter>("expected");
    using C = EventFilter::Conditions;

    QTest::newRow("empty object gives an empty filter") << QByteArray("{}") << EventFilter();
    {
        EventFilter filter = everyFieldSet();
        filter.text = QStringLiteral("métal");
        QTest::newRow("a stored filter with every field")
            << QByteArray(R"({"statuses": ["in_review", "info_requested"], "region": "84",
                "departement": "69", "conditions": "failing", "failing": "C4",
                "event_type": "workshop", "organiser_type": "chamber", "late": false, "overdue": true,
                "submitted_from": "2018-03-02", "submitted_to": "2018-03-12", "text": "métal",
                "assignee": "cmartin", "area": [45.5, 4.5, 46.0, 5.25]})")
            << filter;
    }
    QTest::newRow("unknown status dropped, labelled kept")
        << QByteArray(R"({"statuses": ["labelled", "bogus"]})") << statusFilter({ EventStatus::Labelled });
    QTest::newRow("status keys are exact: \"Labelled\" is dropped")
        << QByteArray(R"({"statuses": ["Labelled", "refused"]})") << statusFilter({ EventStatus::Refused });
    QTest::newRow("statuses as a string instead of an array")
        << QByteArray(R"({"statuses": "labelled"})") << EventFilter();
    // An unknown check leaves `failing` at its default, C1: the mode itself is kept.
    const EventFilter failingDefault = conditionsFilter(C::Failing, Check::Dates);
    QTest::newRow("failing C9 keeps Failing with the default check C1")
        << QByteArray(R"({"conditions": "failing", "failing": "C9"})") << failingDefault;
    QTest::newRow("failing a flag (late) keeps Failing with the default check C1")
        << QByteArray(R"({"conditions": "failing", "failing": "late"})") << failingDefault;
    QTest::newRow("failing C3 is read") << QByteArray(R"({"conditions": "failing", "failing": "C3"})")
                                        << conditionsFilter(C::Failing, Check::IndustryAim);
    QTest::newRow("failing any is read")
        << QByteArray(R"({"conditions": "failing_any"})") << conditionsFilter(C::FailingAny);
    QTest::newRow("failing none is read")
        << QByteArray(R"({"conditions": "failing_none"})") << conditionsFilter(C::FailingNone);
    QTest::newRow("unknown conditions mode gives any")
        << QByteArray(R"({"conditions": "sometimes"})") << conditionsFilter(C::Any);
    QTest::newRow("unknown event and organiser types dropped")
        << QByteArray(R"({"event_type": "spaceship", "organiser_type": "guild"})") << EventFilter();
    QTest::newRow("late and overdue as a string and a number dropped")
        << QByteArray(R"({"late": "true", "overdue": 1})") << EventFilter();
    QTest::newRow("late and overdue null")
        << QByteArray(R"({"late": null, "overdue": null})") << EventFilter();
    QTest::newRow("impossible and malformed dates dropped")
        << QByteArray(R"({"submitted_from": "2018-02-30", "submitted_to": "12/03/2018"})") << EventFilter();
    QTest::newRow("region, departement and text of the wrong type dropped")
        << QByteArray(R"({"region": 11, "departement": ["75"], "text": {"q": "métal"}})") << EventFilter();
    {
        EventFilter filter;
        filter.region = QStringLiteral("11");
        QTest::newRow("unknown keys ignored")
            << QByteArray(R"({"colour": "blue", "region": "11", "version": 7})") << filter;
    }
}

void TestEventFilter::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(EventFilter, expected);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());

    const EventFilter filter = EventFilter::fromJson(document.object());
    QCOMPARE(filter, expected);
    QCOMPARE(filter.failing, expected.failing);
    QCOMPARE(filter.isEmpty(), expected.isEmpty());
}

void TestEventFilter::equality_data()
{
    QTest::addColumn<EventFilter>("a");
    QTest::addColumn<EventFilter>("b");
    QTest::addColumn<bool>("equal");
    using C = EventFilter::Conditions;

    QTest::newRow("two default filters") << EventFilter() << EventFilter() << true;
    QTest::newRow("every field set, twice") << everyFieldSet() << everyFieldSet() << true;
    QTest::newRow("any: failing C1 vs C4 ignored")
        << conditionsFilter(C::Any, Check::Dates) << conditionsFilter(C::Any, Check::Free) << true;
    QTest::newRow("failing any: failing C2 vs C3 ignored")
        << conditionsFilter(C::FailingAny, Check::Audience)
        << conditionsFilter(C::FailingAny, Check::IndustryAim) << true;
    QTest::newRow("failing none: failing C1 vs C2 ignored")
        << conditionsFilter(C::FailingNone, Check::Dates) << conditionsFilter(C::FailingNone, Check::Audience)
        << true;
    QTest::newRow("failing: C1 vs C4 differ")
        << conditionsFilter(C::Failing, Check::Dates) << conditionsFilter(C::Failing, Check::Free) << false;
    QTest::newRow("failing: C2 vs C2") << conditionsFilter(C::Failing, Check::Audience)
                                       << conditionsFilter(C::Failing, Check::Audience) << true;
    QTest::newRow("any vs failing any")
        << conditionsFilter(C::Any) << conditionsFilter(C::FailingAny) << false;
    QTest::newRow("failing any vs failing none")
        << conditionsFilter(C::FailingAny) << conditionsFilter(C::FailingNone) << false;
    QTest::newRow("failing none vs failing C1")
        << conditionsFilter(C::FailingNone) << conditionsFilter(C::Failing, Check::Dates) << false;

    // Each field alone makes a difference.
    const EventFilter full = everyFieldSet();
    const auto differing = [&](const char* name, auto change) {
        EventFilter other = full;
        change(other);
        QTest::newRow(name) << full << other << false;
    };
    differing("statuses differ", [](EventFilter& f) { f.statuses = { EventStatus::InReview }; });
    differing("region differs", [](EventFilter& f) { f.region = QStringLiteral("11"); });
    differing("departement differs", [](EventFilter& f) { f.departement = QStringLiteral("75"); });
    differing("conditions differ", [](EventFilter& f) { f.conditions = C::FailingAny; });
    differing("failing check differs in Failing mode", [](EventFilter& f) { f.failing = Check::Dates; });
    differing("event type differs", [](EventFilter& f) { f.eventType = EventType::Conference; });
    differing("event type unset", [](EventFilter& f) { f.eventType.reset(); });
    differing("organiser type differs", [](EventFilter& f) { f.organiserType = OrganiserType::Company; });
    differing("organiser type unset", [](EventFilter& f) { f.organiserType.reset(); });
    differing("late false vs true", [](EventFilter& f) { f.late = true; });
    differing("late false vs unset", [](EventFilter& f) { f.late.reset(); });
    differing("overdue true vs false", [](EventFilter& f) { f.overdue = false; });
    differing("overdue true vs unset", [](EventFilter& f) { f.overdue.reset(); });
    differing("submitted from differs", [](EventFilter& f) { f.submittedFrom = QDate(2018, 3, 3); });
    differing("submitted from unset", [](EventFilter& f) { f.submittedFrom = QDate(); });
    differing("submitted to differs", [](EventFilter& f) { f.submittedTo = QDate(2018, 3, 13); });
    differing("text differs", [](EventFilter& f) { f.text = QStringLiteral("Ile « metal »"); });
}

void TestEventFilter::equality()
{
    QFETCH(EventFilter, a);
    QFETCH(EventFilter, b);
    QFETCH(bool, equal);
    QCOMPARE(a == b, equal);
    QCOMPARE(b == a, equal);
    QCOMPARE(a != b, !equal);
}

void TestEventFilter::assignee()
{
    const RuleContext context { &m_edition, QDate(2018, 3, 20), &GeoReference::embedded() };
    Event mine = labelledEvent();
    mine.assignee = QStringLiteral("cmartin");
    const Event nobodys = labelledEvent();
    EventFilter filter;
    QVERIFY(filter.matches(mine, LabelRules::evaluateAll(mine, context)));
    filter.assignee = QStringLiteral("cmartin");
    QVERIFY(!filter.isEmpty());
    QVERIFY(filter.matches(mine, LabelRules::evaluateAll(mine, context)));
    QVERIFY(!filter.matches(nobodys, LabelRules::evaluateAll(nobodys, context)));
    filter.assignee = QString(); // nobody in charge
    QVERIFY(!filter.matches(mine, LabelRules::evaluateAll(mine, context)));
    QVERIFY(filter.matches(nobodys, LabelRules::evaluateAll(nobodys, context)));
    QVERIFY(EventFilter::fromJson(filter.toJson()) == filter);
    QVERIFY(EventFilter::fromJson(filter.toJson()) != EventFilter());
}

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
