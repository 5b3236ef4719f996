-- The tables of a new warehouse, as migrations 0001 to 0010 leave them, in one script.
--
-- A new warehouse runs this file, records migrations 0001..0010 as applied, creates the views of
-- Migrations/views/ and loads the reference data of Migrations/reference/; a warehouse created
-- before this file existed got the same tables from the migrations themselves (a test compares the
-- two). Migrations after 0010 apply on top of either. Change tables with a new numbered migration,
-- never here: this file is what 0010 left, and its column order is the order ALTER TABLE gave.
--
-- Comments inside each statement are kept by SQLite, so `Migrations/Schema/current.sql` (and
-- sqlite3's `.schema`) show them.

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
) STRICT;

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
    period_id  INTEGER NOT NULL REFERENCES period (id),
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
    source_line  INTEGER,
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

-- The rows every warehouse starts with (reference data, such as partners, is loaded from CSV).
INSERT INTO flow (id, code, name_en, name_vi) VALUES
    (1, 'export',   'exports',  'xuất khẩu'),
    (2, 'import',   'imports',  'nhập khẩu'),
    (3, 'balance',  'trade balance', 'cán cân thương mại'),
    (4, 'turnover', 'total trade',   'tổng kim ngạch xuất nhập khẩu');

INSERT INTO sector (id, code, name_en, name_vi) VALUES
    (1, 'ALL',      'all enterprises',            'toàn bộ doanh nghiệp'),
    (2, 'FDI',      'foreign-invested enterprises', 'doanh nghiệp có vốn đầu tư nước ngoài'),
    (3, 'DOMESTIC', 'domestic enterprises',       'doanh nghiệp trong nước');

INSERT INTO as_of (singleton, release_id) VALUES (1, NULL);
INSERT INTO derive_window (singleton, first_half, last_half) VALUES (1, 1, 0);
