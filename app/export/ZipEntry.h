#pragma once

#include <QIODevice>
#include <QString>

#include <functional>

class QuaZip;

// Adds the file `name` to an open ZIP, written by `write`: stored as is, or deflated at level 1
// (a third of level 6's time for a file a quarter larger). Readable by everyone once unzipped.
bool addZipEntry(QuaZip* zip, const QString& name, bool stored, const std::function<bool(QIODevice*)>& write);
