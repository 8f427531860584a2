package dev.qforge.paper.exchange;

import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.paper.StoreKind;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a paper exchange runs: where it listens (127.0.0.1 by default; port 0 picks a free one), its CompID and
 * the clients it accepts (each with its own account of {@code cash}), the execution models and account rules
 * its accounts are filled under (the backtester's), the replay pacing, the message store, the folder for its
 * settings file and file store, whether it journals its inputs to the database so that a restart
 * resumes where it stopped, and whether QuickFIX/J checks each incoming message against the FIX 4.4 data
 * dictionary (on by default; off, the exchange's own checks of what it reads still reject a missing or malformed
 * field, a bad side, type, quantity or price, and an unknown symbol, with a reason).
 */
public record ExchangeConfig(String host, int port, String compId, List<ClientLogin> clients, double cash,
                             ExecutionModel execution, AccountRules rules, Pacing pacing, StoreKind store, Path workDir,
                             boolean journal, String exchangeId, boolean validateIncoming) {

    /** A client the exchange accepts: its CompID and, when not null, the Username/Password its Logon must carry. */
    public record ClientLogin(String compId, String username, String password) {
        public ClientLogin {
            Objects.requireNonNull(compId, "compId");
            if ((username == null) != (password == null)) {
                throw new IllegalArgumentException("client " + compId + ": give both a username and a password, or neither");
            }
        }

        public static ClientLogin open(String compId) {
            return new ClientLogin(compId, null, null);
        }
    }

    public ExchangeConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        if (clients == null || clients.isEmpty()) throw new IllegalArgumentException("the exchange needs at least one client CompID");
        clients = List.copyOf(clients);
        if (!(cash > 0)) throw new IllegalArgumentException("account cash must be positive, got " + cash);
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(workDir, "workDir");
        exchangeId = exchangeId == null ? compId : exchangeId;
    }

    /** Loopback, a free port, CompID QFORGE-EX, one open client QFORGE-CL, lock-step, memory store, no journal. */
    public static ExchangeConfig defaults(Path workDir) {
        return new ExchangeConfig("127.0.0.1", 0, "QFORGE-EX", List.of(ClientLogin.open("QFORGE-CL")), 100_000,
                ExecutionModel.defaults(), AccountRules.defaults(), Pacing.lockStepMode(), StoreKind.MEMORY, workDir, false, null, true);
    }

    public ExchangeConfig withPort(int p) {
        return new ExchangeConfig(host, p, compId, clients, cash, execution, rules, pacing, store, workDir, journal, exchangeId, validateIncoming);
    }

    public ExchangeConfig withClients(List<ClientLogin> c) {
        return new ExchangeConfig(host, port, compId, c, cash, execution, rules, pacing, store, workDir, journal, exchangeId, validateIncoming);
    }

    public ExchangeConfig withAccount(double c, ExecutionModel e, AccountRules r) {
        return new ExchangeConfig(host, port, compId, clients, c, e, r, pacing, store, workDir, journal, exchangeId, validateIncoming);
    }

    public ExchangeConfig withPacing(Pacing p) {
        return new ExchangeConfig(host, port, compId, clients, cash, execution, rules, p, store, workDir, journal, exchangeId, validateIncoming);
    }

    public ExchangeConfig withStore(StoreKind s, boolean journalInputs) {
        return new ExchangeConfig(host, port, compId, clients, cash, execution, rules, pacing, s, workDir, journalInputs, exchangeId, validateIncoming);
    }

    /** Whether QuickFIX/J validates incoming messages against the data dictionary ({@code ValidateIncomingMessage}). */
    public ExchangeConfig withIncomingValidation(boolean on) {
        return new ExchangeConfig(host, port, compId, clients, cash, execution, rules, pacing, store, workDir, journal, exchangeId, on);
    }
}
