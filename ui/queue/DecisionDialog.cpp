#include "ui/queue/DecisionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DecisionDialog::DecisionDialog(const QString& title, const QString& explanation, const QString& prefilled,
    const QString& okText, QWidget* parent)
    : QDialog(parent)
    , m_explanation(new QLabel(explanation, this))
    , m_text(new QPlainTextEdit(prefilled, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(title);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setAccessibleName(title);
    m_text->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    m_ok->setObjectName(QStringLiteral("decisionOk"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this] { m_ok->setEnabled(m_optional || !text().isEmpty()); };
    connect(m_text, &QPlainTextEdit::textChanged, this, updateOk);
    updateOk();
    m_text->setFocus();
    m_text->selectAll();
    resize(560, 320);
}

void DecisionDialog::setTextOptional(bool optional)
{
    m_optional = optional;
    m_ok->setEnabled(m_optional || !text().isEmpty());
}

QString DecisionDialog::text() const { return m_text->toPlainText().trimmed(); }
