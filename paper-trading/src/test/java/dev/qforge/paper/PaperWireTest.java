package dev.qforge.paper;

import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.PaperExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on the wire gets the FIX answer it should, checked on raw bytes: garbled messages are dropped
 * without consuming a sequence number and the session stays up; an unknown CompID gets no session; a gap gets
 * a ResendRequest, a number that is too low a Logout; application errors get execution reports with
 * OrdRejReason, an OrderCancelReject or a Business Message Reject, and the session stays up.
 */
class PaperWireTest {

    @TempDir
    Path dir;
    private PaperExchange ex;

    @BeforeEach
    void start() {
        start(true);
    }

    private void start(boolean validateIncoming) {
        ExchangeConfig cfg = ExchangeConfig.defaults(dir).withClients(List.of(ExchangeConfig.ClientLogin.open("CL"),
                new ExchangeConfig.ClientLogin("LOCKED", "alice", "s3cret"))).withIncomingValidation(validateIncoming);
        ex = new PaperExchange(cfg, new BarTape(PaperParityTest.data(5)), null);
        ex.start();
    }

    @AfterEach
    void stop() {
        ex.close();
    }

    private RawFixClient loggedOn() throws Exception {
        RawFixClient c = new RawFixClient(ex.port(), "CL", "QFORGE-EX");
        c.logon(30);
        assertThat(c.readUntil("A")).isNotNull();
        return c;
    }

    @Test
    void garbledChecksumIsDroppedAndTheSessionStaysUp() throws Exception {
        try (RawFixClient c = loggedOn()) {
            String good = c.message("1", 2, 112, "BAD");
            c.sendRaw(good.substring(0, good.lastIndexOf("10=")) + "10=000" + RawFixClient.SOH);
            // the garbled message did not use up sequence number 2: a good one with 2 is answered
            c.sendRaw(c.message("1", 2, 112, "T2"));
            Map<Integer, String> hb = c.readUntil("0");
            assertThat(hb).containsEntry(112, "T2");
        }
    }

    @Test
    void wrongBodyLengthIsDroppedAndTheSessionStaysUp() throws Exception {
        try (RawFixClient c = loggedOn()) {
            String good = c.message("1", 2, 112, "BAD");
            c.sendRaw(good.replaceFirst("^8=FIX\\.4\\.4\u00019=\\d+", "8=FIX.4.4\u00019=7"));
            c.sendRaw(c.message("1", 2, 112, "T3"));
            assertThat(c.readUntil("0")).containsEntry(112, "T3");
        }
    }

    @Test
    void unknownCompIdGetsNoSession() throws Exception {
        try (RawFixClient c = new RawFixClient(ex.port(), "NOBODY", "QFORGE-EX")) {
            c.logon(30);
            assertThat(c.closedByPeer()).isTrue();
        }
    }

    @Test
    void wrongPasswordIsRefusedAtLogon() throws Exception {
        try (RawFixClient c = new RawFixClient(ex.port(), "LOCKED", "QFORGE-EX")) {
            c.sendRaw(c.message("A", 1, 98, 0, 108, 30, 553, "alice", 554, "guess"));
            Map<Integer, String> logout = c.readUntil("5");
            assertThat(logout).isNotNull();
            assertThat(logout.get(58)).contains("username/password");
        }
        try (RawFixClient c = new RawFixClient(ex.port(), "LOCKED", "QFORGE-EX")) {
            // the refused Logon used up sequence number 1 (QuickFIX/J counts it): the next one carries 2
            c.sendRaw(c.message("A", 2, 98, 0, 108, 30, 553, "alice", 554, "s3cret"));
            assertThat(c.readUntil("A")).isNotNull();
        }
    }

    @Test
    void aGapIsAnsweredWithAResendRequestAndTooLowWithALogout() throws Exception {
        try (RawFixClient c = loggedOn()) {
            c.sendRaw(c.message("1", 5, 112, "AHEAD"));
            Map<Integer, String> rr = c.readUntil("2");
            assertThat(rr).containsEntry(7, "2"); // BeginSeqNo: the first one missing
            // a number below the expected one without PossDupFlag is fatal in FIX: Logout, then disconnect
            c.sendRaw(c.message("1", 1, 112, "LOW"));
            Map<Integer, String> logout = c.readUntil("5");
            assertThat(logout).isNotNull();
            assertThat(logout.get(58)).containsIgnoringCase("MsgSeqNum too low");
            assertThat(c.closedByPeer()).isTrue();
        }
    }

