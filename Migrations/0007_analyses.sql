-- Analyses: figures derived from others (quarters and years from months, a month from two
-- cumulative spans, a second half-month from its month), and the views built on reported and
-- derived figures alike: yoy, balance, ytd, mom, share, reconcile.
--
-- Ingest adds the calendar of every year it touches (months, half-months, quarters, the year, and
-- the spans from January), so that a derived figure always has a period row to point to.

-- How precisely each figure was stated: half its last stated digit ("34,5 tỉ" = 34500000000 is
-- ±50000000). Set by ingest from the value's trailing zeros.
ALTER TABLE fact ADD COLUMN rounding_usd INTEGER NOT NULL DEFAULT 0 CHECK (rounding_usd >= 0);


-- Members of each group during a whole period: valid from its first day to its last.
CREATE VIEW group_member_in_period AS
SELECT p.id AS period_id, m.group_id, m.member_id
FROM period p
JOIN partner_group_member m
  ON m.valid_from <= printf('%04d-%02d-%02d', p.first_half / 24, (p.first_half / 2) % 12 + 1,
                            CASE p.first_half % 2 WHEN 0 THEN 1 ELSE 16 END)
 AND (m.valid_to IS NULL OR m.valid_to >= CASE p.last_half % 2
         WHEN 0 THEN printf('%04d-%02d-15', p.last_half / 24, (p.last_half / 2) % 12 + 1)
         ELSE date(printf('%04d-%02d-01', p.last_half / 24, (p.last_half / 2) % 12 + 1), '+1 month', '-1 day') END);

-- A group's figure from its members' (the membership of that period: the UK counts in the EU in
-- 2019, not in 2021), when every member has one.
CREATE VIEW group_sum AS
SELECT f.period_id, f.flow_id, gm.group_id AS partner_id, f.commodity_id, f.sector_id,
       sum(f.value_usd) AS value_usd, sum(f.rounding_usd) AS rounding_usd, count(*) AS members
FROM current_fact f
JOIN group_member_in_period gm ON gm.period_id = f.period_id AND gm.member_id = f.partner_id
GROUP BY f.period_id, f.flow_id, gm.group_id, f.commodity_id, f.sector_id
HAVING count(*) = (SELECT count(*) FROM group_member_in_period a
                   WHERE a.period_id = f.period_id AND a.group_id = gm.group_id);

-- Every figure the analyses answer with — the current reported ones and the derived ones — is kept
-- in table `figure`, rebuilt by each ingest for the years it touches, so that the views below are
-- index lookups. The view `derived_fact` computes derived figures for the periods inside the
-- one-row window `derive_window`, which is empty except during such a rebuild (or an `--as-of`
-- query, which rebuilds everything inside a transaction it rolls back).
CREATE TABLE derive_window (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    first_half INTEGER NOT NULL,
    last_half  INTEGER NOT NULL
) STRICT;
INSERT INTO derive_window (singleton, first_half, last_half) VALUES (1, 1, 0);

CREATE TABLE figure (
    period_id    INTEGER NOT NULL REFERENCES period (id),
    flow_id      INTEGER NOT NULL REFERENCES flow (id),
    partner_id   INTEGER NOT NULL REFERENCES partner (id),
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    sector_id    INTEGER NOT NULL REFERENCES sector (id),
    value_usd    INTEGER NOT NULL,
    rounding_usd INTEGER NOT NULL,
    yoy_pct      REAL,
    source       TEXT NOT NULL CHECK (source IN ('reported', 'derived')),
    method       TEXT,
    PRIMARY KEY (period_id, flow_id, partner_id, commodity_id, sector_id)
) STRICT, WITHOUT ROWID;

-- A series (one partner and commodity over time) without reading every figure.
CREATE INDEX figure_by_series ON figure (partner_id, commodity_id, sector_id, flow_id, period_id);

