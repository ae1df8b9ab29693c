#pragma once

#include "app/cli/DatabaseCommand.h"
#include "app/core/OutboxMessage.h"
#include "app/mail/SmtpSettings.h"

#include <optional>

// semaine-admin [--db PATH] mail send [--smtp URL] [--from ADDRESS] [--allow-plain]
// semaine-admin [--db PATH] mail list [--json] [--state S]
class MailCommand : public DatabaseCommand {
public:
    MailCommand();

protected:
    QString description() const override;
    void addPositionalArguments(QCommandLineParser& parser) const override;
    QList<QCommandLineOption> verbOptions() const override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) override;
    int executeWithDatabase(
        Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;

private:
    int send(Database& database, QTextStream& out, QTextStream& err);
    int list(Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

    // From the arguments.
    bool m_send = false;
    SmtpSettings m_settings;
    std::optional<OutboxMessage::State> m_state;
};
