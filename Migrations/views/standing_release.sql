CREATE VIEW standing_release AS
-- A release stands when it was not replaced; as of release A (`as_of` set), when it was ingested
-- no later than A and was not replaced by A. A figure is current when its release stands and no
-- standing release of higher `rank` (a place in the order of releases, which a replacement takes
-- over from the release it replaced) has its key.
SELECT r.id, r.rank FROM release r
WHERE r.id <= coalesce((SELECT release_id FROM as_of), r.id)
  AND (r.replaced_by IS NULL OR r.replaced_by > coalesce((SELECT release_id FROM as_of), r.replaced_by));
