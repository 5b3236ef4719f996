CREATE VIEW balance AS
-- Exports, imports, balance (exports − imports; positive = surplus) and turnover per period and
-- partner, for all goods and all enterprises. basis = 'computed' when both exports and imports are
-- there; 'reported' when the balance or turnover comes from a release's own figure.
WITH totals AS (
    SELECT period, partner, first_half, last_half,
           max(CASE flow WHEN 'export'   THEN value_usd END) AS export_usd,
           max(CASE flow WHEN 'import'   THEN value_usd END) AS import_usd,
           max(CASE flow WHEN 'balance'  THEN value_usd END) AS balance_reported,
           max(CASE flow WHEN 'turnover' THEN value_usd END) AS turnover_reported,
           max(source = 'derived') AS any_derived,
           max(source = 'derived' AND flow IN ('export', 'import')) AS parts_derived
    FROM headline_facts
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
       -- (A computed balance is as derived as its exports and imports: a stale stated balance,
       -- which a computed one replaced in `figure`, is not used.)
       CASE WHEN CASE WHEN export_usd IS NOT NULL AND import_usd IS NOT NULL THEN parts_derived ELSE any_derived END
            THEN 'derived' ELSE 'reported' END AS source
FROM totals;
