-- Saved queue views: an agent's named arrangements of their queues (scope, words, filter, sort).
CREATE TABLE saved_queue_view (
    id              BIGINT       NOT NULL PRIMARY KEY,
    owner_id        BIGINT       NOT NULL REFERENCES agent (id),
    name            VARCHAR(60)  NOT NULL,
    name_key        VARCHAR(60)  NOT NULL,
    queue_scope     VARCHAR(10)  NOT NULL,
    words           VARCHAR(200),
    priorities      VARCHAR(100),
    statuses        VARCHAR(200),
    unassigned_only BOOLEAN      NOT NULL,
    sort_field      VARCHAR(20),
    sort_ascending  BOOLEAN      NOT NULL,
    updated_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_saved_queue_view_name UNIQUE (owner_id, name_key)
);

CREATE SEQUENCE saved_queue_view_seq START WITH 1 INCREMENT BY 1;
