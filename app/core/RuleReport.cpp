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

QList<Check> RuleReport::failedConditions() const
{
    QList<Check> failed;
    for (Check check : LabelRules::conditions()) {
        if (result(check).outcome == Outcome::Fail) {
            failed.append(check);
        }
    }
    return failed;
}

QList<Check> RuleReport::unknownConditions() const
{
    QList<Check> unknown;
    for (Check check : LabelRules::conditions()) {
        if (result(check).outcome == Outcome::Unknown) {
            unknown.append(check);
        }
    }
    return unknown;
}
