CREATE VIEW current_fact AS
-- The current figure of each key, with its details (view `fact_full`): its release stands and
-- no standing release of higher rank has the key. One query with no UNION, which SQLite plans as
-- index searches wherever it is joined.
SELECT f.*
FROM fact_full f
JOIN standing_release r ON r.id = f.release_id
WHERE NOT EXISTS (
    SELECT 1 FROM fact g JOIN standing_release s ON s.id = g.release_id
    WHERE g.period_id = f.period_id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
      AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id AND s.rank > r.rank);
