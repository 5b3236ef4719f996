CREATE VIEW line_sum AS
-- The sums of the current HS lines (8-digit codes) of countries that ingest keeps in `figure`, for
-- the periods inside the one-row window `line_window` (empty except while ingest or `rebuild`
-- recomputes them): each country's total, and the world's total and chapters (ingest adds the rows
-- of a line's chapter, heading and subheading to `commodity` when it meets the line). A country's
-- chapters and everyone's headings and subheadings are summed when a query asks (migration 0016).
WITH line AS MATERIALIZED (
    SELECT f.period_id, f.flow_id, f.partner_id, f.sector_id, f.value_usd, f.rounding_usd, c.code
    FROM period p
    CROSS JOIN current_fact f ON f.period_id = p.id
    JOIN commodity c ON c.id = f.commodity_id AND c.kind = 'hs' AND length(c.code) = 8
    JOIN partner pa ON pa.id = f.partner_id AND pa.kind = 'country'
    WHERE p.first_half >= (SELECT first_half FROM line_window) AND p.last_half <= (SELECT last_half FROM line_window)
)
-- A country's total.
SELECT l.period_id, l.flow_id, l.partner_id, t.id AS commodity_id, l.sector_id,
       sum(l.value_usd) AS value_usd, sum(l.rounding_usd) AS rounding_usd
FROM line l JOIN commodity t ON t.code = 'TOTAL'
GROUP BY l.period_id, l.flow_id, l.partner_id, l.sector_id
UNION ALL
-- The world's total.
SELECT l.period_id, l.flow_id, w.id, t.id, l.sector_id, sum(l.value_usd), sum(l.rounding_usd)
FROM line l JOIN partner w ON w.code = 'WORLD' JOIN commodity t ON t.code = 'TOTAL'
GROUP BY l.period_id, l.flow_id, l.sector_id
UNION ALL
-- The world's chapters.
SELECT l.period_id, l.flow_id, w.id, a.id, l.sector_id, sum(l.value_usd), sum(l.rounding_usd)
FROM line l JOIN commodity a ON a.code = substr(l.code, 1, 2) JOIN partner w ON w.code = 'WORLD'
GROUP BY l.period_id, l.flow_id, a.id, l.sector_id;
