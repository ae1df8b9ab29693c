#pragma once

#include "db/PendingUpdates.h"

#include <QFrame>
#include <QList>

class QLabel;
class QVBoxLayout;

// The changes imports brought to the shown request and that wait for a reviewer, above the form:
// when, who, which file and each field old → new, with Accept and Dismiss for each. It only shows
// them and says which button was pressed; the form acts.
class PendingUpdatesBar : public QFrame {
    Q_OBJECT

public:
    explicit PendingUpdatesBar(QWidget* parent = nullptr);

    // Hidden when there are none; without `mayChange` (the role may not change the request) the
    // list is shown with its buttons disabled.
    void setUpdates(const QList<PendingUpdate>& updates, bool mayChange);

signals:
    void acceptRequested(qint64 pendingId);
    void dismissRequested(qint64 pendingId);

private:
    QLabel* m_title;
    QVBoxLayout* m_layout;
    QWidget* m_items = nullptr;
};
