#include "app/core/EventDigest.h"

#include "app/core/EventFilter.h"
#include "app/core/TextFold.h"

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
        digest.submittedDay = LabelRules::submissionDay(event);
        if (context.edition) {
            digest.decisionDue = LabelRules::decisionDueDate(event, *context.edition);
        }
    }
    digest.titleKey = TextFold::folded(event.title);
    const QString organiser = TextFold::folded(event.organiserName);
    digest.organiserKey = organiser.trimmed();
    digest.communeKey = TextFold::folded(event.commune);
    digest.requestKey = TextFold::folded(event.requestId);
    // EventFilter::searchText() from the folded pieces at hand (a test checks they agree), written
    // into one string rather than joined from a list.
    const QChar separator = EventFilter::SearchSeparator;
    QString& search = digest.searchText;
    search.reserve(digest.titleKey.size() + organiser.size() + digest.communeKey.size()
        + event.postalCode.size() + digest.requestKey.size() + 4);
    search.append(digest.titleKey).append(separator).append(organiser).append(separator);
    search.append(digest.communeKey).append(separator);
    TextFold::appendFolded(event.postalCode, search);
    search.append(separator).append(digest.requestKey);
    return digest;
}
