#pragma once

#include <QByteArrayView>
#include <QIODevice>

// Writes all of `data`, going on after a short write: a disk that fills up takes part of a write
// without an error, and only the next write fails with the reason ("No space left on device") in
// the device's errorString(); stopping at the short write left "Unknown error".
inline bool writeAll(QIODevice* device, QByteArrayView data)
{
    while (!data.isEmpty()) {
        const qint64 written = device->write(data.data(), data.size());
        if (written <= 0) {
            return false;
        }
        data = data.sliced(written);
    }
    return true;
}
