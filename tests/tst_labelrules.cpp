#include "app/core/DateText.h"
#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/RuleReport.h"
#include "tests/TestData.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

Q_DECLARE_METATYPE(Event)
Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(Check)
Q_DECLARE_METATYPE(EventStatus)

// Readable names in QCOMPARE failure messages (found by argument-dependent lookup).
static char* toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return qstrdup("Pass");
    case Outcome::Fail:
        return qstrdup("Fail");
    case Outcome::Unknown:
        return qstrdup("Unknown");
    }
    return qstrdup("?");
}

static char* toString(Check check) { return qstrdup(LabelRules::code(check).toUtf8().constData()); }

namespace {

Event withDates(
    const QDateTime& start, const QDateTime& end, const QString& departement = QStringLiteral("75"))
{
    Event event = passingEvent();
    event.startsAt = start;
    event.endsAt = end;
    event.departement = departement;
    return event;
}

Event withAudiences(std::optional<Audiences> audiences)
{
    Event event = passingEvent();
    event.audiences = audiences;
    return event;
}

Event withIndustryAim(std::optional<bool> aim)
{
    Event event = passingEvent();
    event.aimsToInformAboutIndustry = aim;
    return event;
}

Event withFree(std::optional<bool> free, std::optional<double> price)
{
    Event event = passingEvent();
    event.free = free;
    event.price = price;
    return event;
}

Event withSubmission(const QDateTime& submittedAt, EventStatus status = EventStatus::Submitted)
{
    Event event = passingEvent();
    event.submittedAt = submittedAt;
    event.status = status;
    return event;
}

Event withoutPlace(bool online)
{
    Event event = passingEvent();
    event.online = online;
    event.type = online ? EventType::OnlineEvent : EventType::CompanyVisit;
    event.address.clear();
    event.postalCode.clear();
    event.commune.clear();
    event.inseeCode.clear();
    event.latitude.reset();
    event.longitude.reset();
    return event;
}

Event withCoordinates(double latitude, double longitude)
{
    Event event = passingEvent();
    event.latitude = latitude;
    event.longitude = longitude;
    return event;
}

Event withPlace(const QString& postalCode, double latitude, double longitude)
{
    Event event = withCoordinates(latitude, longitude);
    event.postalCode = postalCode;
    return event;
}

Event withSiret(const QString& siret)
{
    Event event = passingEvent();
    event.siret = siret;
    return event;
}

// Restores the default locale even when a comparison fails half-way.
class DefaultLocaleGuard {
public:
    explicit DefaultLocaleGuard(const QLocale& locale)
        : m_saved(QLocale())
    {
        QLocale::setDefault(locale);
    }
    ~DefaultLocaleGuard() { QLocale::setDefault(m_saved); }
    DefaultLocaleGuard(const DefaultLocaleGuard&) = delete;
    DefaultLocaleGuard& operator=(const DefaultLocaleGuard&) = delete;

private:
    QLocale m_saved;
};

} // namespace

class TestLabelRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void ruleTable();

    void dates_data();
    void dates();
    void audience_data();
    void audience();
    void industryAim_data();
    void industryAim();
    void freeOfCharge_data();
    void freeOfCharge();
    void lateRequest_data();
    void lateRequest();
    void decisionDueDate_data();
    void decisionDueDate();
    void submissionDayAcrossTransitions();
    void decisionOverdue_data();
    void decisionOverdue();
    void dataProblems_data();
    void dataProblems();

    void reasonsNameTheValues_data();
    void reasonsNameTheValues();
    void frenchLongDate();

    void reportOfPassingEvent();
    void reportOfFailingEvent();
    void reportWithUnknownCondition();
    void flagsNeverDecideTheLabel();

    void isValidSiret_data();
    void isValidSiret();

private:
    RuleContext context(const QDate& today = QDate(2018, 3, 20), bool withGeo = false) const
    {
        return { &m_edition, today, withGeo ? &GeoReference::embedded() : nullptr };
    }
    void addOutcomeColumns();
    void verifyOutcome(Check check);

    Edition m_edition;
};

void TestLabelRules::initTestCase()
{
    // The reason sentences are checked in English, whatever the shell's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_edition = edition2018();
    QVERIFY(m_edition.isValid());
}

