-- Public views: the current figures (`facts`), year-on-year change (`yoy`) and the trade balance
-- (`balance`). Their columns are a contract (see README, "Schema"); ad-hoc SQL is written against them.

-- The current figure per key, by id: the one from the latest release that has not been replaced.
CREATE VIEW current_fact AS
SELECT f.*
FROM fact f
WHERE f.release_id = (
    SELECT max(g.release_id)
    FROM fact g JOIN release r ON r.id = g.release_id
    WHERE r.replaced_by IS NULL
      AND g.period_id = f.period_id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
      AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id
);

CREATE VIEW facts AS
SELECT p.code            AS period,
       fl.code           AS flow,
       pa.code           AS partner,
       c.code            AS commodity,
       s.code            AS sector,
       cf.value_usd      AS value_usd,
       cf.quantity       AS quantity,
       cf.unit           AS unit,
       cf.qualifier      AS qualifier,
       cf.estimated      AS estimated,
       cf.yoy_pct        AS yoy_pct_reported,
       cf.release_id     AS release_id
FROM current_fact cf
JOIN period p     ON p.id = cf.period_id
JOIN flow fl      ON fl.id = cf.flow_id
JOIN partner pa   ON pa.id = cf.partner_id
JOIN commodity c  ON c.id = cf.commodity_id
JOIN sector s     ON s.id = cf.sector_id;

-- Year-on-year change of every current figure. basis = 'computed' when the same period a year
-- earlier (the run of half-months shifted by 24) is in the warehouse; 'reported' when only the
-- release's own percentage is known (prior_value_usd is then implied by it); NULL when neither.
CREATE VIEW yoy AS
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd,
       value_usd - prior_value_usd AS delta_usd,
       CASE basis
           WHEN 'computed' THEN
               CASE WHEN prior_value_usd <> 0
                    THEN round((value_usd - prior_value_usd) * 100.0 / abs(prior_value_usd), 2) END
           WHEN 'reported' THEN yoy_pct_reported
       END AS delta_pct,
       basis
FROM (
    SELECT p.code AS period, fl.code AS flow, pa.code AS partner, c.code AS commodity, s.code AS sector,
           cf.value_usd, cf.yoy_pct AS yoy_pct_reported,
           CASE WHEN prior.value_usd IS NOT NULL THEN prior.value_usd
                WHEN cf.yoy_pct IS NOT NULL AND cf.yoy_pct > -100
                THEN CAST(round(cf.value_usd * 100.0 / (100.0 + cf.yoy_pct)) AS INTEGER)
           END AS prior_value_usd,
           CASE WHEN prior.value_usd IS NOT NULL THEN 'computed'
                WHEN cf.yoy_pct IS NOT NULL AND cf.yoy_pct > -100 THEN 'reported'
           END AS basis
    FROM current_fact cf
    JOIN period p     ON p.id = cf.period_id
    JOIN flow fl      ON fl.id = cf.flow_id
    JOIN partner pa   ON pa.id = cf.partner_id
    JOIN commodity c  ON c.id = cf.commodity_id
    JOIN sector s     ON s.id = cf.sector_id
    LEFT JOIN period pp ON pp.first_half = p.first_half - 24 AND pp.last_half = p.last_half - 24
    LEFT JOIN current_fact prior
           ON prior.period_id = pp.id AND prior.flow_id = cf.flow_id AND prior.partner_id = cf.partner_id
          AND prior.commodity_id = cf.commodity_id AND prior.sector_id = cf.sector_id
);

-- Exports, imports, balance (exports − imports; positive = surplus) and turnover per period and
-- partner, for all goods and all enterprises. basis = 'computed' when both exports and imports are
-- in the warehouse; 'reported' when the balance or turnover comes from a release's own figure.
CREATE VIEW balance AS
WITH totals AS (
    SELECT cf.period_id, cf.partner_id,
           max(CASE fl.code WHEN 'export'   THEN cf.value_usd END) AS export_usd,
           max(CASE fl.code WHEN 'import'   THEN cf.value_usd END) AS import_usd,
           max(CASE fl.code WHEN 'balance'  THEN cf.value_usd END) AS balance_reported,
           max(CASE fl.code WHEN 'turnover' THEN cf.value_usd END) AS turnover_reported
    FROM current_fact cf
    JOIN flow fl      ON fl.id = cf.flow_id
    JOIN commodity c  ON c.id = cf.commodity_id AND c.code = 'TOTAL'
    JOIN sector s     ON s.id = cf.sector_id AND s.code = 'ALL'
    GROUP BY cf.period_id, cf.partner_id
)
SELECT p.code AS period,
       pa.code AS partner,
       t.export_usd,
       t.import_usd,
       CASE WHEN t.export_usd IS NOT NULL AND t.import_usd IS NOT NULL
            THEN t.export_usd - t.import_usd ELSE t.balance_reported END AS balance_usd,
       CASE WHEN t.export_usd IS NOT NULL AND t.import_usd IS NOT NULL
            THEN t.export_usd + t.import_usd ELSE t.turnover_reported END AS turnover_usd,
       CASE WHEN t.export_usd IS NOT NULL AND t.import_usd IS NOT NULL THEN 'computed'
            WHEN t.balance_reported IS NOT NULL OR t.turnover_reported IS NOT NULL THEN 'reported'
       END AS basis
FROM totals t
JOIN period p   ON p.id = t.period_id
JOIN partner pa ON pa.id = t.partner_id;
