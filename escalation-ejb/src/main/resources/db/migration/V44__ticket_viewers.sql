-- Who has a ticket's page open: each open page says so every few seconds, so that an agent sees who
-- else is on the ticket. A row per ticket and person, its time moved on at each beat; rows long past
-- are removed as the ticket's beats come in.
CREATE TABLE ticket_viewer (
    id        BIGINT    NOT NULL PRIMARY KEY,
    ticket_id BIGINT    NOT NULL REFERENCES ticket (id),
    agent_id  BIGINT    NOT NULL REFERENCES agent (id),
    seen_at   TIMESTAMP NOT NULL,
    CONSTRAINT uq_ticket_viewer UNIQUE (ticket_id, agent_id)
);

CREATE SEQUENCE ticket_viewer_seq START WITH 1 INCREMENT BY 1;
