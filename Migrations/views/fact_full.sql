CREATE VIEW fact_full AS
-- Each figure with its details (its line: its distance from its period's first line in its release
-- plus that line, see migration 0017; its quantity from `fact`; its unit from `fact_detail` where the figure
-- has its own, else its release's for the commodity, `release_unit`) and half the last digit it was
-- stated to ("34,5 tỉ" = 34500000000 is ±50000000). (CAST gives that column INTEGER affinity, like
-- figure.rounding_usd, so that SQLite can merge `all_facts`, which unions the two, into the queries
-- on it.)
SELECT f.period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id, f.release_id, f.value_usd,
       f.quantity, coalesce(d.unit, u.unit) AS unit, d.qualifier, d.estimated, d.yoy_pct,
       f.line_offset + coalesce((SELECT rp.first_line FROM release_period rp
                                 WHERE rp.release_id = f.release_id AND rp.period_id = f.period_id), 0) AS source_line,
       CAST(CASE WHEN f.value_usd = 0 THEN 0
            WHEN f.value_usd % 1000000000 = 0 THEN 500000000
            WHEN f.value_usd % 100000000 = 0 THEN 50000000
            WHEN f.value_usd % 10000000 = 0 THEN 5000000
            WHEN f.value_usd % 1000000 = 0 THEN 500000
            WHEN f.value_usd % 100000 = 0 THEN 50000
            WHEN f.value_usd % 10000 = 0 THEN 5000
            WHEN f.value_usd % 1000 = 0 THEN 500
            WHEN f.value_usd % 100 = 0 THEN 50
            WHEN f.value_usd % 10 = 0 THEN 5
            ELSE 0 END AS INTEGER) AS rounding_usd
FROM fact f
LEFT JOIN fact_detail d
       ON d.period_id = f.period_id AND d.flow_id = f.flow_id AND d.partner_id = f.partner_id
      AND d.commodity_id = f.commodity_id AND d.sector_id = f.sector_id AND d.release_id = f.release_id
LEFT JOIN release_unit u
       ON f.quantity IS NOT NULL AND u.release_id = f.release_id AND u.commodity_id = f.commodity_id;
