CREATE VIEW hs_facts AS
-- The current figures of HS codes, with codes (the figures of `figure` are `headline_facts`).
SELECT p.code AS period, fl.code AS flow, pa.code AS partner, c.code AS commodity, s.code AS sector,
       f.value_usd, f.rounding_usd, f.yoy_pct AS yoy_pct_reported, CAST('reported' AS TEXT) AS source,
       p.id AS period_id, p.kind AS period_kind, p.first_half, p.last_half,
       f.flow_id, f.partner_id, f.commodity_id, f.sector_id
FROM current_fact f
JOIN commodity c  ON c.id = f.commodity_id AND c.kind = 'hs'
JOIN period p     ON p.id = f.period_id
JOIN flow fl      ON fl.id = f.flow_id
JOIN partner pa   ON pa.id = f.partner_id
JOIN sector s     ON s.id = f.sector_id
-- (Always true; it lets SQLite search `fact`'s key past its flow column when a query names the
-- period, partner and commodity but no flow: four searches instead of reading the whole month.)
WHERE f.flow_id IN (SELECT id FROM flow);
