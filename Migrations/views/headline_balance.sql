CREATE VIEW headline_balance AS
-- View `balance` with the columns its listing is ordered by (`listing_*`). Each period and
-- partner's row is made from the first of its flows that `figure` has (export, else import, else
-- the stated balance, else the turnover), the others looked up by `figure`'s key: so listing every
-- period walks index `figure_listing` in the order printed and groups nothing (at 500,000 HS lines,
-- 0.40 billion instructions in SQLite grouping every headline figure; 0.14 billion this way).
-- One partner's rows are found from its figures instead, each row by the key of its first flow
-- (`listing_period`, `listing_flow`, `listing_partner`: see the Query module's `headlineBalance`).
-- (Flow ids are fixed in every warehouse: export 1, import 2, balance 3, turnover 4.)
SELECT x.period_code AS period, x.partner_code AS partner,
       CASE WHEN x.flow_id = 1 THEN x.value_usd END AS export_usd,
       i.value_usd AS import_usd,
       CASE WHEN x.flow_id = 1 AND i.value_usd IS NOT NULL THEN x.value_usd - i.value_usd ELSE b.value_usd END AS balance_usd,
       CASE WHEN x.flow_id = 1 AND i.value_usd IS NOT NULL THEN x.value_usd + i.value_usd ELSE t.value_usd END AS turnover_usd,
       CASE WHEN x.flow_id = 1 AND i.value_usd IS NOT NULL THEN 'computed'
            WHEN b.value_usd IS NOT NULL OR t.value_usd IS NOT NULL THEN 'reported'
       END AS basis,
       -- (A computed balance is as derived as its exports and imports: a stale stated balance,
       -- which a computed one replaced in `figure`, is not used.)
       CASE WHEN x.flow_id = 1 AND i.value_usd IS NOT NULL
            THEN CASE WHEN x.source = 'derived' OR i.source = 'derived' THEN 'derived' ELSE 'reported' END
            WHEN x.source = 'derived' OR i.source = 'derived' OR b.source = 'derived' OR t.source = 'derived' THEN 'derived'
            ELSE 'reported'
       END AS source,
       x.last_half AS listing_last_half, x.first_half AS listing_first_half, x.period_id AS listing_period,
       x.partner_id AS listing_partner, x.flow_id AS listing_flow
FROM figure x
LEFT JOIN figure i ON i.period_id = x.period_id AND i.flow_id = 2 AND i.partner_id = x.partner_id
                  AND i.commodity_id = x.commodity_id AND i.sector_id = x.sector_id
LEFT JOIN figure b ON b.period_id = x.period_id AND b.flow_id = 3 AND b.partner_id = x.partner_id
                  AND b.commodity_id = x.commodity_id AND b.sector_id = x.sector_id
LEFT JOIN figure t ON t.period_id = x.period_id AND t.flow_id = 4 AND t.partner_id = x.partner_id
                  AND t.commodity_id = x.commodity_id AND t.sector_id = x.sector_id
WHERE x.commodity_id = (SELECT id FROM commodity WHERE code = 'TOTAL')
  AND x.sector_id = (SELECT id FROM sector WHERE code = 'ALL')
  -- (x is the first flow: no export for an import, nor an import for a stated balance, ...)
  AND (x.flow_id = 1
       OR NOT EXISTS (SELECT 1 FROM figure e
                      WHERE e.period_id = x.period_id AND e.flow_id = 1 AND e.partner_id = x.partner_id
                        AND e.commodity_id = x.commodity_id AND e.sector_id = x.sector_id))
  AND (x.flow_id <= 2 OR i.value_usd IS NULL)
  AND (x.flow_id <= 3 OR b.value_usd IS NULL);
