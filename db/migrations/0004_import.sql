-- semaine-admin store, schema version 4: imports.
--
-- A re-imported request that is already decided is never changed silently: what the import
-- brought is kept here until a reviewer accepts or dismisses it.
CREATE TABLE pending_update (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event (id),
    created_at TEXT NOT NULL,
    who TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    -- The changed fields, as the audit trail writes them.
    changes TEXT NOT NULL,
    -- The imported row, a JSON object in the import format (ImportParser::keys()).
    content TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'dismissed'))
);

CREATE INDEX pending_update_event ON pending_update (event_id, state);
