package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.data.SkippedRows;
import io.safesegment.core.task.TaskCancelledException;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaign lists: top-N for every customer in parallel blocks, in id order, with explanations, cancellable. */
class CampaignListTest {
    @TempDir
    Path dir;

    private static RecommendationService.Fitted fitted(String model) {
        InteractionMatrix m = RealisticPurchases.sized(20_000, 300, 90_000, 4).generate();
        var data = new RecommendInputs.Loaded(m, ProductCatalog.empty(), Map.of(), SkippedRows.NONE);
        return RecommendationService.fit(data, new RecommendationService.ModelChoice(model, 1, 0), Progress.NONE);
    }

    @Test
    void everyCustomerGetsNRowsWithScoreAndExplanationInIdOrder() throws Exception {
        var fitted = fitted("itemknn");
        AtomicInteger reports = new AtomicInteger();
        Progress counting = new Progress() {
            @Override
            public void update(double fraction, String message) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        var list = RecommendationService.writeCampaignList(fitted, null, 5, dir.resolve("recs.csv"), counting);
        assertEquals(20_000, list.customers());
        assertEquals(100_000, list.rows());
        List<String> lines = Files.readAllLines(dir.resolve("recs.csv"));
        assertEquals("customer_id,rank,product_id,product_name,score,explanation", lines.getFirst());
        assertEquals(100_001, lines.size());
        assertTrue(reports.get() > 1, "progress is reported per batch");
        String previous = "";
        for (int x = 1; x < lines.size(); x += 5) {
            String customer = lines.get(x).split(",")[0];
            assertTrue(customer.compareTo(previous) > 0, "customers in id order, each once: " + customer);
            previous = customer;
            for (int r = 0; r < 5; r++) {
                String[] f = lines.get(x + r).split(",", 6);
                assertEquals(customer, f[0]);
                assertEquals(String.valueOf(r + 1), f[1]);
                assertFalse(f[5].isBlank(), "explanation of " + lines.get(x + r));
            }
        }
        // the same list as the one-customer preview
        var one = RecommendationService.forCustomer(fitted, "c123", 5);
        List<String> rows = lines.stream().filter(l -> l.startsWith("c123,")).map(l -> l.split(",")[2]).toList();
        assertEquals(one.items().stream().map(RecommendedItem::itemId).toList(), rows);
    }

    @Test
    void aCancelledListLeavesNoFile() {
        var fitted = fitted("popularity");
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(TaskCancelledException.class, () -> RecommendationService.writeCampaignList(fitted, null, 3,
                dir.resolve("cancelled.csv"), cancelled));
        assertFalse(Files.exists(dir.resolve("cancelled.csv")));
    }

    /**
     * User-kNN on products bought by more customers than its candidate-search cap (4,000 buyers): the capped search
     * runs on every worker thread with its own accumulators, and the list still comes out in id order, one customer
     * per n rows, equal to the one-customer preview; a cancel after the first batch leaves no file.
     */
    @Test
    void userKnnListAboveTheCandidateCapIsInIdOrderMatchesThePreviewAndCancelsCleanly() throws Exception {
        InteractionMatrix m = RealisticPurchases.sized(30_000, 100, 150_000, 5).generate();
        int maxBuyers = java.util.Arrays.stream(m.columnCounts()).max().orElse(0);
        assertTrue(maxBuyers > 4_000, "the test needs a product above user-kNN's cap: " + maxBuyers);
        var data = new RecommendInputs.Loaded(m, ProductCatalog.empty(), Map.of(), SkippedRows.NONE);
        var fitted = RecommendationService.fit(data, new RecommendationService.ModelChoice("userknn", 1, 0),
                Progress.NONE);
        var list = RecommendationService.writeCampaignList(fitted, null, 3, dir.resolve("users.csv"), Progress.NONE);
        assertEquals(m.rows(), list.customers());
        List<String> lines = Files.readAllLines(dir.resolve("users.csv"));
        assertEquals(list.rows() + 1, lines.size());
        String previous = "";
        int checked = 0;
        for (int x = 1; x < lines.size(); x += 3) {
            String customer = lines.get(x).split(",")[0];
            assertTrue(customer.compareTo(previous) > 0, "customers in id order, each once: " + customer);
            previous = customer;
            if (x % 997 == 1) {
                List<String> listed = List.of(lines.get(x).split(",")[2], lines.get(x + 1).split(",")[2],
                        lines.get(x + 2).split(",")[2]);
                assertEquals(RecommendationService.forCustomer(fitted, customer, 3).items().stream()
                        .map(RecommendedItem::itemId).toList(), listed, "list = preview for " + customer);
                checked++;
            }
        }
        assertTrue(checked > 10, "previews compared: " + checked);

        AtomicInteger reports = new AtomicInteger();
        Progress cancelAfterFirstBatch = new Progress() {
            @Override
            public void update(double fraction, String message) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() > 1;
            }
        };
        assertThrows(TaskCancelledException.class, () -> RecommendationService.writeCampaignList(fitted, null, 3,
                dir.resolve("cancelled-users.csv"), cancelAfterFirstBatch));
        assertTrue(reports.get() > 1, "cancelled after the first batch had started");
        assertFalse(Files.exists(dir.resolve("cancelled-users.csv")));
    }
}
