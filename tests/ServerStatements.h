#pragma once

#include <QFile>
#include <QFileInfo>
#include <QStringList>

// The statements a test PostgreSQL server ran, as its log tells them once log_statement is 'all'
// (for a database, or a session): each one a round trip from the app, counted whatever the
// machine's load. For the bench and the tests alike.
class ServerStatements {
public:
    // The server's log file (tests/postgres-server.sh writes server.log in the server's folder);
    // `backend`: one connection's only (its pg_backend_pid()), 0 for every connection's.
    explicit ServerStatements(const QString& logFile, qint64 backend = 0)
        : m_logFile(logFile)
        , m_backend(backend > 0 ? QStringLiteral("[%1] ").arg(backend).toUtf8() : QByteArray())
    {
    }

    // From now on: logged() tells the statements logged since.
    void mark() { m_mark = QFileInfo(m_logFile).size(); }

    // One line each (the first of its text); empty when the log cannot be read. The server writes
    // a statement's line before it runs it, so before the app has its answer.
    QStringList logged() const
    {
        QFile log(m_logFile);
        if (!log.open(QIODevice::ReadOnly) || !log.seek(m_mark)) {
            return {};
        }
        QStringList statements;
        while (!log.atEnd()) {
            const QByteArray line = log.readLine();
            // The default line prefix: "2026-12-06 11:31:06.099 UTC [12345] LOG:  statement: …".
            if ((line.contains("LOG:  statement: ") || line.contains("LOG:  execute "))
                && (m_backend.isEmpty() || line.contains(m_backend))) {
                statements << QString::fromUtf8(line.trimmed());
            }
        }
        return statements;
    }

private:
    QString m_logFile;
    QByteArray m_backend;
    qint64 m_mark = 0;
};