void TestLabelRules::ruleTable()
{
    const auto& table = LabelRules::table();
    QCOMPARE(int(table.size()), 7);

    QStringList conditionCodes;
    QList<Check> conditionChecks;
    for (int i = 0; i < int(table.size()); ++i) {
        const LabelRules::Rule& rule = table.at(i);
        // code()/title()/evaluate() index the table by the enum's value.
        QCOMPARE(int(rule.check), i);
        QVERIFY(rule.evaluate != nullptr);
        QVERIFY(qstrlen(rule.title) > 0);
        if (rule.isCondition) {
            conditionCodes << QLatin1String(rule.code);
            conditionChecks << rule.check;
        } else {
            QVERIFY2(!QLatin1String(rule.code).startsWith(QLatin1Char('C')), rule.code);
        }
    }
    QCOMPARE(conditionCodes,
        QStringList(
            { QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"), QStringLiteral("C4") }));
    QCOMPARE(
        conditionChecks, QList<Check>({ Check::Dates, Check::Audience, Check::IndustryAim, Check::Free }));
    QCOMPARE(LabelRules::conditions(), conditionChecks);
    QCOMPARE(LabelRules::code(Check::Dates), QStringLiteral("C1"));
    QCOMPARE(LabelRules::code(Check::Free), QStringLiteral("C4"));
    QCOMPARE(LabelRules::title(Check::Dates), QStringLiteral("Dates within the week"));
}

void TestLabelRules::addOutcomeColumns()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<bool>("withGeo");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Outcome>("expected");
}

void TestLabelRules::verifyOutcome(Check check)
{
    QFETCH(Event, event);
    QFETCH(bool, withGeo);
    QFETCH(QDate, today);
    QFETCH(Outcome, expected);

    const CheckResult result = LabelRules::evaluate(check, event, context(today, withGeo));
    QCOMPARE(result.check, check);
    QVERIFY2(result.outcome == expected, qPrintable(result.reason));
    QCOMPARE(result.outcome, expected);
    QVERIFY(!result.reason.isEmpty());

    // evaluateAll() gives the same answer as the single check.
    const RuleReport report = LabelRules::evaluateAll(event, context(today, withGeo));
    QCOMPARE(report.result(check).outcome, expected);
    QCOMPARE(report.result(check).reason, result.reason);

    // So do the outcomes alone, as the queue's digests ask for them.
    RuleContext outcomesOnly = context(today, withGeo);
    outcomesOnly.withReasons = false;
    const CheckResult bare = LabelRules::evaluate(check, event, outcomesOnly);
    QCOMPARE(bare.outcome, expected);
    QVERIFY(bare.reason.isEmpty());
}

void TestLabelRules::dates_data()
{
    addOutcomeColumns();
    const QDate today(2018, 3, 20);
    const auto row = [&](const char* name, const QDateTime& start, const QDateTime& end,
                         const char* departement, Outcome expected) {
        QTest::newRow(name) << withDates(start, end, QLatin1String(departement)) << false << today
                            << expected;
    };

    row("Wednesday 28 March, 10:00-12:00", wallClock(QDate(2018, 3, 28), QTime(10, 0)),
        wallClock(QDate(2018, 3, 28), QTime(12, 0)), "75", Outcome::Pass);
    row("starts 26 March 00:00, first minute of the week", wallClock(QDate(2018, 3, 26), QTime(0, 0)),
        wallClock(QDate(2018, 3, 26), QTime(2, 0)), "75", Outcome::Pass);
    row("ends 1 April 23:59, last minute of the week", wallClock(QDate(2018, 4, 1), QTime(22, 0)),
        wallClock(QDate(2018, 4, 1), QTime(23, 59)), "75", Outcome::Pass);
    row("whole week, 26 March 08:00 to 1 April 18:00", wallClock(QDate(2018, 3, 26), QTime(8, 0)),
        wallClock(QDate(2018, 4, 1), QTime(18, 0)), "75", Outcome::Pass);
    row("starts 25 March 23:00, the evening before", wallClock(QDate(2018, 3, 25), QTime(23, 0)),
        wallClock(QDate(2018, 3, 26), QTime(1, 0)), "75", Outcome::Fail);
    row("ends 2 April 00:30, just after the week", wallClock(QDate(2018, 4, 1), QTime(22, 0)),
        wallClock(QDate(2018, 4, 2), QTime(0, 30)), "75", Outcome::Fail);
    row("multi-day 30 March to 3 April, partly after", wallClock(QDate(2018, 3, 30), QTime(9, 0)),
        wallClock(QDate(2018, 4, 3), QTime(17, 0)), "75", Outcome::Fail);
    row("multi-day 23 March to 27 March, partly before", wallClock(QDate(2018, 3, 23), QTime(9, 0)),
        wallClock(QDate(2018, 3, 27), QTime(17, 0)), "75", Outcome::Fail);
    row("entirely the week before", wallClock(QDate(2018, 3, 19), QTime(9, 0)),
        wallClock(QDate(2018, 3, 19), QTime(12, 0)), "75", Outcome::Fail);
    row("missing start", QDateTime(), wallClock(QDate(2018, 3, 28), QTime(12, 0)), "75", Outcome::Unknown);
    row("missing end", wallClock(QDate(2018, 3, 28), QTime(10, 0)), QDateTime(), "75", Outcome::Unknown);
    row("missing start and end", QDateTime(), QDateTime(), "75", Outcome::Unknown);
    row("end before start", wallClock(QDate(2018, 3, 28), QTime(12, 0)),
        wallClock(QDate(2018, 3, 28), QTime(10, 0)), "75", Outcome::Unknown);
    row("end before start, both outside the week", wallClock(QDate(2018, 4, 10), QTime(12, 0)),
        wallClock(QDate(2018, 4, 9), QTime(10, 0)), "75", Outcome::Unknown);
    row("La Reunion (974) on 5 April, in its own window", wallClock(QDate(2018, 4, 5), QTime(9, 0)),
        wallClock(QDate(2018, 4, 5), QTime(12, 0)), "974", Outcome::Pass);
    row("same event on 5 April in Paris (75)", wallClock(QDate(2018, 4, 5), QTime(9, 0)),
        wallClock(QDate(2018, 4, 5), QTime(12, 0)), "75", Outcome::Fail);
    row("La Reunion (974) on 27 March, national week only", wallClock(QDate(2018, 3, 27), QTime(9, 0)),
        wallClock(QDate(2018, 3, 27), QTime(12, 0)), "974", Outcome::Fail);
    row("La Reunion (974) on 2 April, day before its window", wallClock(QDate(2018, 4, 2), QTime(9, 0)),
        wallClock(QDate(2018, 4, 2), QTime(12, 0)), "974", Outcome::Fail);
    row("La Reunion (974) 3 April 00:00 to 8 April 23:59, its whole window",
        wallClock(QDate(2018, 4, 3), QTime(0, 0)), wallClock(QDate(2018, 4, 8), QTime(23, 59)), "974",
        Outcome::Pass);
    row("La Reunion (974) ends 9 April 00:30", wallClock(QDate(2018, 4, 8), QTime(20, 0)),
        wallClock(QDate(2018, 4, 9), QTime(0, 30)), "974", Outcome::Fail);
    row("Guadeloupe (971) keeps the national week", wallClock(QDate(2018, 3, 29), QTime(9, 0)),
        wallClock(QDate(2018, 3, 29), QTime(12, 0)), "971", Outcome::Pass);
}

void TestLabelRules::dates() { verifyOutcome(Check::Dates); }

void TestLabelRules::audience_data()
{
    addOutcomeColumns();
    const QDate today(2018, 3, 20);
    QTest::newRow("audiences not given") << withAudiences(std::nullopt) << false << today << Outcome::Unknown;
    QTest::newRow("no audience ticked") << withAudiences(Audiences()) << false << today << Outcome::Fail;
    QTest::newRow("general public only")
        << withAudiences(Audiences(Audience::GeneralPublic)) << false << today << Outcome::Pass;
    QTest::newRow("young people only")
        << withAudiences(Audiences(Audience::YoungPeople)) << false << today << Outcome::Pass;
    QTest::newRow("job seekers only")
        << withAudiences(Audiences(Audience::JobSeekers)) << false << today << Outcome::Pass;
    QTest::newRow("all three audiences")
        << withAudiences(Audience::GeneralPublic | Audience::YoungPeople | Audience::JobSeekers) << false
        << today << Outcome::Pass;
}

void TestLabelRules::audience() { verifyOutcome(Check::Audience); }

void TestLabelRules::industryAim_data()
{
    addOutcomeColumns();
    const QDate today(2018, 3, 20);
    QTest::newRow("aim not given") << withIndustryAim(std::nullopt) << false << today << Outcome::Unknown;
    QTest::newRow("does not aim to inform about industry")
        << withIndustryAim(false) << false << today << Outcome::Fail;
    QTest::newRow("aims to inform about industry")
        << withIndustryAim(true) << false << today << Outcome::Pass;
}

void TestLabelRules::industryAim() { verifyOutcome(Check::IndustryAim); }

void TestLabelRules::freeOfCharge_data()
{
    addOutcomeColumns();
    const QDate today(2018, 3, 20);
    QTest::newRow("free, no price") << withFree(true, std::nullopt) << false << today << Outcome::Pass;
    QTest::newRow("free, price 0") << withFree(true, 0.0) << false << today << Outcome::Pass;
    QTest::newRow("free but price 5 (inconsistent)")
        << withFree(true, 5.0) << false << today << Outcome::Fail;
    QTest::newRow("free but price 0.50 (inconsistent)")
        << withFree(true, 0.5) << false << today << Outcome::Fail;
    QTest::newRow("not free, no price") << withFree(false, std::nullopt) << false << today << Outcome::Fail;
    QTest::newRow("not free, price 0") << withFree(false, 0.0) << false << today << Outcome::Fail;
    QTest::newRow("not free, price 12") << withFree(false, 12.0) << false << today << Outcome::Fail;
    QTest::newRow("free unknown, no price")
        << withFree(std::nullopt, std::nullopt) << false << today << Outcome::Unknown;
    QTest::newRow("free unknown, price 0")
        << withFree(std::nullopt, 0.0) << false << today << Outcome::Unknown;
    QTest::newRow("free unknown, price 8") << withFree(std::nullopt, 8.0) << false << today << Outcome::Fail;
}

void TestLabelRules::freeOfCharge() { verifyOutcome(Check::Free); }

void TestLabelRules::lateRequest_data()
{
    addOutcomeColumns();
    const QDate today(2018, 3, 20);
    const auto utc = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2018, month, day), QTime(hour, minute), QTimeZone::UTC);
    };
    QTest::newRow("1 March, well before")
        << withSubmission(utc(3, 1, 10, 0)) << false << today << Outcome::Pass;
    // Paris is UTC+1 until 25 March 2018.
    QTest::newRow("12 March 23:30 Paris (22:30 UTC), on time")
        << withSubmission(utc(3, 12, 22, 30)) << false << today << Outcome::Pass;
    QTest::newRow("12 March 23:59 Paris (22:59 UTC), on time")
        << withSubmission(utc(3, 12, 22, 59)) << false << today << Outcome::Pass;
    QTest::newRow("13 March 00:10 Paris (12 March 23:10 UTC), late")
        << withSubmission(utc(3, 12, 23, 10)) << false << today << Outcome::Fail;
    QTest::newRow("13 March 09:00 Paris, late")
        << withSubmission(utc(3, 13, 8, 0)) << false << today << Outcome::Fail;
    QTest::newRow("submission time missing")
        << withSubmission(QDateTime()) << false << today << Outcome::Unknown;
}

