#include "ui/queue/DecisionController.h"

#include "app/core/LabelRules.h"
#include "app/core/RefusalReasons.h"
#include "db/EventRepository.h"
#include "ui/EventListModel.h"
#include "ui/queue/DecisionDialog.h"

#include <QMessageBox>

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

DecisionController::DecisionController(EventListModel* events, EventRepository& repository, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_events(events)
    , m_repository(repository)
    , m_dialogParent(dialogParent)
{
}

bool DecisionController::isPossible(Kind kind, qint64 eventId) const
{
    const int row = m_events->rowOf(eventId);
    if (row < 0) {
        return false;
    }
    const EventStatus status = m_events->event(row).status;
    if (kind == Kind::AssignToMe) {
        return status != EventStatus::Withdrawn && m_events->event(row).assignee != EventRepository::currentUser();
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
    if (!isPossible(kind, eventId)) {
        return false;
    }
    const int row = m_events->rowOf(eventId);
    const Event event = m_events->event(row);
    const RuleReport report = m_events->explainedReport(row);
    const auto ask = [this](const QString& title, const QString& explanation, const QString& prefilled,
                         const QString& okText) -> std::optional<QString> {
        DecisionDialog dialog(title, explanation, prefilled, okText, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.text();
    };

    std::optional<QString> text = QString();
    EventRepository::Decision decision = EventRepository::Decision::Regular;
    switch (kind) {
    case Kind::Label:
        // Unknown counts as not passing: a label needs every condition shown to pass.
        if (!report.passesAllConditions()) {
            decision = EventRepository::Decision::Override;
            text = ask(tr("Label despite the conditions"),
                tr("The request %1 does not pass every label condition:\n%2\n\nLabelling it is an override, recorded "
                   "as such. Write why it is justified.")
                    .arg(event.requestId, notPassing(report)),
                QString(), tr("Label (override)"));
        }
        break;
    case Kind::Refuse:
        text = ask(tr("Refuse the label"),
            tr("The reason is sent to the organiser of %1. The standard sentences of the failed conditions are "
               "filled in; edit them as needed.")
                .arg(event.requestId),
            RefusalReasons::forReport(report, m_events->edition()), tr("Refuse"));
        break;
    case Kind::RequestInformation:
        text = ask(tr("Request information"),
            tr("Say what the organiser of %1 must complete or explain.").arg(event.requestId), notPassing(report),
            tr("Request information"));
        break;
    case Kind::AssignToMe:
        text = EventRepository::currentUser();
        break;
    case Kind::AssignToColleague:
        text = ask(tr("Assign to a colleague"),
            tr("The user name of the reviewer who takes %1 in charge (now: %2).")
                .arg(event.requestId, event.assignee.isEmpty() ? tr("nobody") : event.assignee),
            event.assignee, tr("Assign"));
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
    const bool assigning = kind == Kind::AssignToMe || kind == Kind::AssignToColleague;
    const WriteResult result = assigning
        ? m_repository.assign(eventId, event.version, *text, EventRepository::currentUser())
        : m_repository.changeStatus(eventId, event.version, targetOf(kind), *text, EventRepository::currentUser(), decision);
    if (!result.ok()) {
        QMessageBox::warning(m_dialogParent, tr("The decision was not recorded"), result.message);
        if (result.status == WriteResult::Status::Conflict) {
            m_events->reload(); // show what the other reviewer did
        }
        return false;
    }
    m_events->reload();
    emit decided(eventId);
    return true;
}
