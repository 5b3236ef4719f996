CREATE VIEW base_figure AS
-- What derived figures are computed from: the reported figures of TOTAL and the commodity groups,
-- the totals summed from HS lines where no release states them (quarters, years and groups of
-- HS chapters are not derived: at national scale they would outnumber the lines), and the figures
-- computed in place of stale stated ones (view `stale_aggregate`).
SELECT * FROM figure
WHERE source = 'reported'
   OR (method = 'sum of HS lines' AND commodity_id IN (SELECT id FROM commodity WHERE kind <> 'hs'))
   OR method IN ('exports − imports', 'exports + imports', 'sum of current months');
