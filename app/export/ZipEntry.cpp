#include "app/export/ZipEntry.h"

#include <QDateTime>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

bool addZipEntry(QuaZip* zip, const QString& name, bool stored, const std::function<bool(QIODevice*)>& write)
{
    QuaZipFile file(zip);
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime::currentDateTime();
    // Without it the entries' Unix mode is 000 and a plain unzip makes unreadable files.
    info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const int method = stored ? 0 : 8; // Z_DEFLATED
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, method, stored ? 0 : 1)) {
        return false;
    }
    const bool written = write(&file);
    file.close();
    return written && file.getZipError() == 0;
}
