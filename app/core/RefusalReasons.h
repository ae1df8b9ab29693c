#pragma once

#include "app/core/Edition.h"
#include "app/core/RuleReport.h"

#include <QString>

// The standard sentence sent to an organiser whose request fails a label condition; the reviewer
// may edit it before refusing.
namespace RefusalReasons {
QString forCondition(Check condition, const Edition& edition);
// One paragraph per failed condition of the report, in the conditions' order.
QString forReport(const RuleReport& report, const Edition& edition);
}
