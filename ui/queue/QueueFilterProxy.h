#pragma once

#include "app/core/EventStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

// Sits on EventListModel: keeps the rows matching a status, a text and "fails a condition".
class QueueFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit QueueFilterProxy(QObject* parent = nullptr);

    void setStatus(std::optional<EventStatus> status);
    void setText(const QString& text);
    void setOnlyFailing(bool onlyFailing);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<EventStatus> m_status;
    QString m_text;
    bool m_onlyFailing = false;
};
