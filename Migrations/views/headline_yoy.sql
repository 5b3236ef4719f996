CREATE VIEW headline_yoy AS
-- The year-on-year change of the figures of TOTAL and the groups, as `figure` keeps it (see
-- `figure_change`), with the columns the listing is ordered by (`listing_*`).
SELECT f.period_code AS period, f.flow_code AS flow, f.partner_code AS partner, c.code AS commodity, s.code AS sector,
       f.value_usd, f.prior_value_usd, f.value_usd - f.prior_value_usd AS delta_usd, f.delta_pct,
       CASE f.basis_id WHEN 1 THEN 'computed' WHEN 2 THEN 'reported' END AS basis, f.source,
       f.last_half AS listing_last_half, f.first_half AS listing_first_half, f.flow_id AS listing_flow,
       f.partner_id AS listing_partner, f.commodity_id AS listing_commodity, f.period_id AS listing_period
FROM figure f
JOIN commodity c ON c.id = f.commodity_id
JOIN sector s    ON s.id = f.sector_id;
