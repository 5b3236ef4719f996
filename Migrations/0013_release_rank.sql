-- The place of each release in the order of releases (issue 24): of two standing releases with a
-- figure for the same key, the one of higher `rank` gives the current figure. A new release comes
-- after every other (one more than the highest rank); `ingest --replace` gives the replacing
-- release the place of the release it retires (of the highest-ranked, when it retires several), so
-- that replacing January's estimate after the customs figures leaves the customs figures current.
-- Ranks are unique among the releases that stand at any one time (a replaced release shares its
-- rank only with the release that replaced it). Releases ingested before this migration keep the
-- order they were counted in: their ids.
ALTER TABLE release ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;
UPDATE release SET rank = id;
