#pragma once

#include "app/core/EventStatus.h"
#include "app/core/RuleReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What an edit costs a labelled request: the label conditions the stored request passed and the
// edited one no longer passes. The form's save and an accepted import change both send such a
// request back to review, with the same reason.
class LabelLoss {
    Q_DECLARE_TR_FUNCTIONS(LabelLoss)

public:
    LabelLoss(EventStatus storedStatus, const RuleReport& stored, const RuleReport& edited);

    const QList<Check>& lostConditions() const { return m_lost; }
    bool sendsBackToReview() const;
    // The reason written in the audit trail when it does, with the edited request's reasons.
    QString reason() const;

private:
    EventStatus m_storedStatus;
    RuleReport m_edited;
    QList<Check> m_lost;
};
