-- semaine-admin store, schema version 11: the queue's search through an index.
--
-- Until now a search keystroke was one instr() per row of event_queue: its cost grew with the
-- store. The folded search text (EventFilter::searchText) is now indexed by its trigrams, which
-- answer "contains" for any needle of three characters or more; shorter needles, which trigrams
-- cannot answer, still scan.

-- [sqlite]
-- FTS5's trigram tokenizer, reading the text from event_queue itself (nothing stored twice),
-- queried with GLOB '*needle*', whose candidates FTS5 checks against the text. Case sensitive:
-- the text and the needle are both folded already (TextFold), so that a match means exactly
-- what instr() meant. Without positions (detail none), indexing costs a third less.
CREATE VIRTUAL TABLE event_queue_search USING fts5(
    search_text, content = 'event_queue', content_rowid = 'event_id', tokenize = 'trigram case_sensitive 1', detail = 'none'
);
INSERT INTO event_queue_search (event_queue_search) VALUES ('rebuild');

-- The index follows event_queue in the same transaction, whoever writes it.
CREATE TRIGGER event_queue_search_insert AFTER INSERT ON event_queue
BEGIN
    INSERT INTO event_queue_search (rowid, search_text) VALUES (new.event_id, new.search_text);
END;
CREATE TRIGGER event_queue_search_delete AFTER DELETE ON event_queue
BEGIN
    INSERT INTO event_queue_search (event_queue_search, rowid, search_text) VALUES ('delete', old.event_id, old.search_text);
END;
CREATE TRIGGER event_queue_search_update AFTER UPDATE OF search_text ON event_queue
WHEN old.search_text IS NOT new.search_text
BEGIN
    INSERT INTO event_queue_search (event_queue_search, rowid, search_text) VALUES ('delete', old.event_id, old.search_text);
    INSERT INTO event_queue_search (rowid, search_text) VALUES (new.event_id, new.search_text);
END;

-- [postgresql]
-- pg_trgm's GIN index answers LIKE '%needle%'. The extension is trusted (PostgreSQL 13 and
-- later: a role that may create in the database installs it), but a server may lack it or
-- refuse it: the search then scans, as before, and QueueIndex::searchIsIndexed() says so.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX event_queue_search ON event_queue USING gin (search_text gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'semaine-admin: no trigram index for the queue''s search (%): searches scan', SQLERRM;
END
$$;
-- [both]
