#include "app/core/DemoGenerator.h"
#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/RuleReport.h"
#include "tests/TestData.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

namespace {

QString describe(const Event& event)
{
    return QStringLiteral("%1 %2 (%3)").arg(event.requestId, event.title, event.commune);
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void sameSeedSameEvents();
    void differentSeedDifferentEvents();
    void requestIds();
    void everyEventAndOrganiserType();
    void shareOfPassingEvents();
    void everyConditionFailsSometimes();
    void someLateRequests();
    void everyStatus();
    void labelledEventsPassEveryCondition();
    void communesExist();
    void coordinatesNearTheCommune();
    void contactAddressesAreAscii();
    void datesWithinTheTerritoryWindow();
    void decisionsDatedWithinTheCampaign();

private:
    RuleContext context() const { return { &m_edition, QDate(2018, 3, 20), &GeoReference::embedded() }; }

    Edition m_edition;
    QList<Event> m_events;
    QList<RuleReport> m_reports;
};

void TestDemoGenerator::initTestCase()
{
    m_edition = edition2018();
    DemoGenerator generator(m_edition, GeoReference::embedded(), 20180326);
    m_events = generator.generate(2000);
    QCOMPARE(m_events.size(), 2000);
    for (const Event& event : std::as_const(m_events)) {
        m_reports.append(LabelRules::evaluateAll(event, context()));
    }
}

void TestDemoGenerator::sameSeedSameEvents()
{
    DemoGenerator first(m_edition, GeoReference::embedded(), 42);
    DemoGenerator second(m_edition, GeoReference::embedded(), 42);
    const QList<Event> a = first.generate(500);
    const QList<Event> b = second.generate(500);
    QCOMPARE(a.size(), 500);
    QCOMPARE(b.size(), 500);
    for (int i = 0; i < a.size(); ++i) {
        const Event& x = a.at(i);
        const Event& y = b.at(i);
        QCOMPARE(x.requestId, y.requestId);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.commune, y.commune);
        QCOMPARE(x.inseeCode, y.inseeCode);
        QCOMPARE(x.startsAt, y.startsAt);
        QCOMPARE(x.endsAt, y.endsAt);
        QCOMPARE(x.submittedAt, y.submittedAt);
        QVERIFY(x.status == y.status);
        QCOMPARE(x.audiences.has_value(), y.audiences.has_value());
        if (x.audiences) {
            QCOMPARE(int(*x.audiences), int(*y.audiences));
        }
        QCOMPARE(x.free.has_value(), y.free.has_value());
        if (x.free) {
            QCOMPARE(*x.free, *y.free);
        }
        QCOMPARE(x.price.has_value(), y.price.has_value());
        if (x.price) {
            QCOMPARE(*x.price, *y.price);
        }
        QCOMPARE(x.siret, y.siret);
        QCOMPARE(x.latitude.has_value(), y.latitude.has_value());
        if (x.latitude) {
            QCOMPARE(*x.latitude, *y.latitude);
        }
    }
    // next() continues the same sequence as generate().
    QCOMPARE(first.next().title, second.next().title);
}

void TestDemoGenerator::differentSeedDifferentEvents()
{
    DemoGenerator first(m_edition, GeoReference::embedded(), 42);
    DemoGenerator second(m_edition, GeoReference::embedded(), 43);
    const QList<Event> a = first.generate(500);
    const QList<Event> b = second.generate(500);
    int different = 0;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).title != b.at(i).title || a.at(i).inseeCode != b.at(i).inseeCode
            || a.at(i).startsAt != b.at(i).startsAt) {
            ++different;
        }
    }
    QVERIFY2(different >= 450, qPrintable(QString::number(different)));
}

