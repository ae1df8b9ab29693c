-- semaine-admin store, schema version 16: the search index without its documents' sizes.
--
-- FTS5 keeps each row's size in tokens for ranking (bm25). The queue's search never ranks: it
-- asks which rows hold the needle. Without the sizes (columnsize 0), filling the index for a bulk
-- write of 100,000 requests no longer writes 100,000 rows of sizes beside it (the fill cost
-- 1.17 CPU s with them, 0.99 without). The same trigrams, the same answers; the triggers of
-- migration 11 stay as they are. PostgreSQL's pg_trgm index keeps no such sizes: nothing to do.

-- [sqlite]
DROP TABLE event_queue_search;
CREATE VIRTUAL TABLE event_queue_search USING fts5(
    search_text, content = 'event_queue', content_rowid = 'event_id', tokenize = 'trigram case_sensitive 1',
    detail = 'none', columnsize = 0
);
INSERT INTO event_queue_search (event_queue_search) VALUES ('rebuild');
-- [both]
