-- semaine-admin store, schema version 7: a store shared by several reviewers.
--
-- On PostgreSQL the server itself enforces who may do what, so that another client cannot bypass
-- the app. Four group roles; an administrator makes each person a login role in one of them:
--   semaine_viewer    reads everything, writes nothing;
--   semaine_regional  reads everything, decides and edits the requests of its own régions only
--                     (listed in reviewer_region);
--   semaine_national  decides and edits every request;
--   semaine_admin     also editions, previous figures and the régions of regional reviewers.
-- The role that ran the migrations owns the tables and is not bound by the policies.
-- Every change of a request is announced on the channel semaine_event (its id), so that the
-- other workstations follow within a moment.
CREATE TABLE reviewer_region (
    role_name TEXT NOT NULL,
    region TEXT NOT NULL,
    PRIMARY KEY (role_name, region)
);

-- [postgresql]
DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['semaine_viewer', 'semaine_regional', 'semaine_national', 'semaine_admin'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            -- Roles belong to the server: another database of it made them already.
            NULL;
        END;
    END LOOP;
END;
$$;

-- Sorted as SQLite sorts them (byte order), whatever the database's collation.
ALTER TABLE event_queue ALTER COLUMN request_key TYPE TEXT COLLATE "C";
ALTER TABLE event_queue ALTER COLUMN title_key TYPE TEXT COLLATE "C";
ALTER TABLE event_queue ALTER COLUMN organiser_key TYPE TEXT COLLATE "C";
ALTER TABLE event_queue ALTER COLUMN commune_key TYPE TEXT COLLATE "C";
ALTER TABLE event_queue ALTER COLUMN assignee TYPE TEXT COLLATE "C";
ALTER TABLE event_queue ALTER COLUMN departement TYPE TEXT COLLATE "C";

-- SQLite ends every index with the row id; PostgreSQL does not. The queue's default order (request
-- id, then id) is read from this index instead of sorting 100,000 rows.
DROP INDEX event_queue_request;
CREATE INDEX event_queue_request ON event_queue (edition_year, request_key, event_id);

CREATE FUNCTION semaine_may_edit(event_region TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, 'semaine_national', 'MEMBER')
        OR pg_has_role(current_user, 'semaine_admin', 'MEMBER')
        OR EXISTS (SELECT 1 FROM reviewer_region r WHERE r.role_name = current_user AND r.region = event_region)
$$;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO semaine_viewer, semaine_regional, semaine_national, semaine_admin;
GRANT INSERT, UPDATE ON event, event_queue, pending_update TO semaine_regional, semaine_national, semaine_admin;
GRANT INSERT ON audit TO semaine_regional, semaine_national, semaine_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO semaine_regional, semaine_national, semaine_admin;
GRANT INSERT, UPDATE, DELETE ON edition, edition_territory_window, previous_territory, reviewer_region, meta
    TO semaine_admin;
GRANT DELETE ON event_queue TO semaine_admin;
-- Exporting changes no request: every role may keep its templates and the approved lists' snapshots.
GRANT INSERT, UPDATE, DELETE ON export_template, export_snapshot, export_snapshot_row
    TO semaine_viewer, semaine_regional, semaine_national, semaine_admin;

ALTER TABLE event ENABLE ROW LEVEL SECURITY;
CREATE POLICY event_read ON event FOR SELECT USING (true);
CREATE POLICY event_insert ON event FOR INSERT WITH CHECK (semaine_may_edit(region));
CREATE POLICY event_update ON event FOR UPDATE USING (semaine_may_edit(region)) WITH CHECK (semaine_may_edit(region));

ALTER TABLE event_queue ENABLE ROW LEVEL SECURITY;
CREATE POLICY event_queue_read ON event_queue FOR SELECT USING (true);
CREATE POLICY event_queue_insert ON event_queue FOR INSERT WITH CHECK (semaine_may_edit(region));
CREATE POLICY event_queue_update ON event_queue FOR UPDATE USING (semaine_may_edit(region)) WITH CHECK (semaine_may_edit(region));
CREATE POLICY event_queue_delete ON event_queue FOR DELETE USING (pg_has_role(current_user, 'semaine_admin', 'MEMBER'));

ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON audit FOR SELECT USING (true);
CREATE POLICY audit_insert ON audit FOR INSERT
    WITH CHECK (semaine_may_edit((SELECT e.region FROM event e WHERE e.id = audit.event_id)));

ALTER TABLE pending_update ENABLE ROW LEVEL SECURITY;
CREATE POLICY pending_update_read ON pending_update FOR SELECT USING (true);
CREATE POLICY pending_update_write ON pending_update FOR ALL
    USING (semaine_may_edit((SELECT e.region FROM event e WHERE e.id = pending_update.event_id)))
    WITH CHECK (semaine_may_edit((SELECT e.region FROM event e WHERE e.id = pending_update.event_id)));

-- A changed request is announced with its id; new requests (an import: thousands in one
-- transaction) with an empty payload, which PostgreSQL sends once per transaction.
CREATE FUNCTION semaine_announce_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('semaine_event', CASE WHEN TG_OP = 'UPDATE' THEN NEW.id::text ELSE '' END);
    RETURN NULL;
END;
$$;

CREATE TRIGGER event_announce_update AFTER UPDATE ON event
FOR EACH ROW EXECUTE FUNCTION semaine_announce_event();
CREATE TRIGGER event_announce_insert AFTER INSERT ON event
FOR EACH STATEMENT EXECUTE FUNCTION semaine_announce_event();
-- [both]
