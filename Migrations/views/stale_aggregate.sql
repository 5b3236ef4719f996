CREATE VIEW stale_aggregate AS
-- Stated aggregates that are stale: a balance or a turnover, or a quarter, a year or a span from
-- January, that a release states (its current figure) while a figure it is made of comes from a
-- release later in the order of releases (of higher rank), which revised it (stated it otherwise
-- than the aggregate's release did, or where that release did not): for a balance or turnover,
-- the export or the import of the same period, partner, commodity and sector; for an export or
-- import span, its months (all of them stated). Beside each, what the current figures make of it
-- (`method`: exports − imports, exports + imports, or the sum of its current months) and the
-- later release. Ingest puts the
-- computed figure in its place in `figure` (see `StaleAggregates`), so that `yoy`, `balance` and
-- the summary agree; `reconcile` names it (check `stale`). While ingest refreshes derived figures,
-- only the periods inside `derive_window` are read; otherwise (the window empty) every period.
-- (CROSS JOINs keep the periods the outer loop: SQLite otherwise read all of `figure` first.)
SELECT a.period_id, a.flow_id, a.partner_id, a.commodity_id, a.sector_id, a.release_id,
       a.value_usd AS stated_usd, a.rounding_usd AS stated_rounding_usd,
       CASE fl.code WHEN 'balance' THEN e.value_usd - i.value_usd ELSE e.value_usd + i.value_usd END AS value_usd,
       e.rounding_usd + i.rounding_usd AS rounding_usd,
       CASE WHEN re.rank > ra.rank AND e.value_usd IS NOT ae.value_usd THEN re.id ELSE ri.id END AS later_release_id,
       CASE fl.code WHEN 'balance' THEN 'exports − imports' ELSE 'exports + imports' END AS method
FROM period p
CROSS JOIN flow fl
CROSS JOIN current_fact a ON a.period_id = p.id AND a.flow_id = fl.id
CROSS JOIN release ra ON ra.id = a.release_id
CROSS JOIN figure e ON e.period_id = a.period_id AND e.flow_id = (SELECT id FROM flow WHERE code = 'export')
             AND e.partner_id = a.partner_id AND e.commodity_id = a.commodity_id AND e.sector_id = a.sector_id
CROSS JOIN figure i ON i.period_id = a.period_id AND i.flow_id = (SELECT id FROM flow WHERE code = 'import')
             AND i.partner_id = a.partner_id AND i.commodity_id = a.commodity_id AND i.sector_id = a.sector_id
LEFT JOIN release re ON re.id = e.release_id
LEFT JOIN release ri ON ri.id = i.release_id
LEFT JOIN fact ae ON ae.period_id = e.period_id AND ae.flow_id = e.flow_id AND ae.partner_id = e.partner_id
                 AND ae.commodity_id = e.commodity_id AND ae.sector_id = e.sector_id AND ae.release_id = a.release_id
LEFT JOIN fact ai ON ai.period_id = i.period_id AND ai.flow_id = i.flow_id AND ai.partner_id = i.partner_id
                 AND ai.commodity_id = i.commodity_id AND ai.sector_id = i.sector_id AND ai.release_id = a.release_id
WHERE fl.code IN ('balance', 'turnover')
  AND ((SELECT first_half > last_half FROM derive_window)
       OR (p.first_half >= (SELECT first_half FROM derive_window) AND p.last_half <= (SELECT last_half FROM derive_window)))
  AND ((re.rank > ra.rank AND e.value_usd IS NOT ae.value_usd) OR (ri.rank > ra.rank AND i.value_usd IS NOT ai.value_usd))
UNION ALL
SELECT a.period_id, a.flow_id, a.partner_id, a.commodity_id, a.sector_id, a.release_id, a.value_usd, a.rounding_usd,
       sum(m.value_usd), sum(m.rounding_usd),
       max(CASE WHEN rm.rank > ra.rank AND m.value_usd IS NOT am.value_usd THEN rm.id END), 'sum of current months'
FROM period t
CROSS JOIN current_fact a ON a.period_id = t.id
JOIN flow sf ON sf.id = a.flow_id AND sf.code IN ('export', 'import')
JOIN commodity c ON c.id = a.commodity_id AND c.kind <> 'hs'
JOIN release ra ON ra.id = a.release_id
JOIN period mp ON mp.kind = 'month' AND mp.first_half >= t.first_half AND mp.last_half <= t.last_half
JOIN figure m ON m.period_id = mp.id AND m.flow_id = a.flow_id AND m.partner_id = a.partner_id
             AND m.commodity_id = a.commodity_id AND m.sector_id = a.sector_id AND m.source = 'reported'
JOIN release rm ON rm.id = m.release_id
LEFT JOIN fact am ON am.period_id = m.period_id AND am.flow_id = m.flow_id AND am.partner_id = m.partner_id
                 AND am.commodity_id = m.commodity_id AND am.sector_id = m.sector_id AND am.release_id = a.release_id
WHERE t.kind IN ('quarter', 'year', 'span') AND t.first_half % 2 = 0 AND t.last_half % 2 = 1
  AND ((SELECT first_half > last_half FROM derive_window)
       OR (t.first_half >= (SELECT first_half FROM derive_window) AND t.last_half <= (SELECT last_half FROM derive_window)))
GROUP BY a.period_id, a.flow_id, a.partner_id, a.commodity_id, a.sector_id
HAVING count(*) = (t.last_half - t.first_half + 1) / 2
   AND max(CASE WHEN rm.rank > ra.rank AND m.value_usd IS NOT am.value_usd THEN rm.id END) IS NOT NULL;
