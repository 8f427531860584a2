package dev.qforge.paper.client;

import dev.qforge.backtest.model.AccountRules;
import dev.qforge.paper.StoreKind;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a trading client connects and books: the exchange's address and CompIDs, optional logon credentials,
 * the message store (sequence numbers survive a restart only with {@code FILE} or {@code JDBC}), the work
 * folder, the run id under which orders, fills and the journal are kept (reusing it resumes the run), the
 * starting cash and account rules of the local portfolio (they should match the exchange account's), and
 * the heartbeat interval.
 */
public record TraderConfig(String host, int port, String compId, String exchangeCompId, String username, String password,
                           StoreKind store, Path workDir, String runId, double cash, AccountRules rules, int heartbeatSeconds) {

    public TraderConfig {
        Objects.requireNonNull(host, "host");
        if (port <= 0 || port > 65535) throw new IllegalArgumentException("port must be in 1..65535, got " + port);
        Objects.requireNonNull(compId, "compId");
        Objects.requireNonNull(exchangeCompId, "exchangeCompId");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(runId, "runId");
        if (!runId.matches("[A-Za-z0-9_.:-]{1,40}")) throw new IllegalArgumentException("run id '" + runId + "' must be 1-40 of A-Z a-z 0-9 _ . : -");
        if (!(cash > 0)) throw new IllegalArgumentException("cash must be positive, got " + cash);
        Objects.requireNonNull(rules, "rules");
        if (heartbeatSeconds <= 0) throw new IllegalArgumentException("heartbeat must be at least 1 s, got " + heartbeatSeconds);
    }

    public static TraderConfig of(String host, int port, Path workDir, String runId) {
        return new TraderConfig(host, port, "QFORGE-CL", "QFORGE-EX", null, null, StoreKind.FILE, workDir, runId, 100_000,
                AccountRules.defaults(), 30);
    }

    public TraderConfig withStore(StoreKind s) {
        return new TraderConfig(host, port, compId, exchangeCompId, username, password, s, workDir, runId, cash, rules, heartbeatSeconds);
    }

    public TraderConfig withLogin(String user, String pass) {
        return new TraderConfig(host, port, compId, exchangeCompId, user, pass, store, workDir, runId, cash, rules, heartbeatSeconds);
    }

    public TraderConfig withAccount(double c, AccountRules r) {
        return new TraderConfig(host, port, compId, exchangeCompId, username, password, store, workDir, runId, c, r, heartbeatSeconds);
    }

    public TraderConfig withPort(int p) {
        return new TraderConfig(host, p, compId, exchangeCompId, username, password, store, workDir, runId, cash, rules, heartbeatSeconds);
    }
}
