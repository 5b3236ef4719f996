CREATE VIEW hs_yoy AS
-- The year-on-year change of the current figures of HS codes, read from `fact` in one view, with
-- the listing_* columns `headline_yoy` has, so that `query yoy` of an HS code sorts without joining
-- period and flow again. The current figure of a key, and its year-earlier figure, are those of the
-- standing release of highest rank that has the key (see `figure_change` for the basis).
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd,
       value_usd - prior_value_usd AS delta_usd,
       -- (+ 0.0: a change of -0.0 is 0.0, as `figure` stores it)
       CASE basis
           WHEN 'computed' THEN
               CASE WHEN prior_value_usd <> 0
                    THEN round((value_usd - prior_value_usd) * 100.0 / abs(prior_value_usd), 2) + 0.0 END
           WHEN 'reported' THEN yoy_pct_reported
       END AS delta_pct,
       basis, source, listing_last_half, listing_first_half, listing_flow
FROM (
    SELECT p.code AS period, fl.code AS flow, pa.code AS partner, c.code AS commodity, s.code AS sector,
           f.value_usd, d.yoy_pct AS yoy_pct_reported, CAST('reported' AS TEXT) AS source,
           CASE WHEN fp.value_usd IS NOT NULL THEN fp.value_usd
                WHEN d.yoy_pct > -100 THEN CAST(round(f.value_usd * 100.0 / (100.0 + d.yoy_pct)) AS INTEGER)
           END AS prior_value_usd,
           CASE WHEN fp.value_usd IS NOT NULL THEN 'computed' WHEN d.yoy_pct > -100 THEN 'reported' END AS basis,
           p.last_half AS listing_last_half, p.first_half AS listing_first_half, f.flow_id AS listing_flow
    FROM fact f
    JOIN commodity c ON c.id = f.commodity_id AND c.kind = 'hs'
    JOIN period p    ON p.id = f.period_id
    JOIN flow fl     ON fl.id = f.flow_id
    JOIN partner pa  ON pa.id = f.partner_id
    JOIN sector s    ON s.id = f.sector_id
    LEFT JOIN fact_detail d ON d.period_id = f.period_id AND d.flow_id = f.flow_id AND d.partner_id = f.partner_id
                           AND d.commodity_id = f.commodity_id AND d.sector_id = f.sector_id AND d.release_id = f.release_id
    LEFT JOIN period pp ON pp.first_half = p.first_half - 24 AND pp.last_half = p.last_half - 24
    LEFT JOIN fact fp ON fp.period_id = pp.id AND fp.flow_id = f.flow_id AND fp.partner_id = f.partner_id
                     AND fp.commodity_id = f.commodity_id AND fp.sector_id = f.sector_id AND fp.release_id = (
                         SELECT g.release_id FROM fact g JOIN standing_release r ON r.id = g.release_id
                         WHERE g.period_id = pp.id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
                           AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id
                         ORDER BY r.rank DESC LIMIT 1)
    -- (`flow_id IN (SELECT id FROM flow)` is always true; it lets SQLite search `fact`'s key past its
    -- flow column when a query names the period, partner and commodity but no flow.)
    WHERE f.flow_id IN (SELECT id FROM flow)
      AND f.release_id = (
          SELECT g.release_id FROM fact g JOIN standing_release r ON r.id = g.release_id
          WHERE g.period_id = f.period_id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
            AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id
          ORDER BY r.rank DESC LIMIT 1)
);
