#pragma once

#include <QByteArray>
#include <QString>

// Header texts for an e-mail: what is not ASCII is written as RFC 2047 encoded words.
namespace MailHeader {
// The text as is when it is printable ASCII, otherwise as UTF-8 encoded words (=?UTF-8?B?…?=),
// each at most 75 characters long and never cutting a character in two.
QByteArray encodedText(const QString& text);
// "Name <address>" with the name encoded as needed (quoted when it holds specials); the address alone
// without a name.
QByteArray mailbox(const QString& name, const QString& address);
// Why the address cannot be used ("" when it can): missing, malformed, or not ASCII when the
// server does not take UTF-8 addresses (SMTPUTF8).
QString addressProblem(const QString& address, bool serverTakesUtf8);
} // namespace MailHeader
