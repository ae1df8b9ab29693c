#include "tests/bench/ServerStatements.h"

#include <QFile>
#include <QFileInfo>

ServerStatements::ServerStatements(const QString& logFile)
    : m_logFile(logFile)
{
}

void ServerStatements::mark() { m_mark = QFileInfo(m_logFile).size(); }

QStringList ServerStatements::logged() const
{
    QFile log(m_logFile);
    if (!log.open(QIODevice::ReadOnly) || !log.seek(m_mark)) {
        return {};
    }
    // The server writes a statement's line before it runs it, so before the app has its answer.
    // A statement's text may span lines: only the first says "LOG:  statement:".
    QStringList statements;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine();
        if (line.contains("LOG:  statement: ") || line.contains("LOG:  execute ")) {
            statements << QString::fromUtf8(line.trimmed());
        }
    }
    return statements;
}
