#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/RuleReport.h"

#include <QCoreApplication>
#include <QDate>

class GeoReference;

// What the rules need besides the event: the edition's dates, today's date for the overdue flag,
// and the reference data for the place checks (optional: without it those checks are skipped).
struct RuleContext {
    const Edition* edition = nullptr;
    QDate today;
    const GeoReference* geo = nullptr;
    bool withReasons = true; // false: outcomes only, for bulk work (the reasons are the costly part)
};

// The label conditions and flags as one table: every screen, the import and the CLI call this.
class LabelRules {
    Q_DECLARE_TR_FUNCTIONS(LabelRules)

public:
    struct Rule {
        Check check;
        const char* code; // "C1"… for conditions, a short key for flags
        const char* title;
        bool isCondition;
        CheckResult (*evaluate)(const Event& event, const RuleContext& context);
    };

    static const std::array<Rule, CheckCount>& table();
    static const QList<Check>& conditions();
    static QString code(Check check);
    static QString title(Check check);

    static CheckResult evaluate(Check check, const Event& event, const RuleContext& context);
    static RuleReport evaluateAll(const Event& event, const RuleContext& context);

    // The last day a decision is on time: the edition's delay in working days after submission.
    static QDate decisionDueDate(const Event& event, const Edition& edition);
    // The day (Europe/Paris) the request was submitted on, as the deadline and the delay count
    // days; invalid without a submission time.
    static QDate submissionDay(const Event& event);
    static bool isValidSiret(const QString& siret);
    // Beyond this distance from its postal code's commune a point is reported as a data problem.
    static constexpr double MaxDistanceFromCommuneKm = 40.0;
};
