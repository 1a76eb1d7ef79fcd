package io.safesegment.core.data.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DataProfilerTest {

    private static ColumnProfile column(DatasetProfile p, String name) {
        return p.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void numericStatistics() {
        IntColumn n = IntColumn.create("n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        n.appendMissing();
        Table t = Table.create("t", n, StringColumn.create("s", "a", "b", "b", "c", "c", "c", "", "d", "d", "e", "f"));
        DatasetProfile p = DataProfiler.profile(t, ProfileOptions.defaults(), Progress.NONE);
        ColumnProfile c = column(p, "n");
        assertEquals(10, c.count());
        assertEquals(1, c.missing());
        assertEquals(10, c.distinct());
        assertEquals("1", c.min());
        assertEquals("10", c.max());
        assertEquals(5.5, c.mean(), 1e-12);
        assertEquals(5.5, c.median(), 1e-12);
        assertEquals(3.0276503540974917, c.stdDev(), 1e-12);
        assertEquals(21, c.histogram().edges().size());
        assertEquals(10L, c.histogram().counts().stream().mapToLong(Long::longValue).sum());
        assertEquals(1L, c.histogram().counts().getLast());
    }

    @Test
    void textTopValuesAndMissing() {
        Table t = Table.create("t", StringColumn.create("s", "a", "b", "b", "c", "c", "c", "", "d", "d"));
        ColumnProfile c = column(DataProfiler.profile(t, new ProfileOptions(2, 20), Progress.NONE), "s");
        assertEquals(8, c.count());
        assertEquals(1, c.missing());
        assertEquals(4, c.distinct());
        assertEquals(new ValueCount("c", 3), c.top().get(0));
        assertEquals(new ValueCount("b", 2), c.top().get(1), "ties are broken by value");
        assertNull(c.mean());
        assertNull(c.histogram());
    }

    @Test
    void dateRange() {
        Table t = Table.create("t", DateColumn.create("d", LocalDate.of(2020, 5, 1), LocalDate.of(1999, 1, 31),
                LocalDate.of(2020, 5, 1)));
        ColumnProfile c = column(DataProfiler.profile(t, ProfileOptions.defaults(), Progress.NONE), "d");
        assertEquals("1999-01-31", c.min());
        assertEquals("2020-05-01", c.max());
        assertEquals(2, c.distinct());
        assertEquals("2020-05-01", c.top().getFirst().value());
    }

    @Test
    void duplicateRowsMatchANaiveCount() {
        Random random = new Random(5);
        int rows = 3000;
        int[] a = new int[rows];
        String[] b = new String[rows];
        double[] d = new double[rows];
        for (int i = 0; i < rows; i++) {
            a[i] = random.nextInt(6);
            b[i] = random.nextBoolean() ? "x" : "y";
            d[i] = random.nextInt(4) == 0 ? Double.NaN : random.nextInt(5);
        }
        Table t = Table.create("t", IntColumn.create("a", a), StringColumn.create("b", b), DoubleColumn.create("d", d));
        java.util.Set<String> seen = new java.util.HashSet<>();
        long expected = 0;
        for (int i = 0; i < rows; i++) {
            if (!seen.add(a[i] + "|" + b[i] + "|" + d[i])) {
                expected++;
            }
        }
        DatasetProfile p = DataProfiler.profile(t, ProfileOptions.defaults(), Progress.NONE);
        assertEquals(expected, p.duplicateRows());
        assertTrue(p.memoryBytes() >= rows * (4L + 4 + 8));
    }

    @Test
    void mostlyUniqueTextWithoutDictionary() {
        int rows = 200_000;
        String[] values = new String[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = i % 1000 == 0 ? "same" : "user" + i + "@example.com";
        }
        values[1] = "";
        StringColumn emails = StringColumn.create("email", values);
        org.junit.jupiter.api.Assertions.assertFalse(DataProfiler.hasKeys(emails),
                "precondition: Tablesaw stores mostly unique strings without a dictionary");
        Table t = Table.create("t", emails);
        t.addColumns(StringColumn.create("copy", values));
        DatasetProfile p = DataProfiler.profile(t, ProfileOptions.defaults(), Progress.NONE);
        ColumnProfile c = column(p, "email");
        assertEquals(rows - 1, c.count());
        assertEquals(1, c.missing());
        assertEquals(rows - 200 - 1 + 1, c.distinct());
        assertEquals(new ValueCount("same", 200), c.top().getFirst());
        assertEquals(199, p.duplicateRows());
    }

    @Test
    void parallelProfileReportsColumnsInOrderAndCancels() {
        Random random = new Random(5);
        Table t = Table.create("t");
        for (int c = 0; c < 6; c++) {
            IntColumn col = IntColumn.create("c" + c);
            for (int r = 0; r < 5000; r++) {
                col.append(random.nextInt(100));
            }
            t.addColumns(col);
        }
        java.util.List<String> messages = new java.util.ArrayList<>();
        double[] last = {0};
        DatasetProfile p = DataProfiler.profile(t, ProfileOptions.defaults(),
                new io.safesegment.core.task.CancellationToken((f, m) -> {
                    messages.add(m);
                    last[0] = f;
                }));
        assertEquals(java.util.List.of("c0", "c1", "c2", "c3", "c4", "c5"),
                p.columns().stream().map(ColumnProfile::name).toList());
        assertEquals(1.0, last[0]);
        assertTrue(messages.indexOf("Profiling column 1 of 6") < messages.indexOf("Profiling column 6 of 6"));

        io.safesegment.core.task.CancellationToken[] token = new io.safesegment.core.task.CancellationToken[1];
        token[0] = new io.safesegment.core.task.CancellationToken((f, m) -> token[0].cancel());
        org.junit.jupiter.api.Assertions.assertThrows(io.safesegment.core.task.TaskCancelledException.class,
                () -> DataProfiler.profile(t, ProfileOptions.defaults(), token[0]));
    }

    @Test
    void topValuesAmongManyUniqueValuesAreTheMostFrequent() {
        StringColumn s = StringColumn.create("s");
        IntColumn n = IntColumn.create("n");
        for (int r = 0; r < 100_000; r++) {
            s.append("unique-" + r);
            n.append(r);
        }
        for (int r = 0; r < 7; r++) {
            s.append("seven");
            n.append(-7);
        }
        for (int r = 0; r < 5; r++) {
            s.append("five");
            n.append(-5);
        }
        DatasetProfile p = DataProfiler.profile(Table.create("t", s, n), new ProfileOptions(2, 20), Progress.NONE);
        assertEquals(java.util.List.of(new ValueCount("seven", 7), new ValueCount("five", 5)), column(p, "s").top());
        assertEquals(java.util.List.of(new ValueCount("-7", 7), new ValueCount("-5", 5)), column(p, "n").top());
        assertEquals(100_002, column(p, "s").distinct());
    }
}
