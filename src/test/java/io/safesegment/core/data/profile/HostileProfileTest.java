package io.safesegment.core.data.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.task.Progress;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/** Profiles of extreme values state what the file holds: no Infinity from overflow, no ids rounded through doubles. */
class HostileProfileTest {

    private static ColumnProfile only(Table t) {
        return DataProfiler.profile(t, ProfileOptions.defaults(), Progress.NONE).columns().get(0);
    }

    @Test
    void hugeNumbersDoNotOverflowTheMeanMedianOrStandardDeviation() {
        ColumnProfile p = only(Table.create("t", DoubleColumn.create("a", 1e308, 1e308)));
        assertEquals(1e308, p.mean());
        assertEquals(1e308, p.median());
        assertEquals(0.0, p.stdDev());
        ColumnProfile spread = only(Table.create("t", DoubleColumn.create("a", -1e308, 1e308)));
        assertEquals(0.0, spread.mean());
        assertEquals(0.0, spread.median());
        assertEquals(Math.sqrt(2) * 1e308, spread.stdDev(), 1e293);
    }

    @Test
    void ordinaryNumbersKeepTheirMeanAndStandardDeviation() {
        ColumnProfile p = only(Table.create("t", DoubleColumn.create("a", 2, 4, 4, 4, 5, 5, 7, 9)));
        assertEquals(5.0, p.mean(), 1e-12);
        assertEquals(4.5, p.median(), 1e-12);
        assertEquals(2.138089935299395, p.stdDev(), 1e-12);
    }

    @Test
    void longIdsAbove2To53AreReportedExactly() {
        ColumnProfile p = only(Table.create("t", LongColumn.create("national_id",
                610102195412143556L, 610102195412143557L, 610102195412143557L, 110101199001011234L)));
        assertEquals("110101199001011234", p.min());
        assertEquals("610102195412143557", p.max());
        assertEquals(3, p.distinct(), "ids one apart stay distinct");
        assertEquals("610102195412143557", p.top().get(0).value());
        assertEquals(2, p.top().get(0).count());
    }
}
