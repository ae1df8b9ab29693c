#include "ui/mail/OutboxModel.h"

#include <QBrush>

OutboxModel::OutboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OutboxModel::setMessages(const QList<OutboxMessage>& messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

const OutboxMessage* OutboxModel::message(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    const OutboxMessage* m = message(index.row());
    if (!m) {
        return {};
    }
    if (role == Qt::ForegroundRole && m->state == OutboxMessage::State::Failed) {
        return QBrush(Qt::darkRed);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case StateColumn:
        return OutboxStates::displayName(m->state);
    case RequestColumn:
        return m->requestId;
    case RecipientColumn:
        return m->recipientName.isEmpty() ? m->recipient
                                          : QStringLiteral("%1 <%2>").arg(m->recipientName, m->recipient);
    case SubjectColumn:
        return m->subject;
    case AttemptsColumn:
        return m->attempts;
    case ResultColumn:
        if (m->state == OutboxMessage::State::Sent) {
            return m->serverReply;
        }
        return m->errorCode > 0 ? QStringLiteral("%1 — %2").arg(m->errorCode).arg(m->lastError)
                                : m->lastError;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StateColumn:
        return tr("State");
    case RequestColumn:
        return tr("Request");
    case RecipientColumn:
        return tr("Recipient");
    case SubjectColumn:
        return tr("Subject");
    case AttemptsColumn:
        return tr("Attempts");
    case ResultColumn:
        return tr("Reason or reply");
    default:
        return {};
    }
}
