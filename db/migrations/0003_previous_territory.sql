-- semaine-admin store, schema version 3: the statistics. The previous edition's figures per territory,
-- and the participants in the queue's index.
--
-- Optional data for the statistics' comparison: a département code, or 'R' and a région's INSEE code
-- (the two overlap: 'R53' is Bretagne, '53' Mayenne), with
-- the events and participants of the edition before. A missing territory, or a NULL figure, is
-- unknown and shown as "n/c", never as 0. The national figures stay on the edition's row.
CREATE TABLE previous_territory (
    edition_year INTEGER NOT NULL REFERENCES edition (year) ON DELETE CASCADE,
    territory TEXT NOT NULL,
    events INTEGER CHECK (events >= 0),
    participants INTEGER CHECK (participants >= 0),
    PRIMARY KEY (edition_year, territory)
);

-- The statistics add up participants over the queue's index alone, without reading the requests.
ALTER TABLE event_queue ADD COLUMN expected_participants INTEGER;
ALTER TABLE event_queue ADD COLUMN actual_participants INTEGER;
UPDATE event_queue SET
    expected_participants = (SELECT e.expected_participants FROM event e WHERE e.id = event_queue.event_id),
    actual_participants = (SELECT e.actual_participants FROM event e WHERE e.id = event_queue.event_id);
