#pragma once

#include "app/core/Event.h"

#include <QByteArrayView>
#include <QString>

class EncodedRows;
class QSqlQuery;

// How a request maps to a row of the event table, and back: the one list of its columns that
// every statement of db/ uses, one per field of RequestColumns (read and written as its type
// says) after the review's own.
namespace EventRows {

// "SELECT id, version, <columns> FROM event": readEvent() reads its rows.
QString selectEvent();
// INSERT of the columns (not id nor version), RETURNING the id when asked (PostgreSQL).
QString insertStatement(bool returningId);
// UPDATE of the columns, raising the version, WHERE id = ? AND version = ?: bindEdit() binds it.
QString updateStatement();

Event readEvent(const QSqlQuery& query);
// Appends the event's row for insertStatement() to `rows`: on any thread.
void encodeInsert(const Event& event, EncodedRows& rows);
// How many values encodeInsert() appends.
int insertValueCount();
// The stored keys (EventStatuses::key() and the others) in UTF-8, worked out once: a bulk write
// writes three a request, twice, and made a QString of each.
QByteArrayView storedKey(EventStatus status);
QByteArrayView storedKey(EventType type);
QByteArrayView storedKey(OrganiserType type);
void bindEdit(QSqlQuery& query, const Event& event);

} // namespace EventRows
