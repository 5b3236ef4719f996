-- The schema of a new tradewh warehouse, read back from one. GENERATED: do not edit; after
-- changing Migrations/ run `UPDATE_GOLDEN=1 swift test --filter CurrentSchemaTests`.
--
-- Made from Migrations/baseline/ (the tables as of migration 0010), the numbered migrations
-- after it, and Migrations/views/ (one file per view); then the reference data of
-- Migrations/reference/*.csv is loaded. `tradewh sql --schema` says what each table and view
-- holds; README, "Schema", documents the public views' columns.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    checksum   TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT;

CREATE TABLE schema_state (
    part       TEXT PRIMARY KEY CHECK (part IN ('views', 'reference')),
    checksum   TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE flow (
    -- What a figure measures: export, import, balance (exports − imports; negative: a deficit) or
    -- turnover (exports + imports). The ids are fixed (Domain's `Flow`).
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_vi TEXT NOT NULL
) STRICT;

CREATE TABLE sector (
    -- Which enterprises a figure covers: all, foreign-invested (FDI) ones, or domestic ones.
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_vi TEXT NOT NULL
) STRICT;

CREATE TABLE period (
    -- A period is a run of half-months: half index h = (year * 12 + month - 1) * 2 + half, half 0 =
    -- days 1-15 ("kỳ 1"), half 1 = the rest ("kỳ 2"). The same period a year earlier is the one whose
    -- first_half and last_half are both 24 smaller. `code` is the canonical spelling: 2024-01,
    -- 2024-05-H1, 2024-01..2024-07, 2024-Q1, 2024. Ingest adds the calendar of every year it touches.
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('month', 'half', 'span', 'quarter', 'year')),
    first_half INTEGER NOT NULL,
    last_half  INTEGER NOT NULL CHECK (last_half >= first_half),
    UNIQUE (first_half, last_half)
) STRICT;

CREATE TABLE partner (
    -- Trading partners: WORLD, countries (ISO 3166-1 alpha-2) and groups (EU, ASEAN, and those users
    -- define). Built-in rows come from Migrations/reference/partners.csv.
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL CHECK (kind IN ('world', 'country', 'group')),
    name_en TEXT NOT NULL,
    name_vi TEXT
) STRICT;

CREATE TABLE partner_alias (
    -- Other names a partner goes by ("Mỹ", "Hoa Kỳ", "USA"); matching ignores case, spacing and
    -- Unicode normalization. From Migrations/reference/partner_aliases.csv.
    alias      TEXT NOT NULL,
    partner_id INTEGER NOT NULL REFERENCES partner (id),
    lang       TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
    PRIMARY KEY (alias, partner_id)
) STRICT;

CREATE TABLE partner_group_member (
    -- Membership of a group over time; valid_to is the last day of membership, NULL while it lasts.
    -- EU and ASEAN from Migrations/reference/partner_group_members.csv; others from `groups define`.
    group_id   INTEGER NOT NULL REFERENCES partner (id),
    member_id  INTEGER NOT NULL REFERENCES partner (id),
    valid_from TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_to   TEXT CHECK (valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (group_id, member_id, valid_from)
) STRICT;

CREATE TABLE commodity (
    -- Commodities: TOTAL, the customs office's main commodity groups (ASCII codes such as PHONES;
    -- Migrations/reference/commodities.csv), and HS codes of 2-8 digits, which ingest adds on first
    -- use. parent_id: the group a product (shrimp) belongs to (seafood), so checks do not count it twice.
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL CHECK (kind IN ('total', 'group', 'hs')),
    flows   TEXT NOT NULL DEFAULT 'both' CHECK (flows IN ('export', 'import', 'both')),
    name_en TEXT NOT NULL,
    name_vi TEXT,
    parent_id INTEGER REFERENCES commodity (id)
) STRICT;

CREATE TABLE commodity_alias (
    -- Other names of the commodity groups. From Migrations/reference/commodity_aliases.csv.
    alias        TEXT NOT NULL,
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    lang         TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
    PRIMARY KEY (alias, commodity_id)
) STRICT;

CREATE TABLE release (
    -- One row per ingested file. `replaced_by` is set when `ingest --replace` supersedes the
    -- release: its figures then no longer count as current, but stay in `fact` for history.
    -- new/confirmed/revised_count: what its figures did to earlier releases', counted at ingest.
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    format      TEXT NOT NULL,
    row_count   INTEGER NOT NULL CHECK (row_count >= 0),
    ingested_at TEXT NOT NULL,
    source      TEXT,
    replaced_by INTEGER REFERENCES release (id),
    new_count INTEGER NOT NULL DEFAULT 0,
    confirmed_count INTEGER NOT NULL DEFAULT 0,
    revised_count INTEGER NOT NULL DEFAULT 0
, real_path TEXT, file_size INTEGER, file_mtime_ns INTEGER, published_on TEXT
    CHECK (published_on IS NULL OR published_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'), rank INTEGER NOT NULL DEFAULT 0) STRICT;

CREATE INDEX release_by_sha256 -- a file already loaded is found by its hash
ON release (sha256);

CREATE TABLE as_of (
    -- `--as-of` answers as the warehouse stood after a given release: it sets this one row inside a
    -- transaction it then rolls back. NULL (always, outside such a query) means now.
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    release_id  INTEGER
) STRICT;

CREATE TABLE derive_window (
    -- The half-months whose derived figures view `derived_fact` computes: empty (first_half >
    -- last_half) except while ingest refreshes `figure` for the years a release touched.
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    first_half INTEGER NOT NULL,
    last_half  INTEGER NOT NULL
) STRICT;

CREATE TABLE figure (
    -- The current reported figures of TOTAL and the commodity groups (with the release each came
    -- from) and every figure derived from them, kept by ingest in the same transaction: what the
    -- views read for headline figures. Beside each, for listing them fast, its period's half-months
    -- and codes and its year-on-year change (view `figure_change`; basis_id 1 computed, 2 reported).
    period_id    INTEGER NOT NULL REFERENCES period (id),
    flow_id      INTEGER NOT NULL REFERENCES flow (id),
    partner_id   INTEGER NOT NULL REFERENCES partner (id),
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    sector_id    INTEGER NOT NULL REFERENCES sector (id),
    value_usd    INTEGER NOT NULL,
    rounding_usd INTEGER NOT NULL,
    yoy_pct      REAL,
    source       TEXT NOT NULL CHECK (source IN ('reported', 'derived')),
    method       TEXT,
    release_id INTEGER REFERENCES release (id),
    first_half INTEGER,
    last_half INTEGER,
    period_code TEXT,
    flow_code TEXT,
    partner_code TEXT,
    prior_value_usd INTEGER,
    delta_pct REAL,
    basis_id INTEGER,
    PRIMARY KEY (period_id, flow_id, partner_id, commodity_id, sector_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE release_period (
    -- The periods each release has figures in: whether a release restates anything, and which
    -- years' derived figures to redo, without reading `fact`.
    release_id INTEGER NOT NULL REFERENCES release (id),
    period_id  INTEGER NOT NULL REFERENCES period (id), first_line INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (release_id, period_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX release_period_by_period -- the releases with figures in a period
ON release_period (period_id, release_id);

CREATE TABLE fact_text (
    -- For figures read from prose bulletins: where in the text each came from, and what the text
    -- said beyond the value.
    period_id      INTEGER NOT NULL,
    flow_id        INTEGER NOT NULL,
    partner_id     INTEGER NOT NULL,
    commodity_id   INTEGER NOT NULL,
    sector_id      INTEGER NOT NULL,
    release_id     INTEGER NOT NULL REFERENCES release (id),
    source_text    TEXT NOT NULL,  -- the sentence the figure came from
    source_start   INTEGER,        -- the amount's first Unicode scalar in the NFC text
    source_end     INTEGER,        -- one past its last
    commodity_name TEXT,           -- the commodity as the text wrote it
    mom_pct        REAL,           -- stated change on the previous period, percent
    delta_usd      INTEGER,        -- stated change on a year earlier, whole USD
    PRIMARY KEY (period_id, flow_id, partner_id, commodity_id, sector_id, release_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE fact (
    -- Every figure of every release: its key, value_usd (whole US dollars) and source_line (the
    -- line of the file). Stored once, lean (no CHECKs: ingest checks every value before it writes);
    -- what most figures of a national file lack is in `fact_detail`.
    period_id    INTEGER NOT NULL REFERENCES period (id),
    flow_id      INTEGER NOT NULL REFERENCES flow (id),
    partner_id   INTEGER NOT NULL REFERENCES partner (id),
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    sector_id    INTEGER NOT NULL REFERENCES sector (id),
    release_id   INTEGER NOT NULL REFERENCES release (id),
    value_usd    INTEGER NOT NULL,
    line_offset  INTEGER, quantity REAL,
    PRIMARY KEY (period_id, flow_id, partner_id, commodity_id, sector_id, release_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE fact_detail (
    -- A figure's quantity (in `unit`), qualifier ('over' "hơn", 'under' "dưới", 'approx' "gần"; no
    -- row or NULL: exact), estimated (1; no row or NULL: no) and the release's own year-on-year
    -- percentage, for the figures that have any of them.
    period_id    INTEGER NOT NULL,
    flow_id      INTEGER NOT NULL,
    partner_id   INTEGER NOT NULL,
    commodity_id INTEGER NOT NULL,
    sector_id    INTEGER NOT NULL,
    release_id   INTEGER NOT NULL REFERENCES release (id),
    quantity     REAL,
    unit         TEXT,
    qualifier    TEXT,
    estimated    INTEGER,
    yoy_pct      REAL,
    PRIMARY KEY (period_id, flow_id, partner_id, commodity_id, sector_id, release_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX figure_by_series -- a series (one partner and commodity over time), read from the index alone
ON figure (partner_id, commodity_id, sector_id, flow_id, period_id, value_usd, rounding_usd, yoy_pct, source);

CREATE INDEX figure_listing -- every column `query yoy` lists, in the order it prints: it sorts nothing
ON figure (commodity_id, sector_id, last_half, first_half DESC, flow_id, value_usd DESC, partner_id, period_code,
           flow_code, partner_code, prior_value_usd, delta_pct, basis_id, source);

CREATE TABLE line_window (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    first_half INTEGER NOT NULL,
    last_half  INTEGER NOT NULL
) STRICT;

CREATE TABLE release_unit (
    release_id   INTEGER NOT NULL REFERENCES release (id),
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    unit         TEXT NOT NULL,  -- the unit of the release's quantities of this commodity
    PRIMARY KEY (release_id, commodity_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE commodity_hs (
    hs           TEXT NOT NULL CHECK (length(hs) IN (2, 4, 6) AND hs NOT GLOB '*[^0-9]*'),
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    basis        TEXT NOT NULL,  -- why these codes are the group: the HS titles read against its name
    PRIMARY KEY (hs, commodity_id)
) STRICT, WITHOUT ROWID;

CREATE VIEW headline_facts AS
-- The figures of TOTAL and the commodity groups, reported and derived, with codes.
SELECT p.code AS period, fl.code AS flow, pa.code AS partner, c.code AS commodity, s.code AS sector,
       af.value_usd, af.rounding_usd, af.yoy_pct AS yoy_pct_reported, af.source,
       p.id AS period_id, p.kind AS period_kind, p.first_half, p.last_half,
       af.flow_id, af.partner_id, af.commodity_id, af.sector_id
FROM figure af
JOIN period p     ON p.id = af.period_id
JOIN flow fl      ON fl.id = af.flow_id
JOIN partner pa   ON pa.id = af.partner_id
JOIN commodity c  ON c.id = af.commodity_id
JOIN sector s     ON s.id = af.sector_id;

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

CREATE VIEW standing_release AS
-- A release stands when it was not replaced; as of release A (`as_of` set), when it was ingested
-- no later than A and was not replaced by A. A figure is current when its release stands and no
-- standing release of higher `rank` (a place in the order of releases, which a replacement takes
-- over from the release it replaced) has its key.
SELECT r.id, r.rank FROM release r
WHERE r.id <= coalesce((SELECT release_id FROM as_of), r.id)
  AND (r.replaced_by IS NULL OR r.replaced_by > coalesce((SELECT release_id FROM as_of), r.replaced_by));

CREATE VIEW current_fact AS
-- The current figure of each key, with its details (view `fact_full`): its release stands and
-- no standing release of higher rank has the key. One query with no UNION, which SQLite plans as
-- index searches wherever it is joined.
SELECT f.*
FROM fact_full f
JOIN standing_release r ON r.id = f.release_id
WHERE NOT EXISTS (
    SELECT 1 FROM fact g JOIN standing_release s ON s.id = g.release_id
    WHERE g.period_id = f.period_id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
      AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id AND s.rank > r.rank);

CREATE VIEW hs_facts AS
-- The current figures of HS codes, with codes (the figures of `figure` are `headline_facts`).
SELECT p.code AS period, fl.code AS flow, pa.code AS partner, c.code AS commodity, s.code AS sector,
       f.value_usd, f.rounding_usd, f.yoy_pct AS yoy_pct_reported, CAST('reported' AS TEXT) AS source,
       p.id AS period_id, p.kind AS period_kind, p.first_half, p.last_half,
       f.flow_id, f.partner_id, f.commodity_id, f.sector_id
FROM current_fact f
JOIN commodity c  ON c.id = f.commodity_id AND c.kind = 'hs'
JOIN period p     ON p.id = f.period_id
JOIN flow fl      ON fl.id = f.flow_id
JOIN partner pa   ON pa.id = f.partner_id
JOIN sector s     ON s.id = f.sector_id
-- (Always true; it lets SQLite search `fact`'s key past its flow column when a query names the
-- period, partner and commodity but no flow: four searches instead of reading the whole month.)
WHERE f.flow_id IN (SELECT id FROM flow);

CREATE VIEW all_facts AS
-- Every figure the analyses use: the headline ones and the current figures of HS codes.
SELECT * FROM headline_facts
UNION ALL
SELECT * FROM hs_facts;

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

CREATE VIEW balance AS
-- Exports, imports, balance (exports − imports; positive = surplus) and turnover per period and
-- partner, for all goods and all enterprises. basis = 'computed' when both exports and imports are
-- there; 'reported' when the balance or turnover comes from a release's own figure. (Worked out
-- in view `headline_balance`, which adds the columns a listing is ordered by.)
SELECT period, partner, export_usd, import_usd, balance_usd, turnover_usd, basis, source
FROM headline_balance;

CREATE VIEW base_figure AS
-- What derived figures are computed from: the reported figures of TOTAL and the commodity groups,
-- the totals summed from HS lines where no release states them (quarters, years and groups of
-- HS chapters are not derived: at national scale they would outnumber the lines), and the figures
-- computed in place of stale stated ones (view `stale_aggregate`).
SELECT * FROM figure
WHERE source = 'reported'
   OR (method = 'sum of HS lines' AND commodity_id IN (SELECT id FROM commodity WHERE kind <> 'hs'))
   OR method IN ('exports − imports', 'exports + imports', 'sum of current months');

CREATE VIEW group_member_in_period AS
-- Members of each group during a whole period: valid from its first day to its last. The reporter,
-- Vietnam, is never its own partner, so it is no member of any group here (ASEAN is the other members).
SELECT p.id AS period_id, m.group_id, m.member_id
FROM period p
JOIN partner_group_member m
  ON m.valid_from <= printf('%04d-%02d-%02d', p.first_half / 24, (p.first_half / 2) % 12 + 1,
                            CASE p.first_half % 2 WHEN 0 THEN 1 ELSE 16 END)
 AND (m.valid_to IS NULL OR m.valid_to >= CASE p.last_half % 2
         WHEN 0 THEN printf('%04d-%02d-15', p.last_half / 24, (p.last_half / 2) % 12 + 1)
         ELSE date(printf('%04d-%02d-01', p.last_half / 24, (p.last_half / 2) % 12 + 1), '+1 month', '-1 day') END)
WHERE m.member_id <> (SELECT id FROM partner WHERE code = 'VN');

CREATE VIEW derived_fact AS
-- Figures no release states, computed from the reported figures of TOTAL and the groups and the
-- totals summed from HS lines (view `base_figure`), for the
-- periods inside the one-row window `derive_window` (empty except while ingest refreshes
-- `figure` for the years it touched). A derived figure never stands where a reported one exists,
-- and a derived export or import is never negative.
WITH candidate AS (
-- A quarter, a year or a span from January: the sum of its months, when every month is there.
SELECT t.id AS period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id,
       sum(f.value_usd) AS value_usd, sum(f.rounding_usd) AS rounding_usd, 'sum of months' AS method
FROM period t
JOIN period m ON m.kind = 'month' AND m.first_half >= t.first_half AND m.last_half <= t.last_half
JOIN base_figure f ON f.period_id = m.id
WHERE t.kind IN ('quarter', 'year', 'span') AND t.first_half % 2 = 0 AND t.last_half % 2 = 1
  AND t.first_half >= (SELECT first_half FROM derive_window) AND t.last_half <= (SELECT last_half FROM derive_window)
GROUP BY t.id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id
HAVING count(*) = (t.last_half - t.first_half + 1) / 2
UNION ALL
-- A month from two spans from January: January..M minus January..M-1.
SELECT m.id, a.flow_id, a.partner_id, a.commodity_id, a.sector_id,
       a.value_usd - b.value_usd, a.rounding_usd + b.rounding_usd, 'difference of spans'
FROM period m
JOIN period pa ON pa.first_half = (m.first_half / 24) * 24 AND pa.last_half = m.last_half
JOIN period pb ON pb.first_half = pa.first_half AND pb.last_half = m.first_half - 1
JOIN base_figure a ON a.period_id = pa.id
JOIN base_figure b ON b.period_id = pb.id AND b.flow_id = a.flow_id AND b.partner_id = a.partner_id
                   AND b.commodity_id = a.commodity_id AND b.sector_id = a.sector_id
WHERE m.kind = 'month' AND m.first_half % 24 <> 0
  AND m.first_half >= (SELECT first_half FROM derive_window) AND m.last_half <= (SELECT last_half FROM derive_window)
UNION ALL
-- The second half of a month: the month minus its first half.
SELECT h2.id, fm.flow_id, fm.partner_id, fm.commodity_id, fm.sector_id,
       fm.value_usd - f1.value_usd, fm.rounding_usd + f1.rounding_usd, 'month minus first half'
FROM period h2
JOIN period mo ON mo.first_half = h2.first_half - 1 AND mo.last_half = h2.last_half
JOIN period h1 ON h1.first_half = mo.first_half AND h1.last_half = mo.first_half
JOIN base_figure fm ON fm.period_id = mo.id
JOIN base_figure f1 ON f1.period_id = h1.id AND f1.flow_id = fm.flow_id AND f1.partner_id = fm.partner_id
                    AND f1.commodity_id = fm.commodity_id AND f1.sector_id = fm.sector_id
WHERE h2.kind = 'half' AND h2.first_half % 2 = 1
  AND h2.first_half >= (SELECT first_half FROM derive_window) AND h2.last_half <= (SELECT last_half FROM derive_window)
UNION ALL
-- A group (EU, ASEAN) from its members, when no release states the group's own figure.
-- (group_sum's sum, written out for the window's periods: SQLite does not narrow a grouped view by
-- a condition on a subquery, and summing every period first made a month's refresh grow with the
-- warehouse. CROSS JOIN keeps the window's periods the outer loop: SQLite otherwise read all of
-- `figure` in its key's order, to group without sorting.)
SELECT f.period_id, f.flow_id, gm.group_id, f.commodity_id, f.sector_id, sum(f.value_usd), sum(f.rounding_usd),
       'sum of ' || count(*) || ' members'
FROM period gp
CROSS JOIN base_figure f ON f.period_id = gp.id
JOIN group_member_in_period gm ON gm.period_id = f.period_id AND gm.member_id = f.partner_id
WHERE gp.first_half >= (SELECT first_half FROM derive_window) AND gp.last_half <= (SELECT last_half FROM derive_window)
GROUP BY f.period_id, f.flow_id, gm.group_id, f.commodity_id, f.sector_id
HAVING count(*) = (SELECT count(*) FROM group_member_in_period a WHERE a.period_id = f.period_id AND a.group_id = gm.group_id)
)
SELECT c.* FROM candidate c
-- A difference is refused when it would make an export or an import negative: its inputs disagree
-- (view `reconcile`, check `negative derivation`, says which), and no figure is better than a wrong one.
WHERE (c.value_usd >= 0 OR c.flow_id NOT IN (SELECT id FROM flow WHERE code IN ('export', 'import')))
  AND NOT EXISTS (
    SELECT 1 FROM base_figure r
    WHERE r.period_id = c.period_id AND r.flow_id = c.flow_id AND r.partner_id = c.partner_id
      AND r.commodity_id = c.commodity_id AND r.sector_id = c.sector_id);

CREATE VIEW facts AS
-- The current figure for each key, with codes: of the releases that have not been replaced, the one
-- of highest rank (latest in the order of releases) wins; older ones stay in `fact`. Its columns
-- are a contract (README, "Schema").
SELECT p.code            AS period,
       fl.code           AS flow,
       pa.code           AS partner,
       c.code            AS commodity,
       s.code            AS sector,
       cf.value_usd      AS value_usd,
       cf.quantity       AS quantity,
       cf.unit           AS unit,
       coalesce(cf.qualifier, 'exact') AS qualifier,
       coalesce(cf.estimated, 0) AS estimated,
       cf.yoy_pct        AS yoy_pct_reported,
       cf.release_id     AS release_id
FROM current_fact cf
JOIN period p     ON p.id = cf.period_id
JOIN flow fl      ON fl.id = cf.flow_id
JOIN partner pa   ON pa.id = cf.partner_id
JOIN commodity c  ON c.id = cf.commodity_id
JOIN sector s     ON s.id = cf.sector_id;

CREATE VIEW fact_sources AS
-- Where each current figure came from: the release file, and the line or sentence in it.
SELECT f.period, f.flow, f.partner, f.commodity, f.sector, f.value_usd, f.release_id,
       r.path, r.format,
       cf.line_offset + coalesce((SELECT rp.first_line FROM release_period rp
                                  WHERE rp.release_id = cf.release_id AND rp.period_id = cf.period_id), 0) AS line, t.source_text AS text, t.source_start AS span_start,
       t.source_end AS span_end, t.commodity_name
FROM facts f
JOIN release r ON r.id = f.release_id
JOIN period p ON p.code = f.period
JOIN flow fl ON fl.code = f.flow
JOIN partner pa ON pa.code = f.partner
JOIN commodity c ON c.code = f.commodity
JOIN sector s ON s.code = f.sector
JOIN fact cf ON cf.release_id = f.release_id AND cf.period_id = p.id AND cf.flow_id = fl.id
             AND cf.partner_id = pa.id AND cf.commodity_id = c.id AND cf.sector_id = s.id
LEFT JOIN fact_text t ON t.release_id = cf.release_id AND t.period_id = cf.period_id AND t.flow_id = cf.flow_id
                     AND t.partner_id = cf.partner_id AND t.commodity_id = cf.commodity_id AND t.sector_id = cf.sector_id;

CREATE VIEW figure_change AS
-- What `figure`'s listing columns hold for each of its figures: its period's half-months and
-- codes, and its change on the same key a year earlier. The basis (yoy's `basis`) is 1, 'computed',
-- when the same period a year earlier (the run of half-months shifted by 24) is in the warehouse;
-- 2, 'reported', when only the release's own percentage is known (prior_value_usd is then implied
-- by it); NULL when neither. (A number, not the word: two copies of the word in 265,000 figures
-- were 4 MB of a national warehouse.)
SELECT f.period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id,
       p.first_half, p.last_half, p.code AS period_code, fl.code AS flow_code, pa.code AS partner_code,
       CASE WHEN hp.value_usd IS NOT NULL THEN hp.value_usd
            WHEN f.yoy_pct > -100 THEN CAST(round(f.value_usd * 100.0 / (100.0 + f.yoy_pct)) AS INTEGER)
       END AS prior_value_usd,
       CASE WHEN hp.value_usd IS NOT NULL
            THEN CASE WHEN hp.value_usd <> 0 THEN round((f.value_usd - hp.value_usd) * 100.0 / abs(hp.value_usd), 2) END
            WHEN f.yoy_pct > -100 THEN f.yoy_pct
       END AS delta_pct,
       CASE WHEN hp.value_usd IS NOT NULL THEN 1 WHEN f.yoy_pct > -100 THEN 2 END AS basis_id
FROM figure f
JOIN period p    ON p.id = f.period_id
JOIN flow fl     ON fl.id = f.flow_id
JOIN partner pa  ON pa.id = f.partner_id
LEFT JOIN period pp ON pp.first_half = p.first_half - 24 AND pp.last_half = p.last_half - 24
LEFT JOIN figure hp ON hp.period_id = pp.id AND hp.flow_id = f.flow_id AND hp.partner_id = f.partner_id
                   AND hp.commodity_id = f.commodity_id AND hp.sector_id = f.sector_id;

CREATE VIEW reported_figure AS
-- The reported figures of TOTAL and the commodity groups: what derived figures are computed from.
SELECT * FROM figure WHERE source = 'reported';

CREATE VIEW group_sum AS
-- A group's figure from its members' reported figures (the membership of that period: the UK counts
-- in the EU in 2019, not in 2021), when every member has one; for reconcile's group check.
SELECT f.period_id, f.flow_id, gm.group_id AS partner_id, f.commodity_id, f.sector_id,
       sum(f.value_usd) AS value_usd, sum(f.rounding_usd) AS rounding_usd, count(*) AS members
FROM reported_figure f
JOIN group_member_in_period gm ON gm.period_id = f.period_id AND gm.member_id = f.partner_id
GROUP BY f.period_id, f.flow_id, gm.group_id, f.commodity_id, f.sector_id
HAVING count(*) = (SELECT count(*) FROM group_member_in_period a
                   WHERE a.period_id = f.period_id AND a.group_id = gm.group_id);

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

CREATE VIEW hs_yoy AS
-- The year-on-year change of the current figures of HS codes, read from `fact` in one view, with
-- the listing_* columns `headline_yoy` has, so that `query yoy` of an HS code sorts without joining
-- period and flow again. The current figure of a key, and its year-earlier figure, are those of the
-- standing release of highest rank that has the key (see `figure_change` for the basis).
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd,
       value_usd - prior_value_usd AS delta_usd,
       -- (+ 0.0: a change of -0.0 is 0.0, as `figure` stores it)
       CASE basis
           WHEN 'computed' THEN
               CASE WHEN prior_value_usd <> 0
                    THEN round((value_usd - prior_value_usd) * 100.0 / abs(prior_value_usd), 2) + 0.0 END
           WHEN 'reported' THEN yoy_pct_reported
       END AS delta_pct,
       basis, source, listing_last_half, listing_first_half, listing_flow
FROM (
    SELECT p.code AS period, fl.code AS flow, pa.code AS partner, c.code AS commodity, s.code AS sector,
           f.value_usd, d.yoy_pct AS yoy_pct_reported, CAST('reported' AS TEXT) AS source,
           CASE WHEN fp.value_usd IS NOT NULL THEN fp.value_usd
                WHEN d.yoy_pct > -100 THEN CAST(round(f.value_usd * 100.0 / (100.0 + d.yoy_pct)) AS INTEGER)
           END AS prior_value_usd,
           CASE WHEN fp.value_usd IS NOT NULL THEN 'computed' WHEN d.yoy_pct > -100 THEN 'reported' END AS basis,
           p.last_half AS listing_last_half, p.first_half AS listing_first_half, f.flow_id AS listing_flow
    FROM fact f
    JOIN commodity c ON c.id = f.commodity_id AND c.kind = 'hs'
    JOIN period p    ON p.id = f.period_id
    JOIN flow fl     ON fl.id = f.flow_id
    JOIN partner pa  ON pa.id = f.partner_id
    JOIN sector s    ON s.id = f.sector_id
    LEFT JOIN fact_detail d ON d.period_id = f.period_id AND d.flow_id = f.flow_id AND d.partner_id = f.partner_id
                           AND d.commodity_id = f.commodity_id AND d.sector_id = f.sector_id AND d.release_id = f.release_id
    LEFT JOIN period pp ON pp.first_half = p.first_half - 24 AND pp.last_half = p.last_half - 24
    LEFT JOIN fact fp ON fp.period_id = pp.id AND fp.flow_id = f.flow_id AND fp.partner_id = f.partner_id
                     AND fp.commodity_id = f.commodity_id AND fp.sector_id = f.sector_id AND fp.release_id = (
                         SELECT g.release_id FROM fact g JOIN standing_release r ON r.id = g.release_id
                         WHERE g.period_id = pp.id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
                           AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id
                         ORDER BY r.rank DESC LIMIT 1)
    -- (`flow_id IN (SELECT id FROM flow)` is always true; it lets SQLite search `fact`'s key past its
    -- flow column when a query names the period, partner and commodity but no flow.)
    WHERE f.flow_id IN (SELECT id FROM flow)
      AND f.release_id = (
          SELECT g.release_id FROM fact g JOIN standing_release r ON r.id = g.release_id
          WHERE g.period_id = f.period_id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
            AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id
          ORDER BY r.rank DESC LIMIT 1)
);

CREATE VIEW line_sum AS
-- The sums of the current HS lines (8-digit codes) of countries that ingest keeps in `figure`, for
-- the periods inside the one-row window `line_window` (empty except while ingest or `rebuild`
-- recomputes them): each country's total, and the world's total and chapters (ingest adds the rows
-- of a line's chapter, heading and subheading to `commodity` when it meets the line). A country's
-- chapters and everyone's headings and subheadings are summed when a query asks (migration 0016).
WITH line AS MATERIALIZED (
    SELECT f.period_id, f.flow_id, f.partner_id, f.sector_id, f.value_usd, f.rounding_usd, c.code
    FROM period p
    CROSS JOIN current_fact f ON f.period_id = p.id
    JOIN commodity c ON c.id = f.commodity_id AND c.kind = 'hs' AND length(c.code) = 8
    JOIN partner pa ON pa.id = f.partner_id AND pa.kind = 'country'
    WHERE p.first_half >= (SELECT first_half FROM line_window) AND p.last_half <= (SELECT last_half FROM line_window)
)
-- A country's total.
SELECT l.period_id, l.flow_id, l.partner_id, t.id AS commodity_id, l.sector_id,
       sum(l.value_usd) AS value_usd, sum(l.rounding_usd) AS rounding_usd
FROM line l JOIN commodity t ON t.code = 'TOTAL'
GROUP BY l.period_id, l.flow_id, l.partner_id, l.sector_id
UNION ALL
-- The world's total.
SELECT l.period_id, l.flow_id, w.id, t.id, l.sector_id, sum(l.value_usd), sum(l.rounding_usd)
FROM line l JOIN partner w ON w.code = 'WORLD' JOIN commodity t ON t.code = 'TOTAL'
GROUP BY l.period_id, l.flow_id, l.sector_id
UNION ALL
-- The world's chapters.
SELECT l.period_id, l.flow_id, w.id, a.id, l.sector_id, sum(l.value_usd), sum(l.rounding_usd)
FROM line l JOIN commodity a ON a.code = substr(l.code, 1, 2) JOIN partner w ON w.code = 'WORLD'
GROUP BY l.period_id, l.flow_id, a.id, l.sector_id;

CREATE VIEW mom AS
-- Change on the previous period of the same length: a month on the month before, a half-month on
-- the half before, a quarter on the quarter before.
SELECT period, flow, partner, commodity, sector, value_usd,
       CASE WHEN previous_value_usd IS NOT NULL THEN previous_period END AS previous_period,
       previous_value_usd, value_usd - previous_value_usd AS delta_usd,
       CASE WHEN previous_value_usd <> 0
            THEN round((value_usd - previous_value_usd) * 100.0 / abs(previous_value_usd), 2) END AS delta_pct,
       source
FROM (
    SELECT cur.period, cur.flow, cur.partner, cur.commodity, cur.sector, cur.value_usd, cur.source,
           pp.code AS previous_period, coalesce(hp.value_usd, fp.value_usd) AS previous_value_usd
    FROM all_facts cur
    LEFT JOIN period pp ON pp.first_half = 2 * cur.first_half - cur.last_half - 1 AND pp.last_half = cur.first_half - 1
        LEFT JOIN figure hp ON hp.period_id = pp.id AND hp.flow_id = cur.flow_id AND hp.partner_id = cur.partner_id
                           AND hp.commodity_id = cur.commodity_id AND hp.sector_id = cur.sector_id
        LEFT JOIN fact fp ON hp.period_id IS NULL AND fp.period_id = pp.id AND fp.flow_id = cur.flow_id
                         AND fp.partner_id = cur.partner_id AND fp.commodity_id = cur.commodity_id
                         AND fp.sector_id = cur.sector_id AND fp.release_id = (
                             SELECT g.release_id FROM fact g JOIN standing_release s ON s.id = g.release_id
                             WHERE g.period_id = pp.id AND g.flow_id = cur.flow_id AND g.partner_id = cur.partner_id
                               AND g.commodity_id = cur.commodity_id AND g.sector_id = cur.sector_id
                             ORDER BY s.rank DESC LIMIT 1)
    WHERE cur.period_kind IN ('month', 'half', 'quarter')
);

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

CREATE VIEW reconcile AS
-- Consistency checks, one row per check made: what was expected, what is there, the difference,
-- the rounding the figures allow, and the verdict: ok, mismatch, revised, or stale (a stated
-- figure that a later release's revision of its parts left behind, and that is no longer used).
-- Revisions are looked for only in the periods that more than one release has figures in.
WITH checks AS (
-- (The first check is a money one, so that `expected` and `actual` keep whole dollars as integers.)
-- A reported balance against exports minus imports.
SELECT 'balance' AS check_name, b.period, 'balance' AS flow, b.partner, b.commodity, b.sector,
       e.value_usd - i.value_usd AS expected, b.value_usd AS actual,
       b.value_usd - (e.value_usd - i.value_usd) AS difference,
       b.rounding_usd + e.rounding_usd + i.rounding_usd AS tolerance, 'reported balance vs exports − imports' AS detail
FROM headline_facts b
JOIN headline_facts e ON e.period = b.period AND e.partner = b.partner AND e.commodity = b.commodity
                AND e.sector = b.sector AND e.flow = 'export'
JOIN headline_facts i ON i.period = b.period AND i.partner = b.partner AND i.commodity = b.commodity
                AND i.sector = b.sector AND i.flow = 'import'
WHERE b.flow = 'balance' AND b.source = 'reported'
UNION ALL
-- A reported turnover against exports plus imports.
SELECT 'turnover', t.period, 'turnover', t.partner, t.commodity, t.sector,
       e.value_usd + i.value_usd, t.value_usd, t.value_usd - (e.value_usd + i.value_usd),
       t.rounding_usd + e.rounding_usd + i.rounding_usd, 'reported turnover vs exports + imports'
FROM headline_facts t
JOIN headline_facts e ON e.period = t.period AND e.partner = t.partner AND e.commodity = t.commodity
                AND e.sector = t.sector AND e.flow = 'export'
JOIN headline_facts i ON i.period = t.period AND i.partner = t.partner AND i.commodity = t.commodity
                AND i.sector = t.sector AND i.flow = 'import'
WHERE t.flow = 'turnover' AND t.source = 'reported'
UNION ALL
-- A release's own year-on-year percentage against the one computed from the prior-year figure.
SELECT 'yoy_pct', cur.period, cur.flow, cur.partner, cur.commodity, cur.sector,
       round((cur.value_usd - prior.value_usd) * 100.0 / abs(prior.value_usd), 2),
       cur.yoy_pct_reported,
       round(cur.yoy_pct_reported - (cur.value_usd - prior.value_usd) * 100.0 / abs(prior.value_usd), 2),
       round(0.05 + (cur.rounding_usd + prior.rounding_usd) * 100.0 / abs(prior.value_usd), 2),
       'reported ' || cur.yoy_pct_reported || '% vs computed from ' || prior.period
FROM headline_facts cur
JOIN headline_facts prior
  ON prior.first_half = cur.first_half - 24 AND prior.last_half = cur.last_half - 24
 AND prior.flow = cur.flow AND prior.partner = cur.partner AND prior.commodity = cur.commodity
 AND prior.sector = cur.sector
WHERE cur.yoy_pct_reported IS NOT NULL AND prior.value_usd <> 0
UNION ALL
-- A reported cumulative span against the sum of its months.
SELECT 'cumulative', s.period, s.flow, s.partner, s.commodity, s.sector,
       sum(m.value_usd), s.value_usd, s.value_usd - sum(m.value_usd),
       s.rounding_usd + sum(m.rounding_usd), 'reported span vs the sum of its ' || count(*) || ' months'
FROM headline_facts s
JOIN headline_facts m ON m.period_kind = 'month' AND m.source = 'reported'
                AND m.first_half >= s.first_half AND m.last_half <= s.last_half
                AND m.flow = s.flow AND m.partner = s.partner AND m.commodity = s.commodity AND m.sector = s.sector
WHERE s.source = 'reported' AND s.period_kind IN ('quarter', 'year', 'span') AND s.first_half % 2 = 0
  AND s.last_half % 2 = 1
GROUP BY s.period, s.flow, s.partner, s.commodity, s.sector
HAVING count(*) = (s.last_half - s.first_half + 1) / 2
UNION ALL
-- Countries' figures against the world figure they are part of: the parts must not exceed the whole.
SELECT 'partners within world', w.period, w.flow, 'WORLD', w.commodity, w.sector,
       w.value_usd, sum(c.value_usd), sum(c.value_usd) - w.value_usd,
       w.rounding_usd + sum(c.rounding_usd), count(*) || ' countries vs the world figure'
FROM headline_facts w
JOIN headline_facts c ON c.period = w.period AND c.flow = w.flow AND c.commodity = w.commodity AND c.sector = w.sector
JOIN partner pc ON pc.code = c.partner AND pc.kind = 'country'
WHERE w.partner = 'WORLD' AND w.flow IN ('export', 'import', 'turnover')
GROUP BY w.period, w.flow, w.commodity, w.sector
HAVING sum(c.value_usd) > w.value_usd
UNION ALL
-- Commodity groups against the total they are part of (products within a group are not counted).
SELECT 'commodities within total', t.period, t.flow, t.partner, 'TOTAL', t.sector,
       t.value_usd, sum(g.value_usd), sum(g.value_usd) - t.value_usd,
       t.rounding_usd + sum(g.rounding_usd), count(*) || ' commodity groups vs the total'
FROM headline_facts t
JOIN headline_facts g ON g.period = t.period AND g.flow = t.flow AND g.partner = t.partner AND g.sector = t.sector
JOIN commodity c ON c.code = g.commodity AND c.kind = 'group' AND c.parent_id IS NULL
WHERE t.commodity = 'TOTAL' AND t.flow IN ('export', 'import', 'turnover')
GROUP BY t.period, t.flow, t.partner, t.sector
HAVING sum(g.value_usd) > t.value_usd
UNION ALL
-- Products against the group they belong to (shrimp within seafood).
SELECT 'products within group', g.period, g.flow, g.partner, g.commodity, g.sector,
       g.value_usd, sum(p.value_usd), sum(p.value_usd) - g.value_usd,
       g.rounding_usd + sum(p.rounding_usd), count(*) || ' products vs their group'
FROM headline_facts g
JOIN commodity gc ON gc.code = g.commodity
JOIN commodity pc ON pc.parent_id = gc.id
JOIN headline_facts p ON p.commodity = pc.code AND p.period = g.period AND p.flow = g.flow AND p.partner = g.partner
                AND p.sector = g.sector
GROUP BY g.period, g.flow, g.partner, g.commodity, g.sector
HAVING sum(p.value_usd) > g.value_usd
UNION ALL
-- A group's reported figure against the sum of its members'.
SELECT 'group', p.code, fl.code, pa.code, c.code, s.code,
       g.value_usd, r.value_usd, r.value_usd - g.value_usd, r.rounding_usd + g.rounding_usd,
       'reported group figure vs the sum of its ' || g.members || ' members'
FROM group_sum g
JOIN reported_figure r ON r.period_id = g.period_id AND r.flow_id = g.flow_id AND r.partner_id = g.partner_id
                   AND r.commodity_id = g.commodity_id AND r.sector_id = g.sector_id
JOIN period p ON p.id = g.period_id
JOIN flow fl ON fl.id = g.flow_id
JOIN partner pa ON pa.id = g.partner_id
JOIN commodity c ON c.id = g.commodity_id
JOIN sector s ON s.id = g.sector_id
UNION ALL
-- A country's reported total against the sum of its current HS lines (8-digit codes), and the
-- world's against the sum of every country's lines: the lines of a complete breakdown add up to it.
SELECT 'lines', t.period, t.flow, t.partner, t.commodity, t.sector,
       sum(l.value_usd), t.value_usd, t.value_usd - sum(l.value_usd), t.rounding_usd + sum(l.rounding_usd),
       'reported total vs the sum of its ' || count(*) || ' HS lines'
FROM headline_facts t
JOIN partner tp ON tp.id = t.partner_id AND tp.kind IN ('country', 'world')
JOIN current_fact l ON l.period_id = t.period_id AND l.flow_id = t.flow_id AND l.sector_id = t.sector_id
                   AND (l.partner_id = t.partner_id OR tp.kind = 'world')
JOIN commodity lc ON lc.id = l.commodity_id AND lc.kind = 'hs' AND length(lc.code) = 8
JOIN partner lp ON lp.id = l.partner_id AND lp.kind = 'country'
WHERE t.source = 'reported' AND t.commodity = 'TOTAL' AND t.flow IN ('export', 'import')
GROUP BY t.period_id, t.flow_id, t.partner_id, t.sector_id
UNION ALL
-- A group made of HS codes (table `commodity_hs`): its reported figure against the sum of the current
-- HS lines under its codes, a country's or (for WORLD) every country's.
SELECT 'group lines', t.period, t.flow, t.partner, t.commodity, t.sector,
       sum(l.value_usd), t.value_usd, t.value_usd - sum(l.value_usd), t.rounding_usd + sum(l.rounding_usd),
       'reported group vs the sum of its ' || count(*) || ' HS lines under '
           || (SELECT group_concat(hs, ' ') FROM commodity_hs WHERE commodity_id = t.commodity_id)
FROM headline_facts t
JOIN partner tp ON tp.id = t.partner_id AND tp.kind IN ('country', 'world')
JOIN current_fact l ON l.period_id = t.period_id AND l.flow_id = t.flow_id AND l.sector_id = t.sector_id
                   AND (l.partner_id = t.partner_id OR tp.kind = 'world')
JOIN commodity lc ON lc.id = l.commodity_id AND lc.kind = 'hs' AND length(lc.code) = 8
JOIN partner lp ON lp.id = l.partner_id AND lp.kind = 'country'
WHERE t.source = 'reported' AND t.flow IN ('export', 'import')
  AND EXISTS (SELECT 1 FROM commodity_hs h
              WHERE h.commodity_id = t.commodity_id AND h.hs IN (substr(lc.code, 1, 2), substr(lc.code, 1, 4), substr(lc.code, 1, 6)))
GROUP BY t.period_id, t.flow_id, t.partner_id, t.commodity_id, t.sector_id
UNION ALL
-- Reported figures whose difference would make an export or an import negative (January..M below
-- January..M-1; a month below its first half): the derivation is refused (view `derived_fact`).
SELECT 'negative derivation', m.code, fl.code, pa.code, c.code, s.code,
       part.value_usd, whole.value_usd, whole.value_usd - part.value_usd, whole.rounding_usd + part.rounding_usd,
       whole_p.code || ' is less than ' || part_p.code || ': ' || m.code || ' would be negative; not derived'
FROM period m
JOIN period whole_p ON (m.kind = 'month' AND m.first_half % 24 <> 0 AND whole_p.first_half = (m.first_half / 24) * 24
                        AND whole_p.last_half = m.last_half)
                    OR (m.kind = 'half' AND m.first_half % 2 = 1 AND whole_p.first_half = m.first_half - 1
                        AND whole_p.last_half = m.last_half)
JOIN period part_p ON part_p.first_half = whole_p.first_half AND part_p.last_half = m.first_half - 1
JOIN reported_figure whole ON whole.period_id = whole_p.id AND whole.flow_id IN (SELECT id FROM flow WHERE code IN ('export', 'import'))
JOIN reported_figure part ON part.period_id = part_p.id AND part.flow_id = whole.flow_id AND part.partner_id = whole.partner_id
                         AND part.commodity_id = whole.commodity_id AND part.sector_id = whole.sector_id
                         AND part.value_usd > whole.value_usd
JOIN flow fl ON fl.id = whole.flow_id
JOIN partner pa ON pa.id = whole.partner_id
JOIN commodity c ON c.id = whole.commodity_id
JOIN sector s ON s.id = whole.sector_id
UNION ALL
-- A stated balance, turnover or span that is stale (view `stale_aggregate`): what the current
-- figures make of it stands in its place.
SELECT 'stale', p.code, fl.code, pa.code, c.code, s.code,
       st.value_usd, st.stated_usd, st.stated_usd - st.value_usd, st.rounding_usd + st.stated_rounding_usd,
       'stated by release ' || st.release_id || ' before release ' || st.later_release_id
           || ' revised a figure it is made of; ' || st.method || ' is used'
FROM stale_aggregate st
JOIN period p ON p.id = st.period_id
JOIN flow fl ON fl.id = st.flow_id
JOIN partner pa ON pa.id = st.partner_id
JOIN commodity c ON c.id = st.commodity_id
JOIN sector s ON s.id = st.sector_id
UNION ALL
-- A figure a standing release earlier in the order of releases (of lower rank) gave differently
-- (a revision).
SELECT 'revision', p.code, fl.code, pa.code, c.code, s.code,
       old.value_usd, cur.value_usd, cur.value_usd - old.value_usd, cur.rounding_usd + old.rounding_usd,
       'release ' || cur.release_id || ' revises release ' || old.release_id
FROM current_fact cur
JOIN standing_release cr ON cr.id = cur.release_id
JOIN fact_full old ON old.period_id = cur.period_id AND old.flow_id = cur.flow_id AND old.partner_id = cur.partner_id
             AND old.commodity_id = cur.commodity_id AND old.sector_id = cur.sector_id
             AND old.release_id <> cur.release_id AND old.value_usd <> cur.value_usd
JOIN standing_release r ON r.id = old.release_id AND r.rank < cr.rank
JOIN period p ON p.id = cur.period_id
JOIN flow fl ON fl.id = cur.flow_id
JOIN partner pa ON pa.id = cur.partner_id
JOIN commodity c ON c.id = cur.commodity_id
JOIN sector s ON s.id = cur.sector_id
-- (Only periods that more than one release has figures in can hold a revision.)
WHERE cur.period_id IN (SELECT period_id FROM release_period GROUP BY period_id HAVING count(*) > 1)
)
SELECT check_name, period, flow, partner, commodity, sector, expected, actual, difference, tolerance,
       CASE WHEN check_name = 'revision' THEN 'revised'
            WHEN check_name = 'stale' THEN 'stale'
            WHEN check_name = 'negative derivation' THEN 'mismatch'
            WHEN abs(difference) <= tolerance THEN 'ok'
            ELSE 'mismatch' END AS status,
       detail
FROM checks;

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

CREATE VIEW yoy AS
-- Year-on-year change of every figure, reported or derived: `headline_yoy` (TOTAL and the groups,
-- from `figure`) and `hs_yoy` (HS codes, from `fact`).
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd, delta_usd, delta_pct, basis, source
FROM headline_yoy
UNION ALL
SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd, delta_usd, delta_pct, basis, source
FROM hs_yoy;

CREATE VIEW ytd AS
-- Year to date: every figure for a span from January (a month of January, Q1, Jan..M, a year),
-- with the same span a year earlier.
SELECT y.period, (p.last_half - p.first_half + 1) / 2 AS months, y.flow, y.partner, y.commodity, y.sector,
       y.value_usd, y.prior_value_usd, y.delta_usd, y.delta_pct, y.basis, y.source
FROM yoy y
JOIN period p ON p.code = y.period
WHERE p.first_half % 24 = 0 AND p.kind IN ('month', 'quarter', 'span', 'year');

-- The rows every warehouse starts with.
INSERT INTO flow VALUES (1, 'export', 'exports', 'xuất khẩu');
INSERT INTO flow VALUES (2, 'import', 'imports', 'nhập khẩu');
INSERT INTO flow VALUES (3, 'balance', 'trade balance', 'cán cân thương mại');
INSERT INTO flow VALUES (4, 'turnover', 'total trade', 'tổng kim ngạch xuất nhập khẩu');
INSERT INTO sector VALUES (1, 'ALL', 'all enterprises', 'toàn bộ doanh nghiệp');
INSERT INTO sector VALUES (2, 'FDI', 'foreign-invested enterprises', 'doanh nghiệp có vốn đầu tư nước ngoài');
INSERT INTO sector VALUES (3, 'DOMESTIC', 'domestic enterprises', 'doanh nghiệp trong nước');
INSERT INTO as_of VALUES (1, NULL);
INSERT INTO derive_window VALUES (1, 1, 0);

-- The reference data, loaded from Migrations/reference/ (rows in a new warehouse):
--   partner: 257 rows from partners.csv
--   partner_alias: 260 rows from partner_aliases.csv
--   partner_group_member: 285 rows from partner_group_members.csv
--   commodity: 79 rows from commodities.csv
--   commodity_alias: 497 rows from commodity_aliases.csv
