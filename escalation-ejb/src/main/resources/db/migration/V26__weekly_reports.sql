-- What the weekly job has done, once per week and subject even with two servers: a manager's digest
-- (subject: the agent) and an early warning of a team's rate (subject: the team). The first server
-- to insert the row sends; the other's insert fails and it sends nothing.
CREATE TABLE weekly_report (
    kind       VARCHAR(30) NOT NULL,
    subject_id BIGINT      NOT NULL,
    week       VARCHAR(8)  NOT NULL,
    made_at    TIMESTAMP   NOT NULL,
    PRIMARY KEY (kind, subject_id, week)
);
