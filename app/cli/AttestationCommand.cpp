#include "app/cli/AttestationCommand.h"

#include "app/cli/Cli.h"
#include "app/export/AttestationFiles.h"
#include "app/export/AttestationPdf.h"
#include "db/Database.h"
#include "db/LabelledRequestRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

int runAttestation(int argc, char** argv)
{
    Cli::useOffscreenPlatform();
    QGuiApplication app(argc, argv);
    Cli::start(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Writes the label attestation (a PDF with a QR code of the label number) of each labelled request given by "
        "its request id, one file per request in a folder or all in one ZIP file."));
    parser.addPositionalArgument(QStringLiteral("attestation"), QCoreApplication::translate("Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("Cli", "Request ids (e.g. SI2018-00042)."),
        QStringLiteral("ID..."));
    const QCommandLineOption db = Cli::databaseOption();
    const QCommandLineOption folder(QStringLiteral("out"),
        QCoreApplication::translate("Cli", "The folder to write the PDFs to (made when missing)."), QStringLiteral("DIR"));
    const QCommandLineOption zip(QStringLiteral("zip"), QCoreApplication::translate("Cli", "One ZIP file of the PDFs instead."),
        QStringLiteral("FILE"));
    parser.addOptions({ db, folder, zip });
    if (int exitStatus = Cli::Done; !Cli::parse(parser, app, &exitStatus)) {
        return exitStatus;
    }
    const QStringList requestIds = parser.positionalArguments().mid(1);
    if (requestIds.isEmpty() || parser.isSet(folder) == parser.isSet(zip)) {
        err << QCoreApplication::translate("Cli", "Usage: semaine-admin [--db PATH] attestation ID... (--out DIR | --zip FILE)")
            << Qt::endl;
        return Cli::BadUsage;
    }
    Database database;
    const std::optional<Edition> edition = Cli::openLatestEdition(database, parser.value(db), err);
    if (!edition) {
        return Cli::Failed;
    }
    // One line per request: written, or why not; the others go on.
    const LabelledRequestRepository store(database);
    const QHash<QString, qint64> ids = store.idsByRequestId(edition->year);
    QList<LabelledRequest> requests;
    int failed = 0;
    for (const QString& requestId : requestIds) {
        QString error;
        const std::optional<LabelledRequest> request = ids.contains(requestId)
            ? store.find(ids.value(requestId), &error)
            : (error = QCoreApplication::translate("Cli", "The edition %1 has no request %2.").arg(edition->year).arg(requestId),
                  std::nullopt);
        if (!request) {
            err << QStringLiteral("%1\t%2").arg(Cli::escaped(requestId), error) << Qt::endl;
            ++failed;
            continue;
        }
        requests.append(*request);
    }
    QString error;
    if (parser.isSet(folder)) {
        for (const LabelledRequest& request : std::as_const(requests)) {
            QStringList written;
            if (!AttestationFiles::writeFolder({ request }, parser.value(folder), &written, &error)) {
                err << QStringLiteral("%1\t%2").arg(request.event.requestId, error) << Qt::endl;
                ++failed;
                continue;
            }
            out << QStringLiteral("%1\t%2").arg(request.event.requestId, QDir::toNativeSeparators(written.first())) << Qt::endl;
        }
    } else if (!requests.isEmpty()) {
        if (!AttestationFiles::writeZip(requests, parser.value(zip), &error)) {
            err << error << Qt::endl;
            return Cli::Failed;
        }
        for (const LabelledRequest& request : std::as_const(requests)) {
            out << QStringLiteral("%1\t%2:%3")
                       .arg(request.event.requestId, QDir::toNativeSeparators(parser.value(zip)),
                           AttestationPdf::fileName(request.labelNumber))
                << Qt::endl;
        }
    }
    return failed == 0 ? Cli::Done : Cli::Failed;
}
