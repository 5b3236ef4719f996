CREATE VIEW mom AS
-- Change on the previous period of the same length: a month on the month before, a half-month on
-- the half before, a quarter on the quarter before.
SELECT period, flow, partner, commodity, sector, value_usd,
       CASE WHEN previous_value_usd IS NOT NULL THEN previous_period END AS previous_period,
       previous_value_usd, value_usd - previous_value_usd AS delta_usd,
       CASE WHEN previous_value_usd <> 0
            THEN round((value_usd - previous_value_usd) * 100.0 / abs(previous_value_usd), 2) END AS delta_pct,
       source
FROM (
    SELECT cur.period, cur.flow, cur.partner, cur.commodity, cur.sector, cur.value_usd, cur.source,
           pp.code AS previous_period, coalesce(hp.value_usd, fp.value_usd) AS previous_value_usd
    FROM all_facts cur
    LEFT JOIN period pp ON pp.first_half = 2 * cur.first_half - cur.last_half - 1 AND pp.last_half = cur.first_half - 1
        LEFT JOIN figure hp ON hp.period_id = pp.id AND hp.flow_id = cur.flow_id AND hp.partner_id = cur.partner_id
                           AND hp.commodity_id = cur.commodity_id AND hp.sector_id = cur.sector_id
        LEFT JOIN fact fp ON hp.period_id IS NULL AND fp.period_id = pp.id AND fp.flow_id = cur.flow_id
                         AND fp.partner_id = cur.partner_id AND fp.commodity_id = cur.commodity_id
                         AND fp.sector_id = cur.sector_id AND fp.release_id = (
                             SELECT g.release_id FROM fact g JOIN standing_release s ON s.id = g.release_id
                             WHERE g.period_id = pp.id AND g.flow_id = cur.flow_id AND g.partner_id = cur.partner_id
                               AND g.commodity_id = cur.commodity_id AND g.sector_id = cur.sector_id
                             ORDER BY s.rank DESC LIMIT 1)
    WHERE cur.period_kind IN ('month', 'half', 'quarter')
);
