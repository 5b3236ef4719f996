-- Year-on-year change kept at ingest. Listing the change of every month, quarter and year by
-- partner (263,000 figures in a national warehouse of 10M) looked up each figure's year-earlier
-- figure, then its period, partner and flow codes, then sorted them all: 2.3 s of SQLite work. Now:
--
-- * `figure` keeps, beside each figure, its period's half-months and its period, flow and partner
--   codes, and its year-on-year change (view `figure_change`). Ingest sets them once per load, for
--   the years it touched and the year after (`DerivedFigures`).
-- * index `figure_listing` holds every column the listing reads, in the order it prints (period by
--   its last and first half-month, flow, value from the largest), so that listing TOTAL or one
--   group by partner reads the index from its start and sorts nothing.
-- * view `headline_yoy` is that listing for the figures of `figure`; `yoy` is it plus `hs_yoy`,
--   the year-on-year change of each HS-code figure (view `hs_facts`, the second half of
--   `all_facts`), whose year-earlier figure is looked up in `fact`.

ALTER TABLE figure ADD COLUMN first_half INTEGER;
ALTER TABLE figure ADD COLUMN last_half INTEGER;
ALTER TABLE figure ADD COLUMN period_code TEXT;
ALTER TABLE figure ADD COLUMN flow_code TEXT;
ALTER TABLE figure ADD COLUMN partner_code TEXT;
ALTER TABLE figure ADD COLUMN prior_value_usd INTEGER;
ALTER TABLE figure ADD COLUMN delta_pct REAL;
ALTER TABLE figure ADD COLUMN basis_id INTEGER;  -- how the change is known: 1 computed, 2 reported

-- What `figure`'s listing columns hold for each of its figures: its period's half-months and
-- codes, and its change on the same key a year earlier. The basis (yoy's `basis`) is 1, 'computed',
-- when the same period a year earlier (the run of half-months shifted by 24) is in the warehouse;
-- 2, 'reported', when only the release's own percentage is known (prior_value_usd is then implied
-- by it); NULL when neither. (A number, not the word: two copies of the word in 265,000 figures
-- were 4 MB of a national warehouse.)
CREATE VIEW figure_change AS
SELECT f.period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id,
       p.first_half, p.last_half, p.code AS period_code, fl.code AS flow_code, pa.code AS partner_code,
       CASE WHEN hp.value_usd IS NOT NULL THEN hp.value_usd
            WHEN f.yoy_pct > -100 THEN CAST(round(f.value_usd * 100.0 / (100.0 + f.yoy_pct)) AS INTEGER)
       END AS prior_value_usd,
       CASE WHEN hp.value_usd IS NOT NULL
            THEN CASE WHEN hp.value_usd <> 0 THEN round((f.value_usd - hp.value_usd) * 100.0 / abs(hp.value_usd), 2) END
            WHEN f.yoy_pct > -100 THEN f.yoy_pct
       END AS delta_pct,
       CASE WHEN hp.value_usd IS NOT NULL THEN 1 WHEN f.yoy_pct > -100 THEN 2 END AS basis_id
FROM figure f
JOIN period p    ON p.id = f.period_id
JOIN flow fl     ON fl.id = f.flow_id
JOIN partner pa  ON pa.id = f.partner_id
LEFT JOIN period pp ON pp.first_half = p.first_half - 24 AND pp.last_half = p.last_half - 24
LEFT JOIN figure hp ON hp.period_id = pp.id AND hp.flow_id = f.flow_id AND hp.partner_id = f.partner_id
                   AND hp.commodity_id = f.commodity_id AND hp.sector_id = f.sector_id;

UPDATE figure SET (first_half, last_half, period_code, flow_code, partner_code, prior_value_usd, delta_pct, basis_id) = (
    SELECT c.first_half, c.last_half, c.period_code, c.flow_code, c.partner_code, c.prior_value_usd, c.delta_pct, c.basis_id
    FROM figure_change c
    WHERE c.period_id = figure.period_id AND c.flow_id = figure.flow_id AND c.partner_id = figure.partner_id
      AND c.commodity_id = figure.commodity_id AND c.sector_id = figure.sector_id);

-- A series (one partner's TOTAL over time, the world's balance) is read from `figure_by_series`,
-- now holding what such queries read, so that SQLite (which, without statistics, prefers an index
-- it need not leave) does not take `figure_listing` instead and read every partner's figures.
DROP INDEX figure_by_series;
CREATE INDEX figure_by_series ON figure (partner_id, commodity_id, sector_id, flow_id, period_id,
                                         value_usd, rounding_usd, yoy_pct, source);

CREATE INDEX figure_listing ON figure (commodity_id, sector_id, last_half, first_half DESC, flow_id, value_usd DESC,
                                       partner_id, period_code, flow_code, partner_code, prior_value_usd, delta_pct,
                                       basis_id, source);

