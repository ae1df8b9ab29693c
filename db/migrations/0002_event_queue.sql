-- semaine-admin store, schema version 2: the review queue's index.
--
-- One narrow row per request with what the queue filters, sorts and counts on, including the
-- label rules' outcomes (app/core/EventDigest), so that a filter or a search keystroke is one
-- scan of small rows instead of the requests themselves. It is derived data: the repository
-- writes it in the same transaction as the request, and works every row out again when the
-- code's recipe (EventDigest::Recipe) is newer than the one in meta.
CREATE TABLE event_queue (
    event_id INTEGER PRIMARY KEY REFERENCES event (id),
    edition_year INTEGER NOT NULL,
    status TEXT NOT NULL,
    assignee TEXT NOT NULL,
    region TEXT NOT NULL,
    departement TEXT NOT NULL,
    event_type TEXT NOT NULL,
    organiser_type TEXT NOT NULL,
    request_key TEXT NOT NULL,
    title_key TEXT NOT NULL,
    organiser_key TEXT NOT NULL,
    commune_key TEXT NOT NULL,
    -- What the free text is searched in, in one piece (EventFilter::searchText): one instr() per
    -- row instead of one per field.
    search_text TEXT NOT NULL,
    starts_at TEXT,
    ends_at TEXT,
    submitted_at TEXT,
    submitted_day TEXT,
    decision_due TEXT,
    audiences INTEGER,
    -- Outcomes: 0 pass, 1 fail, 2 unknown.
    c1 INTEGER NOT NULL,
    c2 INTEGER NOT NULL,
    c3 INTEGER NOT NULL,
    c4 INTEGER NOT NULL,
    late INTEGER NOT NULL,
    data_problems INTEGER NOT NULL,
    failing INTEGER NOT NULL
);

INSERT INTO meta (key, value) VALUES ('queue_recipe', '1');

-- The search is instr(search_text, needle) > 0 on both engines.
-- [postgresql]
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$ SELECT strpos(haystack, needle) $$;
-- [both]

-- The tabs' counts read this index alone.
CREATE INDEX event_queue_status ON event_queue (edition_year, status, assignee);

-- Regional services filter by their région (and its départements) first.
CREATE INDEX event_queue_place ON event_queue (edition_year, region, departement);

-- The queue opens sorted by request id: read in this order, the rows need no sorting.
CREATE INDEX event_queue_request ON event_queue (edition_year, request_key);

-- The event form lists the organiser's other requests (same SIRET, or the same name, case and
-- accents folded) each time it opens one.
CREATE INDEX event_queue_organiser ON event_queue (organiser_key);
CREATE INDEX event_siret ON event (siret) WHERE siret <> '';
