CREATE VIEW line_sum AS
-- The sums of the current HS lines (8-digit codes) of countries, for the periods inside the one-row
-- window `line_window` (empty except while ingest or `rebuild` recomputes them): each country's
-- total and chapters, and the world's total, chapters, headings and subheadings (ingest adds the
-- rows of a line's chapter, heading and subheading to `commodity` when it meets the line).
WITH line AS MATERIALIZED (
    SELECT f.period_id, f.flow_id, f.partner_id, f.sector_id, f.value_usd, f.rounding_usd, c.code
    FROM period p
    CROSS JOIN current_fact f ON f.period_id = p.id
    JOIN commodity c ON c.id = f.commodity_id AND c.kind = 'hs' AND length(c.code) = 8
    JOIN partner pa ON pa.id = f.partner_id AND pa.kind = 'country'
    WHERE p.first_half >= (SELECT first_half FROM line_window) AND p.last_half <= (SELECT last_half FROM line_window)
),
level (digits) AS (VALUES (2), (4), (6))
-- A country's total.
SELECT l.period_id, l.flow_id, l.partner_id, t.id AS commodity_id, l.sector_id,
       sum(l.value_usd) AS value_usd, sum(l.rounding_usd) AS rounding_usd
FROM line l JOIN commodity t ON t.code = 'TOTAL'
GROUP BY l.period_id, l.flow_id, l.partner_id, l.sector_id
UNION ALL
-- A country's chapters.
SELECT l.period_id, l.flow_id, l.partner_id, a.id, l.sector_id, sum(l.value_usd), sum(l.rounding_usd)
FROM line l JOIN commodity a ON a.code = substr(l.code, 1, 2)
GROUP BY l.period_id, l.flow_id, l.partner_id, a.id, l.sector_id
UNION ALL
-- The world's total.
SELECT l.period_id, l.flow_id, w.id, t.id, l.sector_id, sum(l.value_usd), sum(l.rounding_usd)
FROM line l JOIN partner w ON w.code = 'WORLD' JOIN commodity t ON t.code = 'TOTAL'
GROUP BY l.period_id, l.flow_id, l.sector_id
UNION ALL
-- The world's chapters, headings and subheadings.
SELECT l.period_id, l.flow_id, w.id, a.id, l.sector_id, sum(l.value_usd), sum(l.rounding_usd)
FROM line l JOIN level d JOIN commodity a ON a.code = substr(l.code, 1, d.digits) JOIN partner w ON w.code = 'WORLD'
GROUP BY l.period_id, l.flow_id, a.id, l.sector_id;
