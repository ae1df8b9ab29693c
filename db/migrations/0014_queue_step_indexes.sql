-- semaine-admin store, schema version 14: a step in the queue and a région filter through indexes.
--
-- At each request the reviewer opens, the event form looks for possible duplicates: the same
-- organiser (SIRET or folded name) in the same edition, with dates that overlap. The indexes on
-- the SIRET and on the organiser's name found every request of a big organiser (over a thousand
-- in a national network), each then read whole from `event` only to compare its dates. They now
-- hold the edition and the dates too, so that only the overlapping ones are read.
--
-- A région filter read every row of the edition in the queue's order to keep the région's:
-- this index holds the région's rows in that order with the status and the assignee that the
-- counts need, so the read is the région's part of one index and nothing else.

DROP INDEX event_siret;
CREATE INDEX event_siret ON event (siret, edition_year, starts_at, ends_at) WHERE siret <> '';
DROP INDEX event_queue_organiser;
CREATE INDEX event_queue_organiser ON event_queue (organiser_key, edition_year, starts_at, ends_at);

-- [sqlite]
CREATE INDEX event_queue_region ON event_queue
    (edition_year, region, request_key, event_id, status, assignee);

-- [postgresql]
CREATE INDEX event_queue_region ON event_queue (edition_year, region, request_key, event_id)
    INCLUDE (status, assignee);
-- [both]
