#include "ui/queue/DecisionController.h"

#include "app/core/LabelRules.h"
#include "app/core/RefusalReasons.h"
#include "app/core/SessionUser.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/DecisionMail.h"
#include "db/EventRepository.h"
#include "ui/ReviewQueueModel.h"
#include "ui/queue/AssignDialog.h"
#include "ui/queue/DecisionDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QStatusTipEvent>

namespace {

EventStatus targetOf(DecisionController::Kind kind)
{
    switch (kind) {
    case DecisionController::Kind::Label:
        return EventStatus::Labelled;
    case DecisionController::Kind::Refuse:
        return EventStatus::Refused;
    case DecisionController::Kind::RequestInformation:
        return EventStatus::InformationRequested;
    case DecisionController::Kind::Reopen:
    case DecisionController::Kind::AssignToMe:
    case DecisionController::Kind::AssignToColleague:
        break;
    }
    return EventStatus::InReview;
}

// The reasons of the conditions that do not pass, one per line.
QString notPassing(const RuleReport& report)
{
    QStringList lines;
    for (Check check : LabelRules::conditions()) {
        if (report.result(check).outcome != Outcome::Pass) {
            lines << QStringLiteral("• %1").arg(report.result(check).reason);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DecisionController::DecisionController(ReviewQueueModel* queue, Database& database, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_queue(queue)
    , m_changes(database.changes())
    , m_requests(database)
    , m_decisions(database)
    , m_audit(database)
    , m_dialogParent(dialogParent)
{
}

QList<QAction*> DecisionController::createActions(QWidget* owner, const QString& namePrefix)
{
    // Alt+letter: free in both languages' menus, and usable from a table and the fields alike.
    const QList<std::tuple<QString, const char*, QKeySequence>> specs = {
        { tr("&Label"), "Label", QKeySequence(Qt::ALT | Qt::Key_L) },
        { tr("&Refuse…"), "Refuse", QKeySequence(Qt::ALT | Qt::Key_R) },
        { tr("Request &information…"), "Information", QKeySequence(Qt::ALT | Qt::Key_I) },
        { tr("Re&open…"), "Reopen", QKeySequence(Qt::ALT | Qt::Key_O) },
        { tr("&Take charge"), "TakeCharge", QKeySequence(Qt::ALT | Qt::Key_T) },
        { tr("Assign to a colleague…"), "Assign", QKeySequence(Qt::ALT | Qt::Key_G) },
    };
    QList<QAction*> actions;
    for (const auto& [text, name, shortcut] : specs) {
        auto* action = new QAction(text, owner);
        action->setObjectName(namePrefix + QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
        owner->addAction(action);
        actions.append(action);
        // A disabled action's key would do nothing at all: it says why instead.
        auto* whyNot = new QShortcut(shortcut, owner);
        whyNot->setContext(Qt::WidgetWithChildrenShortcut);
        whyNot->setEnabled(!action->isEnabled());
        connect(action, &QAction::enabledChanged, whyNot,
            [whyNot](bool enabled) { whyNot->setEnabled(!enabled); });
        connect(whyNot, &QShortcut::activated, owner, [owner, action] {
            QStatusTipEvent tip(action->statusTip());
            QCoreApplication::sendEvent(owner, &tip);
        });
    }
    return actions;
}

void DecisionController::updateActions(
    const QList<QAction*>& actions, const std::optional<Event>& event) const
{
    for (int kind = 0; kind < actions.size(); ++kind) {
        QAction* action = actions.at(kind);
        const auto decision = static_cast<Kind>(kind);
        const bool possible = event && isPossible(decision, *event);
        action->setEnabled(possible);
        const QString name = action->text().remove(QLatin1Char('&'));
        action->setStatusTip(possible ? QString()
                : event               ? tr("%1 is not possible on %2: %3.")
                              .arg(name, event->requestId, whyNotPossible(decision, *event))
                        : tr("%1: choose a request first.").arg(name));
    }
}

std::optional<QString> DecisionController::askText(const QString& title, const QString& explanation,
    const QString& prefilled, const QString& okText, TextRequirement requirement) const
{
    DecisionDialog dialog(title, explanation, prefilled, okText, m_dialogParent);
    dialog.setTextOptional(requirement == TextRequirement::Optional);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.text();
}

std::optional<QString> DecisionController::askAssignee(
    const QString& explanation, const QString& current) const
{
    QStringList colleagues = m_queue->assignees();
    colleagues << SessionUser::name();
    colleagues.removeDuplicates();
    colleagues.sort(Qt::CaseInsensitive);
    AssignDialog dialog(tr("Assign to a colleague"), explanation, colleagues, current, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.name();
}

WriteResult DecisionController::apply(
    Kind kind, const Event& event, const QString& text, Decisions::Kind decision)
{
    const QString who = SessionUser::name();
    if (kind == Kind::AssignToMe || kind == Kind::AssignToColleague) {
        return m_decisions.assign(event.id, event.version, text, who);
    }
    return m_decisions.changeStatus(event.id, event.version, targetOf(kind), text, who, decision);
}

QString DecisionController::whyNotPossible(Kind kind, const Event& event) const
{
    if (!m_access.mayChange(event)) {
        return tr("not one of your régions");
    }
    if (kind == Kind::AssignToMe && event.assignee == SessionUser::name()) {
        return tr("already in your charge");
    }
    // A decided request says who decided and when, from its audit trail. Unread, the reason only
    // leaves out who decided: the refusal itself stays right.
    if (EventStatuses::isDecided(event.status) || event.status == EventStatus::Withdrawn) {
        if (const std::optional<AuditEntry> entry = statusEntry(event)) {
            return tr("already “%1” by %2 on %3")
                .arg(EventStatuses::displayName(event.status), entry->who,
                    QLocale().toString(entry->at.toLocalTime(), QLocale::ShortFormat));
        }
    }
    return tr("not possible while it is “%1”").arg(EventStatuses::displayName(event.status));
}

std::optional<AuditEntry> DecisionController::statusEntry(const Event& event) const
{
    const std::pair<qint64, int> of { event.id, event.version };
    if (of == m_statusEntryOf) {
        return m_statusEntry;
    }
    const StoreResult<QList<AuditEntry>> trail = m_audit.of(event.id);
    if (!trail) {
        return std::nullopt; // read again next time
    }
    m_statusEntry.reset();
    for (auto it = trail->crbegin(); it != trail->crend(); ++it) {
        if (it->newStatus == event.status && it->oldStatus != it->newStatus) {
            m_statusEntry = *it;
            break;
        }
    }
    m_statusEntryOf = of;
    return m_statusEntry;
}

DecisionController::Summary DecisionController::decideMany(Kind kind, const QList<qint64>& eventIds)
{
    Summary summary;
    QList<Event> chosen;
    QHash<qint64, RuleReport> reports; // of the chosen, for their own refusal sentences
    // Rows the reviewer never scrolled to are read with the others, in slices, not one by one.
    QList<qint64> unseen;
    for (qint64 id : eventIds) {
        if (m_queue->rowOf(id) < 0) {
            unseen.append(id);
        }
    }
    const StoreResult<QList<Event>> unseenRead = m_requests.findMany(unseen);
    if (!unseenRead) {
        QMessageBox::warning(m_dialogParent, tr("Nothing was decided"), unseenRead.message);
        summary.cancelled = true;
        return summary;
    }
    QHash<qint64, Event> read;
    for (const Event& event : *unseenRead) {
        read.insert(event.id, event);
    }
    for (qint64 id : eventIds) {
        const int row = m_queue->rowOf(id);
        if (row < 0 && !read.contains(id)) {
            continue;
        }
        const Event event = row >= 0 ? m_queue->eventAt(row) : read.value(id);
        const RuleReport report
            = row >= 0 ? m_queue->report(row) : LabelRules::evaluateAll(event, m_queue->context(false));
        if (!isPossible(kind, event)) {
            summary.skipped << tr("%1: %2").arg(event.requestId, whyNotPossible(kind, event));
        } else if (kind == Kind::Label && !report.passesAllConditions()) {
            // No override in bulk: each one needs its own justification.
            QStringList codes;
            for (Check check : LabelRules::conditions()) {
                if (report.result(check).outcome != Outcome::Pass) {
                    codes << LabelRules::code(check);
                }
            }
            summary.skipped
                << tr("%1: does not pass %2").arg(event.requestId, codes.join(QStringLiteral(", ")));
        } else {
            chosen.append(event);
            reports.insert(event.id, report);
        }
    }
    std::optional<QString> text = QString();
    const int count = int(chosen.size());
    switch (kind) {
    case Kind::Label:
        break;
    case Kind::AssignToMe:
        text = SessionUser::name();
        break;
    case Kind::Refuse:
        text = count == 0
            ? text
            : askText(tr("Refuse the label"),
                  tr("Each of the %n selected request(s) is refused with the standard sentences of its own "
                     "failed conditions, followed by this text for all (it may stay empty).",
                      nullptr, count),
                  QString(), tr("Refuse"), TextRequirement::Optional);
        break;
    case Kind::RequestInformation:
        text = count == 0 ? text
                          : askText(tr("Request information"),
                                tr("One message for the %n selected request(s).", nullptr, count), QString(),
                                tr("Request information"));
        break;
    case Kind::Reopen:
        text = count == 0 ? text
                          : askText(tr("Reopen the request"),
                                tr("One reason for reopening the %n selected request(s).", nullptr, count),
                                QString(), tr("Reopen"));
        break;
    case Kind::AssignToColleague:
        text = count == 0
            ? text
            : askAssignee(tr("The user name of the reviewer who takes the %n selected request(s) in "
                             "charge.",
                              nullptr, count),
                  QString());
        break;
    }
    if (!text) {
        summary.cancelled = true;
        return summary;
    }
    // Each request on its own, with the version the reviewer saw: one refusal never blocks the rest.
    {
        // The queue follows once, when all are written.
        const ChangeNotifier::Batch batch(m_changes);
        for (const Event& event : std::as_const(chosen)) {
            QString eventText = *text;
            if (kind == Kind::Refuse) {
                const QString own = RefusalReasons::forReport(reports.value(event.id), m_queue->edition());
                eventText = QStringList { own, *text }
                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                .join(QStringLiteral("\n\n"));
            }
            const WriteResult result = apply(kind, event, eventText, Decisions::Kind::Regular);
            if (result.ok()) {
                summary.done.append(event.id);
                summary.messagesQueued += kind != Kind::AssignToMe && kind != Kind::AssignToColleague
                        && DecisionMail::writes(targetOf(kind))
                    ? 1
                    : 0;
            } else {
                summary.skipped << tr("%1: %2").arg(event.requestId, result.message);
            }
        }
    }
    for (qint64 id : std::as_const(summary.done)) {
        emit decided(id);
    }
    return summary;
}

bool DecisionController::isPossible(Kind kind, const Event& event) const
{
    if (!m_access.mayChange(event)) {
        return false;
    }
    const EventStatus status = event.status;
    if (kind == Kind::AssignToMe) {
        return status != EventStatus::Withdrawn && event.assignee != SessionUser::name();
    }
    if (kind == Kind::AssignToColleague) {
        return status != EventStatus::Withdrawn;
    }
    if (kind == Kind::Reopen) {
        return EventStatuses::isDecided(status) || status == EventStatus::Withdrawn;
    }
    return EventStatuses::canChange(status, targetOf(kind));
}

bool DecisionController::decide(Kind kind, qint64 eventId)
{
    const int row = m_queue->rowOf(eventId);
    if (row < 0) {
        return false;
    }
    // Copies: the queue's rows are replaced as the decision is recorded.
    const Event event = m_queue->eventAt(row);
    return decide(kind, event, m_queue->explainedReport(row));
}

bool DecisionController::decide(Kind kind, const Event& event, const RuleReport& report)
{
    if (!isPossible(kind, event)) {
        return false;
    }
    const qint64 eventId = event.id;
    const auto ask = [this](const QString& title, const QString& explanation, const QString& prefilled,
                         const QString& okText) { return askText(title, explanation, prefilled, okText); };

    std::optional<QString> text = QString();
    Decisions::Kind decision = Decisions::Kind::Regular;
    switch (kind) {
    case Kind::Label:
        // Unknown counts as not passing: a label needs every condition shown to pass.
        if (!report.passesAllConditions()) {
            decision = Decisions::Kind::Override;
            text = ask(tr("Label despite the conditions"),
                tr("The request %1 does not pass every label condition:\n%2\n\nLabelling it is an override, "
                   "recorded "
                   "as such. Write why it is justified.")
                    .arg(event.requestId, notPassing(report)),
                QString(), tr("Label (override)"));
        }
        break;
    case Kind::Refuse:
        text = ask(tr("Refuse the label"),
            tr("The reason is sent to the organiser of %1. The standard sentences of the failed conditions "
               "are "
               "filled in; edit them as needed.")
                .arg(event.requestId),
            RefusalReasons::forReport(report, m_queue->edition()), tr("Refuse"));
        break;
    case Kind::RequestInformation:
        text = ask(tr("Request information"),
            tr("Say what the organiser of %1 must complete or explain.").arg(event.requestId),
            notPassing(report), tr("Request information"));
        break;
    case Kind::AssignToMe:
        text = SessionUser::name();
        break;
    case Kind::AssignToColleague:
        text
            = askAssignee(tr("The user name of the reviewer who takes %1 in charge (now: %2).")
                              .arg(event.requestId, event.assignee.isEmpty() ? tr("nobody") : event.assignee),
                event.assignee);
        break;
    case Kind::Reopen:
        text = ask(tr("Reopen the request"),
            tr("%1 is “%2”. Reopening sends it back to review; say why.")
                .arg(event.requestId, EventStatuses::displayName(event.status)),
            QString(), tr("Reopen"));
        break;
    }
    if (!text) {
        return false;
    }
    const WriteResult result = apply(kind, event, *text, decision);
    if (!result.ok()) {
        QMessageBox::warning(m_dialogParent, tr("The decision was not recorded"), result.message);
        if (result.status == WriteResult::Status::Conflict) {
            m_queue->refreshEvents({ eventId }); // show what the other reviewer did
        }
        return false;
    }
    emit decided(eventId);
    const bool assigning = kind == Kind::AssignToMe || kind == Kind::AssignToColleague;
    emit recorded({ eventId, event.requestId, kind, event.assignee, assigning ? *text : event.assignee });
    return true;
}

QString DecisionController::outcome(const Recorded& decision)
{
    switch (decision.kind) {
    case Kind::Label:
        return tr("%1 labelled").arg(decision.requestId);
    case Kind::Refuse:
        return tr("%1 refused").arg(decision.requestId);
    case Kind::RequestInformation:
        return tr("Information requested for %1").arg(decision.requestId);
    case Kind::Reopen:
        return tr("%1 reopened").arg(decision.requestId);
    case Kind::AssignToMe:
        return tr("%1 taken in charge").arg(decision.requestId);
    case Kind::AssignToColleague:
        return tr("%1 assigned to %2").arg(decision.requestId, decision.assigneeAfter);
    }
    return {};
}

bool DecisionController::undo(const Recorded& decision)
{
    const StoreResult<Event> event = m_requests.find(decision.eventId);
    if (event.status == StoreStatus::Failed) {
        QMessageBox::warning(m_dialogParent, tr("The decision was not undone"), event.message);
        return false;
    }
    const bool assigning = decision.kind == Kind::AssignToMe || decision.kind == Kind::AssignToColleague;
    // Only the decision as it was recorded: a colleague's later change is not taken back.
    const bool unchanged = event && isUndoable(decision.kind)
        && (assigning ? event->assignee == decision.assigneeAfter : event->status == targetOf(decision.kind));
    if (!unchanged) {
        QMessageBox::warning(m_dialogParent, tr("The decision was not undone"),
            tr("%1 changed since the decision: open it to see what happened.").arg(decision.requestId));
        return false;
    }
    const QString who = SessionUser::name();
    const WriteResult result = assigning
        ? m_decisions.assign(event->id, event->version, decision.assigneeBefore, who)
        : m_decisions.changeStatus(event->id, event->version, EventStatus::InReview,
              tr("Decision undone by the reviewer just after taking it."), who);
    if (!result.ok()) {
        QMessageBox::warning(m_dialogParent, tr("The decision was not undone"), result.message);
        return false;
    }
    emit decided(event->id);
    return true;
}
