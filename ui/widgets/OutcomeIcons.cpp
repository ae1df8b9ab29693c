#include "ui/widgets/OutcomeIcons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QIcon draw(Outcome outcome)
{
    QIcon icon;
    for (int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor colour = outcome == Outcome::Pass ? QColor(0x2e, 0x7d, 0x32)
            : outcome == Outcome::Fail                 ? QColor(0xc6, 0x28, 0x28)
                                                       : QColor(0x75, 0x75, 0x75);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        QPen pen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const double s = size;
        if (outcome == Outcome::Pass) {
            QPainterPath tick;
            tick.moveTo(s * 0.27, s * 0.52);
            tick.lineTo(s * 0.44, s * 0.69);
            tick.lineTo(s * 0.74, s * 0.34);
            p.drawPath(tick);
        } else if (outcome == Outcome::Fail) {
            p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
            p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        } else {
            QFont font = p.font();
            font.setBold(true);
            font.setPixelSize(int(s * 0.7));
            p.setFont(font);
            p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("?"));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

namespace OutcomeIcons {

QIcon icon(Outcome outcome)
{
    static const QIcon pass = draw(Outcome::Pass);
    static const QIcon fail = draw(Outcome::Fail);
    static const QIcon unknown = draw(Outcome::Unknown);
    return outcome == Outcome::Pass ? pass : outcome == Outcome::Fail ? fail : unknown;
}

QString word(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QCoreApplication::translate("OutcomeIcons", "passes");
    case Outcome::Fail:
        return QCoreApplication::translate("OutcomeIcons", "fails");
    case Outcome::Unknown:
        return QCoreApplication::translate("OutcomeIcons", "unknown");
    }
    return {};
}

}
