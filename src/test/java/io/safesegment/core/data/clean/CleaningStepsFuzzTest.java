package io.safesegment.core.data.clean;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.task.Progress;
import io.safesegment.fuzz.FuzzCheck;
import io.safesegment.fuzz.Mutations;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Seeded fuzz of the cleaning recipe: mutated step lists are either refused with a {@link CleaningException}, or
 * parse into steps that apply to a small table (Chinese text, missing cells, one-row extremes) or are refused with
 * a {@link CleaningException} — never a NullPointerException or an index error.
 */
class CleaningStepsFuzzTest {
    private static final int CASES = 2_000;

    private static Table table() {
        return Table.create("t",
                StringColumn.create("a", " 张伟 ", "", "Ann", "1,5"),
                DoubleColumn.create("income", 10, Double.NaN, 1e308, -1e308),
                IntColumn.create("n", 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0),
                StringColumn.create("名字", "x", "x", "y", null),
                DateColumn.create("b", LocalDate.of(1990, 6, 15), null, LocalDate.of(1, 1, 1),
                        LocalDate.of(9999, 12, 31)));
    }

    static String seedRecipe() {
        return new CleaningPipeline(List.of(
                new DropDuplicates(List.of("a")),
                new FillMissing("income", FillMissing.Strategy.MEDIAN, null),
                new FillMissing("b", FillMissing.Strategy.CONSTANT, "2000-01-01"),
                new DropMissing(List.of("名字")),
                new HandleOutliers("income", HandleOutliers.Method.IQR, 1.5, HandleOutliers.Action.CLIP),
                new NormaliseText("a", true, true, NormaliseText.TextCase.TITLE),
                new ParseColumn("a", ColumnType.DECIMAL, null, ','),
                new ScaleColumn("n", ScaleColumn.Method.Z_SCORE),
                new OneHotEncode("名字", 3, true),
                new DeriveColumn("b", DeriveColumn.Derivation.AGE_YEARS, "age", LocalDate.of(2025, 1, 1))))
                .toJson();
    }

    @Test
    void mutatedRecipesAreRefusedOrAppliedWithOnlyCleaningExceptions() {
        String seed = seedRecipe();
        Table table = table();
        SplittableRandom random = new SplittableRandom(7_031L);
        for (int i = 0; i < CASES; i++) {
            String doc = Mutations.json(seed, random);
            int caseNo = i;
            FuzzCheck.check("recipe case " + i, doc, () -> {
                CleaningPipeline pipeline = CleaningPipeline.fromJson(doc);
                for (CleaningStep step : pipeline.steps()) {
                    step.describe();
                    // Each step on its own, so a refusal of one does not hide a crash in a later one.
                    FuzzCheck.check("recipe case step", step, () -> step.apply(table), CleaningException.class);
                }
                if (caseNo % 5 == 0) {
                    pipeline.apply(table, Progress.NONE); // chained: a step sees the previous step's output
                }
            }, CleaningException.class);
        }
    }
}
