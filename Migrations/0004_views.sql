-- The current figures: which release holds each key's current figure, and the public view `facts`.
-- Its columns are a contract (see README, "Schema"); ad-hoc SQL is written against them.

-- `tradewh query --as-of` answers as the warehouse stood after a given release: it sets this one
-- row inside a transaction it then rolls back. NULL (always, outside such a query) means now.
CREATE TABLE as_of (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    release_id  INTEGER
) STRICT;
INSERT INTO as_of (singleton, release_id) VALUES (1, NULL);

-- Which release holds the current figure of each key: kept by ingest, so that `current_fact` is a
-- join on keys rather than a search per figure.
CREATE TABLE current (
    period_id    INTEGER NOT NULL,
    flow_id      INTEGER NOT NULL,
    partner_id   INTEGER NOT NULL,
    commodity_id INTEGER NOT NULL,
    sector_id    INTEGER NOT NULL,
    release_id   INTEGER NOT NULL REFERENCES release (id),
    PRIMARY KEY (period_id, flow_id, partner_id, commodity_id, sector_id)
) STRICT, WITHOUT ROWID;

-- The current figure per key. As of a release (`as_of` set): the latest release up to it that had
-- not been replaced by then, searched figure by figure.
CREATE VIEW current_fact AS
SELECT f.*
FROM current c
JOIN fact f ON f.period_id = c.period_id AND f.flow_id = c.flow_id AND f.partner_id = c.partner_id
           AND f.commodity_id = c.commodity_id AND f.sector_id = c.sector_id AND f.release_id = c.release_id
WHERE (SELECT release_id FROM as_of) IS NULL
UNION ALL
SELECT f.*
FROM fact f
WHERE (SELECT release_id FROM as_of) IS NOT NULL
  AND f.release_id = (
    SELECT max(g.release_id)
    FROM fact g JOIN release r ON r.id = g.release_id
    WHERE r.id <= (SELECT release_id FROM as_of)
      AND (r.replaced_by IS NULL OR r.replaced_by > (SELECT release_id FROM as_of))
      AND g.period_id = f.period_id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
      AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id
);

CREATE VIEW facts AS
SELECT p.code            AS period,
       fl.code           AS flow,
       pa.code           AS partner,
       c.code            AS commodity,
       s.code            AS sector,
       cf.value_usd      AS value_usd,
       cf.quantity       AS quantity,
       cf.unit           AS unit,
       cf.qualifier      AS qualifier,
       cf.estimated      AS estimated,
       cf.yoy_pct        AS yoy_pct_reported,
       cf.release_id     AS release_id
FROM current_fact cf
JOIN period p     ON p.id = cf.period_id
JOIN flow fl      ON fl.id = cf.flow_id
JOIN partner pa   ON pa.id = cf.partner_id
JOIN commodity c  ON c.id = cf.commodity_id
JOIN sector s     ON s.id = cf.sector_id;
