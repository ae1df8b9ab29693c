-- semaine-admin store, schema version 20: two indexes that no query reads any more.
--
-- A bulk insert of 100,000 requests into SQLite drops the indexes of event and event_queue and
-- builds each again after the last row: each build reads the whole table and sorts it. These two
-- cost 0.2 s of that serial end, for nothing:
-- - event_status served the queue's counts per status over the whole edition when a filter is
--   set; the queue now counts them from event_queue, through event_queue_status, as it already
--   did without a filter.
-- - event_queue_place (edition, région, département): SQLite chose it only for a région and a
--   département together. event_queue_region (the queue, in its order) and event_queue_map (the
--   map and the statistics) serve those reads too, with the columns they need, for a few ms more
--   at 100,000 requests.
--   PostgreSQL's planner weighs it apart, and its inserts do not rebuild it: it stays there.

DROP INDEX event_status;

-- [sqlite]
DROP INDEX event_queue_place;
-- [both]
