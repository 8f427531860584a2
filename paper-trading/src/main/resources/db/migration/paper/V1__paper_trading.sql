-- QuickFIX/J's JdbcStore tables (the extended session-id layout of its MySQL scripts, in H2 syntax).
CREATE TABLE IF NOT EXISTS sessions (
  beginstring CHAR(8) NOT NULL,
  sendercompid VARCHAR(64) NOT NULL,
  sendersubid VARCHAR(64) NOT NULL,
  senderlocid VARCHAR(64) NOT NULL,
  targetcompid VARCHAR(64) NOT NULL,
  targetsubid VARCHAR(64) NOT NULL,
  targetlocid VARCHAR(64) NOT NULL,
  session_qualifier VARCHAR(64) NOT NULL,
  creation_time TIMESTAMP NOT NULL,
  incoming_seqnum INT NOT NULL,
  outgoing_seqnum INT NOT NULL,
  PRIMARY KEY (beginstring, sendercompid, sendersubid, senderlocid, targetcompid, targetsubid, targetlocid, session_qualifier)
);

CREATE TABLE IF NOT EXISTS messages (
  beginstring CHAR(8) NOT NULL,
  sendercompid VARCHAR(64) NOT NULL,
  sendersubid VARCHAR(64) NOT NULL,
  senderlocid VARCHAR(64) NOT NULL,
  targetcompid VARCHAR(64) NOT NULL,
  targetsubid VARCHAR(64) NOT NULL,
  targetlocid VARCHAR(64) NOT NULL,
  session_qualifier VARCHAR(64) NOT NULL,
  msgseqnum INT NOT NULL,
  message CLOB NOT NULL,
  PRIMARY KEY (beginstring, sendercompid, sendersubid, senderlocid, targetcompid, targetsubid, targetlocid, session_qualifier, msgseqnum)
);

-- The exchange's journal: every input that changed its state, in order, so a restarted exchange rebuilds
-- its books by replaying it (its outputs are deterministic, ExecIDs included).
CREATE TABLE paper_exchange_journal (
  exchange_id VARCHAR(64) NOT NULL,
  seq BIGINT NOT NULL,
  session_id VARCHAR(200) NOT NULL,
  kind VARCHAR(8) NOT NULL,
  payload CLOB NOT NULL,
  PRIMARY KEY (exchange_id, seq)
);

-- The trading client's journal: every execution report and bar it accepted, in arrival order. dedupe_key
-- (the ExecID, or symbol and bar time) drops what a resend or a status answer repeats.
CREATE TABLE paper_client_journal (
  run_id VARCHAR(64) NOT NULL,
  seq BIGINT NOT NULL,
  dedupe_key VARCHAR(200) NOT NULL,
  kind VARCHAR(8) NOT NULL,
  payload CLOB NOT NULL,
  PRIMARY KEY (run_id, seq),
  CONSTRAINT paper_client_journal_dedupe UNIQUE (run_id, dedupe_key)
);

-- Orders the client has put on the wire (a recovered strategy re-sends only those missing here).
CREATE TABLE paper_client_sent (
  run_id VARCHAR(64) NOT NULL,
  request_id BIGINT NOT NULL,
  cl_ord_id VARCHAR(64) NOT NULL,
  msg_type VARCHAR(4) NOT NULL,
  PRIMARY KEY (run_id, request_id)
);

CREATE TABLE paper_run (
  run_id VARCHAR(64) PRIMARY KEY,
  strategy VARCHAR(400) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  state VARCHAR(16) NOT NULL,
  bars INT NOT NULL,
  last_bar_time BIGINT,
  cash DOUBLE PRECISION NOT NULL,
  equity DOUBLE PRECISION NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

CREATE TABLE paper_order (
  run_id VARCHAR(64) NOT NULL,
  order_id BIGINT NOT NULL,
  cl_ord_id VARCHAR(64) NOT NULL,
  symbol VARCHAR(64) NOT NULL,
  side VARCHAR(4) NOT NULL,
  order_type VARCHAR(16) NOT NULL,
  quantity DOUBLE PRECISION NOT NULL,
  limit_price DOUBLE PRECISION,
  stop_price DOUBLE PRECISION,
  status VARCHAR(20) NOT NULL,
  filled DOUBLE PRECISION NOT NULL,
  avg_price DOUBLE PRECISION,
  reason VARCHAR(1000) NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (run_id, order_id)
);

CREATE TABLE paper_fill (
  run_id VARCHAR(64) NOT NULL,
  exec_id VARCHAR(64) NOT NULL,
  order_id BIGINT NOT NULL,
  symbol VARCHAR(64) NOT NULL,
  side VARCHAR(4) NOT NULL,
  quantity DOUBLE PRECISION NOT NULL,
  price DOUBLE PRECISION NOT NULL,
  commission DOUBLE PRECISION NOT NULL,
  fill_time BIGINT NOT NULL,
  PRIMARY KEY (run_id, exec_id)
);

CREATE TABLE paper_position (
  run_id VARCHAR(64) NOT NULL,
  symbol VARCHAR(64) NOT NULL,
  quantity DOUBLE PRECISION NOT NULL,
  avg_price DOUBLE PRECISION,
  last_price DOUBLE PRECISION,
  realized_pnl DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (run_id, symbol)
);
