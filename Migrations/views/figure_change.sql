CREATE VIEW figure_change AS
-- What `figure`'s listing columns hold for each of its figures: its period's half-months and
-- codes, and its change on the same key a year earlier. The basis (yoy's `basis`) is 1, 'computed',
-- when the same period a year earlier (the run of half-months shifted by 24) is in the warehouse;
-- 2, 'reported', when only the release's own percentage is known (prior_value_usd is then implied
-- by it); NULL when neither. (A number, not the word: two copies of the word in 265,000 figures
-- were 4 MB of a national warehouse.)
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
