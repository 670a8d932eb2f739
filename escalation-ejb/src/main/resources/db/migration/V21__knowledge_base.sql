-- The knowledge base (KCS): articles with their versions, the tickets they came from, their reuse on
-- tickets and the flags of those who found them wrong; the knowledge-reviewer right an admin can set
-- per person (none: held from Tier 2 up); and the desk-wide change counter that keeps every
-- server's search index in step with the articles.
ALTER TABLE agent ADD COLUMN knowledge_reviewer BOOLEAN;

CREATE TABLE kb_article (
    id              BIGINT        NOT NULL PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    problem         VARCHAR(4000) NOT NULL,
    environment     VARCHAR(4000),
    cause           VARCHAR(4000),
    resolution      VARCHAR(4000),
    category        VARCHAR(20)   NOT NULL,
    tags            VARCHAR(600)  NOT NULL,
    audience        VARCHAR(20)   NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    from_escalation BOOLEAN       NOT NULL,
    created_by      BIGINT        NOT NULL REFERENCES agent (id),
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    change_number   BIGINT        NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE SEQUENCE kb_article_seq START WITH 1 INCREMENT BY 1;
CREATE INDEX kb_article_change ON kb_article (change_number);

CREATE TABLE kb_article_source (
    article_id    BIGINT      NOT NULL REFERENCES kb_article (id),
    position      INTEGER     NOT NULL,
    ticket_number VARCHAR(20) NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE kb_article_version (
    id          BIGINT        NOT NULL PRIMARY KEY,
    article_id  BIGINT        NOT NULL REFERENCES kb_article (id),
    number      INTEGER       NOT NULL,
    changed_by  BIGINT        NOT NULL REFERENCES agent (id),
    changed_at  TIMESTAMP     NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    problem     VARCHAR(4000) NOT NULL,
    environment VARCHAR(4000),
    cause       VARCHAR(4000),
    resolution  VARCHAR(4000),
    category    VARCHAR(20)   NOT NULL,
    tags        VARCHAR(600)  NOT NULL,
    audience    VARCHAR(20)   NOT NULL,
    UNIQUE (article_id, number)
);
CREATE SEQUENCE kb_article_version_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE kb_article_link (
    id                 BIGINT    NOT NULL PRIMARY KEY,
    article_id         BIGINT    NOT NULL REFERENCES kb_article (id),
    ticket_id          BIGINT    NOT NULL REFERENCES ticket (id),
    linked_by          BIGINT    NOT NULL REFERENCES agent (id),
    linked_at          TIMESTAMP NOT NULL,
    solved             BOOLEAN   NOT NULL,
    escalation_avoided BOOLEAN   NOT NULL,
    UNIQUE (ticket_id, article_id)
);
CREATE SEQUENCE kb_article_link_seq START WITH 1 INCREMENT BY 1;
CREATE INDEX kb_article_link_article ON kb_article_link (article_id);

CREATE TABLE kb_article_flag (
    id         BIGINT        NOT NULL PRIMARY KEY,
    article_id BIGINT        NOT NULL REFERENCES kb_article (id),
    kind       VARCHAR(20)   NOT NULL,
    comment    VARCHAR(2000) NOT NULL,
    raised_by  BIGINT        NOT NULL REFERENCES agent (id),
    raised_at  TIMESTAMP     NOT NULL,
    closed_by  BIGINT        REFERENCES agent (id),
    closed_at  TIMESTAMP,
    answer     VARCHAR(2000)
);
CREATE SEQUENCE kb_article_flag_seq START WITH 1 INCREMENT BY 1;
CREATE INDEX kb_article_flag_open ON kb_article_flag (closed_at, article_id);

-- One row: the number of the last knowledge change. Writers take it under the row lock, so changes
-- commit in the order of their numbers and an index that has seen number n has seen every change
-- up to n. started_at tells a database made afresh (or restored) from the one an index was built on.
CREATE TABLE kb_change_counter (
    id          INTEGER   NOT NULL PRIMARY KEY,
    started_at  TIMESTAMP NOT NULL,
    last_change BIGINT    NOT NULL
);
INSERT INTO kb_change_counter (id, started_at, last_change) VALUES (1, CURRENT_TIMESTAMP, 0);
