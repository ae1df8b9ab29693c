-- semaine-admin store, schema version 15: the online requests' texts in the queue's index.
--
-- The map lists the online requests (they have no place) by title, request id and organiser.
-- Read from `event`, those were one look-up of a wide row each: on PostgreSQL at 100,000
-- requests, 4,039 random reads and most of the map's read. The queue's row now holds them for an
-- online request (NULL otherwise, so the index stays narrow), written with the rest of the row,
-- and the map's index holds them too: the map reads that index alone.
ALTER TABLE event_queue ADD COLUMN online_title TEXT;
ALTER TABLE event_queue ADD COLUMN online_request_id TEXT;
ALTER TABLE event_queue ADD COLUMN online_organiser TEXT;
UPDATE event_queue SET
    online_title = (SELECT e.title FROM event e WHERE e.id = event_queue.event_id),
    online_request_id = (SELECT e.request_id FROM event e WHERE e.id = event_queue.event_id),
    online_organiser = (SELECT e.organiser_name FROM event e WHERE e.id = event_queue.event_id)
WHERE online <> 0;
DROP INDEX event_queue_map;

-- [sqlite]
CREATE INDEX event_queue_map ON event_queue (edition_year, event_id, latitude, longitude, status,
    failing, online, region, departement, online_title, online_request_id, online_organiser);

-- [postgresql]
CREATE INDEX event_queue_map ON event_queue (edition_year, event_id)
    INCLUDE (latitude, longitude, status, failing, online, region, departement, online_title,
        online_request_id, online_organiser);
-- [both]