void TestLabelRules::lateRequest() { verifyOutcome(Check::LateRequest); }

void TestLabelRules::decisionDueDate_data()
{
    QTest::addColumn<QDateTime>("submittedAt");
    QTest::addColumn<QDate>("due");

    // 4 working days, the submission day not counted; Easter Monday 2 April 2018 is a holiday.
    QTest::newRow("Wednesday 28 March: Thu 29, Fri 30, Tue 3, Wed 4 April")
        << parisTime(QDate(2018, 3, 28), QTime(10, 0)) << QDate(2018, 4, 4);
    QTest::newRow("Thursday 29 March: Fri 30, Tue 3, Wed 4, Thu 5 April")
        << parisTime(QDate(2018, 3, 29), QTime(10, 0)) << QDate(2018, 4, 5);
    QTest::newRow("28 March 23:30 UTC is Thursday 29 March in Paris")
        << QDateTime(QDate(2018, 3, 28), QTime(23, 30), QTimeZone::UTC) << QDate(2018, 4, 5);
    QTest::newRow("Friday 2 March: Mon 5 to Thu 8 March")
        << parisTime(QDate(2018, 3, 2), QTime(16, 0)) << QDate(2018, 3, 8);
    QTest::newRow("submission time missing") << QDateTime() << QDate();
}

