-- Figures read from prose bulletins keep where they came from, and what the text said beyond the
-- value: the sentence, the amount's place in the document, the commodity as written, and the
-- month-on-month and absolute changes the text stated.

ALTER TABLE fact ADD COLUMN source_text TEXT;      -- the sentence the figure came from
ALTER TABLE fact ADD COLUMN source_start INTEGER;  -- the amount's first Unicode scalar in the NFC text
ALTER TABLE fact ADD COLUMN source_end INTEGER;    -- one past its last
ALTER TABLE fact ADD COLUMN commodity_name TEXT;   -- the commodity as the text wrote it
ALTER TABLE fact ADD COLUMN mom_pct REAL;          -- stated change on the previous period, percent
ALTER TABLE fact ADD COLUMN delta_usd INTEGER;     -- stated change on a year earlier, whole USD

-- Where each current figure came from: the release file, and the line or sentence in it.
CREATE VIEW fact_sources AS
SELECT f.period, f.flow, f.partner, f.commodity, f.sector, f.value_usd, f.release_id,
       r.path, r.format, cf.source_line AS line, cf.source_text AS text, cf.source_start AS span_start,
       cf.source_end AS span_end, cf.commodity_name
FROM facts f
JOIN release r ON r.id = f.release_id
JOIN period p ON p.code = f.period
JOIN flow fl ON fl.code = f.flow
JOIN partner pa ON pa.code = f.partner
JOIN commodity c ON c.code = f.commodity
JOIN sector s ON s.code = f.sector
JOIN fact cf ON cf.release_id = f.release_id AND cf.period_id = p.id AND cf.flow_id = fl.id
             AND cf.partner_id = pa.id AND cf.commodity_id = c.id AND cf.sector_id = s.id;
