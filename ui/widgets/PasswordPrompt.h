#pragma once

#include <QString>

#include <optional>

class QWidget;

// Asks for a password the keyring does not hold and keeps what the user types (PasswordStore): in
// the keyring where there is one, otherwise in memory for this session, so that it is asked once.
namespace PasswordPrompt {

// The password of account: the one kept, else asked with label. `again` after a server refused the
// kept one: asked whatever is kept. Nothing when the user cancels.
std::optional<QString> password(
    QWidget* parent, const QString& title, const QString& label, const QString& account, bool again = false);

} // namespace PasswordPrompt
