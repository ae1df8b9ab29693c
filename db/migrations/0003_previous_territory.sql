-- semaine-admin store, schema version 3: the previous edition's figures per territory.
--
-- Optional data for the statistics' comparison: a région (INSEE code) or a département code, with
-- the events and participants of the edition before. A missing territory, or a NULL figure, is
-- unknown and shown as "n/c", never as 0. The national figures stay on the edition's row.
CREATE TABLE previous_territory (
    edition_year INTEGER NOT NULL REFERENCES edition (year) ON DELETE CASCADE,
    territory TEXT NOT NULL,
    events INTEGER CHECK (events >= 0),
    participants INTEGER CHECK (participants >= 0),
    PRIMARY KEY (edition_year, territory)
);
