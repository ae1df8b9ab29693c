#include "ui/queue/AssignDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AssignDialog::AssignDialog(const QString& title, const QString& explanation, const QStringList& colleagues,
    const QString& current, QWidget* parent)
    : QDialog(parent)
    , m_name(new QComboBox(this))
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(title);
    auto* label = new QLabel(explanation, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("assigneeName"));
    m_name->setAccessibleName(title);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->addItems(colleagues);
    m_name->setCurrentText(current);
    // Any part of a name finds it ("dup" → "cdupont"), in a list under the field.
    m_name->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_name->completer()->setFilterMode(Qt::MatchContains);
    m_name->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Assign"));
    m_ok->setObjectName(QStringLiteral("decisionOk"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this] { m_ok->setEnabled(!name().isEmpty()); };
    connect(m_name, &QComboBox::currentTextChanged, this, updateOk);
    updateOk();
    m_name->setFocus();
    m_name->lineEdit()->selectAll();
}

QString AssignDialog::name() const { return m_name->currentText().trimmed(); }
