CREATE VIEW all_facts AS
-- Every figure the analyses use: the headline ones and the current figures of HS codes.
SELECT * FROM headline_facts
UNION ALL
SELECT * FROM hs_facts;
