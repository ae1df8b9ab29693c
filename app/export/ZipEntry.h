#pragma once

#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QuaZip;

// Adds the file `name` to an open ZIP, written by `write`: stored as is, or deflated at level 1
// (a third of level 6's time for a file a quarter larger). Readable by everyone once unzipped.
bool addZipEntry(QuaZip* zip, const QString& name, bool stored, const std::function<bool(QIODevice*)>& write);

// A piece of a file deflated on its own, on any thread, at the same level: its blocks end on a
// byte and only the last piece's is marked final, so the pieces joined in order are one deflate
// stream (as pigz compresses on every core).
struct DeflatedPiece {
    QByteArray data;
    quint32 crc = 0;
    qint64 size = 0; // before compression
};
std::optional<DeflatedPiece> deflatePiece(const QByteArray& text, bool last);

// Adds the file `name` made of these pieces, in order, the last one made with `last`; each piece is
// let go once written.
bool addDeflatedZipEntry(QuaZip* zip, const QString& name, QList<DeflatedPiece> pieces);

// The ZIP `zip` made again into `result`, its entries in their order and deflated at the same
// level as addZipEntry(), `name`'s with `inserted` before the first `marker` in it.
bool insertIntoZipEntry(const QByteArray& zip, const QString& name, QByteArrayView marker,
    QList<DeflatedPiece> inserted, QByteArray* result);
