#include "app/core/LabelRules.h"

#include "app/core/DateText.h"
#include "app/core/GeoReference.h"
#include "app/core/ParisTime.h"
#include "app/core/WorkingDays.h"

#include <QCoreApplication>

#include <array>

namespace {

// The reason is built only when asked for: formatting sentences costs more than the checks.
template <typename Reason>
CheckResult make(const RuleContext& context, Check check, Outcome outcome, Reason reason)
{
    return { check, outcome, context.withReasons ? reason() : QString() };
}

CheckResult checkDates(const Event& event, const RuleContext& context)
{
    const Check c = Check::Dates;
    if (!event.startsAt.isValid() || !event.endsAt.isValid()) {
        return make(context, c, Outcome::Unknown,
            [&] { return LabelRules::tr("The event's start or end date is missing."); });
    }
    if (event.endsAt < event.startsAt) {
        return make(context, c, Outcome::Unknown, [&] {
            return LabelRules::tr(
                "The event's end (%1) is before its start (%2): the dates cannot be checked.")
                .arg(DateText::longDateTime(event.endsAt), DateText::longDateTime(event.startsAt));
        });
    }
    const TerritoryWindow window = context.edition->windowFor(event.departement);
    const QDateTime first = wallClock(window.weekStart, QTime(0, 0));
    const QDateTime last = wallClock(window.weekEnd, QTime(23, 59, 59, 999));
    if (event.startsAt < first) {
        return make(context, c, Outcome::Fail, [&] {
            return LabelRules::tr("The event starts on %1, before the start of the week (%2).")
                .arg(DateText::longDateTime(event.startsAt), DateText::longDate(window.weekStart));
        });
    }
    if (event.endsAt > last) {
        return make(context, c, Outcome::Fail, [&] {
            return LabelRules::tr("The event ends on %1, after the end of the week (%2).")
                .arg(DateText::longDateTime(event.endsAt), DateText::longDate(window.weekEnd));
        });
    }
    return make(context, c, Outcome::Pass, [&] {
        return LabelRules::tr("The event runs from %1 to %2, within the week (%3 – %4).")
            .arg(DateText::longDateTime(event.startsAt), DateText::longDateTime(event.endsAt),
                DateText::longDate(window.weekStart), DateText::longDate(window.weekEnd));
    });
}

CheckResult checkAudience(const Event& event, const RuleContext& context)
{
    const Check c = Check::Audience;
    if (!event.audiences) {
        return make(
            context, c, Outcome::Unknown, [&] { return LabelRules::tr("The audiences are not given."); });
    }
    if (!*event.audiences) {
        return make(context, c, Outcome::Fail, [&] {
            return LabelRules::tr("The event is open to none of the three audiences (general public, young "
                                  "people, job seekers).");
        });
    }
    return make(context, c, Outcome::Pass, [&] {
        return LabelRules::tr("The event is open to: %1.")
            .arg(AudienceNames::displayNames(*event.audiences).join(QStringLiteral(", ")));
    });
}

CheckResult checkIndustryAim(const Event& event, const RuleContext& context)
{
    const Check c = Check::IndustryAim;
    if (!event.aimsToInformAboutIndustry) {
        return make(context, c, Outcome::Unknown,
            [&] { return LabelRules::tr("Whether the event aims to inform about industry is not given."); });
    }
    if (!*event.aimsToInformAboutIndustry) {
        return make(context, c, Outcome::Fail, [&] {
            return LabelRules::tr("The event does not aim to inform or communicate about industry.");
        });
    }
    return make(context, c, Outcome::Pass,
        [&] { return LabelRules::tr("The event aims to inform or communicate about industry."); });
}

CheckResult checkFree(const Event& event, const RuleContext& context)
{
    const Check c = Check::Free;
    const bool hasPrice = event.price && *event.price > 0;
    if (!event.free) {
        if (hasPrice) {
            return make(context, c, Outcome::Fail, [&] {
                return LabelRules::tr("The event charges %1: the label requires free access.")
                    .arg(DateText::money(*event.price));
            });
        }
        return make(context, c, Outcome::Unknown,
            [&] { return LabelRules::tr("Whether the event is free is not given."); });
    }
    if (!*event.free) {
        if (hasPrice) {
            return make(context, c, Outcome::Fail, [&] {
                return LabelRules::tr("The event charges %1: the label requires free access.")
                    .arg(DateText::money(*event.price));
            });
        }
        return make(context, c, Outcome::Fail,
            [&] { return LabelRules::tr("The event is not free: the label requires free access."); });
    }
    if (hasPrice) {
        return make(context, c, Outcome::Fail, [&] {
            return LabelRules::tr("The event is marked free but has a price of %1: the two are inconsistent.")
                .arg(DateText::money(*event.price));
        });
    }
    return make(context, c, Outcome::Pass, [&] { return LabelRules::tr("The event is free."); });
}

CheckResult checkLateRequest(const Event& event, const RuleContext& context)
{
    const Check c = Check::LateRequest;
    if (!event.submittedAt.isValid()) {
        return make(
            context, c, Outcome::Unknown, [&] { return LabelRules::tr("The submission time is missing."); });
    }
    const QDate deadline = context.edition->requestDeadline;
    if (LabelRules::submissionDay(event) > deadline) {
        return make(context, c, Outcome::Fail, [&] {
            return LabelRules::tr("The request was submitted on %1, after the deadline (%2).")
                .arg(DateText::longDateTime(event.submittedAt.toTimeZone(ParisTime::zone())),
                    DateText::longDate(deadline));
        });
    }
    return make(context, c, Outcome::Pass, [&] {
        return LabelRules::tr("The request was submitted on %1, before the deadline (%2).")
            .arg(DateText::longDateTime(event.submittedAt.toTimeZone(ParisTime::zone())),
                DateText::longDate(deadline));
    });
}

CheckResult checkDecisionOverdue(const Event& event, const RuleContext& context)
{
    const Check c = Check::DecisionOverdue;
    if (!EventStatuses::isPending(event.status)) {
        return make(context, c, Outcome::Pass, [&] {
            return LabelRules::tr("No decision is awaited (status: %1).")
                .arg(EventStatuses::displayName(event.status));
        });
    }
    if (!event.submittedAt.isValid()) {
        return make(
            context, c, Outcome::Unknown, [&] { return LabelRules::tr("The submission time is missing."); });
    }
    const QDate due = LabelRules::decisionDueDate(event, *context.edition);
    if (context.today.isValid() && context.today > due) {
        return make(context, c, Outcome::Fail, [&] {
            return LabelRules::tr(
                "The decision was due on %1 (%n working day(s) after the request): it is overdue.", nullptr,
                context.edition->decisionDelayWorkingDays)
                .arg(DateText::longDate(due));
        });
    }
    return make(context, c, Outcome::Pass,
        [&] { return LabelRules::tr("The decision is due on %1.").arg(DateText::longDate(due)); });
}

CheckResult checkDataProblems(const Event& event, const RuleContext& context)
{
    bool found = false;
    QStringList problems;
    const auto problem = [&](auto describe) {
        found = true;
        if (context.withReasons) {
            problems << describe();
        }
    };
    if (!event.online && !event.hasPlace()) {
        problem([] { return LabelRules::tr("an in-person event has no place"); });
    }
    // One look-up of the postal code serves both place checks.
    const QSpan<const int> communes = context.geo && !event.postalCode.isEmpty()
        ? context.geo->communeIndexesForPostalCode(event.postalCode)
        : QSpan<const int>();
    if (event.latitude && event.longitude) {
        const double lat = *event.latitude;
        const double lon = *event.longitude;
        if (!GeoReference::isInFrance(lat, lon)) {
            problem([&] {
                return LabelRules::tr(
                    "the coordinates (%1, %2) are outside France and its overseas territories")
                    .arg(QLocale().toString(lat, 'f', 5), QLocale().toString(lon, 'f', 5));
            });
        } else {
            const Commune* nearest = nullptr;
            double nearestKm = 0;
            for (const int index : communes) {
                const Commune* commune = &context.geo->communes().at(index);
                const double km = GeoReference::distanceKm(lat, lon, commune->latitude, commune->longitude);
                if (!nearest || km < nearestKm) {
                    nearest = commune;
                    nearestKm = km;
                }
                // One commune near enough settles it: the nearest matters only when all are far.
                if (km <= LabelRules::MaxDistanceFromCommuneKm) {
                    break;
                }
            }
            if (nearest && nearestKm > LabelRules::MaxDistanceFromCommuneKm) {
                problem([&] {
                    return LabelRules::tr("the coordinates are %1 km from %2 (postal code %3)")
                        .arg(QLocale().toString(nearestKm, 'f', 0), nearest->name, event.postalCode);
                });
            }
        }
    }
    if (!event.online && !event.postalCode.isEmpty() && context.geo && communes.isEmpty()) {
        problem([&] { return LabelRules::tr("the postal code %1 does not exist").arg(event.postalCode); });
    }
    if (event.startsAt.isValid() && event.endsAt.isValid() && event.endsAt < event.startsAt) {
        problem([&] {
            return LabelRules::tr("the end (%1) is before the start (%2)")
                .arg(DateText::longDateTime(event.endsAt), DateText::longDateTime(event.startsAt));
        });
    }
    if (!event.siret.isEmpty() && !LabelRules::isValidSiret(event.siret)) {
        problem([&] {
            return LabelRules::tr("the SIRET %1 is invalid (14 digits with a valid check digit expected)")
                .arg(event.siret);
        });
    }
    if (!found) {
        return make(context, Check::DataProblems, Outcome::Pass,
            [] { return LabelRules::tr("No data problem found."); });
    }
    return make(context, Check::DataProblems, Outcome::Fail,
        [&] { return LabelRules::tr("Data problems: %1.").arg(problems.join(QStringLiteral("; "))); });
}

const std::array<LabelRules::Rule, CheckCount> rules = { {
    { Check::Dates, "C1", QT_TRANSLATE_NOOP("LabelRules", "Dates within the week"), true, checkDates },
    { Check::Audience, "C2",
        QT_TRANSLATE_NOOP("LabelRules", "Open to the public, young people or job seekers"), true,
        checkAudience },
    { Check::IndustryAim, "C3", QT_TRANSLATE_NOOP("LabelRules", "Aims to inform about industry"), true,
        checkIndustryAim },
    { Check::Free, "C4", QT_TRANSLATE_NOOP("LabelRules", "Free of charge"), true, checkFree },
    { Check::LateRequest, "late", QT_TRANSLATE_NOOP("LabelRules", "Request before the deadline"), false,
        checkLateRequest },
    { Check::DecisionOverdue, "overdue", QT_TRANSLATE_NOOP("LabelRules", "Decision on time"), false,
        checkDecisionOverdue },
    { Check::DataProblems, "data", QT_TRANSLATE_NOOP("LabelRules", "Data consistent"), false,
        checkDataProblems },
} };

} // namespace

