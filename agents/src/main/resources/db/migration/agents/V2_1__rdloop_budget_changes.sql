-- Budgets raised (or set) when an R&D loop run is resumed: one row per change, beside the run's new config.
-- Wall budgets in seconds, token budgets in model tokens; 0 means no limit.
CREATE TABLE rdloop_budget_change (
    run_id         VARCHAR(64) NOT NULL,
    number         INT         NOT NULL,
    changed_at     BIGINT      NOT NULL,
    loops_done     INT         NOT NULL,
    loops_before   INT         NOT NULL,
    loops_after    INT         NOT NULL,
    wall_before    BIGINT      NOT NULL,
    wall_after     BIGINT      NOT NULL,
    tokens_before  BIGINT      NOT NULL,
    tokens_after   BIGINT      NOT NULL,
    PRIMARY KEY (run_id, number),
    FOREIGN KEY (run_id) REFERENCES rdloop_run (id)
);
