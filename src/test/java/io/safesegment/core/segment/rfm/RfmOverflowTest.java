package io.safesegment.core.segment.rfm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.features.FeatureException;
import io.safesegment.core.task.Progress;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Amounts that add up to Infinity are refused instead of reported as revenue "Infinity". */
class RfmOverflowTest {

    private static Table tx(String[] ids, double... amounts) {
        String[] times = new String[ids.length];
        java.util.Arrays.fill(times, "2025-01-01T10:00:00");
        return Table.create("tx", StringColumn.create("customer_id", ids), StringColumn.create("timestamp", times),
                DoubleColumn.create("amount", amounts));
    }

    private static String refusal(Table t) {
        return assertThrows(FeatureException.class, () -> RfmAnalyzer.analyze(t, RfmOptions.defaults(),
                Progress.NONE)).getMessage();
    }

    @Test
    void oneCustomersOverflowingTotalNamesItsFirstRowButNotTheCustomer() {
        String m = refusal(tx(new String[] {"客户甲", "张伟", "张伟"}, 5, 1e308, 1e308));
        assertTrue(m.contains("first in transactions row 2") && m.contains("1.8e308"), m);
        assertFalse(m.contains("张伟") || m.contains("1.0E308"), m);
    }

    @Test
    void anInfiniteAmountIsExcludedAndCountedNotSummed() {
        // Issue #12's rule for amounts that are not numbers: left out of RFM and counted, never summed.
        var result = RfmAnalyzer.analyze(tx(new String[] {"A", "B"}, 5, Double.POSITIVE_INFINITY),
                RfmOptions.defaults(), Progress.NONE);
        assertEquals(1, result.excludedRowsWithoutAmount());
        assertEquals(1, result.customers().size());
    }

    @Test
    void aSegmentRevenueOverflowIsRefused() {
        String m = refusal(tx(new String[] {"A", "B"}, 1e308, 1e308));
        assertTrue(m.contains("The revenue of segment") && m.contains("1.8e308"), m);
    }
}
