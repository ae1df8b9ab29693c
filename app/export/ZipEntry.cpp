#include "app/export/ZipEntry.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

namespace {

constexpr int zipEntryLevel = 1;

QuaZipNewInfo zipEntryInfo(const QString& name)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime::currentDateTime();
    // Without it the entries' Unix mode is 000 and a plain unzip makes unreadable files.
    info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return info;
}

} // namespace

bool addZipEntry(QuaZip* zip, const QString& name, bool stored, const std::function<bool(QIODevice*)>& write)
{
    QuaZipFile file(zip);
    const int method = stored ? 0 : Z_DEFLATED;
    if (!file.open(
            QIODevice::WriteOnly, zipEntryInfo(name), nullptr, 0, method, stored ? 0 : zipEntryLevel)) {
        return false;
    }
    const bool written = write(&file);
    file.close();
    return written && file.getZipError() == 0;
}

std::optional<DeflatedPiece> deflatePiece(const QByteArray& text, bool last)
{
    DeflatedPiece piece;
    piece.size = text.size();
    const auto* input = reinterpret_cast<const Bytef*>(text.constData());
    piece.crc = quint32(crc32_z(crc32_z(0, nullptr, 0), input, size_t(text.size())));
    z_stream stream {};
    // Raw deflate, without zlib's header: ZIP holds it so.
    if (deflateInit2(&stream, zipEntryLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return std::nullopt;
    }
    // The bound covers a finished stream; a flushed one ends with five bytes more at most.
    piece.data.resize(qsizetype(deflateBound(&stream, uLong(text.size()))) + 8);
    stream.next_in = const_cast<Bytef*>(input);
    stream.avail_in = uInt(text.size());
    stream.next_out = reinterpret_cast<Bytef*>(piece.data.data());
    stream.avail_out = uInt(piece.data.size());
    const int status = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    const bool done
        = (last ? status == Z_STREAM_END : status == Z_OK) && stream.avail_in == 0 && stream.avail_out > 0;
    piece.data.truncate(piece.data.size() - qsizetype(stream.avail_out));
    deflateEnd(&stream);
    return done ? std::optional(std::move(piece)) : std::nullopt;
}

bool addDeflatedZipEntry(QuaZip* zip, const QString& name, QList<DeflatedPiece> pieces)
{
    QuaZipNewInfo info = zipEntryInfo(name);
    uLong crc = crc32_z(0, nullptr, 0);
    qint64 size = 0;
    for (const DeflatedPiece& piece : pieces) {
        crc = crc32_combine64(crc, piece.crc, piece.size);
        size += piece.size;
    }
    info.uncompressedSize = ulong(size);
    QuaZipFile file(zip);
    // Raw: QuaZip takes the data as compressed, with the size and CRC given here.
    if (!file.open(QIODevice::WriteOnly, info, nullptr, quint32(crc), Z_DEFLATED, zipEntryLevel, true)) {
        return false;
    }
    bool written = true;
    for (DeflatedPiece& piece : pieces) {
        written = written && file.write(piece.data) == piece.data.size();
        piece.data = QByteArray();
    }
    file.close();
    return written && file.getZipError() == 0;
}

bool insertIntoZipEntry(const QByteArray& zip, const QString& name, QByteArrayView marker,
    QList<DeflatedPiece> inserted, QByteArray* result)
{
    QByteArray source = zip;
    QBuffer in(&source);
    QuaZip unzip(&in);
    // Room for the whole: the pieces are let go as they are copied in, never twice in memory.
    qsizetype size = zip.size();
    for (const DeflatedPiece& piece : inserted) {
        size += piece.data.size();
    }
    result->reserve(size + size / 8);
    QBuffer out(result);
    out.open(QIODevice::ReadWrite);
    QuaZip rezip(&out);
    bool done = unzip.open(QuaZip::mdUnzip) && rezip.open(QuaZip::mdCreate);
    bool found = false;
    for (bool more = done && unzip.goToFirstFile(); done && more; more = unzip.goToNextFile()) {
        const QString entryName = unzip.getCurrentFileName();
        QuaZipFile entry(&unzip);
        done = entry.open(QIODevice::ReadOnly);
        const QByteArray content = done ? entry.readAll() : QByteArray();
        entry.close();
        done = done && entry.getZipError() == UNZ_OK;
        const qsizetype at = entryName == name ? content.indexOf(marker) : -1;
        if (at < 0) {
            done = done && addZipEntry(&rezip, entryName, false, [&content](QIODevice* file) {
                return file->write(content) == content.size();
            });
            continue;
        }
        found = true;
        std::optional<DeflatedPiece> head = deflatePiece(content.first(at), false);
        std::optional<DeflatedPiece> tail = deflatePiece(content.sliced(at), true);
        done = done && head && tail;
        if (done) {
            inserted.prepend(std::move(*head));
            inserted.append(std::move(*tail));
            done = addDeflatedZipEntry(&rezip, entryName, std::move(inserted));
        }
    }
    rezip.close();
    return done && found && unzip.getZipError() == UNZ_OK && rezip.getZipError() == ZIP_OK;
}
