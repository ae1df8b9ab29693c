-- semaine-admin store, schema version 5: export templates and snapshots.
--
-- Plain SQL that PostgreSQL reads too: ids are given by the repository, not generated.

-- A named choice of columns, in order, for the tabular exports (CSV, XLSX, ODS, PDF).
CREATE TABLE export_template (
    name TEXT NOT NULL PRIMARY KEY,
    -- The column keys of the import format (ImportParser::keys()), separated by commas.
    columns TEXT NOT NULL
);

-- Each export of the approved list (the labelled requests), so that the next one can say what
-- changed since.
CREATE TABLE export_snapshot (
    id INTEGER NOT NULL PRIMARY KEY,
    edition_year INTEGER NOT NULL,
    exported_at TEXT NOT NULL, -- UTC, ISO 8601
    who TEXT NOT NULL,
    format TEXT NOT NULL,
    filter TEXT NOT NULL -- in words, e.g. "labelled, région 53"
);

CREATE TABLE export_snapshot_row (
    snapshot_id INTEGER NOT NULL REFERENCES export_snapshot (id),
    request_id TEXT NOT NULL,
    title TEXT NOT NULL,
    -- A hash of the request's exported values: equal hashes, same row.
    content_hash TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, request_id)
);

CREATE INDEX export_snapshot_latest ON export_snapshot (edition_year, filter, exported_at);
