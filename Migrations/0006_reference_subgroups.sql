-- Products the press reports inside the customs office's commodity groups: shrimp and pangasius
-- within seafood, durian within fruit and vegetables. Each is its own commodity, so a bulletin's
-- "tôm" is stored as shrimp, not as all seafood. Also English spellings of fruit and vegetables that
-- the press uses.

-- The group a product belongs to, so that checks do not count it twice.
ALTER TABLE commodity ADD COLUMN parent_id INTEGER REFERENCES commodity (id);

INSERT INTO commodity (code, kind, flows, name_en, name_vi) VALUES
    ('SHRIMP', 'group', 'export', 'Shrimp', 'Tôm'),
    ('PANGASIUS', 'group', 'export', 'Pangasius (tra fish)', 'Cá tra'),
    ('TUNA', 'group', 'export', 'Tuna', 'Cá ngừ'),
    ('DURIAN', 'group', 'export', 'Durian', 'Sầu riêng');

WITH a (alias, code, lang) AS (VALUES
    ('tôm các loại', 'SHRIMP', 'vi'), ('tôm xuất khẩu', 'SHRIMP', 'vi'), ('shrimps', 'SHRIMP', 'en'),
    ('cá tra, cá basa', 'PANGASIUS', 'vi'), ('cá basa', 'PANGASIUS', 'vi'), ('pangasius', 'PANGASIUS', 'en'),
    ('tra fish', 'PANGASIUS', 'en'), ('catfish', 'PANGASIUS', 'en'),
    ('tuna', 'TUNA', 'en'), ('durians', 'DURIAN', 'en'),
    ('fruit and vegetable', 'FRUIT_VEG', 'en')
)
INSERT INTO commodity_alias (alias, commodity_id, lang)
SELECT a.alias, c.id, a.lang FROM a JOIN commodity c ON c.code = a.code;

UPDATE commodity SET parent_id = (SELECT id FROM commodity WHERE code = 'SEAFOOD')
WHERE code IN ('SHRIMP', 'PANGASIUS', 'TUNA');
UPDATE commodity SET parent_id = (SELECT id FROM commodity WHERE code = 'FRUIT_VEG') WHERE code = 'DURIAN';
