-- Files on tickets, notes, replies and customer messages: their facts, and their bytes in a table of
-- their own, read only when a file is downloaded.
CREATE SEQUENCE attachment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE attachment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    ticket_id    BIGINT       NOT NULL REFERENCES ticket (id),
    note_id      BIGINT       REFERENCES ticket_note (id),
    file_name    VARCHAR(200) NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    for_customer BOOLEAN      NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL
);
CREATE INDEX ix_attachment_ticket ON attachment (ticket_id);
CREATE INDEX ix_attachment_note ON attachment (note_id);

CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id),
    content       BYTEA  NOT NULL
);
