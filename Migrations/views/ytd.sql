CREATE VIEW ytd AS
-- Year to date: every figure for a span from January (a month of January, Q1, Jan..M, a year),
-- with the same span a year earlier.
SELECT y.period, (p.last_half - p.first_half + 1) / 2 AS months, y.flow, y.partner, y.commodity, y.sector,
       y.value_usd, y.prior_value_usd, y.delta_usd, y.delta_pct, y.basis, y.source
FROM yoy y
JOIN period p ON p.code = y.period
WHERE p.first_half % 24 = 0 AND p.kind IN ('month', 'quarter', 'span', 'year');
