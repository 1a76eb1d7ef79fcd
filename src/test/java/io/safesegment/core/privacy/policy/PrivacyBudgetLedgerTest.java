package io.safesegment.core.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13 item 2: ε and δ are accounted per dataset in a visible budget kept in the workspace. */
class PrivacyBudgetLedgerTest {
    @TempDir
    Path workspace;

    static MaskingPolicy policy(MaskingRule... rules) {
        return new MaskingPolicy(1, "p", 3, "n", Instant.EPOCH, Map.of(), List.of(rules));
    }

    @Test
    void costIsTheSumOfTheNoiseRules() {
        MaskingPolicy p = policy(
                new MaskingRule("income", "noise", Map.of("epsilon", 0.5, "lower", 0, "upper", 1e6)),
                new MaskingRule("收入", "noise", Map.of("mechanism", "gaussian", "epsilon", 0.25, "delta", 1e-6,
                        "lower", 0, "upper", 10)),
                new MaskingRule("email", "char-mask", Map.of()));
        PrivacyCost cost = PrivacyCost.of(p);
        assertEquals(0.75, cost.epsilon(), 1e-12);
        assertEquals(1e-6, cost.delta(), 1e-18);
        assertTrue(PrivacyCost.of(policy(new MaskingRule("email", "char-mask", Map.of()))).isZero());
    }

    @Test
    void chargesAccumulatePerDatasetAndRefuseBeyondTheTotal() throws Exception {
        PrivacyBudgetLedger ledger = PrivacyBudgetLedger.in(workspace);
        assertEquals(PrivacyBudgetLedger.DEFAULT_TOTAL_EPSILON, ledger.status("customers.csv").totalEpsilon());
        ledger.setTotal("customers.csv", 2.0, 1e-5);
        PrivacyCost one = new PrivacyCost(0.75, 0);
        assertEquals(0.75, ledger.charge("customers.csv", one, "p", 1).spentEpsilon(), 1e-12);
        BudgetStatus after = ledger.charge("customers.csv", one, "p", 1);
        assertEquals(1.5, after.spentEpsilon(), 1e-12);
        assertEquals(0.5, after.remainingEpsilon(), 1e-12);
        PolicyException refused = assertThrows(PolicyException.class, () -> ledger.charge("customers.csv", one, "p", 1));
        assertTrue(refused.getMessage().contains("Privacy budget of dataset 'customers.csv' exceeded"), refused.getMessage());
        assertTrue(refused.getMessage().contains("only ε = 0.5"), refused.getMessage());
        assertEquals(1.5, ledger.status("customers.csv").spentEpsilon(), 1e-12, "a refused run is not charged");
        assertEquals(0, ledger.status("订单.csv").spentEpsilon(), "another dataset has its own budget");

        // persisted in the workspace, readable by a new ledger (another process)
        assertTrue(Files.readString(workspace.resolve(PrivacyBudgetLedger.FILE_NAME)).contains("\"spentEpsilon\" : 1.5"));
        assertEquals(1.5, PrivacyBudgetLedger.in(workspace).status("customers.csv").spentEpsilon(), 1e-12);
    }

    @Test
    void concurrentChargesNeitherGetLostNorOverspend() throws Exception {
        PrivacyBudgetLedger ledger = PrivacyBudgetLedger.in(workspace);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            futures.add(pool.submit(() -> {
                try {
                    // a fresh ledger object per call, like a separate process would have
                    PrivacyBudgetLedger.in(workspace).charge("shared", new PrivacyCost(0.125, 0), "p", 1);
                    accepted.incrementAndGet();
                } catch (PolicyException refused) {
                    // over budget
                }
            }));
        }
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(40, accepted.get(), "5.0 / 0.125 charges fit");
        assertEquals(5.0, ledger.status("shared").spentEpsilon(), 1e-9);
    }

    @Test
    void deltaIsAccountedToo() {
        PrivacyBudgetLedger ledger = PrivacyBudgetLedger.in(workspace);
        ledger.charge("d", new PrivacyCost(0.1, 6e-6), "p", 1);
        assertThrows(PolicyException.class, () -> ledger.charge("d", new PrivacyCost(0.1, 6e-6), "p", 1),
                "δ 1.2e-5 exceeds the default total 1e-5");
        assertFalse(ledger.status("d").affords(new PrivacyCost(0, 5e-6)));
    }

    @Test
    void badTotalsAndDamagedFilesAreRefusedClearly() throws Exception {
        PrivacyBudgetLedger ledger = PrivacyBudgetLedger.in(workspace);
        assertThrows(PolicyException.class, () -> ledger.setTotal("d", Double.NaN, 0));
        assertThrows(PolicyException.class, () -> ledger.setTotal("d", -1, 0));
        assertThrows(PolicyException.class, () -> ledger.setTotal("d", 1, 1.5));
        Files.writeString(ledger.file(), "[1, 2]");
        PolicyException e = assertThrows(PolicyException.class, () -> ledger.status("d"));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }
}
