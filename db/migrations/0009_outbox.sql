-- semaine-admin store, schema version 9: decisions reach the organisers.
--
-- A decision writes its e-mail to the outbox in the same transaction as the decision and its
-- audit entry (a transactional outbox): both exist or neither. A sender then delivers the queued
-- messages over SMTP; a message goes queued → sending → sent, or back to queued with a later
-- next_attempt_at (a 4xx answer, no connection), or failed (a 5xx answer, an unusable address),
-- or cancelled (its decision was reopened before it left). Its Message-ID is derived from its id,
-- so that a message sent again after a crash is recognisable.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event (id),
    kind TEXT NOT NULL CHECK (kind IN ('labelled', 'refused', 'info_requested', 'free')),
    recipient TEXT NOT NULL DEFAULT '',
    recipient_name TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    -- What to attach, made again when the message is sent: '' (nothing) or 'attestation' (the
    -- request's label attestation, a PDF).
    attachment TEXT NOT NULL DEFAULT '' CHECK (attachment IN ('', 'attestation')),
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    -- The last failure: the SMTP reply code (0 without one) and its text, or the reason.
    error_code INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    server_reply TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    -- Which sender took it, and when: a message left in 'sending' by a sender that died is taken
    -- again once that is old enough.
    claimed_by TEXT NOT NULL DEFAULT '',
    claimed_at TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    who TEXT NOT NULL
);

CREATE INDEX outbox_state ON outbox (state, next_attempt_at, id);
CREATE INDEX outbox_event ON outbox (event_id, id);

-- The label numbers (SI2018-L-00123): one per labelled request, given at its first label and kept
-- when it is reopened and labelled again; a number is never given twice, even to another request
-- after a deletion, since label_counter only counts up.
CREATE TABLE label_counter (
    edition_year INTEGER PRIMARY KEY REFERENCES edition (year),
    last_number INTEGER NOT NULL
);

CREATE TABLE label_number (
    event_id INTEGER PRIMARY KEY REFERENCES event (id),
    edition_year INTEGER NOT NULL REFERENCES edition (year),
    number INTEGER NOT NULL,
    assigned_at TEXT NOT NULL,
    UNIQUE (edition_year, number)
);

-- [postgresql]
-- Everyone reads; the reviewers write the messages and numbers of their régions' requests, as
-- they decide them, and send them.
GRANT SELECT ON outbox, label_counter, label_number TO semaine_viewer, semaine_regional, semaine_national, semaine_admin;
GRANT INSERT, UPDATE ON outbox, label_counter TO semaine_regional, semaine_national, semaine_admin;
GRANT INSERT ON label_number TO semaine_regional, semaine_national, semaine_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO semaine_regional, semaine_national, semaine_admin;

ALTER TABLE outbox ALTER COLUMN who SET DEFAULT session_user;
CREATE TRIGGER outbox_author BEFORE INSERT ON outbox
FOR EACH ROW EXECUTE FUNCTION public.semaine_sign();

ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY outbox_read ON outbox FOR SELECT USING (true);
CREATE POLICY outbox_write ON outbox FOR INSERT
    WITH CHECK (public.semaine_may_edit((SELECT e.region FROM public.event e WHERE e.id = outbox.event_id)));
CREATE POLICY outbox_update ON outbox FOR UPDATE
    USING (public.semaine_may_edit((SELECT e.region FROM public.event e WHERE e.id = outbox.event_id)))
    WITH CHECK (public.semaine_may_edit((SELECT e.region FROM public.event e WHERE e.id = outbox.event_id)));

ALTER TABLE label_number ENABLE ROW LEVEL SECURITY;
CREATE POLICY label_number_read ON label_number FOR SELECT USING (true);
CREATE POLICY label_number_insert ON label_number FOR INSERT
    WITH CHECK (public.semaine_may_edit((SELECT e.region FROM public.event e WHERE e.id = label_number.event_id)));
-- [both]
