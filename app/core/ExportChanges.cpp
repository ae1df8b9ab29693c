#include "app/core/ExportChanges.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

ExportChanges ExportChanges::between(const ExportSnapshot& before, const ExportSnapshot& after)
{
    QHash<QString, const ExportSnapshot::Row*> earlier;
    for (const ExportSnapshot::Row& row : before.rows) {
        earlier.insert(row.requestId, &row);
    }
    ExportChanges changes;
    for (const ExportSnapshot::Row& row : after.rows) {
        const ExportSnapshot::Row* previous = earlier.take(row.requestId);
        if (!previous) {
            changes.added << row;
        } else if (previous->hash != row.hash) {
            changes.modified << row;
        }
    }
    // In the earlier export's order.
    for (const ExportSnapshot::Row& row : before.rows) {
        if (earlier.contains(row.requestId)) {
            changes.removed << row;
        }
    }
    return changes;
}

QString ExportChanges::summary(const ExportSnapshot& before, const ExportChanges& changes)
{
    const QDateTime when = before.exportedAt.toTimeZone(QTimeZone("Europe/Paris"));
    return tr("since the export of %1: %2 added, %3 removed, %4 modified")
        .arg(when.toString(QStringLiteral("dd/MM/yyyy HH:mm")))
        .arg(changes.added.size())
        .arg(changes.removed.size())
        .arg(changes.modified.size());
}

QStringList ExportChanges::lines() const
{
    QStringList result;
    for (const auto& [mark, rows] : { std::pair { QStringLiteral("+"), &added },
             std::pair { QStringLiteral("−"), &removed }, std::pair { QStringLiteral("~"), &modified } }) {
        for (const ExportSnapshot::Row& row : *rows) {
            result << QStringLiteral("%1 %2 %3").arg(mark, row.requestId, row.title);
        }
    }
    return result;
}
