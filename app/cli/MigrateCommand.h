#pragma once

#include "app/cli/Command.h"

// `semaine-admin migrate --from PATH.sqlite --to postgresql://…`: copies a store, audit trail
// included, and checks the counts. It opens two stores, so it reads --db itself.
class MigrateCommand : public Command {
public:
    MigrateCommand();
    QList<QCommandLineOption> options() const override;

protected:
    QString description() const override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
