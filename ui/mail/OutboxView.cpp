#include "ui/mail/OutboxView.h"

#include "app/mail/AttestationAttachment.h"
#include "app/mail/SmtpSettingsStore.h"
#include "app/secrets/PasswordStore.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"
#include "ui/mail/OutboxModel.h"
#include "ui/widgets/PasswordPrompt.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

OutboxView::OutboxView(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_outbox(new OutboxRepository(database))
    , m_model(new OutboxModel(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_preview(new QTextBrowser(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_cancel(new QPushButton(tr("&Cancel the message"), this))
    , m_send(new QPushButton(tr("Send no&w"), this))
    , m_stop(new QPushButton(tr("S&top sending"), this))
    , m_progress(new QProgressBar(this))
    , m_sendStatus(new QLabel(this))
{
    m_counts->setObjectName(QStringLiteral("outboxCounts"));
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_preview->setObjectName(QStringLiteral("outboxPreview"));
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_cancel->setObjectName(QStringLiteral("outboxCancel"));
    m_send->setObjectName(QStringLiteral("outboxSend"));
    m_stop->setObjectName(QStringLiteral("outboxStop"));
    m_sendStatus->setObjectName(QStringLiteral("outboxSendStatus"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_stop->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_sendStatus);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_send);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxView::showCurrent);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retryCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxView::cancelCurrent);
    connect(m_send, &QPushButton::clicked, this, &OutboxView::sendNow);
    connect(m_stop, &QPushButton::clicked, this, [this] { m_stopRequested.storeRelaxed(1); });
    connect(&m_sending, &QFutureWatcher<OutboxSender::Counts>::finished, this, &OutboxView::sendingFinished);
    reload();
}

OutboxView::~OutboxView()
{
    m_stopRequested.storeRelaxed(1);
    m_sending.waitForFinished();
    delete m_outbox;
}

void OutboxView::reload()
{
    // Each decision queues a message: behind another place, the outbox reads only its counts (the
    // status bar says how many wait), not every message and the preview again (about 1 ms of a
    // decision with an empty outbox, more as it fills). Those wait until it is shown.
    if (!isVisible()) {
        m_listStale = true;
        const StoreResult<QHash<OutboxMessage::State, int>> read = m_outbox->countByState();
        showCounts(read.value_or({}), read ? QString() : read.message);
        return;
    }
    m_listStale = false;
    const qint64 current = m_model->message(m_table->currentIndex().row())
        ? m_model->message(m_table->currentIndex().row())->id
        : 0;
    const StoreResult<QList<OutboxMessage>> messages = m_outbox->list();
    m_model->setMessages(messages.value_or({}));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->message(row)->id == current || (current == 0 && row == 0)) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    showCurrent();
    // The counts are those of the messages listed (every message): one read of the store, not two.
    QHash<OutboxMessage::State, int> counts;
    for (const OutboxMessage& message : messages.value_or({})) {
        ++counts[message.state];
    }
    // A failed read is said where the counts are: an empty list is not mistaken for no messages.
    showCounts(counts, messages ? QString() : messages.message);
}

void OutboxView::showCounts(const QHash<OutboxMessage::State, int>& counts, const QString& error)
{
    QStringList parts;
    for (const OutboxMessage::State state : { OutboxMessage::State::Failed, OutboxMessage::State::Queued,
             OutboxMessage::State::Sending, OutboxMessage::State::Sent, OutboxMessage::State::Cancelled }) {
        parts << QStringLiteral("%1: %2").arg(OutboxStates::displayName(state)).arg(counts.value(state));
    }
    m_counts->setText(error.isEmpty() ? parts.join(QStringLiteral(" · ")) : error);
    m_waiting = counts.value(OutboxMessage::State::Queued) + counts.value(OutboxMessage::State::Sending);
    emit waitingChanged(m_waiting);
}

void OutboxView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_listStale) {
        reload();
    }
}

