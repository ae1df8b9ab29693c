#include "ui/widgets/PasswordPrompt.h"

#include "app/secrets/PasswordStore.h"

#include <QInputDialog>
#include <QLineEdit>

namespace PasswordPrompt {

std::optional<QString> password(
    QWidget* parent, const QString& title, const QString& label, const QString& account, bool again)
{
    if (!again) {
        if (QString kept = PasswordStore::find(account); !kept.isEmpty()) {
            return kept;
        }
    }
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    PasswordStore::keep(account, dialog.textValue());
    return dialog.textValue();
}

} // namespace PasswordPrompt
