#pragma once

#include "app/core/Event.h"
#include "app/core/LabelRules.h"
#include "app/core/RuleReport.h"

#include <QDate>
#include <QString>

// What the review queue filters, sorts and counts on, worked out from one request by the label
// rules, so that the store can answer the queue in SQL. The decision-overdue flag is left out: it
// depends on today, and the store works it out from the due date.
struct EventDigest {
    // Raised whenever the rules or what is worked out here change: stored digests of an older
    // recipe are worked out again when the store is opened.
    static constexpr int Recipe = 1;

    // The checks kept, in this order; each outcome is stored as its Outcome value.
    static constexpr std::array<Check, 6> StoredChecks = { Check::Dates, Check::Audience, Check::IndustryAim,
        Check::Free, Check::LateRequest, Check::DataProblems };

    std::array<Outcome, 6> outcomes {};
    int failingConditions = 0; // bit n set: condition n of LabelRules::conditions() fails
    int audiences = -1; // bits of Audience, or -1 when not given
    QDate decisionDue; // invalid without a submission time
    QDate submittedDay; // in Europe/Paris, as the submission filter counts days
    // TextFold::folded() of the texts the queue sorts on.
    QString titleKey;
    QString organiserKey;
    QString communeKey;
    QString requestKey;
    QString searchText; // EventFilter::searchText()

    static EventDigest of(const Event& event, const RuleContext& context);
};
