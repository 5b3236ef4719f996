-- The day a release was published (issue 23), written YYYY-MM-DD: `ingest --published`, or for a
-- bulletin the dateline its text opens with ("Hà Nội, 15/2/2024"). NULL when not known, and for
-- releases ingested before this migration. `--as-of DATE` counts a release as known by DATE when it
-- was published by then, or, with no publication date, when it was ingested by then.
ALTER TABLE release ADD COLUMN published_on TEXT
    CHECK (published_on IS NULL OR published_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
