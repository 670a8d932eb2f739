-- Tiers become rows that admins name and add to, instead of a fixed list in the code. Teams point
-- to their tier; policy rules name a tier by its level.
CREATE SEQUENCE tier_seq START WITH 4 INCREMENT BY 1;
CREATE TABLE tier (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tier_level  INTEGER      NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    description VARCHAR(500),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_tier_level UNIQUE (tier_level)
);
INSERT INTO tier (id, tier_level, name, description) VALUES (1, 1, 'Frontline', 'First contact: takes in every request and resolves what it can');
INSERT INTO tier (id, tier_level, name, description) VALUES (2, 2, 'Specialists', 'Teams with the expertise for one kind of problem');
INSERT INTO tier (id, tier_level, name, description) VALUES (3, 3, 'Experts', 'Engineering and product experts for defects and infrastructure');

ALTER TABLE team ADD COLUMN tier_id BIGINT REFERENCES tier (id);
UPDATE team SET tier_id = CASE tier WHEN 'TIER_1' THEN 1 WHEN 'TIER_2' THEN 2 ELSE 3 END;
ALTER TABLE team ALTER COLUMN tier_id SET NOT NULL;
ALTER TABLE team DROP COLUMN tier;

ALTER TABLE policy_rule ADD COLUMN tier_level INTEGER;
UPDATE policy_rule SET tier_level = CASE tier WHEN 'TIER_1' THEN 1 WHEN 'TIER_2' THEN 2 WHEN 'TIER_3' THEN 3 END
    WHERE tier IS NOT NULL;
ALTER TABLE policy_rule DROP COLUMN tier;
