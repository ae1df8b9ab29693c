#pragma once

class QTextStream;

// Issue 14's figures: 3,000 requests labelled one decision at a time (each queuing its letter),
// their attestations made, and the outbox delivered over one reused connection to a local SMTP
// server that the bench starts (tests/smtp-server.py). Targets: an attestation within 30 ms,
// delivery at 50 messages/s or more. Returns false when a step failed.
bool benchOutbox(QTextStream& out);
