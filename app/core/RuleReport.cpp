#include "app/core/RuleReport.h"

#include "app/core/LabelRules.h"

bool RuleReport::passesAllConditions() const
{
    for (Check check : LabelRules::conditions()) {
        if (result(check).outcome != Outcome::Pass) {
            return false;
        }
    }
    return true;
}

QList<Check> RuleReport::conditionsWith(Outcome outcome) const
{
    QList<Check> checks;
    for (Check check : LabelRules::conditions()) {
        if (result(check).outcome == outcome) {
            checks.append(check);
        }
    }
    return checks;
}

QList<Check> RuleReport::failedConditions() const { return conditionsWith(Outcome::Fail); }

QList<Check> RuleReport::unknownConditions() const { return conditionsWith(Outcome::Unknown); }
