-- Metric facts: each ticket's figures, kept from its audit chain as entries are written and rebuilt
-- from the audit trail on demand, so that the dashboard never reads tickets, notes or escalations.
-- Times are microseconds since 1970 UTC, as in the audit trail. Teams are named as the trail names them.
CREATE TABLE ticket_fact (
    ticket_number            VARCHAR(20)  NOT NULL PRIMARY KEY,
    last_sequence            BIGINT       NOT NULL,
    created_us               BIGINT,
    status                   VARCHAR(20),
    team                     VARCHAR(100),
    tier                     INTEGER,
    priority                 VARCHAR(20),
    category                 VARCHAR(40),
    first_team               VARCHAR(100),
    resolved_us              BIGINT,
    resolved_by              VARCHAR(60),
    resolved_team            VARCHAR(100),
    resolved_tier            INTEGER,
    business_seconds         BIGINT,
    functional_escalations   INTEGER      NOT NULL,
    hierarchical_escalations INTEGER      NOT NULL,
    team_moves               INTEGER      NOT NULL,
    reopens                  INTEGER      NOT NULL,
    public_replies           INTEGER      NOT NULL,
    bounces                  INTEGER      NOT NULL,
    accepted_escalations     INTEGER      NOT NULL,
    accept_wait_seconds      BIGINT       NOT NULL,
    sla_breaches             INTEGER      NOT NULL,
    articles_linked          INTEGER      NOT NULL,
    exacerbations            INTEGER      NOT NULL,
    merged                   BOOLEAN      NOT NULL,
    satisfaction             INTEGER,
    effort                   INTEGER,
    since_us                 BIGINT,
    escalated_us             BIGINT,
    -- seconds active at each team, as a flat JSON object: {"Billing specialists":7200}
    team_seconds             VARCHAR(4000)
);
-- the dashboard reads the resolutions of a period
CREATE INDEX ix_ticket_fact_resolved ON ticket_fact (resolved_us);

