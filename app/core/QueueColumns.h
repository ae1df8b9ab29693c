#pragma once

#include "app/core/RequestColumns.h"
#include "app/core/RuleReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The review queue's columns, in the order shown: the request's fields it shows (described in
// RequestColumns), its status and decision date, and the label rules' outcomes. The queue's model
// shows them and the store (QueueIndex) sorts by them: a new column is one line of the table
// (QueueColumns.cpp), its enumerator here, and its sort in QueueIndex.
class QueueColumns {
    Q_DECLARE_TR_FUNCTIONS(QueueColumns)

public:
    enum Column {
        RequestId,
        Title,
        Organiser,
        Commune,
        Departement,
        Region,
        Start,
        End,
        Audiences,
        Status,
        Submitted,
        Assignee,
        DecisionDue,
        ConditionDates,
        ConditionAudience,
        ConditionIndustryAim,
        ConditionFree,
        LateRequest,
        DataProblems,
        Count
    };

    struct Description {
        Column column;
        std::optional<RequestColumns::Column> field; // the request's field it shows, if it shows one
        std::optional<Check> check; // the label rule's outcome it shows, if it shows one
        // The queue's own, shorter name, translated in the context "QueueColumns"; nullptr: the
        // field's name (RequestColumns) or the check's code (C1…).
        const char* header;
    };

    // Every column, in the order of Column.
    static const QList<Description>& all();
    static const Description& of(Column column);
    // In the current language.
    static QString header(Column column);
};
