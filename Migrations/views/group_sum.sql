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
