CREATE VIEW balance AS
-- Exports, imports, balance (exports − imports; positive = surplus) and turnover per period and
-- partner, for all goods and all enterprises. basis = 'computed' when both exports and imports are
-- there; 'reported' when the balance or turnover comes from a release's own figure. (Worked out
-- in view `headline_balance`, which adds the columns a listing is ordered by.)
SELECT period, partner, export_usd, import_usd, balance_usd, turnover_usd, basis, source
FROM headline_balance;
