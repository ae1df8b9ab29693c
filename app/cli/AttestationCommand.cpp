#include "app/cli/AttestationCommand.h"

#include "app/export/AttestationFiles.h"
#include "app/export/AttestationPdf.h"
#include "db/Database.h"
#include "db/LabelledRequestRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

AttestationCommand::AttestationCommand()
    : DatabaseCommand(QStringLiteral("attestation"), Access::Reads)
{
}

QString AttestationCommand::description() const
{
    return QCoreApplication::translate("Cli",
        "Writes the label attestation (a PDF with a QR code of the label number) of each labelled request "
        "given by "
        "its request id, one file per request in a folder or all in one ZIP file.");
}

void AttestationCommand::addPositionalArguments(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
        QCoreApplication::translate("Cli", "Request ids (e.g. SI2018-00042)."), QStringLiteral("ID..."));
}

QList<QCommandLineOption> AttestationCommand::verbOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("out"),
            QCoreApplication::translate("Cli", "The folder to write the PDFs to (made when missing)."),
            QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("zip"),
            QCoreApplication::translate("Cli", "One ZIP file of the PDFs instead."), QStringLiteral("FILE")),
    };
}

int AttestationCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err)
{
    if (parser.positionalArguments().size() < 2
        || parser.isSet(QStringLiteral("out")) == parser.isSet(QStringLiteral("zip"))) {
        return badUsage(err,
            QCoreApplication::translate(
                "Cli", "Usage: semaine-admin [--db PATH] attestation ID... (--out DIR | --zip FILE)"));
    }
    return Done;
}

int AttestationCommand::executeWithDatabase(
    Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const StoreResult<Edition> edition = latestEdition(database, err);
    if (!edition) {
        return Failed;
    }
    // One line per request: written, or why not; the others go on.
    const LabelledRequestRepository store(database);
    const StoreResult<QHash<QString, qint64>> ids = store.idsByRequestId(edition->year);
    if (!ids) {
        return failed(err, ids.message);
    }
    QList<LabelledRequest> requests;
    int missing = 0;
    for (const QString& requestId : parser.positionalArguments().mid(1)) {
        const StoreResult<LabelledRequest> request = ids->contains(requestId)
            ? store.find(ids->value(requestId))
            : StoreResult<LabelledRequest>::failure(StoreStatus::NotFound,
                  QCoreApplication::translate("Cli", "The edition %1 has no request %2.")
                      .arg(edition->year)
                      .arg(requestId));
        if (!request) {
            err << QStringLiteral("%1\t%2").arg(escaped(requestId), request.message) << Qt::endl;
            ++missing;
            continue;
        }
        requests.append(*request);
    }
    QString error;
    if (parser.isSet(QStringLiteral("out"))) {
        const QString folder = parser.value(QStringLiteral("out"));
        for (const LabelledRequest& request : std::as_const(requests)) {
            QStringList written;
            if (!AttestationFiles::writeFolder({ request }, folder, &written, &error)) {
                err << QStringLiteral("%1\t%2").arg(request.event.requestId, error) << Qt::endl;
                ++missing;
                continue;
            }
            out << QStringLiteral("%1\t%2").arg(
                request.event.requestId, QDir::toNativeSeparators(written.first()))
                << Qt::endl;
        }
    } else if (!requests.isEmpty()) {
        const QString zip = parser.value(QStringLiteral("zip"));
        if (!AttestationFiles::writeZip(requests, zip, &error)) {
            return failed(err, error);
        }
        for (const LabelledRequest& request : std::as_const(requests)) {
            out << QStringLiteral("%1\t%2:%3")
                       .arg(request.event.requestId, QDir::toNativeSeparators(zip),
                           AttestationPdf::fileName(request.labelNumber))
                << Qt::endl;
        }
    }
    return missing == 0 ? Done : Failed;
}
