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
