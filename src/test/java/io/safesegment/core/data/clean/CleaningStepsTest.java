package io.safesegment.core.data.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** One behaviour check per cleaning step; each also checks that the input table is left untouched. */
class CleaningStepsTest {

    private static Table people() {
        DoubleColumn income = DoubleColumn.create("income", 10, Double.NaN, 30, 30, 1000);
        return Table.create("people",
                StringColumn.create("name", "  ann  lee ", "BOB", "cy", "cy", "dan"),
                income,
                StringColumn.create("city", "Paris", "", "Rome", "Rome", "Paris"),
                DateColumn.create("birth", LocalDate.of(1990, 6, 15), LocalDate.of(2000, 1, 1), null,
                        null, LocalDate.of(1980, 12, 31)));
    }

    @Test
    void dropDuplicatesExactAndByKey() {
        Table t = people();
        StepOutcome exact = new DropDuplicates(List.of()).apply(t);
        assertEquals(4, exact.table().rowCount());
        StepOutcome byCity = new DropDuplicates(List.of("city")).apply(t);
        assertEquals(3, byCity.table().rowCount());
        assertEquals("  ann  lee ", byCity.table().stringColumn("name").get(0), "first occurrence kept");
        assertEquals(5, t.rowCount());
    }

    @Test
    void fillMissingStrategies() {
        Table t = people();
        assertEquals(267.5, new FillMissing("income", FillMissing.Strategy.MEAN, null).apply(t).table()
                .doubleColumn("income").get(1));
        assertEquals(30.0, new FillMissing("income", FillMissing.Strategy.MEDIAN, null).apply(t).table()
                .doubleColumn("income").get(1));
        assertEquals(7.5, new FillMissing("income", FillMissing.Strategy.CONSTANT, "7.5").apply(t).table()
                .doubleColumn("income").get(1));
        StepOutcome mode = new FillMissing("city", FillMissing.Strategy.MODE, null).apply(t);
        assertEquals("Paris", mode.table().stringColumn("city").get(1));
        assertEquals(1, mode.changedCells());
        assertTrue(t.doubleColumn("income").isMissing(1));
        assertThrows(CleaningException.class,
                () -> new FillMissing("city", FillMissing.Strategy.MEAN, null).apply(t));
        assertThrows(CleaningException.class,
                () -> new FillMissing("birth", FillMissing.Strategy.CONSTANT, "not a date").apply(t));
    }

    @Test
    void dropMissing() {
        Table t = people();
        assertEquals(2, new DropMissing(List.of()).apply(t).table().rowCount());
        assertEquals(4, new DropMissing(List.of("income")).apply(t).table().rowCount());
    }

    @Test
    void outliersByIqrAndZScore() {
        Table t = people();
        StepOutcome clipped = new HandleOutliers("income", HandleOutliers.Method.IQR, 1.5,
                HandleOutliers.Action.CLIP).apply(t);
        // values 10, 30, 30, 1000: Q1 = 25, Q3 = 272.5 (linear interpolation), upper fence 272.5 + 1.5 * 247.5
        assertEquals(643.75, clipped.table().doubleColumn("income").get(4), 1e-9);
        assertEquals(1, clipped.changedCells());
        StepOutcome removed = new HandleOutliers("income", HandleOutliers.Method.IQR, 1.5,
                HandleOutliers.Action.REMOVE).apply(t);
        assertEquals(4, removed.table().rowCount(), "missing incomes are kept");
        StepOutcome z = new HandleOutliers("income", HandleOutliers.Method.Z_SCORE, 1.0,
                HandleOutliers.Action.REMOVE).apply(t);
        assertEquals(4, z.table().rowCount());
        assertEquals(1000.0, t.doubleColumn("income").get(4));
    }

    @Test
    void normaliseText() {
        Table t = people();
        StepOutcome o = new NormaliseText("name", true, true, NormaliseText.TextCase.TITLE).apply(t);
        assertEquals("Ann Lee", o.table().stringColumn("name").get(0));
        assertEquals("Bob", o.table().stringColumn("name").get(1));
        assertEquals(5, o.changedCells());
        assertEquals("bob", new NormaliseText("name", false, false, NormaliseText.TextCase.LOWER).apply(t).table()
                .stringColumn("name").get(1));
    }

