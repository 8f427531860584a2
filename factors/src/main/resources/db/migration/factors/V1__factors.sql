-- Factor definitions (a name for a Qlib expression) and their evaluation metrics per data set.
CREATE TABLE factor_definition (
    name        VARCHAR(200)  NOT NULL PRIMARY KEY,
    expression  VARCHAR(8000) NOT NULL,
    canonical   VARCHAR(8000) NOT NULL,
    description VARCHAR(2000)
);

-- One row per (factor, data fingerprint, horizon, metric), e.g. ('rev20', 'ab12..', 1, 'rank_ic_mean', 0.021).
CREATE TABLE factor_metric (
    name             VARCHAR(200) NOT NULL,
    data_fingerprint VARCHAR(64)  NOT NULL,
    horizon          INT          NOT NULL,
    metric           VARCHAR(64)  NOT NULL,
    metric_value     DOUBLE PRECISION,
    PRIMARY KEY (name, data_fingerprint, horizon, metric),
    FOREIGN KEY (name) REFERENCES factor_definition (name) ON DELETE CASCADE
);
