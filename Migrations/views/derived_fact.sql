CREATE VIEW derived_fact AS
-- Figures no release states, computed from the reported figures of TOTAL and the groups and the
-- totals summed from HS lines (view `base_figure`), for the
-- periods inside the one-row window `derive_window` (empty except while ingest refreshes
-- `figure` for the years it touched). A derived figure never stands where a reported one exists,
-- and a derived export or import is never negative.
WITH candidate AS (
-- A quarter, a year or a span from January: the sum of its months, when every month is there.
SELECT t.id AS period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id,
       sum(f.value_usd) AS value_usd, sum(f.rounding_usd) AS rounding_usd, 'sum of months' AS method
FROM period t
JOIN period m ON m.kind = 'month' AND m.first_half >= t.first_half AND m.last_half <= t.last_half
JOIN base_figure f ON f.period_id = m.id
WHERE t.kind IN ('quarter', 'year', 'span') AND t.first_half % 2 = 0 AND t.last_half % 2 = 1
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
JOIN base_figure a ON a.period_id = pa.id
JOIN base_figure b ON b.period_id = pb.id AND b.flow_id = a.flow_id AND b.partner_id = a.partner_id
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
JOIN base_figure fm ON fm.period_id = mo.id
JOIN base_figure f1 ON f1.period_id = h1.id AND f1.flow_id = fm.flow_id AND f1.partner_id = fm.partner_id
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
CROSS JOIN base_figure f ON f.period_id = gp.id
JOIN group_member_in_period gm ON gm.period_id = f.period_id AND gm.member_id = f.partner_id
WHERE gp.first_half >= (SELECT first_half FROM derive_window) AND gp.last_half <= (SELECT last_half FROM derive_window)
GROUP BY f.period_id, f.flow_id, gm.group_id, f.commodity_id, f.sector_id
HAVING count(*) = (SELECT count(*) FROM group_member_in_period a WHERE a.period_id = f.period_id AND a.group_id = gm.group_id)
)
SELECT c.* FROM candidate c
-- A difference is refused when it would make an export or an import negative: its inputs disagree
-- (view `reconcile`, check `negative derivation`, says which), and no figure is better than a wrong one.
WHERE (c.value_usd >= 0 OR c.flow_id NOT IN (SELECT id FROM flow WHERE code IN ('export', 'import')))
  AND NOT EXISTS (
    SELECT 1 FROM base_figure r
    WHERE r.period_id = c.period_id AND r.flow_id = c.flow_id AND r.partner_id = c.partner_id
      AND r.commodity_id = c.commodity_id AND r.sector_id = c.sector_id);
