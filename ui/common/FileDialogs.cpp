#include "ui/common/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString settingsKey(FileDialogs::Kind kind)
{
    static const char* const names[]
        = { "export", "import", "statistics", "attestation", "mapImage", "previousFigures", "store" };
    return QStringLiteral("fileDialogs/%1").arg(QLatin1String(names[int(kind)]));
}

} // namespace

QString FileDialogs::folder(Kind kind)
{
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) {
        return remembered;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void FileDialogs::remember(Kind kind, const QString& chosen)
{
    if (chosen.isEmpty()) {
        return;
    }
    const QFileInfo info(chosen);
    QSettings().setValue(settingsKey(kind), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString FileDialogs::datedName(const QString& stem, const QString& suffix, const QDate& day)
{
    return QStringLiteral("%1-%2.%3").arg(stem, day.toString(Qt::ISODate), suffix);
}

QString FileDialogs::suggestion(Kind kind, const QString& name) { return QDir(folder(kind)).filePath(name); }

QString FileDialogs::saveFileName(QWidget* parent, Kind kind, const QString& caption, const QString& name,
    const QString& filter, QString* selectedFilter)
{
    const QString path
        = QFileDialog::getSaveFileName(parent, caption, suggestion(kind, name), filter, selectedFilter);
    remember(kind, path);
    return path;
}

QString FileDialogs::openFileName(QWidget* parent, Kind kind, const QString& caption, const QString& filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, folder(kind), filter);
    remember(kind, path);
    return path;
}

QString FileDialogs::existingDirectory(QWidget* parent, Kind kind, const QString& caption)
{
    const QString path = QFileDialog::getExistingDirectory(parent, caption, folder(kind));
    remember(kind, path);
    return path;
}
