#pragma once

class QTextStream;

// Issue 14's figures: `requests` (3,000 for the targets) labelled one decision at a time (each
// queuing its letter), their attestations made, and the outbox delivered over one reused
// connection to a local SMTP server that the bench starts (tests/smtp-server.py); before that,
// each part of a delivery alone (store reads, PDF, store updates, SMTP, the server's own time).
// Targets: an attestation within 30 ms, delivery at 50 messages/s or more. Returns false when a
// step failed.
bool benchOutbox(QTextStream& out, int requests);
constexpr int OutboxTargetRequests = 3000;
