package io.safesegment.spark;

import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.clean.CleaningStep;
import io.safesegment.core.data.clean.HandleOutliers;
import io.safesegment.core.data.clean.OneHotEncode;
import io.safesegment.core.data.clean.ScaleColumn;
import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * One cleaning step as executors run it on a chunk: the desktop's step (its recipe JSON, as the core's steps are not
 * serialisable) and, for a step whose result depends on the whole column, the statistic the driver computed from
 * the whole column ({@link SparkCleanStatistics}). With the statistic fixed, the desktop's own code cleans every
 * chunk as it would clean the whole table.
 *
 * @param stepJson   the step as a one-element JSON array ({@link CleaningPipeline#toJson()})
 * @param bounds     outliers: the fences {@code [lo, hi]}; scaling: the shift and divisor; otherwise null
 * @param categories one-hot: the sorted categories of the whole column; otherwise null
 */
record FixedCleaningStep(String stepJson, double[] bounds, String[] categories) implements Serializable {

    /** A row-local step, run as it is. */
    static FixedCleaningStep of(CleaningStep step) {
        return new FixedCleaningStep(json(step), null, null);
    }

    /** Outliers clipped or removed outside fences computed from the whole column. */
    static FixedCleaningStep outliers(HandleOutliers step, double[] fences) {
        return new FixedCleaningStep(json(step), fences.clone(), null);
    }

    /** A column scaled with the whole column's shift and divisor. */
    static FixedCleaningStep scale(ScaleColumn step, double[] shiftAndDivisor) {
        return new FixedCleaningStep(json(step), shiftAndDivisor.clone(), null);
    }

    /** A one-hot encoding with the whole column's categories. */
    static FixedCleaningStep oneHot(OneHotEncode step, java.util.SortedSet<String> categories) {
        return new FixedCleaningStep(json(step), null, categories.toArray(String[]::new));
    }

    private static String json(CleaningStep step) {
        return new CleaningPipeline(List.of(step)).toJson();
    }

    /** The step applied to one chunk (a copy; {@code table} is not changed). */
    Table apply(Table table) {
        CleaningStep step = CleaningPipeline.fromJson(stepJson).steps().get(0);
        return switch (step) {
            case HandleOutliers h when bounds != null -> h.applyWithin(table, bounds[0], bounds[1]).table();
            case ScaleColumn s when bounds != null -> s.applyScaled(table, bounds[0], bounds[1]).table();
            case OneHotEncode o when categories != null -> o.applyCategories(table,
                    new TreeSet<>(List.of(categories))).table();
            default -> step.apply(table).table();
        };
    }

    /** The steps applied in order (on the driver: to an empty chunk, for the output's columns and types). */
    static Table applyAll(Table table, List<FixedCleaningStep> steps) {
        Table t = table;
        for (FixedCleaningStep s : steps) {
            t = s.apply(t);
        }
        return t;
    }
}
