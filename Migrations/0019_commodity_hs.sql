-- The HS codes a commodity group is made of (issue 20), from `reference/commodity_hs.csv`: a group
-- listed there is the sum of the HS lines under its codes, so that a warehouse of lines states it
-- where no release does (the Query module sums it when asked, `source` = `derived`). Loaded with
-- the other reference data; replaced whole when that data changes.
CREATE TABLE commodity_hs (
    hs           TEXT NOT NULL CHECK (length(hs) IN (2, 4, 6) AND hs NOT GLOB '*[^0-9]*'),
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    basis        TEXT NOT NULL,  -- why these codes are the group: the HS titles read against its name
    PRIMARY KEY (hs, commodity_id)
) STRICT, WITHOUT ROWID;
