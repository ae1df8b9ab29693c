#include "ui/mail/FreeMessageDialog.h"

#include "app/core/LetterTemplate.h"
#include "app/core/SessionUser.h"
#include "app/mail/MailHeader.h"
#include "db/FreeMessage.h"
#include "db/LetterTemplateRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

FreeMessageDialog::FreeMessageDialog(
    Database& database, const Event& event, const Edition& edition, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_event(event)
    , m_edition(edition)
{
    setObjectName(QStringLiteral("freeMessageDialog"));
    setWindowTitle(tr("Message to the organiser of %1").arg(event.requestId));
    initUi();
    showRecipient();
    compose();
}

void FreeMessageDialog::initUi()
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("freeMessageLanguage"));
    for (const QLocale::Language language : LetterLanguages::all()) {
        m_language->addItem(LetterLanguages::displayName(language), int(language));
    }
    // The language the reviewer works in, French otherwise.
    m_language->setCurrentIndex(std::max(0, m_language->findData(int(QLocale().language()))));
    m_recipient = new QLabel(this);
    m_recipient->setObjectName(QStringLiteral("freeMessageRecipient"));
    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("freeMessageProblem"));
    m_problem->setWordWrap(true);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("freeMessageSubject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("freeMessageBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumSize(
        m_body->fontMetrics().averageCharWidth() * 72, m_body->fontMetrics().height() * 14);

    auto* fields = new QFormLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    fields->addRow(languageLabel, m_language);
    fields->addRow(tr("To:"), m_recipient);
    auto* subjectLabel = new QLabel(tr("S&ubject:"), this);
    subjectLabel->setBuddy(m_subject);
    fields->addRow(subjectLabel, m_subject);
    auto* bodyLabel = new QLabel(tr("&Message:"), this);
    bodyLabel->setBuddy(m_body);
    fields->addRow(bodyLabel, m_body);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_queue = buttons->addButton(tr("&Queue for sending"), QDialogButtonBox::AcceptRole);
    m_queue->setObjectName(QStringLiteral("freeMessageQueue"));
    m_queue->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FreeMessageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FreeMessageDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &FreeMessageDialog::compose);
    connect(m_subject, &QLineEdit::textChanged, this, [this](const QString& subject) {
        m_queue->setEnabled(!m_addressUnusable && !subject.trimmed().isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(fields, 1);
    layout->addWidget(buttons);
}

void FreeMessageDialog::showRecipient()
{
    const QString address = m_event.contactEmail.trimmed();
    m_recipient->setText(m_event.contactName.trimmed().isEmpty()
            ? address
            : QStringLiteral("%1 <%2>").arg(m_event.contactName.trimmed(), address));
    // The outbox's own checks: an address it would fail is refused here already. Whether the server
    // takes a non-ASCII address is known only when the message leaves.
    const QString unusable = MailHeader::addressProblem(address, true);
    const QString maybe = MailHeader::addressProblem(address, false);
    if (!unusable.isEmpty()) {
        m_problem->setText(
            tr("%1 Correct the contact e-mail on the Request tab to write to the organiser.").arg(unusable));
    } else if (!maybe.isEmpty()) {
        m_problem->setText(
            tr("The address “%1” is not ASCII: the message leaves only if the mail server accepts such "
               "addresses (SMTPUTF8); otherwise it fails in the outbox with that reason.")
                .arg(address));
    }
    m_problem->setHidden(m_problem->text().isEmpty());
    m_addressUnusable = !unusable.isEmpty();
    m_queue->setEnabled(!m_addressUnusable && !m_subject->text().trimmed().isEmpty());
}

void FreeMessageDialog::compose()
{
    // A mark where the reviewer's text goes, so that the cursor waits there.
    const QString mark(QChar(0xE000));
    LetterContext context;
    context.reviewerName = SessionUser::name();
    context.decisionDate = QDate::currentDate();
    context.freeText = mark;
    const auto language = QLocale::Language(m_language->currentData().toInt());
    const StoreResult<Letter> letter = LetterTemplateRepository(m_database)
                                           .compose(LetterKind::Free, language, m_event, m_edition, context);
    if (!letter) {
        m_problem->setText(tr("The template of the free message cannot be read: %1").arg(letter.message));
        m_problem->show();
        return;
    }
    m_subject->setText(QString(letter->subject).remove(mark));
    const qsizetype at = letter->body.indexOf(mark);
    m_body->setPlainText(QString(letter->body).remove(mark));
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(at < 0 ? int(m_body->document()->characterCount() - 1) : int(at));
    m_body->setTextCursor(cursor);
    if (isVisible()) {
        m_body->setFocus();
    }
}

void FreeMessageDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_body->setFocus();
}

void FreeMessageDialog::accept()
{
    if (!m_queue->isEnabled()) {
        return;
    }
    OutboxMessage message;
    message.eventId = m_event.id;
    message.recipient = m_event.contactEmail.trimmed();
    message.recipientName = m_event.contactName;
    message.subject = m_subject->text().trimmed();
    message.body = m_body->toPlainText();
    message.who = SessionUser::name();
    if (const WriteResult queued = FreeMessage(m_database).queue(message); !queued) {
        QMessageBox box(
            QMessageBox::Warning, tr("The message was not queued"), queued.message, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("freeMessageRefused"));
        box.exec();
        return;
    }
    m_queued = message;
    QDialog::accept();
}
