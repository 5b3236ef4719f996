CREATE VIEW yoy AS
-- Year-on-year change of every figure, reported or derived: `headline_yoy` (TOTAL and the groups,
-- from `figure`) and `hs_yoy` (HS codes, from `fact`).
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd, delta_usd, delta_pct, basis, source
FROM headline_yoy
UNION ALL
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd, delta_usd, delta_pct, basis, source
FROM hs_yoy;
