#include "app/export/AttestationPdf.h"

#include "app/core/DateText.h"
#include "app/core/LetterTemplate.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <qrencode.h>

#include <memory>

namespace {

constexpr int Resolution = 300; // dots per inch
constexpr qreal Margin = 20; // mm
constexpr qreal QrSide = 36; // mm, quiet zone included: a phone reads it from a printed page
constexpr int QuietModules = 4; // the white border the QR standard asks for

// The QR code's dark modules as one path (one rectangle per run of a row), in modules; its side
// in modules, quiet zone included. Empty when the text cannot be encoded.
std::pair<QPainterPath, int> qrModules(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) {
        return { QPainterPath(), 0 };
    }
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const int width = code->width;
    for (int y = 0; y < width; ++y) {
        int x = 0;
        while (x < width) {
            if (!(code->data[y * width + x] & 1)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < width && (code->data[y * width + x] & 1)) {
                ++x;
            }
            path.addRect(QRectF(start + QuietModules, y + QuietModules, x - start, 1));
        }
    }
    return { path, width + 2 * QuietModules };
}

} // namespace

QString AttestationPdf::fileName(const QString& labelNumber)
{
    return QStringLiteral("attestation-%1.pdf").arg(labelNumber);
}

QByteArray AttestationPdf::write(
    const Event& event, const Edition& edition, const QString& labelNumber, const QDate& decisionDate)
{
    const auto [qr, qrWidth] = qrModules(labelNumber);
    if (qrWidth == 0) {
        return {};
    }
    // The dates and the place as the letters write them, in the language of the texts around them.
    const QLocale::Language language
        = QLocale().language() == QLocale::English ? QLocale::English : QLocale::French;
    LetterContext context;
    context.labelNumber = labelNumber;
    const auto value = [&](const char* placeholder) {
        return LetterTemplate::value(QString::fromLatin1(placeholder), language, event, edition, context);
    };

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(Resolution);
    pdf.setTitle(tr("Label attestation %1").arg(labelNumber));
    pdf.setCreator(QStringLiteral("semaine-admin"));

    QPainter painter(&pdf);
    const qreal mm = Resolution / 25.4;
    const QRectF page(0, 0, pdf.width(), pdf.height());
    const QRectF area = page.marginsRemoved(QMarginsF(Margin, Margin, Margin, Margin) * mm);
    const QString family = QStringLiteral("DejaVu Sans");
    const auto font = [&](qreal points, bool bold) {
        QFont result(family);
        result.setPointSizeF(points);
        result.setBold(bold);
        return result;
    };
    qreal y = area.top();
    // Draws a block of text across `width` from the current height, then moves under it.
    const auto block = [&](const QString& text, const QFont& textFont, Qt::Alignment alignment, qreal after,
                           qreal left, qreal width) {
        painter.setFont(textFont);
        const QRectF bounds = painter.boundingRect(
            QRectF(left, y, width, page.height()), int(alignment | Qt::TextWordWrap), text);
        painter.drawText(QRectF(left, y, width, bounds.height()), int(alignment | Qt::TextWordWrap), text);
        y += bounds.height() + after * mm;
    };
    const auto line = [&](const QString& text, const QFont& textFont, Qt::Alignment alignment, qreal after) {
        block(text, textFont, alignment, after, area.left(), area.width());
    };

    line(tr("Ministry of the Economy and Finance\nDirection générale des entreprises"), font(9, false),
        Qt::AlignLeft, 18);
    line(tr("Label attestation"), font(24, true), Qt::AlignHCenter, 4);
    const TerritoryWindow week = edition.windowFor(event.departement);
    line(tr("Semaine de l'industrie %1, from %2 to %3")
             .arg(edition.year)
             .arg(DateText::longDate(week.weekStart), DateText::longDate(week.weekEnd)),
        font(13, false), Qt::AlignHCenter, 14);
    line(tr("The organising committee of the Semaine de l'industrie certifies that the event below has been "
            "awarded the label of the %1 edition.")
             .arg(edition.year),
        font(11, false), Qt::AlignLeft, 10);

    // The event, one field a row: its name on the left, its value beside it.
    const qreal nameWidth = 52 * mm;
    const QList<std::pair<QString, QString>> fields = {
        { tr("Event"), event.title },
        { tr("Organiser"), event.organiserName },
        { tr("Place"), value("place") },
        { tr("Dates"), value("dates") },
        { tr("Request"), event.requestId },
        { tr("Label number"), labelNumber },
        { tr("Date of the decision"), decisionDate.isValid() ? DateText::longDate(decisionDate) : QString() },
    };
    for (const auto& [name, text] : fields) {
        const qreal top = y;
        block(name, font(11, true), Qt::AlignLeft, 0, area.left(), nameWidth);
        const qreal nameBottom = y;
        y = top;
        block(text, font(11, false), Qt::AlignLeft, 0, area.left() + nameWidth, area.width() - nameWidth);
        y = std::max(y, nameBottom) + 3 * mm;
    }

    // The signature block on the left, the QR code on the right, both at the foot of the page.
    const qreal side = QrSide * mm;
    const QRectF qrArea(area.right() - side, area.bottom() - side - 6 * mm, side, side);
    painter.save();
    painter.translate(qrArea.topLeft());
    painter.scale(side / qrWidth, side / qrWidth);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(qr);
    painter.restore();
    painter.setFont(font(8, false));
    painter.drawText(QRectF(qrArea.left() - 10 * mm, qrArea.bottom() + 1 * mm, side + 20 * mm, 5 * mm),
        Qt::AlignHCenter | Qt::AlignTop, labelNumber);

    y = std::max(y + 10 * mm, qrArea.top());
    const qreal signatureWidth = area.width() - side - 10 * mm;
    block(
        tr("Paris, %1").arg(DateText::longDate(decisionDate.isValid() ? decisionDate : QDate::currentDate())),
        font(11, false), Qt::AlignLeft, 6, area.left(), signatureWidth);
    block(tr("For the organising committee of the Semaine de l'industrie,\nthe Director General for "
             "Enterprise"),
        font(11, true), Qt::AlignLeft, 0, area.left(), signatureWidth);
    painter.end();
    return buffer.data();
}
