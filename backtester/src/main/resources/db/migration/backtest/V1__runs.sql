-- Backtest, sweep and walk-forward runs. A run row holds what is needed to replay it (the spec as JSON,
-- the data fingerprints) and what it produced (metrics as JSON, a digest of fills and equity).
create table bt_runs (
    id              bigint auto_increment primary key,
    kind            varchar(16)    not null,  -- backtest | sweep | walkforward
    strategy        varchar(200)   not null,
    spec            clob           not null,  -- RunSpec as JSON
    data            varchar(4000)  not null,  -- symbol=fingerprint, comma separated
    seed            bigint         not null,
    started_at      timestamp with time zone not null,
    elapsed_ms      bigint         not null,
    metrics         clob,                     -- JSON object
    final_equity    double precision,
    result_digest   varchar(64),
    output_dir      varchar(2000),
    parent_id       bigint,
    note            varchar(2000)
);

create table bt_equity (
    run_id   bigint not null references bt_runs(id) on delete cascade,
    seq      int    not null,
    t        bigint not null,
    equity   double precision not null,
    cash     double precision not null,
    gross    double precision not null,
    primary key (run_id, seq)
);

create table bt_orders (
    run_id        bigint not null references bt_runs(id) on delete cascade,
    order_id      bigint not null,
    symbol        varchar(64) not null,
    side          varchar(4)  not null,
    order_type    varchar(20) not null,
    quantity      double precision not null,
    limit_price   double precision,
    stop_price    double precision,
    tif           varchar(4)  not null,
    status        varchar(20) not null,
    filled        double precision not null,
    avg_price     double precision,
    submitted_at  bigint not null,
    updated_at    bigint not null,
    reason        varchar(1000),
    tag           varchar(200),
    primary key (run_id, order_id)
);

create table bt_fills (
    run_id      bigint not null references bt_runs(id) on delete cascade,
    seq         int    not null,
    order_id    bigint not null,
    symbol      varchar(64) not null,
    side        varchar(4)  not null,
    quantity    double precision not null,
    price       double precision not null,
    commission  double precision not null,
    t           bigint not null,
    primary key (run_id, seq)
);

create table bt_events (
    run_id    bigint not null references bt_runs(id) on delete cascade,
    seq       int    not null,
    t         bigint not null,
    order_id  bigint not null,
    symbol    varchar(64) not null,
    status    varchar(20) not null,
    filled    double precision not null,
    reason    varchar(1000),
    primary key (run_id, seq)
);

create table bt_points (
    run_id    bigint not null references bt_runs(id) on delete cascade,
    seq       int    not null,
    params    varchar(2000) not null,   -- JSON object
    score     double precision,
    metrics   clob,                     -- JSON object
    error     varchar(1000),
    primary key (run_id, seq)
);
