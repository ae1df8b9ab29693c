#pragma once

#include "ui/queue/DecisionController.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

// In the status bar: what the last single decision did, with the request's id, and for a minute
// a way to undo it.
class DecisionFeedback : public QWidget {
    Q_OBJECT

public:
    DecisionFeedback(DecisionController* decisions, QWidget* parent = nullptr);

    // Undoes the last decision while it is offered; a place adds it to take its key.
    QAction* undoAction() const { return m_undo; }
    // How long the undo stays offered.
    static constexpr int UndoMilliseconds = 60 * 1000;

private:
    void showDecision(const DecisionController::Recorded& decision);
    void undo();
    void expire();

    DecisionController* m_decisions;
    QLabel* m_message;
    QAction* m_undo;
    QToolButton* m_undoButton;
    QTimer* m_expiry;
    DecisionController::Recorded m_last;
};
