#pragma once

#include "app/cli/DatabaseCommand.h"
#include "app/core/EventFilter.h"
#include "app/export/ExportWriter.h"

// semaine-admin [--db PATH] export --format csv|xlsx|ods|pdf|geojson|ics [--status labelled|all|S,…]
//     [--region CODE] [--departement CODE] [--template NAME | --columns KEYS [--save-template NAME]] OUT
class ExportCommand : public DatabaseCommand {
public:
    ExportCommand();
    bool needsGui() const override { return true; }

protected:
    QString description() const override;
    void addPositionalArguments(QCommandLineParser& parser) const override;
    QList<QCommandLineOption> verbOptions() const override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) override;
    int executeWithDatabase(
        Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;

private:
    // From the arguments.
    ExportWriter::Format m_format = ExportWriter::Format::Csv;
    ExportOptions m_options;
    EventFilter m_filter;
};
