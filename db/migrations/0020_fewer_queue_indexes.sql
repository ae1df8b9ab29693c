-- semaine-admin store, schema version 20: an index that no query reads any more.
--
-- A bulk insert of 100,000 requests into SQLite drops the indexes of event and event_queue and
-- builds each again after the last row: each build reads the whole table and sorts it. This one
-- cost 0.1 s of that serial end, for nothing:
-- event_queue_place (edition, région, département): SQLite chose it only for a région and a
-- département together. event_queue_region (the queue, in its order) and event_queue_map (the
-- map and the statistics) serve those reads too, with the columns they need, for a few ms more
-- at 100,000 requests.
-- PostgreSQL's planner weighs it apart, and its inserts do not rebuild it: it stays there.
-- event_status stays too, though no query names it: every start counts the requests
-- (QueueIndex::staleIds), and count(*) walks the narrowest index. Without this one it walks the
-- unique (edition_year, request_id) index, whose pages lie among the table's, and the mapped
-- reads around each page brought the whole table into memory: about 40 MB more at 100,000 requests.

-- [sqlite]
DROP INDEX event_queue_place;
-- [both]
