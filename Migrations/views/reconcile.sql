CREATE VIEW reconcile AS
-- Consistency checks, one row per check made: what was expected, what is there, the difference,
-- the rounding the figures allow, and the verdict: ok, mismatch, revised, or stale (a stated
-- figure that a later release's revision of its parts left behind, and that is no longer used).
-- Revisions are looked for only in the periods that more than one release has figures in.
WITH checks AS (
-- (The first check is a money one, so that `expected` and `actual` keep whole dollars as integers.)
-- A reported balance against exports minus imports.
SELECT 'balance' AS check_name, b.period, 'balance' AS flow, b.partner, b.commodity, b.sector,
       e.value_usd - i.value_usd AS expected, b.value_usd AS actual,
       b.value_usd - (e.value_usd - i.value_usd) AS difference,
       b.rounding_usd + e.rounding_usd + i.rounding_usd AS tolerance, 'reported balance vs exports − imports' AS detail
FROM headline_facts b
JOIN headline_facts e ON e.period = b.period AND e.partner = b.partner AND e.commodity = b.commodity
                AND e.sector = b.sector AND e.flow = 'export'
JOIN headline_facts i ON i.period = b.period AND i.partner = b.partner AND i.commodity = b.commodity
                AND i.sector = b.sector AND i.flow = 'import'
WHERE b.flow = 'balance' AND b.source = 'reported'
UNION ALL
-- A reported turnover against exports plus imports.
SELECT 'turnover', t.period, 'turnover', t.partner, t.commodity, t.sector,
       e.value_usd + i.value_usd, t.value_usd, t.value_usd - (e.value_usd + i.value_usd),
       t.rounding_usd + e.rounding_usd + i.rounding_usd, 'reported turnover vs exports + imports'
FROM headline_facts t
JOIN headline_facts e ON e.period = t.period AND e.partner = t.partner AND e.commodity = t.commodity
                AND e.sector = t.sector AND e.flow = 'export'
JOIN headline_facts i ON i.period = t.period AND i.partner = t.partner AND i.commodity = t.commodity
                AND i.sector = t.sector AND i.flow = 'import'
WHERE t.flow = 'turnover' AND t.source = 'reported'
UNION ALL
-- A release's own year-on-year percentage against the one computed from the prior-year figure.
SELECT 'yoy_pct', cur.period, cur.flow, cur.partner, cur.commodity, cur.sector,
       round((cur.value_usd - prior.value_usd) * 100.0 / abs(prior.value_usd), 2),
       cur.yoy_pct_reported,
       round(cur.yoy_pct_reported - (cur.value_usd - prior.value_usd) * 100.0 / abs(prior.value_usd), 2),
       round(0.05 + (cur.rounding_usd + prior.rounding_usd) * 100.0 / abs(prior.value_usd), 2),
       'reported ' || cur.yoy_pct_reported || '% vs computed from ' || prior.period
FROM headline_facts cur
JOIN headline_facts prior
  ON prior.first_half = cur.first_half - 24 AND prior.last_half = cur.last_half - 24
 AND prior.flow = cur.flow AND prior.partner = cur.partner AND prior.commodity = cur.commodity
 AND prior.sector = cur.sector
WHERE cur.yoy_pct_reported IS NOT NULL AND prior.value_usd <> 0
UNION ALL
-- A reported cumulative span against the sum of its months.
SELECT 'cumulative', s.period, s.flow, s.partner, s.commodity, s.sector,
       sum(m.value_usd), s.value_usd, s.value_usd - sum(m.value_usd),
       s.rounding_usd + sum(m.rounding_usd), 'reported span vs the sum of its ' || count(*) || ' months'
FROM headline_facts s
JOIN headline_facts m ON m.period_kind = 'month' AND m.source = 'reported'
                AND m.first_half >= s.first_half AND m.last_half <= s.last_half
                AND m.flow = s.flow AND m.partner = s.partner AND m.commodity = s.commodity AND m.sector = s.sector
WHERE s.source = 'reported' AND s.period_kind IN ('quarter', 'year', 'span') AND s.first_half % 2 = 0
  AND s.last_half % 2 = 1
GROUP BY s.period, s.flow, s.partner, s.commodity, s.sector
HAVING count(*) = (s.last_half - s.first_half + 1) / 2
UNION ALL
-- Countries' figures against the world figure they are part of: the parts must not exceed the whole.
SELECT 'partners within world', w.period, w.flow, 'WORLD', w.commodity, w.sector,
       w.value_usd, sum(c.value_usd), sum(c.value_usd) - w.value_usd,
       w.rounding_usd + sum(c.rounding_usd), count(*) || ' countries vs the world figure'
FROM headline_facts w
JOIN headline_facts c ON c.period = w.period AND c.flow = w.flow AND c.commodity = w.commodity AND c.sector = w.sector
JOIN partner pc ON pc.code = c.partner AND pc.kind = 'country'
WHERE w.partner = 'WORLD' AND w.flow IN ('export', 'import', 'turnover')
GROUP BY w.period, w.flow, w.commodity, w.sector
HAVING sum(c.value_usd) > w.value_usd
UNION ALL
-- Commodity groups against the total they are part of (products within a group are not counted).
SELECT 'commodities within total', t.period, t.flow, t.partner, 'TOTAL', t.sector,
       t.value_usd, sum(g.value_usd), sum(g.value_usd) - t.value_usd,
       t.rounding_usd + sum(g.rounding_usd), count(*) || ' commodity groups vs the total'
FROM headline_facts t
JOIN headline_facts g ON g.period = t.period AND g.flow = t.flow AND g.partner = t.partner AND g.sector = t.sector
JOIN commodity c ON c.code = g.commodity AND c.kind = 'group' AND c.parent_id IS NULL
WHERE t.commodity = 'TOTAL' AND t.flow IN ('export', 'import', 'turnover')
GROUP BY t.period, t.flow, t.partner, t.sector
HAVING sum(g.value_usd) > t.value_usd
UNION ALL
-- Products against the group they belong to (shrimp within seafood).
SELECT 'products within group', g.period, g.flow, g.partner, g.commodity, g.sector,
       g.value_usd, sum(p.value_usd), sum(p.value_usd) - g.value_usd,
       g.rounding_usd + sum(p.rounding_usd), count(*) || ' products vs their group'
FROM headline_facts g
JOIN commodity gc ON gc.code = g.commodity
JOIN commodity pc ON pc.parent_id = gc.id
JOIN headline_facts p ON p.commodity = pc.code AND p.period = g.period AND p.flow = g.flow AND p.partner = g.partner
                AND p.sector = g.sector
GROUP BY g.period, g.flow, g.partner, g.commodity, g.sector
HAVING sum(p.value_usd) > g.value_usd
UNION ALL
-- A group's reported figure against the sum of its members'.
SELECT 'group', p.code, fl.code, pa.code, c.code, s.code,
       g.value_usd, r.value_usd, r.value_usd - g.value_usd, r.rounding_usd + g.rounding_usd,
       'reported group figure vs the sum of its ' || g.members || ' members'
FROM group_sum g
JOIN reported_figure r ON r.period_id = g.period_id AND r.flow_id = g.flow_id AND r.partner_id = g.partner_id
                   AND r.commodity_id = g.commodity_id AND r.sector_id = g.sector_id
JOIN period p ON p.id = g.period_id
JOIN flow fl ON fl.id = g.flow_id
JOIN partner pa ON pa.id = g.partner_id
JOIN commodity c ON c.id = g.commodity_id
JOIN sector s ON s.id = g.sector_id
UNION ALL
-- A country's reported total against the sum of its current HS lines (8-digit codes), and the
-- world's against the sum of every country's lines: the lines of a complete breakdown add up to it.
SELECT 'lines', t.period, t.flow, t.partner, t.commodity, t.sector,
       sum(l.value_usd), t.value_usd, t.value_usd - sum(l.value_usd), t.rounding_usd + sum(l.rounding_usd),
       'reported total vs the sum of its ' || count(*) || ' HS lines'
FROM headline_facts t
JOIN partner tp ON tp.id = t.partner_id AND tp.kind IN ('country', 'world')
JOIN current_fact l ON l.period_id = t.period_id AND l.flow_id = t.flow_id AND l.sector_id = t.sector_id
                   AND (l.partner_id = t.partner_id OR tp.kind = 'world')
JOIN commodity lc ON lc.id = l.commodity_id AND lc.kind = 'hs' AND length(lc.code) = 8
JOIN partner lp ON lp.id = l.partner_id AND lp.kind = 'country'
WHERE t.source = 'reported' AND t.commodity = 'TOTAL' AND t.flow IN ('export', 'import')
GROUP BY t.period_id, t.flow_id, t.partner_id, t.sector_id
UNION ALL
-- A group made of HS codes (table `commodity_hs`): its reported figure against the sum of the current
-- HS lines under its codes, a country's or (for WORLD) every country's.
SELECT 'group lines', t.period, t.flow, t.partner, t.commodity, t.sector,
       sum(l.value_usd), t.value_usd, t.value_usd - sum(l.value_usd), t.rounding_usd + sum(l.rounding_usd),
       'reported group vs the sum of its ' || count(*) || ' HS lines under '
           || (SELECT group_concat(hs, ' ') FROM commodity_hs WHERE commodity_id = t.commodity_id)
FROM headline_facts t
JOIN partner tp ON tp.id = t.partner_id AND tp.kind IN ('country', 'world')
JOIN current_fact l ON l.period_id = t.period_id AND l.flow_id = t.flow_id AND l.sector_id = t.sector_id
                   AND (l.partner_id = t.partner_id OR tp.kind = 'world')
JOIN commodity lc ON lc.id = l.commodity_id AND lc.kind = 'hs' AND length(lc.code) = 8
JOIN partner lp ON lp.id = l.partner_id AND lp.kind = 'country'
WHERE t.source = 'reported' AND t.flow IN ('export', 'import')
  AND EXISTS (SELECT 1 FROM commodity_hs h
              WHERE h.commodity_id = t.commodity_id AND h.hs IN (substr(lc.code, 1, 2), substr(lc.code, 1, 4), substr(lc.code, 1, 6)))
GROUP BY t.period_id, t.flow_id, t.partner_id, t.commodity_id, t.sector_id
UNION ALL
-- Reported figures whose difference would make an export or an import negative (January..M below
-- January..M-1; a month below its first half): the derivation is refused (view `derived_fact`).
SELECT 'negative derivation', m.code, fl.code, pa.code, c.code, s.code,
       part.value_usd, whole.value_usd, whole.value_usd - part.value_usd, whole.rounding_usd + part.rounding_usd,
       whole_p.code || ' is less than ' || part_p.code || ': ' || m.code || ' would be negative; not derived'
FROM period m
JOIN period whole_p ON (m.kind = 'month' AND m.first_half % 24 <> 0 AND whole_p.first_half = (m.first_half / 24) * 24
                        AND whole_p.last_half = m.last_half)
                    OR (m.kind = 'half' AND m.first_half % 2 = 1 AND whole_p.first_half = m.first_half - 1
                        AND whole_p.last_half = m.last_half)
JOIN period part_p ON part_p.first_half = whole_p.first_half AND part_p.last_half = m.first_half - 1
JOIN reported_figure whole ON whole.period_id = whole_p.id AND whole.flow_id IN (SELECT id FROM flow WHERE code IN ('export', 'import'))
JOIN reported_figure part ON part.period_id = part_p.id AND part.flow_id = whole.flow_id AND part.partner_id = whole.partner_id
                         AND part.commodity_id = whole.commodity_id AND part.sector_id = whole.sector_id
                         AND part.value_usd > whole.value_usd
JOIN flow fl ON fl.id = whole.flow_id
JOIN partner pa ON pa.id = whole.partner_id
JOIN commodity c ON c.id = whole.commodity_id
JOIN sector s ON s.id = whole.sector_id
UNION ALL
-- A stated balance, turnover or span that is stale (view `stale_aggregate`): what the current
-- figures make of it stands in its place.
SELECT 'stale', p.code, fl.code, pa.code, c.code, s.code,
       st.value_usd, st.stated_usd, st.stated_usd - st.value_usd, st.rounding_usd + st.stated_rounding_usd,
       'stated by release ' || st.release_id || ' before release ' || st.later_release_id
           || ' revised a figure it is made of; ' || st.method || ' is used'
FROM stale_aggregate st
JOIN period p ON p.id = st.period_id
JOIN flow fl ON fl.id = st.flow_id
JOIN partner pa ON pa.id = st.partner_id
JOIN commodity c ON c.id = st.commodity_id
JOIN sector s ON s.id = st.sector_id
UNION ALL
-- A figure a standing release earlier in the order of releases (of lower rank) gave differently
-- (a revision).
SELECT 'revision', p.code, fl.code, pa.code, c.code, s.code,
       old.value_usd, cur.value_usd, cur.value_usd - old.value_usd, cur.rounding_usd + old.rounding_usd,
       'release ' || cur.release_id || ' revises release ' || old.release_id
FROM current_fact cur
JOIN standing_release cr ON cr.id = cur.release_id
JOIN fact_full old ON old.period_id = cur.period_id AND old.flow_id = cur.flow_id AND old.partner_id = cur.partner_id
             AND old.commodity_id = cur.commodity_id AND old.sector_id = cur.sector_id
             AND old.release_id <> cur.release_id AND old.value_usd <> cur.value_usd
JOIN standing_release r ON r.id = old.release_id AND r.rank < cr.rank
JOIN period p ON p.id = cur.period_id
JOIN flow fl ON fl.id = cur.flow_id
JOIN partner pa ON pa.id = cur.partner_id
JOIN commodity c ON c.id = cur.commodity_id
JOIN sector s ON s.id = cur.sector_id
-- (Only periods that more than one release has figures in can hold a revision.)
WHERE cur.period_id IN (SELECT period_id FROM release_period GROUP BY period_id HAVING count(*) > 1)
)
SELECT check_name, period, flow, partner, commodity, sector, expected, actual, difference, tolerance,
       CASE WHEN check_name = 'revision' THEN 'revised'
            WHEN check_name = 'stale' THEN 'stale'
            WHEN check_name = 'negative derivation' THEN 'mismatch'
            WHEN abs(difference) <= tolerance THEN 'ok'
            ELSE 'mismatch' END AS status,
       detail
FROM checks;