    @Test
    void marketDataSubscriptionGetsBarsAsIncrementalAndSnapshotRefreshes() throws Exception {
        dev.qforge.data.Bar first = PaperParityTest.data(5).get(0).bar(0);
        try (RawFixClient c = loggedOn()) {
            c.sendRaw(c.message("V", 2, 262, "bad", 263, 1, 264, 1, 267, 1, 269, 5, 146, 1, 55, "NOPE"));
            Map<Integer, String> y = c.readUntil("Y");
            assertThat(y).containsEntry(262, "bad").containsEntry(281, "0");
            // a subscription starts the lock-step replay: the first step comes as an incremental refresh
            c.sendRaw(c.message("V", 3, 262, "md1", 263, 1, 264, 1, 267, 1, 269, 5, 146, 1, 55, "AAA"));
            Map<Integer, String> x = c.readUntil("X");
            assertThat(x).containsEntry(262, "md1").containsEntry(55, "AAA");
            // last entry of the bar is its volume (B); the close (5) is the one before: check both on the raw text
            assertThat(Double.parseDouble(x.get(271))).isEqualTo(first.volume());
            c.sendRaw(c.message("V", 4, 262, "snap", 263, 0, 264, 1, 267, 1, 269, 5, 146, 1, 55, "AAA"));
            Map<Integer, String> w = c.readUntil("W");
            assertThat(w).containsEntry(262, "snap").containsEntry(55, "AAA").containsEntry(268, "5");
            assertThat(Double.parseDouble(w.get(271))).isEqualTo(first.volume());
        }
    }

    @Test
    void badOrdersAreRejectedWithTheReasonAndTheSessionStaysUp() throws Exception {
        badOrdersGetTheirAnswers(true);
    }

    /**
     * Without the data-dictionary check (paper exchange --no-validate) the exchange's own checks give the same answers,
     * except that a missing field is found by the application, not the session layer: FIX then answers with a
     * Business Message Reject, "conditionally required field missing" (380=5), instead of a session Reject.
     */
    @Test
    void badOrdersAreStillAnsweredWithoutDataDictionaryValidation() throws Exception {
        ex.close();
        start(false);
        badOrdersGetTheirAnswers(false);
    }

    private void badOrdersGetTheirAnswers(boolean validated) throws Exception {
        try (RawFixClient c = loggedOn()) {
            c.sendRaw(c.message("D", 2, 11, "o1", 21, 1, 55, "ZZZ", 54, 1, 60, "20240102-10:00:00", 38, 10, 40, 1));
            Map<Integer, String> er = c.readUntil("8");
            assertThat(er).containsEntry(39, "8").containsEntry(150, "8").containsEntry(103, "1").containsEntry(11, "o1");
            assertThat(er.get(58)).contains("unknown symbol ZZZ");

            c.sendRaw(c.message("D", 3, 11, "o2", 21, 1, 55, "AAA", 54, 1, 60, "20240102-10:00:00", 38, -5, 40, 1));
            er = c.readUntil("8");
            assertThat(er).containsEntry(39, "8").containsEntry(103, "13").containsEntry(11, "o2");
            assertThat(er.get(58)).contains("quantity must be a positive number, got -5");

            c.sendRaw(c.message("D", 4, 11, "o2", 21, 1, 55, "AAA", 54, 1, 60, "20240102-10:00:00", 38, 5, 40, 1));
            er = c.readUntil("8");
            assertThat(er).containsEntry(103, "6");
            assertThat(er.get(58)).contains("duplicate ClOrdID o2");

            c.sendRaw(c.message("F", 5, 41, "nope", 11, "c1", 55, "AAA", 54, 1, 60, "20240102-10:00:00"));
            Map<Integer, String> cxl = c.readUntil("9");
            assertThat(cxl).containsEntry(102, "1").containsEntry(434, "1").containsEntry(11, "c1").containsEntry(41, "nope");

            c.sendRaw(c.message("H", 6, 11, "nope", 55, "AAA", 54, 1));
            er = c.readUntil("8");
            assertThat(er).containsEntry(150, "I").containsEntry(39, "8").containsEntry(103, "5");

            c.sendRaw(c.message("B", 7, 148, "hello", 33, 0)); // News: not a message this exchange takes
            Map<Integer, String> bmr = c.readUntil("j");
            assertThat(bmr).containsEntry(372, "B").containsEntry(380, "3");

            c.sendRaw(c.message("D", 8, 11, "o3", 21, 1, 54, 1, 60, "20240102-10:00:00", 38, 5, 40, 1)); // no Symbol
            if (validated) {
                Map<Integer, String> rej = c.readUntil("3");
                assertThat(rej).containsEntry(371, "55").containsEntry(373, "1"); // required tag missing
            } else {
                Map<Integer, String> rej = c.readUntil("j");
                assertThat(rej).containsEntry(45, "8").containsEntry(372, "D").containsEntry(380, "5");
                assertThat(rej.get(58)).contains("55");
            }

            c.sendRaw(c.message("1", 9, 112, "ALIVE"));
            assertThat(c.readUntil("0")).containsEntry(112, "ALIVE");
        }
    }
}
