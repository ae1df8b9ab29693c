#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

// The "attestation de labellisation" of a labelled request: one A4 page with the edition and its
// week, the event (title, organiser, place, dates), its label number and the date of the decision,
// the committee's signature block, and a QR code carrying the label number so that anyone can check it.
class AttestationPdf {
    Q_DECLARE_TR_FUNCTIONS(AttestationPdf)

public:
    // The PDF's bytes; empty when the QR code cannot be made (a label number too long for it).
    static QByteArray write(
        const Event& event, const Edition& edition, const QString& labelNumber, const QDate& decisionDate);
    // The file name to save it under: attestation-SI2018-L-00123.pdf.
    static QString fileName(const QString& labelNumber);
};
