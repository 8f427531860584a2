-- R&D loop runs (issue 8): one row per run, one per completed loop, one per development attempt.
-- A run resumes from its last completed loop; metrics and contexts are comma-separated doubles (exact round trip).
CREATE TABLE rdloop_run (
    id               VARCHAR(64)   PRIMARY KEY,
    researcher       VARCHAR(256)  NOT NULL,
    data_source      VARCHAR(1024) NOT NULL,
    data_fingerprint VARCHAR(64)   NOT NULL,
    split            VARCHAR(128)  NOT NULL,
    config           CLOB          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    loops_done       INT           NOT NULL,
    created_at       BIGINT        NOT NULL,
    updated_at       BIGINT        NOT NULL
);

CREATE TABLE rdloop_step (
    run_id     VARCHAR(64)  NOT NULL,
    loop_index INT          NOT NULL,
    arm        VARCHAR(16)  NOT NULL,
    context    VARCHAR(1024) NOT NULL,
    code       CLOB,
    candidate  VARCHAR(1024) NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    reason     CLOB         NOT NULL,
    best_after VARCHAR(1024) NOT NULL,
    reward     DOUBLE PRECISION NOT NULL,
    tokens     INT          NOT NULL,
    millis     BIGINT       NOT NULL,
    PRIMARY KEY (run_id, loop_index),
    FOREIGN KEY (run_id) REFERENCES rdloop_run (id)
);

CREATE TABLE rdloop_attempt (
    run_id     VARCHAR(64) NOT NULL,
    loop_index INT         NOT NULL,
    number     INT         NOT NULL,
    code       CLOB,
    error      CLOB,
    tokens     INT         NOT NULL,
    PRIMARY KEY (run_id, loop_index, number),
    FOREIGN KEY (run_id, loop_index) REFERENCES rdloop_step (run_id, loop_index)
);
