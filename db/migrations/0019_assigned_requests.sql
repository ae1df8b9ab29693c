-- semaine-admin store, schema version 19: on PostgreSQL, the requests that someone has taken in
-- charge in an index of their own.
--
-- The queue's assignee filter lists the names in use each time the queue reloads, its first page
-- included. Through the status index that was a walk over every request of the edition (100,000
-- index entries at 100,000 requests) for the few that have an assignee; this index holds those
-- alone. SQLite keeps its indexes as they were.

-- [postgresql]
CREATE INDEX event_queue_assigned ON event_queue (edition_year, assignee) WHERE assignee <> '';
-- [both]
