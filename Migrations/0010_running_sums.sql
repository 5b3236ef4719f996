-- Derived figures, as in migration 0009, but a span from January (Jan..M, Q1, the year) is summed
-- in one pass over its year's months, as a running sum, rather than from its months afresh for
-- each span. A national file's first load (10M figures, 122,000 of them headline figures) spent
-- 0.8 s of its 1.0 s of derived figures there; the view's result is unchanged.
DROP VIEW derived_fact;
CREATE VIEW derived_fact AS
WITH candidate AS (
-- A span from January (Jan..M, so also Q1 and the year): the running sum of the year's months, key
-- by key, when every month since January is there. One pass over the window's months: summing the
-- months of each span afresh read each month eight times over (0.8 s of a national file's load).
SELECT t.id AS period_id, r.flow_id, r.partner_id, r.commodity_id, r.sector_id,
       r.value_usd, r.rounding_usd, 'sum of months' AS method
FROM (
    SELECT m.first_half - m.first_half % 24 AS january, m.last_half, m.first_half % 24 / 2 + 1 AS month_number,
           f.flow_id, f.partner_id, f.commodity_id, f.sector_id,
           sum(f.value_usd) OVER since_january AS value_usd, sum(f.rounding_usd) OVER since_january AS rounding_usd,
           count(*) OVER since_january AS months
    FROM period m
    CROSS JOIN reported_figure f ON f.period_id = m.id  -- (the window's months the outer loop, as below)
    WHERE m.kind = 'month'
      AND m.first_half >= (SELECT first_half FROM derive_window) AND m.last_half <= (SELECT last_half FROM derive_window)
    WINDOW since_january AS (PARTITION BY m.first_half / 24, f.flow_id, f.partner_id, f.commodity_id, f.sector_id
                             ORDER BY m.first_half)
) r
JOIN period t ON t.first_half = r.january AND t.last_half = r.last_half
WHERE r.month_number >= 2 AND r.months = r.month_number
UNION ALL
-- Any other quarter or span of whole months: the sum of its months, when every month is there.
SELECT t.id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id,
       sum(f.value_usd), sum(f.rounding_usd), 'sum of months'
FROM period t
JOIN period m ON m.kind = 'month' AND m.first_half >= t.first_half AND m.last_half <= t.last_half
JOIN reported_figure f ON f.period_id = m.id
WHERE t.kind IN ('quarter', 'span') AND t.first_half % 2 = 0 AND t.last_half % 2 = 1
  AND NOT (t.first_half % 24 = 0 AND t.last_half < t.first_half + 24)
  AND t.first_half >= (SELECT first_half FROM derive_window) AND t.last_half <= (SELECT last_half FROM derive_window)
GROUP BY t.id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id
HAVING count(*) = (t.last_half - t.first_half + 1) / 2
UNION ALL
-- A month from two spans from January: January..M minus January..M-1.
SELECT m.id, a.flow_id, a.partner_id, a.commodity_id, a.sector_id,
       a.value_usd - b.value_usd, a.rounding_usd + b.rounding_usd, 'difference of spans'
FROM period m
JOIN period pa ON pa.first_half = (m.first_half / 24) * 24 AND pa.last_half = m.last_half
JOIN period pb ON pb.first_half = pa.first_half AND pb.last_half = m.first_half - 1
JOIN reported_figure a ON a.period_id = pa.id
JOIN reported_figure b ON b.period_id = pb.id AND b.flow_id = a.flow_id AND b.partner_id = a.partner_id
                   AND b.commodity_id = a.commodity_id AND b.sector_id = a.sector_id
WHERE m.kind = 'month' AND m.first_half % 24 <> 0
  AND m.first_half >= (SELECT first_half FROM derive_window) AND m.last_half <= (SELECT last_half FROM derive_window)
UNION ALL
-- The second half of a month: the month minus its first half.
SELECT h2.id, fm.flow_id, fm.partner_id, fm.commodity_id, fm.sector_id,
       fm.value_usd - f1.value_usd, fm.rounding_usd + f1.rounding_usd, 'month minus first half'
FROM period h2
JOIN period mo ON mo.first_half = h2.first_half - 1 AND mo.last_half = h2.last_half
JOIN period h1 ON h1.first_half = mo.first_half AND h1.last_half = mo.first_half
JOIN reported_figure fm ON fm.period_id = mo.id
JOIN reported_figure f1 ON f1.period_id = h1.id AND f1.flow_id = fm.flow_id AND f1.partner_id = fm.partner_id
                    AND f1.commodity_id = fm.commodity_id AND f1.sector_id = fm.sector_id
WHERE h2.kind = 'half' AND h2.first_half % 2 = 1
  AND h2.first_half >= (SELECT first_half FROM derive_window) AND h2.last_half <= (SELECT last_half FROM derive_window)
UNION ALL
-- A group (EU, ASEAN) from its members, when no release states the group's own figure.
-- (group_sum's sum, written out for the window's periods: SQLite does not narrow a grouped view by
-- a condition on a subquery, and summing every period first made a month's refresh grow with the
-- warehouse. CROSS JOIN keeps the window's periods the outer loop: SQLite otherwise read all of
-- `figure` in its key's order, to group without sorting.)
SELECT f.period_id, f.flow_id, gm.group_id, f.commodity_id, f.sector_id, sum(f.value_usd), sum(f.rounding_usd),
       'sum of ' || count(*) || ' members'
FROM period gp
CROSS JOIN reported_figure f ON f.period_id = gp.id
JOIN group_member_in_period gm ON gm.period_id = f.period_id AND gm.member_id = f.partner_id
WHERE gp.first_half >= (SELECT first_half FROM derive_window) AND gp.last_half <= (SELECT last_half FROM derive_window)
GROUP BY f.period_id, f.flow_id, gm.group_id, f.commodity_id, f.sector_id
HAVING count(*) = (SELECT count(*) FROM group_member_in_period a WHERE a.period_id = f.period_id AND a.group_id = gm.group_id)
)
SELECT c.* FROM candidate c
WHERE NOT EXISTS (
    SELECT 1 FROM reported_figure r
    WHERE r.period_id = c.period_id AND r.flow_id = c.flow_id AND r.partner_id = c.partner_id
      AND r.commodity_id = c.commodity_id AND r.sector_id = c.sector_id);
