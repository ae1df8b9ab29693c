#include "app/core/EventDigest.h"

#include "app/core/TextFold.h"

#include <QTimeZone>

EventDigest EventDigest::of(const Event& event, const RuleContext& context)
{
    RuleContext outcomesOnly = context;
    outcomesOnly.withReasons = false;
    EventDigest digest;
    for (std::size_t i = 0; i < StoredChecks.size(); ++i) {
        digest.outcomes[i] = LabelRules::evaluate(StoredChecks[i], event, outcomesOnly).outcome;
        if (i < 4 && digest.outcomes[i] == Outcome::Fail) {
            digest.failingConditions |= 1 << i;
        }
    }
    if (event.audiences) {
        digest.audiences = int(event.audiences->toInt());
    }
    if (event.submittedAt.isValid()) {
        static const QTimeZone paris("Europe/Paris");
        digest.submittedDay = event.submittedAt.toTimeZone(paris).date();
        if (context.edition) {
            digest.decisionDue = LabelRules::decisionDueDate(event, *context.edition);
        }
    }
    digest.titleKey = TextFold::folded(event.title);
    digest.organiserKey = TextFold::folded(event.organiserName.trimmed());
    digest.communeKey = TextFold::folded(event.commune);
    digest.requestKey = TextFold::folded(event.requestId);
    return digest;
}
