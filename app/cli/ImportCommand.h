#pragma once

#include "app/cli/DatabaseCommand.h"

// semaine-admin [--db PATH] import FILE [--report FILE] [--dry-run]
class ImportCommand : public DatabaseCommand {
public:
    ImportCommand();

protected:
    QString description() const override;
    void addPositionalArguments(QCommandLineParser& parser) const override;
    QList<QCommandLineOption> verbOptions() const override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) override;
    int executeWithDatabase(
        Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
