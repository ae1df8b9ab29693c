#pragma once

#include "app/cli/DatabaseCommand.h"

// semaine-admin [--db PATH] attestation ID... (--out DIR | --zip FILE): the label attestation of
// each labelled request, one PDF per request in a folder or all in one ZIP file.
class AttestationCommand : public DatabaseCommand {
public:
    AttestationCommand();
    bool needsGui() const override { return true; }

protected:
    QString description() const override;
    void addPositionalArguments(QCommandLineParser& parser) const override;
    QList<QCommandLineOption> verbOptions() const override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) override;
    int executeWithDatabase(
        Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
