#include "app/core/EventDigest.h"

#include "app/core/EventFilter.h"
#include "app/core/TextFold.h"

#include <QStringList>

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
    const QString organiser = TextFold::folded(event.organiserName);
    digest.organiserKey = organiser.trimmed();
    digest.communeKey = TextFold::folded(event.commune);
    digest.requestKey = TextFold::folded(event.requestId);
    // EventFilter::searchText() from the folded pieces at hand (a test checks they agree).
    digest.searchText = QStringList { digest.titleKey, organiser, digest.communeKey,
        TextFold::folded(event.postalCode), digest.requestKey }
                            .join(EventFilter::SearchSeparator);
    return digest;
}
