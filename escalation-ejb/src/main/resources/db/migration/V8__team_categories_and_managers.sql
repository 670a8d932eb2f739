-- Admins configure teams (the categories each owns) and people (whom each reports to).
CREATE TABLE team_category (
    team_id  BIGINT      NOT NULL REFERENCES team (id),
    category VARCHAR(20) NOT NULL,
    PRIMARY KEY (team_id, category)
);
ALTER TABLE agent ADD COLUMN manager_id BIGINT REFERENCES agent (id);
