-- semaine-admin store, schema version 1. Portable SQL: the same statements run on PostgreSQL, but
-- for the blocks marked for one engine (see forEngine() in db/Database.cpp).

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE edition (
    year INTEGER PRIMARY KEY,
    week_start DATE NOT NULL,
    week_end DATE NOT NULL,
    request_deadline DATE NOT NULL,
    decision_delay_days INTEGER NOT NULL CHECK (decision_delay_days >= 0),
    previous_events INTEGER,
    previous_participants INTEGER,
    CHECK (week_start <= week_end)
);

CREATE TABLE edition_territory_window (
    edition_year INTEGER NOT NULL REFERENCES edition (year) ON DELETE CASCADE,
    departement TEXT NOT NULL,
    week_start DATE NOT NULL,
    week_end DATE NOT NULL,
    PRIMARY KEY (edition_year, departement),
    CHECK (week_start <= week_end)
);

CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    edition_year INTEGER NOT NULL REFERENCES edition (year),
    request_id TEXT NOT NULL,
    submitted_at TEXT,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    event_type TEXT NOT NULL,
    online INTEGER NOT NULL DEFAULT 0,
    organiser_name TEXT NOT NULL DEFAULT '',
    organiser_type TEXT NOT NULL,
    siret TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    insee_code TEXT NOT NULL DEFAULT '',
    departement TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    starts_at TEXT,
    ends_at TEXT,
    audience_public INTEGER,
    audience_young INTEGER,
    audience_job_seekers INTEGER,
    aims_industry INTEGER,
    is_free INTEGER,
    price DOUBLE PRECISION,
    expected_participants INTEGER,
    actual_participants INTEGER,
    -- The status drives the workflow, so the store itself checks it; the other keys are left to
    -- the code (a CHECK on every one of them cost about 40 % of a 100,000-row import).
    status TEXT NOT NULL CHECK (status IN ('submitted', 'in_review', 'labelled', 'refused', 'info_requested',
        'withdrawn')),
    reviewer_notes TEXT NOT NULL DEFAULT '',
    assignee TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (edition_year, request_id)
);

CREATE INDEX event_status ON event (edition_year, status);

-- Append-only: every status change and every edit of a decided event.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event (id),
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    old_status TEXT,
    new_status TEXT,
    reason TEXT NOT NULL DEFAULT '',
    changes TEXT NOT NULL DEFAULT ''
);

CREATE INDEX audit_event ON audit (event_id, id);

-- [sqlite]
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
-- [postgresql]
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;

CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
FOR EACH ROW EXECUTE FUNCTION audit_append_only();
-- [both]

-- The 2018 edition: 26 March – 1 April, requests until Monday 12 March, a decision within 4
-- working days; 2017 had 2,400 events and 300,000 participants. La Réunion held its week on 3–8 April.
INSERT INTO edition (year, week_start, week_end, request_deadline, decision_delay_days, previous_events, previous_participants)
VALUES (2018, '2018-03-26', '2018-04-01', '2018-03-12', 4, 2400, 300000);

INSERT INTO edition_territory_window (edition_year, departement, week_start, week_end)
VALUES (2018, '974', '2018-04-03', '2018-04-08');
