#pragma once

#include "app/core/Event.h"

#include <QList>
#include <QString>

struct FieldChange {
    QString field; // the field's RequestColumns audit key, e.g. "starts_at"
    QString oldValue;
    QString newValue;
};

// The fields RequestColumns says are compared that differ between two versions of a request, as
// text (for the audit trail).
namespace EventDiff {
QList<FieldChange> changes(const Event& before, const Event& after);
QString describe(const QList<FieldChange>& changes);
}
