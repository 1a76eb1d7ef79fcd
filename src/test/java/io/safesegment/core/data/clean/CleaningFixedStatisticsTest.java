package io.safesegment.core.data.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.safesegment.core.data.io.CellText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The fixed-statistic forms of outliers, scaling and one-hot encoding (what the Spark engine runs per partition,
 * decision 0037): with the statistic computed from the whole table, applying them chunk by chunk and appending the
 * chunks gives exactly the whole-table step's table (names, types, every cell's text), including missing cells,
 * ties at the quartiles, integer clipping and a category first seen in the last chunk.
 */
class CleaningFixedStatisticsTest {

    private static Table table() {
        IntColumn visits = IntColumn.create("visits", new int[] {1, 2, 2, 2, 3, 100, -50, 0, 2, 4, 4, 5});
        visits.setMissing(7);
        DoubleColumn income = DoubleColumn.create("income", 10.5, Double.NaN, 30, 30, 1000, -0.0, 7.25, 30, 12, 13.1,
                14, 9e9);
        StringColumn city = StringColumn.create("city", "Rome", "Paris", "", "Rome", "Oslo", "Paris", "Rome", "",
                "Oslo", "Paris", "Rome", "Zagreb");
        StringColumn clash = StringColumn.create("city=Oslo", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k",
                "l");
        return Table.create("t", visits, income, city, clash);
    }

    /** The step applied with {@code fixed} to chunks of 5, 5 and 2 rows, appended. */
    private static Table chunked(Table t, Function<Table, Table> fixed) {
        Table out = null;
        for (int from = 0; from < t.rowCount(); from += 5) {
            Table part = fixed.apply(t.inRange(from, Math.min(from + 5, t.rowCount())));
            out = out == null ? part : out.append(part);
        }
        return out;
    }

