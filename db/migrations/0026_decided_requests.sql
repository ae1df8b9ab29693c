-- semaine-admin store, schema version 26: on PostgreSQL, the requests whose decisions the
-- statistics count, in an index of their own.
--
-- The campaign's pace (StatisticsRepository) joins the decisions of the audit trail (audit_decision,
-- schema 17) to the edition's requests that are not withdrawn, in event_id order. Those requests
-- came from event_queue_map, whose entries carry the map's texts: 1,409 pages at 100,000 requests,
-- walked for two integers a row. This index holds just them, 267 pages: the statement costs the
-- server 19 to 22 ms of CPU instead of 24 to 30 ms (three alternated rounds of eight runs), and
-- took 57 to 108 ms instead of 143 to 225 ms on a loaded machine. Its condition is the
-- statement's, written there as here: the planner uses a partial index only for a statement that
-- says it.
-- SQLite reads the audit trail first and each request by its key: it has no use for it.

-- [postgresql]
CREATE INDEX event_queue_decided ON event_queue (edition_year, event_id) WHERE status <> 'withdrawn';
-- [both]
