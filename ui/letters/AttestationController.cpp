#include "ui/letters/AttestationController.h"

#include "app/core/DeviceWrite.h"
#include "app/export/AttestationFiles.h"
#include "app/export/AttestationPdf.h"
#include "db/LabelledRequestRepository.h"
#include "ui/common/FileDialogs.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

AttestationController::AttestationController(Database& database, QWidget* parent)
    : QObject(parent)
    , m_database(database)
    , m_parent(parent)
{
}

QString AttestationController::write(
    const QList<qint64>& eventIds, Target target, const QString& path, bool* written) const
{
    *written = false;
    const LabelledRequestRepository store(m_database);
    QList<LabelledRequest> requests;
    QStringList skipped;
    for (qint64 id : eventIds) {
        if (const StoreResult<LabelledRequest> request = store.find(id)) {
            requests.append(*request);
        } else {
            skipped << request.message;
        }
    }
    QString error;
    bool ok = !requests.isEmpty();
    if (ok && target == Target::File) {
        const QByteArray pdf = AttestationPdf::write(requests.first().event, requests.first().edition,
            requests.first().labelNumber, requests.first().decisionDate);
        QSaveFile file(path);
        ok = !pdf.isEmpty() && file.open(QIODevice::WriteOnly) && writeAll(&file, pdf) && file.commit();
        error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (ok && target == Target::Folder) {
        QStringList files;
        ok = AttestationFiles::writeFolder(requests, path, &files, &error);
    } else if (ok) {
        ok = AttestationFiles::writeZip(requests, path, &error);
    }
    QStringList lines;
    if (ok) {
        *written = true;
        lines << tr("%n attestation(s) written to %1.", nullptr, int(requests.size()))
                     .arg(QDir::toNativeSeparators(path));
    } else if (!requests.isEmpty()) {
        lines << error;
    }
    if (!skipped.isEmpty()) {
        lines << tr("%n request(s) skipped:", nullptr, int(skipped.size())) << skipped;
    }
    return lines.join(QLatin1Char('\n'));
}

void AttestationController::chooseAndWrite(const QList<qint64>& eventIds)
{
    if (eventIds.isEmpty()) {
        return;
    }
    Target target = Target::File;
    QString path;
    if (eventIds.size() == 1) {
        const StoreResult<LabelledRequest> request
            = LabelledRequestRepository(m_database).find(eventIds.first());
        if (!request) {
            QMessageBox::information(m_parent, tr("Label attestation"), request.message);
            return;
        }
        path = FileDialogs::saveFileName(m_parent, FileDialogs::Kind::Attestation,
            tr("Save the label attestation"), AttestationPdf::fileName(request->labelNumber),
            tr("PDF (*.pdf)"));
    } else {
        QMessageBox box(QMessageBox::Question, tr("Label attestations"),
            tr("Write the attestations of the %n selected request(s) as one PDF each in a folder, or in one "
               "ZIP file?",
                nullptr, int(eventIds.size())),
            QMessageBox::Cancel, m_parent);
        QPushButton* folder = box.addButton(tr("In a &folder…"), QMessageBox::AcceptRole);
        QPushButton* zip = box.addButton(tr("In a &ZIP file…"), QMessageBox::AcceptRole);
        box.setDefaultButton(folder);
        box.exec();
        if (box.clickedButton() == folder) {
            target = Target::Folder;
            path = FileDialogs::existingDirectory(
                m_parent, FileDialogs::Kind::Attestation, tr("Folder for the attestations"));
        } else if (box.clickedButton() == zip) {
            target = Target::Zip;
            path = FileDialogs::saveFileName(m_parent, FileDialogs::Kind::Attestation,
                tr("Save the attestations"),
                FileDialogs::datedName(tr("attestations"), QStringLiteral("zip"), QDate::currentDate()),
                tr("ZIP (*.zip)"));
        }
    }
    if (path.isEmpty()) {
        return;
    }
    bool written = false;
    const QString summary = write(eventIds, target, path, &written);
    if (written) {
        QMessageBox::information(m_parent, tr("Label attestations"), summary);
    } else {
        QMessageBox::warning(m_parent, tr("Label attestations"), summary);
    }
}