    @Test
    void parseTextReportsFailures() {
        Table t = Table.create("t", StringColumn.create("when", "01.02.2024", "31.12.1999", "soon", "", "29.02.2023"),
                StringColumn.create("amount", "1,5", "x", "2", "", "-3,25"));
        StepOutcome dates = new ParseColumn("when", ColumnType.DATE, null, '.').apply(t);
        assertEquals(LocalDate.of(2024, 2, 1), dates.table().dateColumn("when").get(0));
        assertEquals(List.of("soon", "29.02.2023"), dates.failedValues());
        assertEquals(2, dates.changedCells());
        StepOutcome numbers = new ParseColumn("amount", ColumnType.DECIMAL, null, ',').apply(t);
        assertEquals(-3.25, numbers.table().doubleColumn("amount").get(4));
        assertEquals(List.of("x"), numbers.failedValues());
        assertEquals(List.of("when", "amount"), numbers.table().columnNames());
    }

    @Test
    void scaling() {
        Table t = Table.create("t", IntColumn.create("x", 1, 2, 3));
        DoubleColumn z = new ScaleColumn("x", ScaleColumn.Method.Z_SCORE).apply(t).table().doubleColumn("x");
        assertEquals(-1.0, z.get(0), 1e-12);
        assertEquals(1.0, z.get(2), 1e-12);
        DoubleColumn m = new ScaleColumn("x", ScaleColumn.Method.MIN_MAX).apply(t).table().doubleColumn("x");
        assertEquals(0.5, m.get(1), 1e-12);
    }

    @Test
    void oneHot() {
        Table t = people();
        Table o = new OneHotEncode("city", 10, false).apply(t).table();
        assertEquals(List.of("name", "income", "city=Paris", "city=Rome", "birth"), o.columnNames());
        assertEquals(0, o.intColumn("city=Paris").get(1), "missing city is all zeros");
        assertEquals(1, o.intColumn("city=Rome").get(2));
        assertThrows(CleaningException.class, () -> new OneHotEncode("name", 2, false).apply(t));
    }

    @Test
    void deriveAgeTenureAndParts() {
        Table t = people();
        LocalDate asOf = LocalDate.of(2024, 6, 14);
        Table age = new DeriveColumn("birth", DeriveColumn.Derivation.AGE_YEARS, "age", asOf).apply(t).table();
        assertEquals(33, age.intColumn("age").get(0), "birthday tomorrow");
        assertTrue(age.intColumn("age").isMissing(2));
        Table tenure = new DeriveColumn("birth", DeriveColumn.Derivation.TENURE_MONTHS, "months", asOf).apply(t)
                .table();
        assertEquals(293, tenure.intColumn("months").get(1));
        assertEquals("SATURDAY", new DeriveColumn("birth", DeriveColumn.Derivation.WEEKDAY, "wd", null).apply(t)
                .table().stringColumn("wd").get(1));
        assertEquals(12, new DeriveColumn("birth", DeriveColumn.Derivation.MONTH, "m", null).apply(t).table()
                .intColumn("m").get(4));
        assertThrows(IllegalArgumentException.class,
                () -> new DeriveColumn("birth", DeriveColumn.Derivation.AGE_YEARS, "age", null));
    }

    @Test
    void pipelineRoundTripsThroughJsonAndUndoes() {
        CleaningPipeline p = CleaningPipeline.empty()
                .then(new NormaliseText("name", true, true, NormaliseText.TextCase.TITLE))
                .then(new DropDuplicates(List.of()))
                .then(new FillMissing("income", FillMissing.Strategy.MEDIAN, null))
                .then(new DeriveColumn("birth", DeriveColumn.Derivation.AGE_YEARS, "age", LocalDate.of(2024, 1, 1)));
        String json = p.toJson();
        assertTrue(json.contains("\"step\":\"derive\""), json);
        assertTrue(json.contains("\"asOf\":\"2024-01-01\""), json);
        CleaningPipeline back = CleaningPipeline.fromJson(json);
        assertEquals(p, back);
        Table original = people();
        CleaningPipeline.Result all = back.apply(original, io.safesegment.core.task.Progress.NONE);
        assertEquals(4, all.table().rowCount());
        assertEquals(5, all.table().columnCount());
        CleaningPipeline.Result undone = back.undo().apply(original, io.safesegment.core.task.Progress.NONE);
        assertEquals(4, undone.table().columnCount());
        assertEquals(5, original.rowCount());
        assertThrows(CleaningException.class, () -> CleaningPipeline.fromJson("[{\"step\":\"nope\"}]"));
    }
}