-- Figures no release states, computed from those that releases do state. A derived figure never
-- stands where a reported one exists for the same key.
CREATE VIEW derived_fact AS
WITH candidate AS (
-- A quarter, a year or a span from January: the sum of its months, when every month is there.
SELECT t.id AS period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id,
       sum(f.value_usd) AS value_usd, sum(f.rounding_usd) AS rounding_usd, 'sum of months' AS method
FROM period t
JOIN period m ON m.kind = 'month' AND m.first_half >= t.first_half AND m.last_half <= t.last_half
JOIN current_fact f ON f.period_id = m.id
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
JOIN current_fact a ON a.period_id = pa.id
JOIN current_fact b ON b.period_id = pb.id AND b.flow_id = a.flow_id AND b.partner_id = a.partner_id
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
JOIN current_fact fm ON fm.period_id = mo.id
JOIN current_fact f1 ON f1.period_id = h1.id AND f1.flow_id = fm.flow_id AND f1.partner_id = fm.partner_id
                    AND f1.commodity_id = fm.commodity_id AND f1.sector_id = fm.sector_id
WHERE h2.kind = 'half' AND h2.first_half % 2 = 1
  AND h2.first_half >= (SELECT first_half FROM derive_window) AND h2.last_half <= (SELECT last_half FROM derive_window)
UNION ALL
-- A group (EU, ASEAN) from its members, when no release states the group's own figure.
SELECT g.period_id, g.flow_id, g.partner_id, g.commodity_id, g.sector_id, g.value_usd, g.rounding_usd,
       'sum of ' || g.members || ' members'
FROM group_sum g
JOIN period gp ON gp.id = g.period_id
  AND gp.first_half >= (SELECT first_half FROM derive_window) AND gp.last_half <= (SELECT last_half FROM derive_window)
)
SELECT c.* FROM candidate c
WHERE NOT EXISTS (
    SELECT 1 FROM current_fact r
    WHERE r.period_id = c.period_id AND r.flow_id = c.flow_id AND r.partner_id = c.partner_id
      AND r.commodity_id = c.commodity_id AND r.sector_id = c.sector_id);

-- The figures with codes, for the views below and for ad-hoc SQL.
CREATE VIEW all_facts AS
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

-- Year-on-year change of every figure, reported or derived. basis = 'computed' when the same period
-- a year earlier (the run of half-months shifted by 24) is in the warehouse; 'reported' when only
-- the release's own percentage is known (prior_value_usd is then implied by it); NULL when neither.
CREATE VIEW yoy AS
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd,
       value_usd - prior_value_usd AS delta_usd,
       CASE basis
           WHEN 'computed' THEN
               CASE WHEN prior_value_usd <> 0
                    THEN round((value_usd - prior_value_usd) * 100.0 / abs(prior_value_usd), 2) END
           WHEN 'reported' THEN yoy_pct_reported
       END AS delta_pct,
       basis, source
FROM (
    SELECT cur.period, cur.flow, cur.partner, cur.commodity, cur.sector, cur.value_usd, cur.yoy_pct_reported,
           cur.source,
           CASE WHEN prior.value_usd IS NOT NULL THEN prior.value_usd
                WHEN cur.yoy_pct_reported IS NOT NULL AND cur.yoy_pct_reported > -100
                THEN CAST(round(cur.value_usd * 100.0 / (100.0 + cur.yoy_pct_reported)) AS INTEGER)
           END AS prior_value_usd,
           CASE WHEN prior.value_usd IS NOT NULL THEN 'computed'
                WHEN cur.yoy_pct_reported IS NOT NULL AND cur.yoy_pct_reported > -100 THEN 'reported'
           END AS basis
    FROM all_facts cur
    LEFT JOIN period pp ON pp.first_half = cur.first_half - 24 AND pp.last_half = cur.last_half - 24
    LEFT JOIN figure prior
           ON prior.period_id = pp.id AND prior.flow_id = cur.flow_id AND prior.partner_id = cur.partner_id
          AND prior.commodity_id = cur.commodity_id AND prior.sector_id = cur.sector_id
);

-- Exports, imports, balance (exports − imports; positive = surplus) and turnover per period and
-- partner, for all goods and all enterprises. basis = 'computed' when both exports and imports are
-- there; 'reported' when the balance or turnover comes from a release's own figure.
CREATE VIEW balance AS
WITH totals AS (
    SELECT period, partner, first_half, last_half,
           max(CASE flow WHEN 'export'   THEN value_usd END) AS export_usd,
           max(CASE flow WHEN 'import'   THEN value_usd END) AS import_usd,
           max(CASE flow WHEN 'balance'  THEN value_usd END) AS balance_reported,
           max(CASE flow WHEN 'turnover' THEN value_usd END) AS turnover_reported,
           CASE WHEN max(source = 'derived') THEN 'derived' ELSE 'reported' END AS source
    FROM all_facts
    WHERE commodity = 'TOTAL' AND sector = 'ALL'
    GROUP BY period, partner
)
SELECT period, partner, export_usd, import_usd,
       CASE WHEN export_usd IS NOT NULL AND import_usd IS NOT NULL
            THEN export_usd - import_usd ELSE balance_reported END AS balance_usd,
       CASE WHEN export_usd IS NOT NULL AND import_usd IS NOT NULL
            THEN export_usd + import_usd ELSE turnover_reported END AS turnover_usd,
       CASE WHEN export_usd IS NOT NULL AND import_usd IS NOT NULL THEN 'computed'
            WHEN balance_reported IS NOT NULL OR turnover_reported IS NOT NULL THEN 'reported'
       END AS basis,
       source
