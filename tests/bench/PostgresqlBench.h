#pragma once

class QString;
class QTextStream;

// Issue 8's targets against a local PostgreSQL server that the bench starts in a throwaway folder
// (tests/postgres-server.sh): the store of the SQLite bench copied in, then the SQLite queue's
// figures where they apply (first page, search, région filter, decision, map points, statistics;
// five runs each), the statements each step sends to the server (listed in `statementsFile` unless
// empty) and 8 concurrent reviewers (500 decisions/s together).
// Returns false when the server could not be started or a step failed.
bool benchPostgresql(const QString& sqliteStore, const QString& statementsFile, QTextStream& out);
