-- semaine-admin store, schema version 12: a regional reviewer's outbox is its régions'.
--
-- Version 9 let every role read every message. A regional reviewer may send, retry and cancel
-- only its régions' messages (as it decides only their requests), so the others' messages were
-- counted as waiting in its status bar and listed in its outbox though its sender would never
-- take them. Now it reads its régions' messages only; viewers, national reviewers and
-- administrators still read them all. SQLite stores are local to one person: nothing changes.

-- [postgresql]
DROP POLICY outbox_read ON outbox;
CREATE POLICY outbox_read ON outbox FOR SELECT
    USING (NOT pg_catalog.pg_has_role(current_user, 'semaine_regional', 'MEMBER')
        OR public.semaine_may_edit((SELECT e.region FROM public.event e WHERE e.id = outbox.event_id)));
