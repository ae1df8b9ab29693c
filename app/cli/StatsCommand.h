#pragma once

#include "app/cli/DatabaseCommand.h"

// semaine-admin stats [--json] [--region CODE] [--edition YEAR] [--db PATH] [--lang fr|en]: the
// dashboard's figures without a window, from an existing store (a file or a postgresql:// URL).
class StatsCommand : public DatabaseCommand {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    StatsCommand();

protected:
    QString description() const override;
    QList<QCommandLineOption> verbOptions() const override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) override;
    int executeWithDatabase(
        Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;

private:
    int m_year = 0; // from --edition; 0 for the latest
};
