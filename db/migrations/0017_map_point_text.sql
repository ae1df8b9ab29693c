-- semaine-admin store, schema version 17: on PostgreSQL, each map point as one stored text, and
-- the campaign's decisions in an index of their own.
--
-- The map reads every request of the edition. Written out at each read, its eight values (two
-- coordinates among them) cost the server most of that read: at 100,000 requests about half of
-- its CPU went to formatting and joining them. The queue's row now keeps them as one text,
-- worked out by the server itself whenever the row is written (a decision changes the status in
-- it). The map's index holds that text instead of the columns, with the status alone (which the
-- statistics read beside the audit): with every column as well, 1,942 pages at 100,000 requests,
-- the planner costed it above a walk of the table. The coordinates are the bits of their doubles
-- in hexadecimal: exact whatever a session's extra_float_digits, read back without a decimal
-- conversion. SQLite reads its columns directly and keeps its index as it was.
--
-- The statistics' pace of decisions reads the status changes to labelled or refused: from the
-- whole audit trail (creations included) that was a scan of every entry; a partial index holds
-- those alone.

-- [postgresql]
ALTER TABLE event_queue ADD COLUMN map_point TEXT GENERATED ALWAYS AS (
    event_id::text || ',' || coalesce(encode(float8send(latitude), 'hex'), '') || ','
    || coalesce(encode(float8send(longitude), 'hex'), '') || ',' || status || ',' || failing::text
    || ',' || online::text || ',' || region || ',' || departement) STORED;
DROP INDEX event_queue_map;
CREATE INDEX event_queue_map ON event_queue (edition_year, event_id)
    INCLUDE (map_point, status, online_title, online_request_id, online_organiser);
CREATE INDEX audit_decision ON audit (event_id) INCLUDE (at)
    WHERE action IN ('status', 'override') AND new_status IN ('labelled', 'refused');
-- [both]
