#include "app/core/PreviousFiguresCsv.h"

#include "app/core/GeoReference.h"

#include <QRegularExpression>

bool PreviousFiguresCsv::parse(
    const QString& text, const GeoReference& geo, QHash<QString, PreviousFigures>* figures, QString* error)
{
    static const QRegularExpression separator(QStringLiteral("[;,\\t]"));
    QHash<QString, PreviousFigures> read;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r?\\n")));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (i == 0 && line.startsWith(QChar(0xFEFF))) {
            line = line.mid(1);
        }
        if (line.isEmpty()) {
            continue;
        }
        QStringList fields = line.split(separator);
        for (QString& field : fields) {
            field = field.trimmed().remove(QLatin1Char('"'));
        }
        const QString code = fields.value(0);
        const bool known
            = (code.startsWith(QLatin1Char('R')) && geo.region(code.mid(1))) || geo.departement(code);
        if (!known && i == 0 && read.isEmpty()) {
            continue; // a header line
        }
        if (!known) {
            *error = tr("Line %1: “%2” is neither a département code nor R and a région code.")
                         .arg(i + 1)
                         .arg(code);
            return false;
        }
        PreviousFigures previous;
        for (int column = 1; column <= 2; ++column) {
            // Group separators as people type them: spaces, narrow or not.
            QString figure = fields.value(column);
            figure.remove(QRegularExpression(QStringLiteral("[\\s\\x{202F}\\x{00A0}]")));
            if (figure.isEmpty()) {
                continue;
            }
            bool ok = false;
            const qint64 value = figure.toLongLong(&ok);
            if (!ok || value < 0) {
                *error = tr("Line %1: “%2” is not a whole number.").arg(i + 1).arg(fields.value(column));
                return false;
            }
            if (column == 1) {
                previous.events = int(value);
            } else {
                previous.participants = value;
            }
        }
        read.insert(code, previous);
    }
    *figures = read;
    return true;
}