void TestLabelRules::decisionDueDate()
{
    QFETCH(QDateTime, submittedAt);
    QFETCH(QDate, due);
    QCOMPARE(LabelRules::decisionDueDate(withSubmission(submittedAt), m_edition), due);
}

void TestLabelRules::submissionDayAcrossTransitions()
{
    // The Paris day as QDateTime::toTimeZone() gives it, from 1890 (before Paris's first change of
    // offset) to 2100: a millisecond and an hour either side of every change, near midnight on the
    // days around it and every week, in order, then again shuffled, as a batch's submissions come.
    const QTimeZone paris("Europe/Paris");
    const QDateTime from(QDate(1890, 1, 1), QTime(0, 0), QTimeZone::UTC);
    const QDateTime to(QDate(2100, 12, 31), QTime(0, 0), QTimeZone::UTC);
    QList<QDateTime> instants;
    // Half an hour before or after Paris's midnight, whether an hour or two ahead of UTC.
    const auto nearMidnight = [&instants](const QDate& day) {
        instants.append(QDateTime(day, QTime(22, 30), QTimeZone::UTC));
        instants.append(QDateTime(day, QTime(23, 30), QTimeZone::UTC));
    };
    int transitions = 0;
    for (QTimeZone::OffsetData transition = paris.nextTransition(from);
        transition.atUtc.isValid() && transition.atUtc < to; ++transitions) {
        for (const qint64 msecs : { -3600000, -1, 0, 1, 3600000 }) {
            instants.append(transition.atUtc.addMSecs(msecs));
        }
        for (int days = -2; days <= 2; ++days) {
            nearMidnight(transition.atUtc.date().addDays(days));
        }
        // Qt 6.8 finds none after exactly the last of the zone file's (2037), but its rule goes on.
        const QTimeZone::OffsetData next = paris.nextTransition(transition.atUtc);
        transition = next.atUtc.isValid() ? next : paris.nextTransition(transition.atUtc.addMSecs(1));
    }
    QVERIFY2(transitions > 300, qPrintable(QString::number(transitions)));
    for (QDate day = from.date(); day < to.date(); day = day.addDays(7)) {
        nearMidnight(day);
    }
    std::sort(instants.begin(), instants.end());
    QList<QDateTime> shuffled = instants;
    std::shuffle(shuffled.begin(), shuffled.end(), QRandomGenerator(20181));
    for (const QDateTime& instant : instants + shuffled) {
        Event event = passingEvent();
        event.submittedAt = instant;
        QCOMPARE(LabelRules::submissionDay(event), instant.toTimeZone(paris).date());
    }
    Event unsubmitted = passingEvent();
    unsubmitted.submittedAt = QDateTime();
    QVERIFY(!LabelRules::submissionDay(unsubmitted).isValid());
}

