-- semaine-admin store, schema version 23: on PostgreSQL, what the planner knows of the statistics'
-- grouping by the days a labelled event runs.
--
-- The statistics group the requests of an edition by four sets of columns in one pass
-- (StatisticsRepository). The planner hashes every set only when it expects all their groups to fit
-- in memory. For the days a labelled event runs it expected 10,000 groups (a tenth of the rows, its
-- guess for any expression) where there are about 300, and at 100,000 requests sorted them all for
-- two of the sets instead: three times as slow. ANALYZE now counts those groups; it runs here once,
-- so that a store already filled does not wait for the server's next analysis of the table. The
-- expressions must be those of the statement, as written in StatisticsRepository.
-- SQLite groups nothing: it reads the rows.

-- [postgresql]
CREATE STATISTICS event_queue_runs (ndistinct) ON status, (CASE WHEN status = 'labelled' THEN left(starts_at, 10) END), (CASE WHEN status = 'labelled' THEN left(coalesce(ends_at, starts_at), 10) END) FROM event_queue;
ANALYZE event_queue;
-- [both]
