#include "app/core/RefusalReasons.h"

#include "app/core/DateText.h"
#include "app/core/LabelRules.h"

#include <QCoreApplication>

namespace RefusalReasons {

QString forCondition(Check condition, const Edition& edition)
{
    switch (condition) {
    case Check::Dates:
        return QCoreApplication::translate("RefusalReasons",
            "The event does not take place within the Semaine de l'industrie (%1 – %2): the label requires "
            "it.")
            .arg(DateText::longDate(edition.weekStart), DateText::longDate(edition.weekEnd));
    case Check::Audience:
        return QCoreApplication::translate("RefusalReasons",
            "The event is not open to the general public, young people or job seekers: the label requires "
            "one of "
            "these audiences.");
    case Check::IndustryAim:
        return QCoreApplication::translate("RefusalReasons",
            "The event does not aim to inform or communicate about industry: the label requires it.");
    case Check::Free:
        return QCoreApplication::translate(
            "RefusalReasons", "The event charges a fee: the label requires free access.");
    case Check::LateRequest:
    case Check::DecisionOverdue:
    case Check::DataProblems:
        break;
    }
    return {};
}

QString forReport(const RuleReport& report, const Edition& edition)
{
    QStringList paragraphs;
    for (Check check : report.failedConditions()) {
        paragraphs << forCondition(check, edition);
    }
    return paragraphs.join(QLatin1Char('\n'));
}

}