void TestLabelRules::decisionOverdue_data()
{
    addOutcomeColumns();
    const QDateTime wednesday = parisTime(QDate(2018, 3, 28), QTime(10, 0));
    const QDateTime thursday = parisTime(QDate(2018, 3, 29), QTime(10, 0));

    QTest::newRow("pending since Wed 28 March, today Wed 4 April (due day)")
        << withSubmission(wednesday) << false << QDate(2018, 4, 4) << Outcome::Pass;
    QTest::newRow("pending since Wed 28 March, today Thu 5 April")
        << withSubmission(wednesday) << false << QDate(2018, 4, 5) << Outcome::Fail;
    QTest::newRow("pending since Thu 29 March, today Tue 3 April")
        << withSubmission(thursday) << false << QDate(2018, 4, 3) << Outcome::Pass;
    QTest::newRow("pending since Thu 29 March, today Wed 4 April")
        << withSubmission(thursday) << false << QDate(2018, 4, 4) << Outcome::Pass;
    QTest::newRow("pending since Thu 29 March, today Thu 5 April (due day)")
        << withSubmission(thursday) << false << QDate(2018, 4, 5) << Outcome::Pass;
    QTest::newRow("pending since Thu 29 March, today Fri 6 April")
        << withSubmission(thursday) << false << QDate(2018, 4, 6) << Outcome::Fail;
    QTest::newRow("in review since Thu 29 March, today Fri 6 April")
        << withSubmission(thursday, EventStatus::InReview) << false << QDate(2018, 4, 6) << Outcome::Fail;
    QTest::newRow("labelled, today a month later")
        << withSubmission(thursday, EventStatus::Labelled) << false << QDate(2018, 5, 2) << Outcome::Pass;
    QTest::newRow("refused, today a month later")
        << withSubmission(thursday, EventStatus::Refused) << false << QDate(2018, 5, 2) << Outcome::Pass;
    QTest::newRow("labelled, submission time missing")
        << withSubmission(QDateTime(), EventStatus::Labelled) << false << QDate(2018, 5, 2) << Outcome::Pass;
    QTest::newRow("pending, submission time missing")
        << withSubmission(QDateTime()) << false << QDate(2018, 5, 2) << Outcome::Unknown;
}

void TestLabelRules::decisionOverdue() { verifyOutcome(Check::DecisionOverdue); }