void TestDemoGenerator::requestIds()
{
    QSet<QString> ids;
    for (const Event& event : std::as_const(m_events)) {
        QCOMPARE(event.editionYear, 2018);
        QVERIFY2(event.requestId.startsWith(QStringLiteral("SI2018-")), qPrintable(event.requestId));
        QVERIFY2(!ids.contains(event.requestId), qPrintable(event.requestId));
        ids.insert(event.requestId);
        QVERIFY(!event.title.isEmpty());
        QVERIFY(!event.organiserName.isEmpty());
    }
    QCOMPARE(m_events.first().requestId, QStringLiteral("SI2018-000001"));
    QCOMPARE(m_events.last().requestId, QStringLiteral("SI2018-002000"));
}

void TestDemoGenerator::everyEventAndOrganiserType()
{
    QSet<int> eventTypes;
    QSet<int> organiserTypes;
    for (const Event& event : std::as_const(m_events)) {
        eventTypes.insert(int(event.type));
        organiserTypes.insert(int(event.organiserType));
        QCOMPARE(event.online, event.type == EventType::OnlineEvent);
    }
    for (EventType type : EventTypes::all()) {
        QVERIFY2(eventTypes.contains(int(type)), qPrintable(EventTypes::key(type)));
    }
    for (OrganiserType type : OrganiserTypes::all()) {
        QVERIFY2(organiserTypes.contains(int(type)), qPrintable(OrganiserTypes::key(type)));
    }
    QCOMPARE(eventTypes.size(), 9);
    QCOMPARE(organiserTypes.size(), 8);
}

void TestDemoGenerator::shareOfPassingEvents()
{
    int passing = 0;
    for (const RuleReport& report : std::as_const(m_reports)) {
        if (report.passesAllConditions()) {
            ++passing;
        }
    }
    const double share = double(passing) / m_events.size();
    QVERIFY2(share >= 0.72 && share <= 0.88, qPrintable(QString::number(share)));
}

void TestDemoGenerator::everyConditionFailsSometimes()
{
    for (Check check : LabelRules::conditions()) {
        int failing = 0;
        for (const RuleReport& report : std::as_const(m_reports)) {
            if (report.result(check).outcome == Outcome::Fail) {
                ++failing;
            }
        }
        QVERIFY2(failing > 0, qPrintable(LabelRules::code(check)));
    }
}

void TestDemoGenerator::someLateRequests()
{
    int late = 0;
    for (const RuleReport& report : std::as_const(m_reports)) {
        QVERIFY(report.result(Check::LateRequest).outcome != Outcome::Unknown);
        if (report.result(Check::LateRequest).outcome == Outcome::Fail) {
            ++late;
        }
    }
    const double share = double(late) / m_events.size();
    QVERIFY2(share >= 0.02 && share <= 0.10, qPrintable(QString::number(share)));
}

void TestDemoGenerator::everyStatus()
{
    QSet<int> statuses;
    for (const Event& event : std::as_const(m_events)) {
        statuses.insert(int(event.status));
    }
    for (EventStatus status : EventStatuses::all()) {
        QVERIFY2(statuses.contains(int(status)), qPrintable(EventStatuses::key(status)));
    }
}

void TestDemoGenerator::labelledEventsPassEveryCondition()
{
    int labelled = 0;
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).status != EventStatus::Labelled) {
            continue;
        }
        ++labelled;
        const RuleReport& report = m_reports.at(i);
        for (Check check : LabelRules::conditions()) {
            QVERIFY2(report.result(check).outcome == Outcome::Pass,
                qPrintable(describe(m_events.at(i)) + QStringLiteral(": ") + report.result(check).reason));
        }
        QVERIFY(report.passesAllConditions());
        QCOMPARE(report.result(Check::DecisionOverdue).outcome, Outcome::Pass);
    }
    QVERIFY(labelled > 0);
}

