#pragma once

#include <QList>
#include <QString>

#include <array>

// C1–C4 are the label conditions; the other checks are flags that never decide the label.
enum class Check {
    Dates,
    Audience,
    IndustryAim,
    Free,
    LateRequest,
    DecisionOverdue,
    DataProblems,
};
constexpr int CheckCount = 7;

enum class Outcome {
    Pass,
    Fail,
    Unknown, // a field the check needs is missing
};

struct CheckResult {
    Check check = Check::Dates;
    Outcome outcome = Outcome::Unknown;
    QString reason; // one sentence naming the values, in the current language
};

// Every check's result for one event.
class RuleReport {
public:
    const CheckResult& result(Check check) const { return m_results[static_cast<int>(check)]; }
    void set(const CheckResult& result) { m_results[static_cast<int>(result.check)] = result; }

    // True when C1–C4 all pass: the only way an event may be labelled without an override.
    bool passesAllConditions() const;
    QList<Check> failedConditions() const;
    QList<Check> unknownConditions() const;

private:
    QList<Check> conditionsWith(Outcome outcome) const;

    std::array<CheckResult, CheckCount> m_results;
};
