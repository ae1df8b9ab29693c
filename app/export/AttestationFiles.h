#pragma once

#include "app/core/LabelledRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The attestations of several labelled requests at once: one PDF per request (named after its
// label number) in a folder, or in one ZIP file.
class AttestationFiles {
    Q_DECLARE_TR_FUNCTIONS(AttestationFiles)

public:
    // Writes each PDF into `folder` (made when missing), each through a QSaveFile; `written` gets
    // the paths written. Stops at the first failure, with `error` naming the request and why.
    static bool writeFolder(
        const QList<LabelledRequest>& requests, const QString& folder, QStringList* written, QString* error);
    // Writes every PDF into one ZIP file at `path`, replaced only once it is complete.
    static bool writeZip(const QList<LabelledRequest>& requests, const QString& path, QString* error);

private:
    // The PDF of one request; empty with `error` when it cannot be made.
    static QByteArray pdf(const LabelledRequest& request, QString* error);
};
