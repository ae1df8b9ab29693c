#pragma once

#include "app/cli/DatabaseCommand.h"
#include "app/core/EventFilter.h"

// semaine-admin [--db PATH] list [--json] [--status S] [--region CODE] [--departement CODE]
//     [--failing any|none|dates|audience|industry|free]
class ListCommand : public DatabaseCommand {
public:
    ListCommand();

protected:
    QString description() const override;
    QList<QCommandLineOption> verbOptions() const override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) override;
    int executeWithDatabase(
        Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;

private:
    EventFilter m_filter; // from the arguments
};
