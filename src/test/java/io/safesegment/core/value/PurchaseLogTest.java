package io.safesegment.core.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PurchaseLogTest {
    private static final LocalDate D0 = LocalDate.of(2024, 1, 1); // a Monday

    private static Table transactions() {
        StringColumn who = StringColumn.create("buyer", "A", "A", "A", "A", "B", "C", "", "A");
        StringColumn when = StringColumn.create("when", day(0), day(0), day(3), day(10), day(5), day(2), day(1),
                day(11));
        DoubleColumn amount = DoubleColumn.create("paid", 5, 5, 10, 20, 7, -4, 3, Double.NaN);
        return Table.create("t", who, when, amount);
    }

    private static String day(int d) {
        return D0.plusDays(d).toString();
    }

    private static PurchaseLog log() {
        return PurchaseLog.read(transactions(), RoleMapping.parse("customer_id=buyer,timestamp=when,amount=paid"),
                Progress.NONE);
    }

    @Test
    void summarisesByDayInLifetimesConventions() {
        PurchaseLog log = log();
        // A: days 0 (twice: one period, 10), 3 (10), 10 (20); B: day 5; C only returned; row 7 has no customer;
        // row 8 has no amount
        assertEquals(new PurchaseLog.Exclusions(1, 0, 1, 1), log.exclusions());
        CustomerSummary s = log.summary(D0.plusDays(12), TimeUnit.DAY);
        assertEquals(List.of("A", "B"), s.ids());
        assertArrayEquals(new double[] {2, 0}, s.frequency());
        assertArrayEquals(new double[] {10, 0}, s.recency());
        assertArrayEquals(new double[] {12, 7}, s.age());
        assertArrayEquals(new double[] {15, 0}, s.monetary()); // (10 + 20) / 2: the first purchase is not counted
    }

    @Test
    void summarisesByWeekAndCutsAtTheCalibrationEnd() {
        PurchaseLog log = log();
        CustomerSummary weeks = log.summary(D0.plusDays(12), TimeUnit.WEEK);
        // A: weeks 0 (days 0, 3) and 1 (day 10); end day 12 is in week 1
        assertArrayEquals(new double[] {1, 0}, weeks.frequency());
        assertArrayEquals(new double[] {1, 0}, weeks.recency());
        assertArrayEquals(new double[] {1, 1}, weeks.age()); // B bought in week 0 too
        assertEquals(20, weeks.monetary()[0]);
        CustomerSummary calibration = log.summary(D0.plusDays(4), TimeUnit.DAY);
        assertEquals(List.of("A"), calibration.ids()); // B had not bought yet
        assertArrayEquals(new double[] {1}, log.holdoutPurchases(calibration, D0.plusDays(4), D0.plusDays(12),
                TimeUnit.DAY));
        assertTrue(log.hasAmount());
    }
}
