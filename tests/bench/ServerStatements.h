#pragma once

#include <QStringList>

// The statements the bench's PostgreSQL server ran, as its log tells them once log_statement is
// 'all' for the database: each one a round trip from the app, whatever the machine's load.
class ServerStatements {
public:
    // The server's log file (tests/postgres-server.sh writes it in the server's folder).
    explicit ServerStatements(const QString& logFile);

    // From now on: logged() tells the statements logged since.
    void mark();
    // One line each (the first of its text); empty when the log cannot be read.
    QStringList logged() const;

private:
    QString m_logFile;
    qint64 m_mark = 0;
};