const std::array<LabelRules::Rule, CheckCount>& LabelRules::table() { return rules; }

const QList<Check>& LabelRules::conditions()
{
    static const QList<Check> list = [] {
        QList<Check> checks;
        for (const Rule& rule : rules) {
            if (rule.isCondition) {
                checks.append(rule.check);
            }
        }
        return checks;
    }();
    return list;
}

QString LabelRules::code(Check check) { return QLatin1String(rules[static_cast<int>(check)].code); }

QString LabelRules::title(Check check) { return LabelRules::tr(rules[static_cast<int>(check)].title); }

CheckResult LabelRules::evaluate(Check check, const Event& event, const RuleContext& context)
{
    Q_ASSERT(context.edition);
    return rules[static_cast<int>(check)].evaluate(event, context);
}

RuleReport LabelRules::evaluateAll(const Event& event, const RuleContext& context)
{
    Q_ASSERT(context.edition);
    RuleReport report;
    for (const Rule& rule : rules) {
        report.set(rule.evaluate(event, context));
    }
    return report;
}

QDate LabelRules::decisionDueDate(const Event& event, const Edition& edition)
{
    if (!event.submittedAt.isValid()) {
        return {};
    }
    return WorkingDays::addWorkingDays(submissionDay(event), edition.decisionDelayWorkingDays);
}

QDate LabelRules::submissionDay(const Event& event)
{
    return event.submittedAt.isValid() ? ParisTime::day(event.submittedAt) : QDate();
}

bool LabelRules::isValidSiret(const QString& siret)
{
    if (siret.size() != 14) {
        return false;
    }
    int sum = 0;
    int digitSum = 0;
    for (int i = 0; i < 14; ++i) {
        const QChar ch = siret.at(i);
        if (!ch.isDigit() || ch.unicode() > '9') {
            return false;
        }
        const int digit = ch.unicode() - '0';
        digitSum += digit;
        int value = (i % 2 == 0) ? digit * 2 : digit; // Luhn from the left on 14 digits
        sum += value > 9 ? value - 9 : value;
    }
    // La Poste's establishments (SIREN 356 000 000) number beyond what Luhn allows: INSEE checks
    // the plain digit sum modulo 5 for them instead.
    if (siret.startsWith(QLatin1String("356000000"))) {
        return sum % 10 == 0 || digitSum % 5 == 0;
    }
    return sum % 10 == 0;
}
