#include "app/core/LabelLoss.h"

#include "app/core/LabelRules.h"

LabelLoss::LabelLoss(EventStatus storedStatus, const RuleReport& stored, const RuleReport& edited)
    : m_storedStatus(storedStatus)
    , m_edited(edited)
{
    for (Check check : LabelRules::conditions()) {
        if (stored.result(check).outcome == Outcome::Pass && edited.result(check).outcome != Outcome::Pass) {
            m_lost.append(check);
        }
    }
}

bool LabelLoss::sendsBackToReview() const
{
    return m_storedStatus == EventStatus::Labelled && !m_lost.isEmpty();
}

QString LabelLoss::reason() const
{
    QStringList reasons;
    for (Check check : m_lost) {
        reasons << tr("%1: %2").arg(LabelRules::code(check), m_edited.result(check).reason);
    }
    return tr("Edited after the label; no longer passes:\n%1").arg(reasons.join(QLatin1Char('\n')));
}
