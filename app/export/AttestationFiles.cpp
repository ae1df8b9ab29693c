#include "app/export/AttestationFiles.h"

#include "app/core/DeviceWrite.h"
#include "app/export/AttestationPdf.h"
#include "app/export/ZipEntry.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

#include <quazip.h>

QByteArray AttestationFiles::pdf(const LabelledRequest& request, QString* error)
{
    if (request.labelNumber.isEmpty()) {
        *error
            = tr("The request %1 has no label number: it was never labelled.").arg(request.event.requestId);
        return {};
    }
    const QByteArray bytes
        = AttestationPdf::write(request.event, request.edition, request.labelNumber, request.decisionDate);
    if (bytes.isEmpty()) {
        *error = tr("The attestation of the request %1 cannot be made.").arg(request.event.requestId);
    }
    return bytes;
}

bool AttestationFiles::writeFolder(
    const QList<LabelledRequest>& requests, const QString& folder, QStringList* written, QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    for (const LabelledRequest& request : requests) {
        const QByteArray bytes = pdf(request, error);
        if (bytes.isEmpty()) {
            return false;
        }
        QSaveFile file(QDir(folder).filePath(AttestationPdf::fileName(request.labelNumber)));
        if (!file.open(QIODevice::WriteOnly) || !writeAll(&file, bytes) || !file.commit()) {
            *error = tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
        written->append(file.fileName());
    }
    return true;
}

bool AttestationFiles::writeZip(const QList<LabelledRequest>& requests, const QString& path, QString* error)
{
    // Zipped in memory: QuaZip seeks back and closes its device, which a QSaveFile does not allow.
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path)).arg(zip.getZipError());
        return false;
    }
    for (const LabelledRequest& request : requests) {
        const QByteArray bytes = pdf(request, error);
        // PDFs are compressed already: stored as they are.
        if (bytes.isEmpty()
            || !addZipEntry(&zip, AttestationPdf::fileName(request.labelNumber), true,
                [&](QIODevice* file) { return writeAll(file, bytes); })) {
            if (error->isEmpty()) {
                *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path)).arg(zip.getZipError());
            }
            zip.close();
            return false;
        }
    }
    zip.close();
    QSaveFile file(path);
    if (zip.getZipError() != 0 || !file.open(QIODevice::WriteOnly) || !writeAll(&file, buffer.data())
        || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
