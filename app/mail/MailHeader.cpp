#include "app/mail/MailHeader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

bool printableAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

} // namespace

QByteArray MailHeader::encodedText(const QString& text)
{
    if (printableAscii(text)) {
        return text.toLatin1();
    }
    // 45 bytes of UTF-8 make 60 characters of base64, 72 with =?UTF-8?B? and ?=.
    constexpr qsizetype chunkBytes = 45;
    QByteArray result;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty()) {
            result += (result.isEmpty() ? "" : " ") + QByteArray("=?UTF-8?B?") + chunk.toBase64() + "?=";
            chunk.clear();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair is one character.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray utf8 = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + utf8.size() > chunkBytes) {
            flush();
        }
        chunk += utf8;
    }
    flush();
    return result;
}

QByteArray MailHeader::mailbox(const QString& name, const QString& address)
{
    const QByteArray angle = '<' + address.toUtf8() + '>';
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return angle;
    }
    static const QRegularExpression specials(QStringLiteral("[()<>\\[\\]:;@\\\\,.\"]"));
    if (printableAscii(trimmed) && trimmed.contains(specials)) {
        QString quoted = trimmed;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        return '"' + quoted.toLatin1() + "\" " + angle;
    }
    return encodedText(trimmed) + ' ' + angle;
}

QString MailHeader::addressProblem(const QString& address, bool serverTakesUtf8)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty()) {
        return QCoreApplication::translate("MailHeader", "The request has no contact e-mail address.");
    }
    // One @, something on each side, a dot in the domain, no spaces, brackets or commas.
    static const QRegularExpression shape(QStringLiteral(
        "^[^\\s@<>(),;:\"\\[\\]\\\\]+@[^\\s@<>(),;:\"\\[\\]\\\\]+\\.[^\\s@<>(),;:\"\\[\\]\\\\.]+$"));
    if (!shape.match(trimmed).hasMatch() || trimmed.contains(QLatin1String(".."))) {
        return QCoreApplication::translate(
            "MailHeader", "The contact address “%1” is not a valid e-mail address.")
            .arg(trimmed);
    }
    if (!serverTakesUtf8 && !printableAscii(trimmed)) {
        return QCoreApplication::translate("MailHeader",
            "The contact address “%1” is not ASCII and the mail server does not accept such addresses (no "
            "SMTPUTF8).")
            .arg(trimmed);
    }
    return {};
}