void TestLabelRules::dataProblems_data()
{
    addOutcomeColumns();
    const QDate today(2018, 3, 20);

    QTest::newRow("in person, place and SIRET consistent")
        << passingEvent() << true << today << Outcome::Pass;
    QTest::newRow("in person without any place") << withoutPlace(false) << false << today << Outcome::Fail;
    QTest::newRow("online without any place") << withoutPlace(true) << false << today << Outcome::Pass;
    {
        Event event = withoutPlace(false);
        event.postalCode = QStringLiteral("69001");
        QTest::newRow("in person with only a postal code") << event << false << today << Outcome::Pass;
    }
    QTest::newRow("coordinates in the Atlantic (45, -20)")
        << withCoordinates(45.0, -20.0) << false << today << Outcome::Fail;
    QTest::newRow("coordinates in London")
        << withCoordinates(51.5074, -0.1278) << false << today << Outcome::Fail;
    // 0.9 degrees of latitude south of Paris is 100 km, still inside France.
    QTest::newRow("100 km from the postal code's commune, with reference")
        << withCoordinates(47.96, 2.34) << true << today << Outcome::Fail;
    QTest::newRow("100 km from the postal code's commune, without reference")
        << withCoordinates(47.96, 2.34) << false << today << Outcome::Pass;
    QTest::newRow("30 km from the postal code's commune, with reference")
        << withCoordinates(48.59, 2.34) << true << today << Outcome::Pass;
    // 71400 covers ten communes around Autun; the first of them in the reference, Antully, is
    // 52 km from this point, Dracy-Saint-Loup (the fifth) 39 km.
    QTest::newRow("39 km from the fifth of ten communes of 71400, farther from the first four")
        << withPlace(QStringLiteral("71400"), 47.25, 3.95) << true << today << Outcome::Pass;
    QTest::newRow("more than 40 km from all ten communes of 71400")
        << withPlace(QStringLiteral("71400"), 47.45, 3.80) << true << today << Outcome::Fail;
    {
        Event event = passingEvent();
        event.postalCode = QStringLiteral("99999");
        QTest::newRow("postal code that does not exist, with reference")
            << event << true << today << Outcome::Fail;
    }
    QTest::newRow("bad SIRET check digit")
        << withSiret(QStringLiteral("73282932000075")) << false << today << Outcome::Fail;
    QTest::newRow("valid SIRET 73282932000074")
        << withSiret(QStringLiteral("73282932000074")) << false << today << Outcome::Pass;
    QTest::newRow("La Poste head office SIRET 35600000000048")
        << withSiret(QStringLiteral("35600000000048")) << false << today << Outcome::Pass;
    QTest::newRow("no SIRET") << withSiret(QString()) << false << today << Outcome::Pass;
    QTest::newRow("end before start")
        << withDates(wallClock(QDate(2018, 3, 28), QTime(12, 0)), wallClock(QDate(2018, 3, 28), QTime(10, 0)))
        << false << today << Outcome::Fail;
}

void TestLabelRules::dataProblems() { verifyOutcome(Check::DataProblems); }

