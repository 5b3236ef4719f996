-- Quantities beside their figures (issue 20). Detailed customs data carries a quantity and a unit
-- on most HS lines; kept in `fact_detail`, each repeated the figure's six-column key, and a
-- warehouse of 497,000 lines (80% with a quantity) was 1.15 times the size of the same file as
-- one flat table. Now a figure's quantity is a column of `fact` (one byte on a figure without
-- one), and its unit is said once per release and commodity in `release_unit`: customs states one
-- unit per HS code. A figure whose unit differs from its release's unit for that commodity, or a
-- unit without a quantity, keeps its own in `fact_detail.unit`, which overrides (view `fact_full`).
ALTER TABLE fact ADD COLUMN quantity REAL;

CREATE TABLE release_unit (
    release_id   INTEGER NOT NULL REFERENCES release (id),
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    unit         TEXT NOT NULL,  -- the unit of the release's quantities of this commodity
    PRIMARY KEY (release_id, commodity_id)
) STRICT, WITHOUT ROWID;

UPDATE fact SET quantity = d.quantity
FROM fact_detail d
WHERE d.quantity IS NOT NULL AND d.period_id = fact.period_id AND d.flow_id = fact.flow_id
  AND d.partner_id = fact.partner_id AND d.commodity_id = fact.commodity_id AND d.sector_id = fact.sector_id
  AND d.release_id = fact.release_id;

-- (A quantity always has its unit: ingest refuses one without.)
INSERT INTO release_unit (release_id, commodity_id, unit)
SELECT release_id, commodity_id, min(unit) FROM fact_detail
WHERE quantity IS NOT NULL AND unit IS NOT NULL
GROUP BY release_id, commodity_id;

UPDATE fact_detail SET unit = NULL
WHERE quantity IS NOT NULL
  AND unit = (SELECT u.unit FROM release_unit u
              WHERE u.release_id = fact_detail.release_id AND u.commodity_id = fact_detail.commodity_id);

-- (`fact_detail.quantity` stays, empty from now on: dropping it would break the views of a
-- warehouse migrated without this binary's view files, which still read it.)
UPDATE fact_detail SET quantity = NULL WHERE quantity IS NOT NULL;
DELETE FROM fact_detail WHERE unit IS NULL AND qualifier IS NULL AND estimated IS NULL AND yoy_pct IS NULL;
