CREATE VIEW share AS
-- Shares: a partner's share of the world figure, and a commodity's of its partner's total, for the
-- same period, flow and sector.
SELECT period, flow, partner, commodity, sector, value_usd, of, whole_usd,
       round(value_usd * 100.0 / whole_usd, 2) AS share_pct
FROM (
    SELECT part.period, part.flow, part.partner, part.commodity, part.sector, part.value_usd, 'WORLD' AS of,
           coalesce(
               (SELECT w.value_usd FROM figure w JOIN partner wp ON wp.id = w.partner_id AND wp.code = 'WORLD'
                WHERE w.period_id = part.period_id AND w.flow_id = part.flow_id
                  AND w.commodity_id = part.commodity_id AND w.sector_id = part.sector_id),
               (SELECT w.value_usd FROM current_fact w JOIN partner wp ON wp.id = w.partner_id AND wp.code = 'WORLD'
                WHERE w.period_id = part.period_id AND w.flow_id = part.flow_id
                  AND w.commodity_id = part.commodity_id AND w.sector_id = part.sector_id)) AS whole_usd
    FROM all_facts part
    WHERE part.partner <> 'WORLD' AND part.flow IN ('export', 'import', 'turnover')
    UNION ALL
    SELECT part.period, part.flow, part.partner, part.commodity, part.sector, part.value_usd, 'TOTAL',
           (SELECT w.value_usd FROM figure w JOIN commodity wc ON wc.id = w.commodity_id AND wc.code = 'TOTAL'
            WHERE w.period_id = part.period_id AND w.flow_id = part.flow_id
              AND w.partner_id = part.partner_id AND w.sector_id = part.sector_id)
    FROM all_facts part
    WHERE part.commodity <> 'TOTAL' AND part.flow IN ('export', 'import', 'turnover')
)
WHERE whole_usd <> 0;