void OutboxView::showCurrent()
{
    const OutboxMessage* message = m_model->message(m_table->currentIndex().row());
    m_retry->setEnabled(message && message->state == OutboxMessage::State::Failed && !isSending());
    m_cancel->setEnabled(message
        && (message->state == OutboxMessage::State::Failed || message->state == OutboxMessage::State::Queued)
        && !isSending());
    if (!message) {
        m_preview->clear();
        return;
    }
    QString text
        = tr("To: %1\nSubject: %2\n")
              .arg(m_model->data(m_model->index(m_table->currentIndex().row(), OutboxModel::RecipientColumn))
                       .toString(),
                  message->subject);
    if (message->attachment == OutboxMessage::Attachment::Attestation) {
        text += tr("Attachment: the label attestation (PDF)\n");
    }
    if (!message->lastError.isEmpty() && message->state != OutboxMessage::State::Sent) {
        text += tr("Last error: %1\n")
                    .arg(m_model
                            ->data(m_model->index(m_table->currentIndex().row(), OutboxModel::ResultColumn))
                            .toString());
    }
    m_preview->setPlainText(text + QLatin1Char('\n') + message->body);
}

void OutboxView::retryCurrent()
{
    if (const OutboxMessage* message = m_model->message(m_table->currentIndex().row())) {
        if (const WriteResult done = m_outbox->retry(message->id); !done) {
            QMessageBox::warning(this, tr("Outbox"), done.message);
        }
    }
    reload();
}

void OutboxView::cancelCurrent()
{
    if (const OutboxMessage* message = m_model->message(m_table->currentIndex().row())) {
        if (const WriteResult done = m_outbox->cancel(message->id); !done) {
            QMessageBox::warning(this, tr("Outbox"), done.message);
        }
    }
    reload();
}

void OutboxView::sendNow()
{
    if (isSending()) {
        return;
    }
    SmtpSettings settings = SmtpSettingsStore::load();
    if (settings.url.isEmpty() || settings.from.isEmpty()) {
        QMessageBox::information(this, tr("Outbox"),
            tr("No mail server is set: choose one in Settings → Mail server. The messages wait in the outbox "
               "meanwhile."));
        return;
    }
    if (!settings.user.isEmpty()) {
        // From the keyring, or asked once per session; asked again after the server refused it.
        const std::optional<QString> password = PasswordPrompt::password(this, tr("Mail server"),
            tr("Password of %1 on %2:").arg(settings.user, settings.url),
            PasswordStore::smtpAccount(settings.user, settings.url), m_loginRefused);
        if (!password) {
            return;
        }
        settings.password = *password;
    }
    m_loginRefused = false;
    m_stopRequested.storeRelaxed(0);
    m_send->setEnabled(false);
    m_stop->show();
    m_progress->show();
    m_sendStatus->setText(tr("Sending…"));
    const QString location = m_database.path();
    m_sending.setFuture(QtConcurrent::run([this, location, settings] {
        // The worker's own connection: a Qt SQL connection belongs to the thread that opened it.
        Database database;
        if (!database.open(location)) {
            return OutboxSender::Counts { 0, 0, 0, database.errorString() };
        }
        OutboxRepository outbox(database);
        return OutboxSender(outbox, settings, AttestationAttachment::maker(database))
            .run([this](const OutboxSender::Counts& counts) {
                QMetaObject::invokeMethod(
                    this, [this, counts] { showProgress(counts.sent, counts.failed); }, Qt::QueuedConnection);
                return m_stopRequested.loadRelaxed() == 0;
            });
    }));
    showCurrent();
}

void OutboxView::showProgress(int sent, int failed)
{
    m_sendStatus->setText(tr("Sending… %n sent", nullptr, sent)
        + (failed > 0 ? tr(", %n failed", nullptr, failed) : QString()));
}

void OutboxView::sendingFinished()
{
    const OutboxSender::Counts counts = m_sending.result();
    m_send->setEnabled(true);
    m_stop->hide();
    m_progress->hide();
    m_loginRefused = counts.loginRefused;
    QString text = tr("%n sent", nullptr, counts.sent) + tr(", %n failed", nullptr, counts.failed);
    if (!counts.stoppedBecause.isEmpty()) {
        text += QStringLiteral(" — ") + counts.stoppedBecause;
    }
    m_sendStatus->setText(text);
    reload();
}
