-- semaine-admin store, schema version 13: the map's points from one index.
--
-- The map reads, for every request of the edition, its id, place, status, failing conditions,
-- online flag, région and département. From event_queue itself that read walks its wide rows
-- (the search text, the sort keys): at 100,000 requests most of the time went there. This
-- index holds exactly those columns, in event_id order within the edition, so the read is one
-- pass over the index alone (an index-only scan) and needs no sort.

-- [sqlite]
CREATE INDEX event_queue_map ON event_queue
    (edition_year, event_id, latitude, longitude, status, failing, online, region, departement);

-- [postgresql]
CREATE INDEX event_queue_map ON event_queue (edition_year, event_id)
    INCLUDE (latitude, longitude, status, failing, online, region, departement);
-- [both]
