-- semaine-admin store, schema version 28: on SQLite, the requests' count from an index of the
-- edition alone.
--
-- No query reads event_status's statuses: it stayed (schema 20) so that count(*) walks a narrow
-- index (QueueIndex::staleIds at every start, EventRepository's count of an edition). A bulk insert
-- of 100,000 requests builds it again after the last row, and its key's status is the 33rd column
-- of the request's row: 84 to 102 ms of the writer's serial end against 33 to 42 ms for the edition
-- alone (SQLite 3.46, three builds of each on the same store), 126 pages of 16 KiB against 67. The
-- counts read this index just as well.
-- PostgreSQL's inserts do not rebuild it, and its count walks what the planner likes: it keeps it.

-- [sqlite]
DROP INDEX event_status;
CREATE INDEX event_edition ON event (edition_year);
-- [both]
