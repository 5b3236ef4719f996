CREATE VIEW reported_figure AS
-- The reported figures of TOTAL and the commodity groups: what derived figures are computed from.
SELECT * FROM figure WHERE source = 'reported';
