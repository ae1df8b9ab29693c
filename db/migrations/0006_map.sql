-- semaine-admin store, schema version 6: the map. Each request's place in the queue's index, so
-- that the map's markers and its "visible on the map" filter read the index alone.
ALTER TABLE event_queue ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE event_queue ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE event_queue ADD COLUMN online INTEGER NOT NULL DEFAULT 0;
UPDATE event_queue SET
    latitude = (SELECT e.latitude FROM event e WHERE e.id = event_queue.event_id),
    longitude = (SELECT e.longitude FROM event e WHERE e.id = event_queue.event_id),
    online = (SELECT e.online FROM event e WHERE e.id = event_queue.event_id);
