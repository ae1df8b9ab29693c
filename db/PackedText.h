#pragma once

#include <QByteArrayView>
#include <QtTypes>

// Numbers in the texts that the PostgreSQL server packs for the client to read by the hundred
// thousand (the map's points, the queue's ordered ids): the server's plain decimals and its
// hexadecimal doubles are read here by std::from_chars, where Qt's general conversions
// (locale data, signs, spaces, bases) cost 200 to 400 instructions a number, half of the client's
// map read. Anything else goes to Qt's conversion: the results are Qt's in every case.
namespace PackedText {

// As QByteArrayView::toLongLong(): the number in base 10, 0 when the text is not one.
qint64 integer(QByteArrayView text);
// As QByteArrayView::toULongLong(nullptr, 16): the number in base 16, 0 when the text is not one.
quint64 hexadecimal(QByteArrayView text);

} // namespace PackedText
