-- The customer's survey answers per resolution of their case: satisfaction (1-5, with a comment) and
-- effort (1-7), a case reopened and resolved again answering anew and keeping the earlier answers.
-- The single rating per ticket kept so far becomes the answers about its latest resolution.
CREATE TABLE resolution_feedback (
    ticket_id        BIGINT        NOT NULL REFERENCES ticket (id),
    resolution       INTEGER       NOT NULL,
    after_escalation BOOLEAN       NOT NULL,
    satisfaction     INTEGER,
    comment          VARCHAR(2000),
    effort           INTEGER,
    answered_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (ticket_id, resolution)
);

INSERT INTO resolution_feedback (ticket_id, resolution, after_escalation, satisfaction, comment, effort, answered_at)
SELECT t.id, t.reopen_count + 1, EXISTS (SELECT 1 FROM escalation e WHERE e.ticket_id = t.id), t.csat_score,
       t.csat_comment, NULL, COALESCE(t.csat_at, t.created_at)
FROM ticket t WHERE t.csat_score IS NOT NULL;

ALTER TABLE ticket DROP COLUMN csat_score;
ALTER TABLE ticket DROP COLUMN csat_comment;
ALTER TABLE ticket DROP COLUMN csat_at;