void TestLabelRules::reasonsNameTheValues_data()
{
    QTest::addColumn<Check>("check");
    QTest::addColumn<Event>("event");
    QTest::addColumn<bool>("withGeo");
    QTest::addColumn<QStringList>("expectedParts");

    QTest::newRow("C1 ends 2 April 00:30")
        << Check::Dates
        << withDates(wallClock(QDate(2018, 4, 1), QTime(22, 0)), wallClock(QDate(2018, 4, 2), QTime(0, 30)))
        << false << QStringList({ QStringLiteral("2 April 2018 at 00:30"), QStringLiteral("1 April 2018") });
    QTest::newRow("C1 starts 25 March 23:00")
        << Check::Dates
        << withDates(wallClock(QDate(2018, 3, 25), QTime(23, 0)), wallClock(QDate(2018, 3, 26), QTime(1, 0)))
        << false
        << QStringList({ QStringLiteral("25 March 2018 at 23:00"), QStringLiteral("26 March 2018") });
    QTest::newRow("C1 La Reunion on 27 March names its own window")
        << Check::Dates
        << withDates(wallClock(QDate(2018, 3, 27), QTime(9, 0)), wallClock(QDate(2018, 3, 27), QTime(12, 0)),
               QStringLiteral("974"))
        << false << QStringList({ QStringLiteral("27 March 2018 at 09:00"), QStringLiteral("3 April 2018") });
    QTest::newRow("C1 pass names both ends and the week")
        << Check::Dates << passingEvent() << false
        << QStringList({ QStringLiteral("28 March 2018 at 10:00"), QStringLiteral("28 March 2018 at 12:00"),
               QStringLiteral("26 March 2018"), QStringLiteral("1 April 2018") });
    QTest::newRow("C2 pass names the audiences")
        << Check::Audience << withAudiences(Audience::YoungPeople | Audience::JobSeekers) << false
        << QStringList({ QStringLiteral("young people"), QStringLiteral("job seekers") });
    QTest::newRow("C4 inconsistent price names the price")
        << Check::Free << withFree(true, 5.0) << false << QStringList({ QStringLiteral("5.00") });
    QTest::newRow("late request names the Paris time and the deadline")
        << Check::LateRequest << withSubmission(QDateTime(QDate(2018, 3, 12), QTime(23, 10), QTimeZone::UTC))
        << false
        << QStringList({ QStringLiteral("13 March 2018 at 00:10"), QStringLiteral("12 March 2018") });
    QTest::newRow("overdue names the due date")
        << Check::DecisionOverdue << withSubmission(parisTime(QDate(2018, 3, 29), QTime(10, 0))) << false
        << QStringList({ QStringLiteral("5 April 2018"), QStringLiteral("4 working day") });
    QTest::newRow("bad SIRET is quoted") << Check::DataProblems << withSiret(QStringLiteral("73282932000075"))
                                         << false << QStringList({ QStringLiteral("73282932000075") });
    QTest::newRow("far coordinates name the commune and postal code")
        << Check::DataProblems << withCoordinates(47.96, 2.34) << true
        << QStringList({ QStringLiteral("Paris"), QStringLiteral("75001") });
    QTest::newRow("far coordinates name the nearest commune of the postal code, the seventh of ten")
        << Check::DataProblems << withPlace(QStringLiteral("71400"), 47.45, 3.80) << true
        << QStringList({ QStringLiteral("53 km from La Petite-Verrière (postal code 71400)") });
}

void TestLabelRules::reasonsNameTheValues()
{
    QFETCH(Check, check);
    QFETCH(Event, event);
    QFETCH(bool, withGeo);
    QFETCH(QStringList, expectedParts);

    const QDate today(2018, 4, 20);
    const CheckResult result = LabelRules::evaluate(check, event, context(today, withGeo));
    for (const QString& part : expectedParts) {
        QVERIFY2(result.reason.contains(part),
            qPrintable(QStringLiteral("\"%1\" does not contain \"%2\"").arg(result.reason, part)));
    }
}