FROM totals;

-- Year to date: every figure for a span from January (a month of January, Q1, Jan..M, a year),
-- with the same span a year earlier.
CREATE VIEW ytd AS
SELECT y.period, (p.last_half - p.first_half + 1) / 2 AS months, y.flow, y.partner, y.commodity, y.sector,
       y.value_usd, y.prior_value_usd, y.delta_usd, y.delta_pct, y.basis, y.source
FROM yoy y
JOIN period p ON p.code = y.period
WHERE p.first_half % 24 = 0 AND p.kind IN ('month', 'quarter', 'span', 'year');

-- Change on the previous period of the same length: a month on the month before, a half-month on
-- the half before, a quarter on the quarter before.
CREATE VIEW mom AS
SELECT cur.period, cur.flow, cur.partner, cur.commodity, cur.sector, cur.value_usd,
       CASE WHEN prev.value_usd IS NOT NULL THEN pp.code END AS previous_period, prev.value_usd AS previous_value_usd,
       cur.value_usd - prev.value_usd AS delta_usd,
       CASE WHEN prev.value_usd <> 0
            THEN round((cur.value_usd - prev.value_usd) * 100.0 / abs(prev.value_usd), 2) END AS delta_pct,
       cur.source
FROM all_facts cur
LEFT JOIN period pp ON pp.first_half = 2 * cur.first_half - cur.last_half - 1 AND pp.last_half = cur.first_half - 1
LEFT JOIN figure prev
       ON prev.period_id = pp.id AND prev.flow_id = cur.flow_id AND prev.partner_id = cur.partner_id
      AND prev.commodity_id = cur.commodity_id AND prev.sector_id = cur.sector_id
WHERE cur.period_kind IN ('month', 'half', 'quarter');

-- Shares: a partner's share of the world figure, and a commodity's share of its partner's total,
-- for the same period, flow and sector.
CREATE VIEW share AS
SELECT part.period, part.flow, part.partner, part.commodity, part.sector, part.value_usd,
       'WORLD' AS of, whole.value_usd AS whole_usd,
       round(part.value_usd * 100.0 / whole.value_usd, 2) AS share_pct
FROM all_facts part
JOIN all_facts whole
  ON whole.period = part.period AND whole.flow = part.flow AND whole.partner = 'WORLD'
 AND whole.commodity = part.commodity AND whole.sector = part.sector
WHERE part.partner <> 'WORLD' AND part.flow IN ('export', 'import', 'turnover') AND whole.value_usd <> 0
UNION ALL
SELECT part.period, part.flow, part.partner, part.commodity, part.sector, part.value_usd,
       'TOTAL', whole.value_usd, round(part.value_usd * 100.0 / whole.value_usd, 2)
FROM all_facts part
JOIN all_facts whole
  ON whole.period = part.period AND whole.flow = part.flow AND whole.partner = part.partner
 AND whole.commodity = 'TOTAL' AND whole.sector = part.sector
WHERE part.commodity <> 'TOTAL' AND part.flow IN ('export', 'import', 'turnover') AND whole.value_usd <> 0;

