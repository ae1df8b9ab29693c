#pragma once

#include "app/core/RuleReport.h"

#include <QIcon>
#include <QString>

// Pass, fail and unknown drawn as distinct shapes (tick, cross, question mark), not by colour alone.
namespace OutcomeIcons {
QIcon icon(Outcome outcome);
QString word(Outcome outcome);
}
