package io.safesegment.core.privacy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class UtilityCostCalculatorTest {

    private static Table original() {
        return Table.create("t",
                StringColumn.create("email", "a@x.org", "b@x.org", "c@x.org", "d@x.org"),
                StringColumn.create("city", "Berlin", "Berlin", "Paris", "Rome"),
                IntColumn.create("income", new int[] {10, 20, 30, 40}),
                StringColumn.create("name", "Ann", "Bob", "Cy", "Di"));
    }

    @Test
    void handComputedCost() {
        Table masked = Table.create("m",
                StringColumn.create("email", "a***", "b***", "c***", "d***"),
                StringColumn.create("city", "Berlin", "Berlin", "Paris", "Rome"),
                DoubleColumn.create("income", new double[] {15, 25, 35, 45}));
        // name removed

        UtilityCost cost = UtilityCostCalculator.measure(original(), masked, Progress.NONE);

        assertEquals(4, cost.rows());
        assertEquals(16, cost.cells());
        assertEquals(4 + 0 + 4 + 4, cost.changedCells());
        assertEquals(0.75, cost.changedShare(), 1e-12);
        ColumnUtility city = cost.column("city").orElseThrow();
        assertEquals(3, city.distinctBefore());
        assertEquals(0, city.distinctLoss(), 1e-12);
        assertFalse(city.numeric());
        ColumnUtility income = cost.column("income").orElseThrow();
        assertEquals(25, income.meanBefore(), 1e-12);
        assertEquals(30, income.meanAfter(), 1e-12);
        assertEquals(5, income.meanShift(), 1e-12);
        assertEquals(0.2, income.relativeMeanShift(), 1e-12);
        ColumnUtility name = cost.column("name").orElseThrow();
        assertTrue(name.removed());
        assertEquals(1, name.distinctLoss(), 1e-12);
    }

    @Test
    void generalisingLosesDistinctValues() {
        Table masked = Table.create("m",
                StringColumn.create("email", "a@x.org", "b@x.org", "c@x.org", "d@x.org"),
                StringColumn.create("city", "B*", "B*", "P*", "R*"),
                StringColumn.create("income", "[0,30)", "[0,30)", "[30,60)", "[30,60)"),
                StringColumn.create("name", "Ann", "Bob", "Cy", "Di"));

        UtilityCost cost = UtilityCostCalculator.measure(original(), masked, Progress.NONE);

        ColumnUtility income = cost.column("income").orElseThrow();
        assertEquals(4, income.distinctBefore());
        assertEquals(2, income.distinctAfter());
        assertEquals(0.5, income.distinctLoss(), 1e-12);
        assertFalse(income.numeric(), "text bins have no mean");
        assertEquals(0, cost.column("email").orElseThrow().changedCells());
    }

    @Test
    void missingValuesCountAsChangedOnlyWhenMissingnessChanges() {
        Table a = Table.create("a", StringColumn.create("c", "x", null, "z"));
        Table b = Table.create("b", StringColumn.create("c", "x", null, null));
        UtilityCost cost = UtilityCostCalculator.measure(a, b, Progress.NONE);
        assertEquals(1, cost.changedCells());
    }

    @Test
    void identicalTablesCostNothingAndRemovingEverythingCostsEverything() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            int rows = 1 + random.nextInt(50);
            String[] values = new String[rows];
            int[] numbers = new int[rows];
            for (int i = 0; i < rows; i++) {
                values[i] = "v" + random.nextInt(10);
                numbers[i] = random.nextInt(1000);
            }
            Table t = Table.create("t", StringColumn.create("s", values), IntColumn.create("n", numbers));

            UtilityCost same = UtilityCostCalculator.measure(t, t.copy(), Progress.NONE);
            assertEquals(0, same.changedCells());
            same.columns().forEach(c -> assertEquals(0, c.distinctLoss(), 1e-12));
            assertEquals(0, same.column("n").orElseThrow().meanShift(), 1e-9);

            UtilityCost none = UtilityCostCalculator.measure(t, Table.create("empty"), Progress.NONE);
            assertEquals(1, none.changedShare(), 1e-12);
            none.columns().forEach(c -> assertTrue(c.removed()));
        }
    }

    @Test
    void changedShareStaysWithinZeroAndOneForRandomMasks() {
        Random random = new Random(11);
        for (int round = 0; round < 30; round++) {
            int rows = 1 + random.nextInt(40);
            String[] before = new String[rows];
            String[] after = new String[rows];
            int expected = 0;
            for (int i = 0; i < rows; i++) {
                before[i] = "v" + random.nextInt(5);
                boolean change = random.nextBoolean();
                after[i] = change ? before[i] + "*" : before[i];
                expected += change ? 1 : 0;
            }
            UtilityCost cost = UtilityCostCalculator.measure(Table.create("a", StringColumn.create("c", before)),
                    Table.create("b", StringColumn.create("c", after)), Progress.NONE);
            assertEquals(expected, cost.changedCells());
            assertTrue(cost.changedShare() >= 0 && cost.changedShare() <= 1);
        }
    }

    @Test
    void rejectsTablesOfDifferentLength() {
        Table a = Table.create("a", StringColumn.create("c", "x", "y"));
        Table b = Table.create("b", StringColumn.create("c", "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UtilityCostCalculator.measure(a, b, Progress.NONE));
        assertTrue(e.getMessage().contains("1 rows"), e.getMessage());
    }

    @Test
    void stopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(TaskCancelledException.class,
                () -> UtilityCostCalculator.measure(original(), original(), cancelled));
    }
}