-- Consistency checks, one row per check made: what was expected, what is there, the difference,
-- the rounding the figures allow, and the verdict: ok, mismatch, or revised.
CREATE VIEW reconcile AS
WITH checks AS (
-- (The first check is a money one, so that `expected` and `actual` keep whole dollars as integers.)
-- A reported balance against exports minus imports.
SELECT 'balance' AS check_name, b.period, 'balance' AS flow, b.partner, b.commodity, b.sector,
       e.value_usd - i.value_usd AS expected, b.value_usd AS actual,
       b.value_usd - (e.value_usd - i.value_usd) AS difference,
       b.rounding_usd + e.rounding_usd + i.rounding_usd AS tolerance, 'reported balance vs exports − imports' AS detail
FROM all_facts b
JOIN all_facts e ON e.period = b.period AND e.partner = b.partner AND e.commodity = b.commodity
                AND e.sector = b.sector AND e.flow = 'export'
JOIN all_facts i ON i.period = b.period AND i.partner = b.partner AND i.commodity = b.commodity
                AND i.sector = b.sector AND i.flow = 'import'
WHERE b.flow = 'balance' AND b.source = 'reported'
UNION ALL
-- A reported turnover against exports plus imports.
SELECT 'turnover', t.period, 'turnover', t.partner, t.commodity, t.sector,
       e.value_usd + i.value_usd, t.value_usd, t.value_usd - (e.value_usd + i.value_usd),
       t.rounding_usd + e.rounding_usd + i.rounding_usd, 'reported turnover vs exports + imports'
FROM all_facts t
JOIN all_facts e ON e.period = t.period AND e.partner = t.partner AND e.commodity = t.commodity
                AND e.sector = t.sector AND e.flow = 'export'
JOIN all_facts i ON i.period = t.period AND i.partner = t.partner AND i.commodity = t.commodity
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
FROM all_facts cur
JOIN all_facts prior
  ON prior.first_half = cur.first_half - 24 AND prior.last_half = cur.last_half - 24
 AND prior.flow = cur.flow AND prior.partner = cur.partner AND prior.commodity = cur.commodity
 AND prior.sector = cur.sector
WHERE cur.yoy_pct_reported IS NOT NULL AND prior.value_usd <> 0
UNION ALL
-- A reported cumulative span against the sum of its months.
SELECT 'cumulative', s.period, s.flow, s.partner, s.commodity, s.sector,
       sum(m.value_usd), s.value_usd, s.value_usd - sum(m.value_usd),
       s.rounding_usd + sum(m.rounding_usd), 'reported span vs the sum of its ' || count(*) || ' months'
FROM all_facts s
JOIN all_facts m ON m.period_kind = 'month' AND m.source = 'reported'
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
FROM all_facts w
JOIN all_facts c ON c.period = w.period AND c.flow = w.flow AND c.commodity = w.commodity AND c.sector = w.sector
JOIN partner pc ON pc.code = c.partner AND pc.kind = 'country'
WHERE w.partner = 'WORLD' AND w.flow IN ('export', 'import', 'turnover')
GROUP BY w.period, w.flow, w.commodity, w.sector
HAVING sum(c.value_usd) > w.value_usd
UNION ALL
-- Commodity groups against the total they are part of (products within a group are not counted).
SELECT 'commodities within total', t.period, t.flow, t.partner, 'TOTAL', t.sector,
       t.value_usd, sum(g.value_usd), sum(g.value_usd) - t.value_usd,
       t.rounding_usd + sum(g.rounding_usd), count(*) || ' commodity groups vs the total'
FROM all_facts t
JOIN all_facts g ON g.period = t.period AND g.flow = t.flow AND g.partner = t.partner AND g.sector = t.sector
JOIN commodity c ON c.code = g.commodity AND c.kind = 'group' AND c.parent_id IS NULL
WHERE t.commodity = 'TOTAL' AND t.flow IN ('export', 'import', 'turnover')
GROUP BY t.period, t.flow, t.partner, t.sector
HAVING sum(g.value_usd) > t.value_usd
UNION ALL
-- Products against the group they belong to (shrimp within seafood).
SELECT 'products within group', g.period, g.flow, g.partner, g.commodity, g.sector,
       g.value_usd, sum(p.value_usd), sum(p.value_usd) - g.value_usd,
       g.rounding_usd + sum(p.rounding_usd), count(*) || ' products vs their group'
FROM all_facts g
JOIN commodity gc ON gc.code = g.commodity
JOIN commodity pc ON pc.parent_id = gc.id
JOIN all_facts p ON p.commodity = pc.code AND p.period = g.period AND p.flow = g.flow AND p.partner = g.partner
                AND p.sector = g.sector
GROUP BY g.period, g.flow, g.partner, g.commodity, g.sector
HAVING sum(p.value_usd) > g.value_usd
UNION ALL
-- A group's reported figure against the sum of its members'.
SELECT 'group', p.code, fl.code, pa.code, c.code, s.code,
       g.value_usd, r.value_usd, r.value_usd - g.value_usd, r.rounding_usd + g.rounding_usd,
       'reported group figure vs the sum of its ' || g.members || ' members'
FROM group_sum g
JOIN current_fact r ON r.period_id = g.period_id AND r.flow_id = g.flow_id AND r.partner_id = g.partner_id
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
JOIN fact old ON old.period_id = cur.period_id AND old.flow_id = cur.flow_id AND old.partner_id = cur.partner_id
             AND old.commodity_id = cur.commodity_id AND old.sector_id = cur.sector_id
             AND old.release_id < cur.release_id AND old.value_usd <> cur.value_usd
JOIN release r ON r.id = old.release_id
              AND (r.replaced_by IS NULL OR r.replaced_by > coalesce((SELECT release_id FROM as_of), r.replaced_by))
JOIN period p ON p.id = cur.period_id
JOIN flow fl ON fl.id = cur.flow_id
JOIN partner pa ON pa.id = cur.partner_id
JOIN commodity c ON c.id = cur.commodity_id
JOIN sector s ON s.id = cur.sector_id
)
SELECT check_name, period, flow, partner, commodity, sector, expected, actual, difference, tolerance,
       CASE WHEN check_name = 'revision' THEN 'revised'
            WHEN abs(difference) <= tolerance THEN 'ok'
            ELSE 'mismatch' END AS status,
       detail
FROM checks;
