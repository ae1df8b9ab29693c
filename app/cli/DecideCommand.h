#pragma once

#include "app/cli/DatabaseCommand.h"
#include "app/core/EventStatus.h"

// semaine-admin [--db PATH] decide --label|--refuse|--request-info [--reason TEXT]
//     [--override JUSTIFICATION] ID...: decisions as the window takes them (version, conditions,
//     workflow), each queuing its message to the organiser; one line per request.
class DecideCommand : public DatabaseCommand {
public:
    DecideCommand();

protected:
    QString description() const override;
    void addPositionalArguments(QCommandLineParser& parser) const override;
    QList<QCommandLineOption> verbOptions() const override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) override;
    int executeWithDatabase(
        Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;

private:
    EventStatus m_to = EventStatus::Labelled; // from the arguments
};
