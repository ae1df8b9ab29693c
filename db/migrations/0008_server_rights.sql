-- semaine-admin store, schema version 8: rights that the caller cannot talk the server out of.
--
-- Version 7's rights could be bypassed: semaine_may_edit() looked reviewer_region up through the
-- caller's search_path, where a temporary table of that name comes first; a reviewer could sign an
-- audit row with any name, and change a status by raw SQL without any audit row; a viewer could
-- write export templates. Here:
--   - every function that decides a right or writes the trail has its body bound when it is
--     created (a SQL-standard body) or names every object with its schema, and runs with a fixed
--     search_path that puts pg_temp last;
--   - the author of an audit row, of an import's waiting change and of an export's record is the
--     server's session user, whatever the client wrote (the role that owns the tables, which
--     maintains and copies the store, alone writes as it says);
--   - a change of status that the same transaction did not audit as that change (action, old and
--     new status) is audited by the server at commit, whoever made it;
--   - each table has the grants and policies of each role, no more (see the README).
-- SQLite stores are local to one person: nothing changes for them.

-- [postgresql]
CREATE OR REPLACE FUNCTION public.semaine_may_edit(event_region TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp
RETURN pg_catalog.pg_has_role(current_user, 'semaine_national', 'MEMBER')
    OR pg_catalog.pg_has_role(current_user, 'semaine_admin', 'MEMBER')
    OR EXISTS (SELECT 1 FROM public.reviewer_region r WHERE r.role_name = current_user AND r.region = event_region);

ALTER FUNCTION public.audit_append_only() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.semaine_announce_event() SET search_path = pg_catalog, public, pg_temp;

-- True for the role that owns the store's tables (and superusers): it maintains the store.
CREATE FUNCTION public.semaine_is_owner() RETURNS BOOLEAN
LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp
RETURN pg_catalog.pg_has_role(session_user,
    (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'public.event'::pg_catalog.regclass), 'MEMBER');

ALTER TABLE audit ALTER COLUMN who SET DEFAULT session_user;
ALTER TABLE pending_update ALTER COLUMN who SET DEFAULT session_user;
ALTER TABLE export_snapshot ALTER COLUMN who SET DEFAULT session_user;

CREATE FUNCTION public.semaine_sign() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT public.semaine_is_owner() THEN
        NEW.who := session_user;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_author BEFORE INSERT ON audit
FOR EACH ROW EXECUTE FUNCTION public.semaine_sign();
CREATE TRIGGER pending_update_author BEFORE INSERT ON pending_update
FOR EACH ROW EXECUTE FUNCTION public.semaine_sign();
-- Before the policy's check that a snapshot is its author's: the command line signs with the
-- workstation's user name, which the server does not know.
CREATE TRIGGER export_snapshot_author BEFORE INSERT ON export_snapshot
FOR EACH ROW EXECUTE FUNCTION public.semaine_sign();

-- At commit, so that the app's own audit row (written after its UPDATE) is already there; xmin
-- tells the rows written by this transaction.
CREATE FUNCTION public.semaine_audit_status() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.audit a
               WHERE a.event_id = NEW.id AND a.action IN ('status', 'override')
                 AND a.old_status = OLD.status AND a.new_status = NEW.status
                 AND a.xmin::text = (pg_catalog.pg_current_xact_id()::text::bigint % 4294967296)::text) THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.audit (event_id, at, who, action, old_status, new_status, reason)
    VALUES (NEW.id, pg_catalog.to_char(pg_catalog.clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        session_user, 'status', OLD.status, NEW.status, 'changed outside semaine-admin; recorded by the server');
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER event_status_audited AFTER UPDATE OF status ON event
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION public.semaine_audit_status();

-- The grants, table by table and role by role, from nothing.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, semaine_viewer, semaine_regional, semaine_national, semaine_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO semaine_viewer, semaine_regional, semaine_national, semaine_admin;
-- Requests, their queue rows, trail and waiting changes: the reviewers, within their régions.
GRANT INSERT, UPDATE ON event, event_queue, pending_update TO semaine_regional, semaine_national, semaine_admin;
GRANT INSERT ON audit TO semaine_regional, semaine_national, semaine_admin;
GRANT DELETE ON event_queue TO semaine_admin;
-- The edition, its reference figures and the reviewers' régions: the administrators.
GRANT INSERT, UPDATE, DELETE ON edition, edition_territory_window, previous_territory, reviewer_region, meta
    TO semaine_admin;
-- Export templates are the team's: the reviewers keep them, a viewer uses them.
GRANT INSERT, UPDATE, DELETE ON export_template TO semaine_regional, semaine_national, semaine_admin;
-- Everyone who exports the approved list records it (as itself); the records are history, which
-- only an administrator may prune.
GRANT INSERT ON export_snapshot, export_snapshot_row TO semaine_viewer, semaine_regional, semaine_national, semaine_admin;
GRANT DELETE ON export_snapshot, export_snapshot_row TO semaine_admin;

ALTER TABLE export_snapshot ENABLE ROW LEVEL SECURITY;
CREATE POLICY export_snapshot_read ON export_snapshot FOR SELECT USING (true);
CREATE POLICY export_snapshot_insert ON export_snapshot FOR INSERT WITH CHECK (who = session_user);
CREATE POLICY export_snapshot_delete ON export_snapshot FOR DELETE
    USING (pg_catalog.pg_has_role(current_user, 'semaine_admin', 'MEMBER'));

ALTER TABLE export_snapshot_row ENABLE ROW LEVEL SECURITY;
CREATE POLICY export_snapshot_row_read ON export_snapshot_row FOR SELECT USING (true);
CREATE POLICY export_snapshot_row_insert ON export_snapshot_row FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM public.export_snapshot s WHERE s.id = snapshot_id AND s.who = session_user));
CREATE POLICY export_snapshot_row_delete ON export_snapshot_row FOR DELETE
    USING (pg_catalog.pg_has_role(current_user, 'semaine_admin', 'MEMBER'));
-- [both]
