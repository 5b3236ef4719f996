-- A figure's line, stated once per release and period (issue 20). `fact.source_line` took 3 bytes
-- of each figure of a national file (lines past 32,767) and 4 past line 8,388,607: a seventh of a
-- 10M-line file's table. A figure now stores its line as its distance from a line of its period in
-- its release, `release_period.first_line` (the first of that period the writer met): within a
-- month of a file sorted by month, under 32,768 lines either way, two bytes. View `fact_full` adds
-- the two back as `source_line`. Figures loaded before keep their whole lines: their periods'
-- first_line is 0. (The column is renamed, so that a query written for whole lines fails rather
-- than reading distances as lines.)
ALTER TABLE fact RENAME COLUMN source_line TO line_offset;
ALTER TABLE release_period ADD COLUMN first_line INTEGER NOT NULL DEFAULT 0;
