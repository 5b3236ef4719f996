CREATE VIEW headline_facts AS
-- The figures of TOTAL and the commodity groups, reported and derived, with codes.
SELECT p.code AS period, fl.code AS flow, pa.code AS partner, c.code AS commodity, s.code AS sector,
       af.value_usd, af.rounding_usd, af.yoy_pct AS yoy_pct_reported, af.source,
       p.id AS period_id, p.kind AS period_kind, p.first_half, p.last_half,
       af.flow_id, af.partner_id, af.commodity_id, af.sector_id
FROM figure af
JOIN period p     ON p.id = af.period_id
JOIN flow fl      ON fl.id = af.flow_id
JOIN partner pa   ON pa.id = af.partner_id
JOIN commodity c  ON c.id = af.commodity_id
JOIN sector s     ON s.id = af.sector_id;