-- Derived figures, as in migration 0008, but for a year's refresh reading only that year's figures
-- (a month loaded into a national warehouse spent 30 ms here, reading all of `figure`).
DROP VIEW derived_fact;
CREATE VIEW derived_fact AS
WITH candidate AS (
-- A quarter, a year or a span from January: the sum of its months, when every month is there.
SELECT t.id AS period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id,
       sum(f.value_usd) AS value_usd, sum(f.rounding_usd) AS rounding_usd, 'sum of months' AS method
FROM period t
JOIN period m ON m.kind = 'month' AND m.first_half >= t.first_half AND m.last_half <= t.last_half
JOIN reported_figure f ON f.period_id = m.id
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

DROP VIEW yoy;
DROP VIEW all_facts;

-- The current figures of HS codes, with codes (the figures of `figure` are `headline_facts`).
CREATE VIEW hs_facts AS
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

-- Every figure the analyses use: the headline ones and the current figures of HS codes.
CREATE VIEW all_facts AS
SELECT * FROM headline_facts
UNION ALL
SELECT * FROM hs_facts;

-- The year-on-year change of the figures of TOTAL and the groups, as `figure` keeps it (see
-- `figure_change`), with the columns the listing is ordered by (`listing_*`).
CREATE VIEW headline_yoy AS
SELECT f.period_code AS period, f.flow_code AS flow, f.partner_code AS partner, c.code AS commodity, s.code AS sector,
       f.value_usd, f.prior_value_usd, f.value_usd - f.prior_value_usd AS delta_usd, f.delta_pct,
       CASE f.basis_id WHEN 1 THEN 'computed' WHEN 2 THEN 'reported' END AS basis, f.source,
       f.last_half AS listing_last_half, f.first_half AS listing_first_half, f.flow_id AS listing_flow,
       f.partner_id AS listing_partner, f.commodity_id AS listing_commodity
FROM figure f
JOIN commodity c ON c.id = f.commodity_id
JOIN sector s    ON s.id = f.sector_id;

-- The year-on-year change of the current figures of HS codes, whose year-earlier figures are in
-- `fact` (see `figure_change` for basis).
CREATE VIEW hs_yoy AS
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd,
       value_usd - prior_value_usd AS delta_usd,
       -- (+ 0.0: a change of -0.0 is 0.0, as `figure` stores it)
       CASE basis
           WHEN 'computed' THEN
               CASE WHEN prior_value_usd <> 0
                    THEN round((value_usd - prior_value_usd) * 100.0 / abs(prior_value_usd), 2) + 0.0 END
           WHEN 'reported' THEN yoy_pct_reported
       END AS delta_pct,
       basis, source
FROM (
    SELECT cur.period, cur.flow, cur.partner, cur.commodity, cur.sector, cur.value_usd, cur.yoy_pct_reported, cur.source,
           CASE WHEN fp.value_usd IS NOT NULL THEN fp.value_usd
                WHEN cur.yoy_pct_reported > -100
                THEN CAST(round(cur.value_usd * 100.0 / (100.0 + cur.yoy_pct_reported)) AS INTEGER)
           END AS prior_value_usd,
           CASE WHEN fp.value_usd IS NOT NULL THEN 'computed' WHEN cur.yoy_pct_reported > -100 THEN 'reported' END AS basis
    FROM hs_facts cur
    LEFT JOIN period pp ON pp.first_half = cur.first_half - 24 AND pp.last_half = cur.last_half - 24
    LEFT JOIN fact fp ON fp.period_id = pp.id AND fp.flow_id = cur.flow_id AND fp.partner_id = cur.partner_id
                     AND fp.commodity_id = cur.commodity_id AND fp.sector_id = cur.sector_id AND fp.release_id = (
                         SELECT max(g.release_id) FROM fact g JOIN standing_release s ON s.id = g.release_id
                         WHERE g.period_id = pp.id AND g.flow_id = cur.flow_id AND g.partner_id = cur.partner_id
                           AND g.commodity_id = cur.commodity_id AND g.sector_id = cur.sector_id)
);

-- Year-on-year change of every figure, reported or derived.
CREATE VIEW yoy AS
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd, delta_usd, delta_pct, basis, source
FROM headline_yoy
UNION ALL
SELECT * FROM hs_yoy;

-- What each release did to the figures before it — how many of its figures were new, confirmed an
-- earlier release's value or revised it — is counted once, at ingest, and kept with the release:
-- `tradewh releases` worked it out on every call from every figure (17 s at 10M figures). Here it
-- is worked out once for the releases already loaded, as that command did.
ALTER TABLE release ADD COLUMN new_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE release ADD COLUMN confirmed_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE release ADD COLUMN revised_count INTEGER NOT NULL DEFAULT 0;

UPDATE release SET (new_count, confirmed_count, revised_count) = (
    SELECT count(*) - count(e.earlier), coalesce(sum(e.earlier = e.value_usd), 0), coalesce(sum(e.earlier <> e.value_usd), 0)
    FROM (
        SELECT f.value_usd,
               (SELECT g.value_usd FROM fact g
                WHERE g.period_id = f.period_id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
                  AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id AND g.release_id < f.release_id
                ORDER BY g.release_id DESC LIMIT 1) AS earlier
        FROM fact f
        WHERE f.period_id IN (SELECT period_id FROM release_period WHERE release_id = release.id)
          AND f.release_id = release.id
    ) e);

-- The consistency checks, as in migration 0008, but looking for revisions only in the periods that
-- more than one release has figures in: the check read every current figure (27 s at 10M figures
-- loaded by one release).
DROP VIEW reconcile;
CREATE VIEW reconcile AS
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
-- A figure an earlier release gave differently (a revision).
SELECT 'revision', p.code, fl.code, pa.code, c.code, s.code,
       old.value_usd, cur.value_usd, cur.value_usd - old.value_usd, cur.rounding_usd + old.rounding_usd,
       'release ' || cur.release_id || ' revises release ' || old.release_id
FROM current_fact cur
JOIN fact_full old ON old.period_id = cur.period_id AND old.flow_id = cur.flow_id AND old.partner_id = cur.partner_id
             AND old.commodity_id = cur.commodity_id AND old.sector_id = cur.sector_id
             AND old.release_id < cur.release_id AND old.value_usd <> cur.value_usd
JOIN release r ON r.id = old.release_id
              AND (r.replaced_by IS NULL OR r.replaced_by > coalesce((SELECT release_id FROM as_of), r.replaced_by))
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
            WHEN abs(difference) <= tolerance THEN 'ok'
            ELSE 'mismatch' END AS status,
       detail
FROM checks;
