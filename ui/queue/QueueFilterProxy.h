#pragma once

#include <QSortFilterProxyModel>

class SharedFilter;

// Sits on EventListModel: keeps the rows the shared filter matches, and sorts them.
class QueueFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit QueueFilterProxy(SharedFilter* filter, QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    SharedFilter* m_filter;
};
