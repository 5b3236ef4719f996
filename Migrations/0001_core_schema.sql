-- tradewh core schema: dimensions, releases and the base fact table.
--
-- Every figure ever ingested stays in `fact`, keyed by its release; the public views in
-- 0004_views.sql pick the current figure per key. Codes are ASCII; names carry diacritics in NFC.

-- Flows: what a figure measures. balance = exports - imports (negative: deficit).
CREATE TABLE flow (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_vi TEXT NOT NULL
) STRICT;

INSERT INTO flow (id, code, name_en, name_vi) VALUES
    (1, 'export',   'exports',  'xuất khẩu'),
    (2, 'import',   'imports',  'nhập khẩu'),
    (3, 'balance',  'trade balance', 'cán cân thương mại'),
    (4, 'turnover', 'total trade',   'tổng kim ngạch xuất nhập khẩu');

-- Sectors: all enterprises, foreign-invested (FDI) ones, or domestic ones.
CREATE TABLE sector (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_vi TEXT NOT NULL
) STRICT;

INSERT INTO sector (id, code, name_en, name_vi) VALUES
    (1, 'ALL',      'all enterprises',            'toàn bộ doanh nghiệp'),
    (2, 'FDI',      'foreign-invested enterprises', 'doanh nghiệp có vốn đầu tư nước ngoài'),
    (3, 'DOMESTIC', 'domestic enterprises',       'doanh nghiệp trong nước');

-- Periods. A period is a run of half-months: half index h = (year * 12 + month - 1) * 2 + half,
-- half 0 = days 1-15 ("kỳ 1"), half 1 = the rest ("kỳ 2"). The same period a year earlier is the
-- one whose first_half and last_half are both 24 smaller, so SQL finds it with plain arithmetic.
-- `code` is the canonical spelling: 2024-01, 2024-05-H1, 2024-01..2024-07, 2024-Q1, 2024.
CREATE TABLE period (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('month', 'half', 'span', 'quarter', 'year')),
    first_half INTEGER NOT NULL,
    last_half  INTEGER NOT NULL CHECK (last_half >= first_half),
    UNIQUE (first_half, last_half)
) STRICT;

-- Trading partners: WORLD, countries (ISO 3166-1 alpha-2) and groups (EU, ASEAN...).
CREATE TABLE partner (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL CHECK (kind IN ('world', 'country', 'group')),
    name_en TEXT NOT NULL,
    name_vi TEXT
) STRICT;

-- Other names a partner goes by ("Mỹ", "Hoa Kỳ", "USA"). Matching ignores case, spacing and
-- Unicode normalization, so one spelling of each alias is enough.
CREATE TABLE partner_alias (
    alias      TEXT NOT NULL,
    partner_id INTEGER NOT NULL REFERENCES partner (id),
    lang       TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
    PRIMARY KEY (alias, partner_id)
) STRICT;

-- Membership of a group over time; valid_to is the last day of membership, NULL while it lasts.
CREATE TABLE partner_group_member (
    group_id   INTEGER NOT NULL REFERENCES partner (id),
    member_id  INTEGER NOT NULL REFERENCES partner (id),
    valid_from TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_to   TEXT CHECK (valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (group_id, member_id, valid_from)
) STRICT;

-- Commodities: TOTAL, the customs office's main commodity groups (ASCII codes such as PHONES),
-- and HS codes of 2-8 digits, which ingest adds on first use.
CREATE TABLE commodity (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL CHECK (kind IN ('total', 'group', 'hs')),
    flows   TEXT NOT NULL DEFAULT 'both' CHECK (flows IN ('export', 'import', 'both')),
    name_en TEXT NOT NULL,
    name_vi TEXT
) STRICT;

CREATE TABLE commodity_alias (
    alias        TEXT NOT NULL,
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    lang         TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
    PRIMARY KEY (alias, commodity_id)
) STRICT;

INSERT INTO partner (code, kind, name_en, name_vi) VALUES ('WORLD', 'world', 'World', 'Thế giới');
INSERT INTO commodity (code, kind, flows, name_en, name_vi) VALUES ('TOTAL', 'total', 'both', 'All goods', 'Tổng các mặt hàng');

-- One row per ingested file. `replaced_by` is set when `ingest --replace` supersedes the release:
-- its figures then no longer count as current, but stay in `fact` for history.
CREATE TABLE release (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    format      TEXT NOT NULL,
    row_count   INTEGER NOT NULL CHECK (row_count >= 0),
    ingested_at TEXT NOT NULL,
    source      TEXT,
    replaced_by INTEGER REFERENCES release (id)
) STRICT;

CREATE INDEX release_by_sha256 ON release (sha256);

-- Every figure of every release. value_usd is whole US dollars; quantity is in `unit`.
-- qualifier: exact | over ("hơn") | under ("dưới") | approx ("gần"). yoy_pct is the release's own
-- year-on-year percentage, when it states one. source_line is the line of the file it came from.
CREATE TABLE fact (
    period_id    INTEGER NOT NULL REFERENCES period (id),
    flow_id      INTEGER NOT NULL REFERENCES flow (id),
    partner_id   INTEGER NOT NULL REFERENCES partner (id),
    commodity_id INTEGER NOT NULL REFERENCES commodity (id),
    sector_id    INTEGER NOT NULL REFERENCES sector (id),
    release_id   INTEGER NOT NULL REFERENCES release (id),
    value_usd    INTEGER NOT NULL,
    quantity     REAL,
    unit         TEXT,
    qualifier    TEXT NOT NULL DEFAULT 'exact' CHECK (qualifier IN ('exact', 'over', 'under', 'approx')),
    estimated    INTEGER NOT NULL DEFAULT 0 CHECK (estimated IN (0, 1)),
    yoy_pct      REAL,
    source_line  INTEGER,
    PRIMARY KEY (period_id, flow_id, partner_id, commodity_id, sector_id, release_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX fact_by_release ON fact (release_id);
