// EventDigest against the rules it digests: on generated requests of two editions taken in turn,
// every stored outcome, day, due date and key is what the rules and the folding give one by one.
#include "app/core/DemoGenerator.h"
#include "app/core/EventDigest.h"
#include "app/core/EventFilter.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/TextFold.h"
#include "app/core/WorkingDays.h"
#include "tests/TestData.h"

#include <QTest>
#include <QTimeZone>

class TestEventDigest : public QObject {
    Q_OBJECT

private slots:
    void agreesWithTheRules();
};

void TestEventDigest::agreesWithTheRules()
{
    // Two editions whose requests come on the same days but whose decisions are due after a
    // different number of working days: what is kept for one must not answer for the other.
    const Edition quick = edition2018();
    Edition slow = quick;
    slow.decisionDelayWorkingDays = 9;
    const QList<Event> events = DemoGenerator(quick, GeoReference::embedded(), 2018).generate(3000);
    const QTimeZone paris("Europe/Paris");

    for (qsizetype i = 0; i < events.size(); ++i) {
        Event event = events.at(i);
        if (i % 7 == 0) {
            event.title = QStringLiteral("Journée « Industrie » — L’Atelier n° %1").arg(i);
        }
        const Edition& edition = i % 2 == 0 ? quick : slow;
        const RuleContext context { &edition, QDate(2018, 3, 20), &GeoReference::embedded() };
        const EventDigest digest = EventDigest::of(event, context);

        const RuleReport report = LabelRules::evaluateAll(event, context);
        int failing = 0;
        for (std::size_t c = 0; c < EventDigest::StoredChecks.size(); ++c) {
            const CheckResult& result = report.result(EventDigest::StoredChecks[c]);
            QVERIFY2(digest.outcomes[c] == result.outcome, qPrintable(event.requestId + result.reason));
            if (c < 4 && result.outcome == Outcome::Fail) {
                failing |= 1 << c;
            }
        }
        QCOMPARE(digest.failingConditions, failing);

        const QDate submitted = event.submittedAt.toTimeZone(paris).date();
        QCOMPARE(digest.submittedDay, submitted);
        // The delay's last working day after the submission day.
        const int delay = edition.decisionDelayWorkingDays;
        QVERIFY(WorkingDays::isWorkingDay(digest.decisionDue));
        QCOMPARE(WorkingDays::workingDaysBetween(submitted, digest.decisionDue), delay);
        QCOMPARE(WorkingDays::workingDaysBetween(submitted, digest.decisionDue.addDays(-1)), delay - 1);

        QCOMPARE(digest.titleKey, TextFold::folded(event.title));
        QCOMPARE(digest.organiserKey, TextFold::folded(event.organiserName).trimmed());
        QCOMPARE(digest.communeKey, TextFold::folded(event.commune));
        QCOMPARE(digest.requestKey, TextFold::folded(event.requestId));
        QCOMPARE(digest.searchText, EventFilter::searchText(event));
    }
}

QTEST_GUILESS_MAIN(TestEventDigest)
#include "tst_eventdigest.moc"