void TestLabelRules::frenchLongDate()
{
    {
        const DefaultLocaleGuard french(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(DateText::longDate(QDate(2018, 4, 1)), QStringLiteral("1er avril 2018"));
        QCOMPARE(DateText::longDate(QDate(2018, 4, 2)), QStringLiteral("2 avril 2018"));
        QCOMPARE(DateText::longDate(QDate(2018, 3, 26)), QStringLiteral("26 mars 2018"));

        // Without a translator the sentence stays English, but the dates follow the locale.
        const CheckResult result = LabelRules::evaluate(Check::Dates,
            withDates(wallClock(QDate(2018, 4, 1), QTime(22, 0)), wallClock(QDate(2018, 4, 2), QTime(0, 30))),
            context());
        QVERIFY2(result.reason.contains(QStringLiteral("2 avril 2018")), qPrintable(result.reason));
        QVERIFY2(result.reason.contains(QStringLiteral("1er avril 2018")), qPrintable(result.reason));
    }
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(DateText::longDate(QDate(2018, 4, 1)), QStringLiteral("1 April 2018"));
}

void TestLabelRules::reportOfPassingEvent()
{
    const RuleReport report = LabelRules::evaluateAll(passingEvent(), context(QDate(2018, 3, 2), true));
    for (const LabelRules::Rule& rule : LabelRules::table()) {
        QVERIFY2(
            report.result(rule.check).outcome == Outcome::Pass, qPrintable(report.result(rule.check).reason));
        QCOMPARE(report.result(rule.check).check, rule.check);
    }
    QVERIFY(report.passesAllConditions());
    QVERIFY(report.failedConditions().isEmpty());
    QVERIFY(report.unknownConditions().isEmpty());
}

void TestLabelRules::reportOfFailingEvent()
{
    Event event = passingEvent();
    event.audiences = Audiences();
    event.free = false;
    event.price = 10.0;
    const RuleReport report = LabelRules::evaluateAll(event, context());
    QVERIFY(!report.passesAllConditions());
    QCOMPARE(report.failedConditions(), QList<Check>({ Check::Audience, Check::Free }));
    QVERIFY(report.unknownConditions().isEmpty());
    QCOMPARE(report.result(Check::Dates).outcome, Outcome::Pass);
    QCOMPARE(report.result(Check::IndustryAim).outcome, Outcome::Pass);

    Event outside = passingEvent();
    outside.endsAt = wallClock(QDate(2018, 4, 2), QTime(0, 30));
    const RuleReport outsideReport = LabelRules::evaluateAll(outside, context());
    QVERIFY(!outsideReport.passesAllConditions());
    QCOMPARE(outsideReport.failedConditions(), QList<Check>({ Check::Dates }));
}

void TestLabelRules::reportWithUnknownCondition()
{
    Event event = passingEvent();
    event.aimsToInformAboutIndustry.reset();
    const RuleReport report = LabelRules::evaluateAll(event, context());
    // An unknown condition is not a pass: the event cannot be labelled without an override.
    QVERIFY(!report.passesAllConditions());
    QVERIFY(report.failedConditions().isEmpty());
    QCOMPARE(report.unknownConditions(), QList<Check>({ Check::IndustryAim }));
}

void TestLabelRules::flagsNeverDecideTheLabel()
{
    Event event = passingEvent();
    event.submittedAt = parisTime(QDate(2018, 3, 14), QTime(10, 0)); // late, and overdue by 26 March
    event.siret = QStringLiteral("12345678901234");
    const RuleReport report = LabelRules::evaluateAll(event, context(QDate(2018, 3, 26)));
    QCOMPARE(report.result(Check::LateRequest).outcome, Outcome::Fail);
    QCOMPARE(report.result(Check::DecisionOverdue).outcome, Outcome::Fail);
    QCOMPARE(report.result(Check::DataProblems).outcome, Outcome::Fail);
    QVERIFY(report.passesAllConditions());
    QVERIFY(report.failedConditions().isEmpty());
}

void TestLabelRules::isValidSiret_data()
{
    QTest::addColumn<QString>("siret");
    QTest::addColumn<bool>("valid");

    QTest::newRow("valid 73282932000074") << QStringLiteral("73282932000074") << true;
    QTest::newRow("La Poste head office 35600000000048") << QStringLiteral("35600000000048") << true;
    QTest::newRow("La Poste establishment, digit sum multiple of 5")
        << QStringLiteral("35600000049837") << true;
    QTest::newRow("La Poste, neither Luhn nor digit sum") << QStringLiteral("35600000001001") << false;
    QTest::newRow("bad check digit") << QStringLiteral("73282932000075") << false;
    QTest::newRow("two digits swapped") << QStringLiteral("37282932000074") << false;
    QTest::newRow("digit sum multiple of 5 outside La Poste") << QStringLiteral("73282932000072") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too short, the SIREN alone") << QStringLiteral("732829320") << false;
    QTest::newRow("13 digits") << QStringLiteral("7328293200007") << false;
    QTest::newRow("15 digits") << QStringLiteral("732829320000740") << false;
    QTest::newRow("letter instead of a digit") << QStringLiteral("7328293200007A") << false;
    QTest::newRow("letters only") << QStringLiteral("ABCDEFGHIJKLMN") << false;
    QTest::newRow("with spaces") << QStringLiteral("732 829 320 00074") << false;
    QTest::newRow("14 characters with a space") << QStringLiteral("7328293 000074") << false;
    // Arabic-Indic digits are digits for QChar, not for INSEE.
    const auto arabicIndic = [](const QString& latin) {
        QString arabic;
        for (const QChar ch : latin) {
            arabic.append(QChar(char16_t(0x0660 + (ch.unicode() - u'0'))));
        }
        return arabic;
    };
    QTest::newRow("Arabic-Indic digits of 73282932000074")
        << arabicIndic(QStringLiteral("73282932000074")) << false;
    QTest::newRow("Arabic-Indic digits of 73282932000078")
        << arabicIndic(QStringLiteral("73282932000078")) << false;
}

void TestLabelRules::isValidSiret()
{
    QFETCH(QString, siret);
    QFETCH(bool, valid);
    QCOMPARE(LabelRules::isValidSiret(siret), valid);
}

QTEST_GUILESS_MAIN(TestLabelRules)
#include "tst_labelrules.moc"
