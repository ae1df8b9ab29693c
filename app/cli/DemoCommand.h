#pragma once

#include "app/cli/DatabaseCommand.h"

// semaine-admin demo [--events N] [--seed S] --db PATH: writes a generated edition into an empty store.
class DemoCommand : public DatabaseCommand {
public:
    DemoCommand();

protected:
    QString description() const override;
    QList<QCommandLineOption> verbOptions() const override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) override;
    int executeWithDatabase(
        Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;

private:
    // From the arguments.
    int m_events = 0;
    quint32 m_seed = 0;
};
