#pragma once

#include "app/core/OutboxMessage.h"

#include <QAbstractTableModel>

// The outbox's messages as a table: state, request, recipient, subject, attempts, and the reason
// of a failure or the server's reply.
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        RequestColumn,
        RecipientColumn,
        SubjectColumn,
        AttemptsColumn,
        ResultColumn,
        ColumnCount
    };

    explicit OutboxModel(QObject* parent = nullptr);

    void setMessages(const QList<OutboxMessage>& messages);
    const OutboxMessage* message(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutboxMessage> m_messages;
};
