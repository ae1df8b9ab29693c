#include "app/mail/OutboxSender.h"

#include "app/mail/MailHeader.h"
#include "app/mail/SmtpConnection.h"
#include "db/OutboxRepository.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <algorithm>

OutboxSender::OutboxSender(
    OutboxRepository& outbox, const SmtpSettings& settings, AttachmentMaker attachments)
    : m_outbox(outbox)
    , m_settings(settings)
    , m_attachments(std::move(attachments))
{
}

QString OutboxSender::messageId(const OutboxMessage& message, const QString& fromAddress)
{
    const QString domain = fromAddress.section(QLatin1Char('@'), 1).trimmed();
    return QStringLiteral("outbox-%1.%2@%3")
        .arg(message.id)
        .arg(message.editionYear)
        .arg(domain.isEmpty() ? QStringLiteral("semaine-admin.invalid") : domain);
}

QDateTime OutboxSender::nextAttempt(int attempts, const QDateTime& now)
{
    qint64 minutes = 5;
    for (int i = 1; i < attempts && minutes < 6 * 60; ++i) {
        minutes *= 3;
    }
    return now.addSecs(std::min<qint64>(minutes, 6 * 60) * 60);
}

OutboxSender::Counts OutboxSender::run(const Progress& progress)
{
    Counts counts;
    SmtpConnection connection(m_settings);
    const QString sender
        = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    // The attachment made ahead, and the message it is for; the pool waits for its job when run()
    // returns, so that no job outlives the run.
    QThreadPool aheadThread;
    aheadThread.setMaxThreadCount(1);
    qint64 aheadId = 0;
    QFuture<Attachment> ahead;
    const auto stop = [&](const QString& why) {
        counts.stoppedBecause = why;
        return counts;
    };
    const auto job = [&](const OutboxMessage& message) -> AttachmentJob {
        if (!m_attachments) {
            return [] { return Attachment { {}, {}, tr("The attestation cannot be made.") }; };
        }
        return m_attachments(message);
    };
    while (!progress || progress(counts)) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime staleBefore = now.addSecs(-m_staleAfterSeconds);
        const StoreResult<std::optional<OutboxMessage>> claimed = m_outbox.claim(sender, now, staleBefore);
        if (!claimed) {
            return stop(claimed.message);
        }
        if (!*claimed) {
            return counts;
        }
        const OutboxMessage& message = **claimed;
        // A message whose mark fails stays "sending": a later run sends it again, with the same
        // Message-ID; this one stops with the store's reason.
        const auto failMessage = [&](int code, const QString& why) {
            const WriteResult marked = m_outbox.markFailed(message.id, code, why);
            ++counts.failed;
            return marked;
        };
        bool takesUtf8 = false;
        if (message.recipient.trimmed().toLatin1() != message.recipient.trimmed().toUtf8()) {
            const std::optional<bool> offered = connection.offersSmtpUtf8();
            if (!offered) {
                const QString why = tr("Cannot reach the mail server %1.").arg(m_settings.url);
                const WriteResult marked = m_outbox.markRetry(message.id, 0, why, {});
                return stop(marked ? why : why + QLatin1Char('\n') + marked.message);
            }
            takesUtf8 = *offered;
        }
        if (const QString problem = MailHeader::addressProblem(message.recipient, takesUtf8);
            !problem.isEmpty()) {
            if (const WriteResult marked = failMessage(0, problem); !marked) {
                return stop(marked.message);
            }
            continue;
        }
        MailMessage mail { m_settings.from, m_settings.fromName, m_settings.replyTo,
            message.recipient.trimmed(), message.recipientName, message.subject, message.body,
            messageId(message, m_settings.from), {}, {} };
        if (message.attachment != OutboxMessage::Attachment::None) {
            // Made ahead only for the message claimed now; any other is made here.
            const Attachment made = aheadId == message.id ? ahead.result() : job(message)();
            if (made.data.isEmpty()) {
                if (const WriteResult marked = failMessage(
                        0, made.error.isEmpty() ? tr("The attestation cannot be made.") : made.error);
                    !marked) {
                    return stop(marked.message);
                }
                continue;
            }
            mail.attachment = made.data;
            mail.attachmentName = made.fileName;
        }
        // The next message's attachment, made while this one is being sent.
        const StoreResult<std::optional<OutboxMessage>> next = m_outbox.nextDue(now, staleBefore);
        if (!next) {
            // Nothing is sent that could not be marked afterwards.
            const WriteResult marked = m_outbox.markRetry(message.id, 0, next.message, {});
            return stop(marked ? next.message : next.message + QLatin1Char('\n') + marked.message);
        }
        aheadId = *next && (*next)->attachment != OutboxMessage::Attachment::None ? (*next)->id : 0;
        ahead = aheadId != 0 ? QtConcurrent::run(&aheadThread, job(**next)) : QFuture<Attachment>();
        const SmtpReply reply = connection.send(mail);
        WriteResult marked;
        switch (reply.outcome) {
        case SmtpReply::Outcome::Sent:
            marked
                = m_outbox.markSent(message.id, mail.messageId, reply.text, QDateTime::currentDateTimeUtc());
            ++counts.sent;
            break;
        case SmtpReply::Outcome::Rejected:
            marked = failMessage(reply.code, reply.text);
            break;
        case SmtpReply::Outcome::Deferred:
            marked
                = m_outbox.markRetry(message.id, reply.code, reply.text, nextAttempt(message.attempts, now));
            ++counts.deferred;
            break;
        case SmtpReply::Outcome::Unreachable:
            marked = m_outbox.markRetry(message.id, reply.code, reply.text, {});
            counts.loginRefused = reply.loginRefused;
            return stop(marked ? reply.text : reply.text + QLatin1Char('\n') + marked.message);
        }
        if (!marked) {
            return stop(marked.message);
        }
    }
    return counts;
}
