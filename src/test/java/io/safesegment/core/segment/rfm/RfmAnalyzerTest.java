package io.safesegment.core.segment.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RfmAnalyzerTest {

    @Test
    void quintilesGiveEqualValuesEqualScores() {
        // Strictly smaller counts 0,0,0,0,4,5,6,7,8,9 of 10 → 1 + floor(5·c/10)
        assertArrayEquals(new int[] {1, 1, 1, 1, 3, 3, 4, 4, 5, 5},
                RfmAnalyzer.quintileScores(new double[] {1, 1, 1, 1, 2, 3, 4, 5, 6, 7}));
        // n = 3: 9 has two smaller values → 1 + floor(10 / 3) = 4; score 5 stays unused with so few customers
        assertArrayEquals(new int[] {4, 1, 2}, RfmAnalyzer.quintileScores(new double[] {9, 1, 5}));
    }

    @Test
    void defaultRulesNameEveryCodeExactlyOnce() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                int rr = r;
                int ff = f;
                long matches = RfmSegmentRule.defaults().stream().filter(rule -> rule.matches(rr, ff)).count();
                assertEquals(1, matches, "code " + r + f);
            }
        }
        assertEquals("champions", RfmSegmentRule.defaults().stream().filter(x -> x.matches(5, 5)).findFirst()
                .orElseThrow().name());
        assertEquals("hibernating", RfmSegmentRule.defaults().stream().filter(x -> x.matches(1, 1)).findFirst()
                .orElseThrow().name());
    }

    @Test
    void scoresAndSummariesOfHandTransactions() {
        Table tx = Table.create("tx",
                StringColumn.create("customer_id", "A", "A", "A", "B", "C", "C", "D", "E"),
                StringColumn.create("timestamp", "2025-12-30T10:00:00", "2025-12-01T10:00:00", "2025-11-01T10:00:00",
                        "2025-12-31T10:00:00", "2025-01-01T10:00:00", "2025-02-01T10:00:00", "2025-06-01T10:00:00",
                        "2024-12-31T10:00:00"),
                DoubleColumn.create("amount", 10, 10, 10, 500, 20, 20, 5, 1));
        RfmResult r = RfmAnalyzer.analyze(tx, RfmOptions.defaults(), Progress.NONE);
        assertEquals(LocalDate.of(2025, 12, 31), r.referenceDate());
        RfmResult.Customer a = r.customers().getFirst();
        assertEquals(1, a.recency());
        assertEquals(3, a.frequency());
        // Recency ranks (smaller is better): B 0 < A 1 < D < C < E → A has 3 customers worse → 1 + floor(15/5) = 4
        assertEquals(4, a.r());
        assertEquals(5, a.f()); // 4 customers with fewer lines
        RfmResult.Customer b = r.customers().get(1);
        assertEquals(5, b.r());
        assertEquals(1, b.f()); // B, D, E tie on one line → all score 1
        assertEquals(5, b.m());
        assertEquals("new customers", b.segment());
        assertEquals("loyal customers", a.segment());
        int total = r.segments().stream().mapToInt(RfmResult.SegmentSummary::customers).sum();
        assertEquals(5, total);
        double revenue = r.segments().stream().mapToDouble(RfmResult.SegmentSummary::revenue).sum();
        assertEquals(576, revenue, 1e-9);
        assertEquals(List.of("champions", "loyal customers", "potential loyalists", "new customers", "promising",
                "need attention", "about to sleep", "at risk", "can't lose them", "hibernating"),
                r.segments().stream().map(RfmResult.SegmentSummary::name).toList());
    }
}
