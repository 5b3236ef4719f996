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