void TestDemoGenerator::communesExist()
{
    const GeoReference& geo = GeoReference::embedded();
    for (const Event& event : std::as_const(m_events)) {
        const Commune* commune = geo.communeByInseeCode(event.inseeCode);
        QVERIFY2(commune, qPrintable(describe(event)));
        QCOMPARE(event.commune, commune->name);
        QCOMPARE(event.departement, commune->departement);
        QCOMPARE(event.region, commune->region);
        QVERIFY2(commune->postalCodes.contains(event.postalCode), qPrintable(describe(event)));
        const Departement* departement = geo.departement(event.departement);
        QVERIFY2(departement, qPrintable(describe(event)));
        QCOMPARE(departement->regionCode, event.region);
        QVERIFY2(geo.region(event.region), qPrintable(describe(event)));
    }
}

void TestDemoGenerator::coordinatesNearTheCommune()
{
    const GeoReference& geo = GeoReference::embedded();
    int inPerson = 0;
    for (const Event& event : std::as_const(m_events)) {
        if (event.online) {
            QVERIFY2(!event.latitude && !event.longitude, qPrintable(describe(event)));
            continue;
        }
        ++inPerson;
        QVERIFY2(event.latitude && event.longitude, qPrintable(describe(event)));
        const Commune* commune = geo.communeByInseeCode(event.inseeCode);
        QVERIFY(commune);
        const double km = GeoReference::distanceKm(
            *event.latitude, *event.longitude, commune->latitude, commune->longitude);
        QVERIFY2(km <= 5.0, qPrintable(QStringLiteral("%1: %2 km").arg(describe(event)).arg(km)));
    }
    QVERIFY(inPerson > 0);
}

void TestDemoGenerator::datesWithinTheTerritoryWindow()
{
    // Events of La Réunion follow its own week: some must be generated there, on its dates.
    int reunion = 0;
    for (int i = 0; i < m_events.size(); ++i) {
        const Event& event = m_events.at(i);
        QVERIFY(event.startsAt.isValid());
        QVERIFY(event.endsAt.isValid());
        QVERIFY2(event.endsAt > event.startsAt, qPrintable(describe(event)));
        if (event.departement == QLatin1String("974")
            && m_reports.at(i).result(Check::Dates).outcome == Outcome::Pass) {
            ++reunion;
            QVERIFY2(event.startsAt.date() >= QDate(2018, 4, 3), qPrintable(describe(event)));
        }
    }
    QVERIFY(reunion > 0);
}

void TestDemoGenerator::contactAddressesAreAscii()
{
    static const QRegularExpression address(QStringLiteral("^[a-z]+\\.[a-z]+@exemple\\.fr$"));
    for (const Event& event : std::as_const(m_events)) {
        QVERIFY2(address.match(event.contactEmail).hasMatch(), qPrintable(event.contactEmail));
    }
}

// Every labelled or refused request has a decision instant after its submission, on a working day
// in office hours (Paris), by the first working day after the campaign's last request; the others
// have none. The decisions spread
// over many days, as a campaign's do.
void TestDemoGenerator::decisionsDatedWithinTheCampaign()
{
    DemoGenerator generator(m_edition, GeoReference::embedded(), 20180326);
    const QList<Event> events = generator.generate(500);
    const QTimeZone paris("Europe/Paris");
    QSet<QDate> days;
    int decided = 0;
    for (const Event& event : events) {
        const QDateTime at = generator.decidedAt(event);
        const bool isDecided = event.status == EventStatus::Labelled || event.status == EventStatus::Refused;
        QCOMPARE(at.isValid(), isDecided);
        if (!isDecided) {
            continue;
        }
        ++decided;
        QVERIFY2(at > event.submittedAt, qPrintable(describe(event)));
        const QDate day = at.toTimeZone(paris).date();
        QVERIFY2(day <= m_edition.requestDeadline.addDays(8 + 3) && day.dayOfWeek() <= 5,
            qPrintable(describe(event)));
        const QTime time = at.toTimeZone(paris).time();
        QVERIFY2(time >= QTime(9, 0) && time <= QTime(18, 0), qPrintable(describe(event) + time.toString()));
        days.insert(at.toTimeZone(paris).date());
    }
    QVERIFY(decided > 100);
    QVERIFY2(days.size() > 20, qPrintable(QString::number(days.size())));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
