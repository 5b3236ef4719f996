CREATE VIEW facts AS
-- The current figure for each key, with codes: of the releases that have not been replaced, the one
-- of highest rank (latest in the order of releases) wins; older ones stay in `fact`. Its columns
-- are a contract (README, "Schema").
SELECT p.code            AS period,
       fl.code           AS flow,
       pa.code           AS partner,
       c.code            AS commodity,
       s.code            AS sector,
       cf.value_usd      AS value_usd,
       cf.quantity       AS quantity,
       cf.unit           AS unit,
       coalesce(cf.qualifier, 'exact') AS qualifier,
       coalesce(cf.estimated, 0) AS estimated,
       cf.yoy_pct        AS yoy_pct_reported,
       cf.release_id     AS release_id
FROM current_fact cf
JOIN period p     ON p.id = cf.period_id
JOIN flow fl      ON fl.id = cf.flow_id
JOIN partner pa   ON pa.id = cf.partner_id
JOIN commodity c  ON c.id = cf.commodity_id
JOIN sector s     ON s.id = cf.sector_id;
