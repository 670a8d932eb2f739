-- Learning from escalations. Exacerbations: cases made worse, detected as the events happen, once per ticket and rule, with the
-- manager's review (root cause, action, where it leads) and the time its reminder went out.
CREATE TABLE exacerbation (
    id                BIGINT        NOT NULL PRIMARY KEY,
    ticket_id         BIGINT        NOT NULL REFERENCES ticket (id),
    rule_fired        VARCHAR(40)   NOT NULL,
    detail            VARCHAR(2000) NOT NULL,
    detected_at       TIMESTAMP     NOT NULL,
    root_cause        VARCHAR(30),
    action_taken      VARCHAR(2000),
    outcome           VARCHAR(30),
    outcome_reference VARCHAR(200),
    reviewed_by       BIGINT        REFERENCES agent (id),
    reviewed_at       TIMESTAMP,
    reminded_at       TIMESTAMP,
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (ticket_id, rule_fired)
);
CREATE SEQUENCE exacerbation_seq START WITH 1 INCREMENT BY 1;
CREATE INDEX ix_exacerbation_open ON exacerbation (reviewed_at, detected_at);

-- "This routing was wrong": an agent's feedback on the policy rule that routed a ticket at intake (the
-- ticket now remembers that rule) or proposed an escalation's target, until an admin answers it.
ALTER TABLE ticket ADD COLUMN intake_policy_version INTEGER;
ALTER TABLE ticket ADD COLUMN intake_rule VARCHAR(200);

CREATE TABLE routing_feedback (
    id             BIGINT        NOT NULL PRIMARY KEY,
    ticket_id      BIGINT        NOT NULL REFERENCES ticket (id),
    escalation_id  BIGINT        REFERENCES escalation (id),
    policy_version INTEGER       NOT NULL,
    rule_name      VARCHAR(200)  NOT NULL,
    comment        VARCHAR(2000) NOT NULL,
    raised_by      BIGINT        NOT NULL REFERENCES agent (id),
    raised_at      TIMESTAMP     NOT NULL,
    answered_by    BIGINT        REFERENCES agent (id),
    answered_at    TIMESTAMP,
    answer         VARCHAR(2000)
);
CREATE SEQUENCE routing_feedback_seq START WITH 1 INCREMENT BY 1;
