#pragma once

#include <QString>

// The passwords of the mail server and of the shared store. A password is looked up in this
// session's memory, then in the system keyring (QtKeychain) where there is one; a password the user
// gives is kept in memory for the session and written to the keyring where there is one. Never in
// QSettings nor in the store. Without a keyring (offscreen, tests, a desktop without one), the user
// is asked once per session.
namespace PasswordStore {

// The keyring's key of a mail server's account and of a shared store (its URL without password).
QString smtpAccount(const QString& user, const QString& url);
QString storeAccount(const QString& url);

// From this session's memory only: any thread may ask, the keyring is not touched.
QString remembered(const QString& account);
// From memory, else from the keyring (and then remembered); empty when neither holds it.
QString find(const QString& account);
// Remembered for the session, and written to the keyring where there is one: true when the keyring
// holds it, false when it lives in memory only.
bool keep(const QString& account, const QString& password);
// A password the server refused: out of memory and out of the keyring.
void forget(const QString& account);

} // namespace PasswordStore
