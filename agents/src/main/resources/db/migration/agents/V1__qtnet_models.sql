-- QTNet models: what was trained on which data with which seed; the weights live in files beside the database
CREATE TABLE qtnet_model (
    id               VARCHAR(64)  PRIMARY KEY,
    variant          VARCHAR(32)  NOT NULL,
    symbol           VARCHAR(64)  NOT NULL,
    data_fingerprint VARCHAR(64)  NOT NULL,
    data_source      VARCHAR(1024),
    seed             BIGINT       NOT NULL,
    train_from       BIGINT       NOT NULL,
    train_until      BIGINT       NOT NULL,
    config           CLOB         NOT NULL,
    weights_dir      VARCHAR(1024) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    epochs_done      INT          NOT NULL,
    updates          BIGINT       NOT NULL,
    env_steps        BIGINT       NOT NULL,
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL
);
