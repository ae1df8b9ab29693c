#include "ui/queue/DecisionFeedback.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

DecisionFeedback::DecisionFeedback(DecisionController* decisions, QWidget* parent)
    : QWidget(parent)
    , m_decisions(decisions)
    , m_message(new QLabel(this))
    , m_undo(new QAction(tr("Undo"), this))
    , m_undoButton(new QToolButton(this))
    , m_expiry(new QTimer(this))
{
    setObjectName(QStringLiteral("decisionFeedback"));
    m_message->setObjectName(QStringLiteral("decisionMessage"));
    m_undo->setObjectName(QStringLiteral("undoDecision"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo->setEnabled(false);
    m_undoButton->setDefaultAction(m_undo);
    m_undoButton->setObjectName(QStringLiteral("undoDecisionButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_undoButton);
    m_expiry->setObjectName(QStringLiteral("decisionUndoExpiry"));
    m_expiry->setSingleShot(true);
    m_expiry->setInterval(UndoMilliseconds);
    connect(m_expiry, &QTimer::timeout, this, &DecisionFeedback::expire);
    connect(m_undo, &QAction::triggered, this, &DecisionFeedback::undo);
    connect(m_decisions, &DecisionController::recorded, this, &DecisionFeedback::showDecision);
    expire();
    m_message->clear();
}

void DecisionFeedback::showDecision(const DecisionController::Recorded& decision)
{
    m_last = decision;
    m_message->setText(DecisionController::outcome(decision));
    const bool undoable = DecisionController::isUndoable(decision.kind);
    m_undo->setEnabled(undoable);
    m_undo->setToolTip(tr("Undo the decision on %1 (%2)")
            .arg(decision.requestId, m_undo->shortcut().toString(QKeySequence::NativeText)));
    m_undoButton->setVisible(undoable);
    if (undoable) {
        m_expiry->start();
    }
}

void DecisionFeedback::undo()
{
    if (!m_undo->isEnabled()) {
        return;
    }
    m_expiry->stop();
    const DecisionController::Recorded decision = m_last;
    expire();
    if (m_decisions->undo(decision)) {
        m_message->setText(tr("Decision on %1 undone: back in review").arg(decision.requestId));
    }
}

void DecisionFeedback::expire()
{
    m_undo->setEnabled(false);
    m_undoButton->setVisible(false);
}
