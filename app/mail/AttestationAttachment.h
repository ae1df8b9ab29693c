#pragma once

#include "app/mail/OutboxSender.h"

class Database;

// The outbox's attachments made when a message leaves: a "labelled" message carries the request's
// label attestation (AttestationPdf) with its label number and the decision's date.
namespace AttestationAttachment {
// Reads through `database`, which must outlive the returned function; the jobs it returns read
// nothing and may run on any thread.
OutboxSender::AttachmentMaker maker(Database& database);
} // namespace AttestationAttachment