    private static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int c = 0; c < expected.columnCount(); c++) {
            Column<?> e = expected.column(c);
            Column<?> a = actual.column(c);
            assertEquals(e.type(), a.type(), e.name());
            for (int r = 0; r < e.size(); r++) {
                assertEquals(e.isMissing(r), a.isMissing(r), e.name() + " row " + r);
                assertEquals(CellText.of(e, r), CellText.of(a, r), e.name() + " row " + r);
            }
        }
    }

    private static double[] sortedValues(Table t, String column) {
        return Arrays.stream(t.numberColumn(column).asDoubleArray()).filter(d -> !Double.isNaN(d)).sorted()
                .toArray();
    }

    @Test
    void outliersWithFencesFromTheWholeColumnEqualTheWholeTableStep() {
        Table t = table();
        for (String column : List.of("visits", "income")) {
            for (HandleOutliers.Method m : HandleOutliers.Method.values()) {
                for (HandleOutliers.Action a : HandleOutliers.Action.values()) {
                    HandleOutliers step = new HandleOutliers(column, m, m == HandleOutliers.Method.IQR ? 1.5 : 1, a);
                    double[] v = sortedValues(t, column);
                    double[] fences = m == HandleOutliers.Method.IQR
                            ? step.iqrBounds(HandleOutliers.quantile(v, 0.25), HandleOutliers.quantile(v, 0.75))
                            : step.zScoreBounds(() -> Arrays.stream(v));
                    Table whole = step.apply(t).table();
                    assertSameTable(whole, chunked(t, c -> step.applyWithin(c, fences[0], fences[1]).table()));
                }
            }
        }
        // the rows really changed: visits 100 and -50 are outside Tukey's fences [0.5, 4.5] (quartiles 2 and 4 of
        // the 11 values -50 1 2 2 2 2 3 4 4 5 100, at positions 2.5 and 7.5: ties on both sides)
        HandleOutliers clip = new HandleOutliers("visits", HandleOutliers.Method.IQR, 0.25, HandleOutliers.Action.CLIP);
        double[] fences = clip.iqrBounds(2, 4);
        assertArrayEquals(new double[] {1.5, 4.5}, fences);
        IntColumn clipped = clip.applyWithin(t, fences[0], fences[1]).table().intColumn("visits");
        assertEquals(List.of(2, 2, 2, 2, 3, 4, 2, 2, 4, 4, 4), clipped.removeMissing().asList());
    }

    @Test
    void quartilesInterpolateLinearlyBetweenTheTwoPositions() {
        double[] v = {-50, 1, 2, 2, 2, 2, 3, 4, 4, 5, 100};
        assertArrayEquals(new long[] {2, 3}, HandleOutliers.quantilePositions(v.length, 0.25));
        assertEquals(2.0, HandleOutliers.quantile(v, 0.25));
        assertEquals(4.0, HandleOutliers.quantile(v, 0.75));
        double[] four = {1, 2, 3, 10};
        assertArrayEquals(new long[] {0, 1}, HandleOutliers.quantilePositions(4, 0.25)); // position 0.75
        assertEquals(1.75, HandleOutliers.quantile(four, 0.25));
        assertEquals(4.75, HandleOutliers.quantile(4, 0.75, 3, 10)); // position 2.25
        assertArrayEquals(new long[] {0, 0}, HandleOutliers.quantilePositions(1, 0.75)); // one value: itself
    }

    @Test
    void scalingWithTheWholeColumnsShiftAndDivisorEqualsTheWholeTableStep() {
        Table t = table();
        IntColumn none = IntColumn.create("none", 12);
        for (int r = 0; r < 12; r++) {
            none.setMissing(r);
        }
        t.addColumns(none);
        for (String column : List.of("visits", "income", "none")) {
            for (ScaleColumn.Method m : ScaleColumn.Method.values()) {
                ScaleColumn step = new ScaleColumn(column, m);
                double[] v = t.numberColumn(column).asDoubleArray();
                double[] ab = step.statistics(() -> Arrays.stream(v));
                assertSameTable(step.apply(t).table(), chunked(t, c -> step.applyScaled(c, ab[0], ab[1]).table()));
            }
        }
        // min-max needs only the minimum and maximum, in any order (what a distributed aggregate gives)
        ScaleColumn minMax = new ScaleColumn("visits", ScaleColumn.Method.MIN_MAX);
        assertArrayEquals(new double[] {-50, 150}, minMax.statistics(() -> Arrays.stream(new double[] {100, -50})));
        assertArrayEquals(new double[] {0, 1}, minMax.statistics(java.util.stream.DoubleStream::empty));
        // z-score by hand: 1 2 3 -> mean 2, sample sd 1
        ScaleColumn z = new ScaleColumn("x", ScaleColumn.Method.Z_SCORE);
        assertArrayEquals(new double[] {2, 1}, z.statistics(() -> Arrays.stream(new double[] {1, Double.NaN, 2, 3})));
    }

    @Test
    void oneHotWithTheWholeColumnsCategoriesEqualsTheWholeTableStep() {
        Table t = table();
        for (boolean keep : List.of(false, true)) {
            OneHotEncode step = new OneHotEncode("city", 10, keep);
            List<String> texts = new ArrayList<>();
            Column<?> city = t.column("city");
            for (int r = city.size() - 1; r >= 0; r--) { // any order, repeats allowed
                if (!city.isMissing(r)) {
                    texts.add(CellText.of(city, r));
                }
            }
            SortedSet<String> categories = step.categories(texts);
            assertEquals(List.of("Oslo", "Paris", "Rome", "Zagreb"), List.copyOf(categories));
            Table whole = step.apply(t).table();
            assertSameTable(whole, chunked(t, c -> step.applyCategories(c, categories).table()));
            // "Zagreb" is only in the last chunk, "city=Oslo" already existed
            assertEquals(keep ? List.of("visits", "income", "city", "city=Oslo_", "city=Paris", "city=Rome",
                    "city=Zagreb", "city=Oslo") : List.of("visits", "income", "city=Oslo_", "city=Paris", "city=Rome",
                    "city=Zagreb", "city=Oslo"), whole.columnNames());
        }
    }

    @Test
    void tooManyCategoriesAreRefusedWithTheSameMessageEitherWay() {
        OneHotEncode step = new OneHotEncode("city", 3, false);
        CleaningException whole = assertThrows(CleaningException.class, () -> step.apply(table()));
        CleaningException fixed = assertThrows(CleaningException.class,
                () -> step.categories(List.of("Rome", "Paris", "Rome", "Oslo", "Zagreb")));
        assertEquals(whole.getMessage(), fixed.getMessage());
    }
}
