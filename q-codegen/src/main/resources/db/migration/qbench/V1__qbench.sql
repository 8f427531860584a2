-- Q benchmark runs: one row per run, per problem, per sample and per test case.
CREATE TABLE qbench_run (
    run_id       VARCHAR(100)     PRIMARY KEY,
    model        VARCHAR(200)     NOT NULL,
    executor     VARCHAR(50)      NOT NULL,
    samples      INT              NOT NULL,
    ks           VARCHAR(200)     NOT NULL,
    temperature  DOUBLE PRECISION NOT NULL,
    top_p        DOUBLE PRECISION NOT NULL,
    max_tokens   INT              NOT NULL,
    concurrency  INT              NOT NULL,
    timeout_ms   BIGINT           NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE qbench_problem (
    run_id      VARCHAR(100) NOT NULL REFERENCES qbench_run (run_id) ON DELETE CASCADE,
    ordinal     INT          NOT NULL,
    problem_id  VARCHAR(200) NOT NULL,
    title       VARCHAR(500) NOT NULL,
    difficulty  VARCHAR(20)  NOT NULL,
    test_count  INT          NOT NULL,
    n           INT          NOT NULL,
    c           INT          NOT NULL,
    PRIMARY KEY (run_id, problem_id)
);

CREATE TABLE qbench_sample (
    run_id       VARCHAR(100) NOT NULL,
    problem_id   VARCHAR(200) NOT NULL,
    sample_index INT          NOT NULL,
    answer       CLOB         NOT NULL,
    code         CLOB         NOT NULL,
    failure      CLOB,
    passed       BOOLEAN      NOT NULL,
    PRIMARY KEY (run_id, problem_id, sample_index),
    FOREIGN KEY (run_id, problem_id) REFERENCES qbench_problem (run_id, problem_id) ON DELETE CASCADE
);

CREATE TABLE qbench_test (
    run_id       VARCHAR(100) NOT NULL,
    problem_id   VARCHAR(200) NOT NULL,
    sample_index INT          NOT NULL,
    test_index   INT          NOT NULL,
    passed       BOOLEAN      NOT NULL,
    reason       CLOB,
    stdout       CLOB         NOT NULL,
    millis       BIGINT       NOT NULL,
    PRIMARY KEY (run_id, problem_id, sample_index, test_index),
    FOREIGN KEY (run_id, problem_id, sample_index) REFERENCES qbench_sample (run_id, problem_id, sample_index) ON DELETE CASCADE
);
