package io.safesegment.core.data.clean;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Clips or removes outliers of a numeric column.
 *
 * @param column    numeric column
 * @param method    IQR (outside {@code [Q1 - k*IQR, Q3 + k*IQR]}) or z-score ({@code |z| > k})
 * @param threshold k (typically 1.5 for IQR, 3 for z-score)
 * @param action    clip to the bounds or remove the rows
 */
public record HandleOutliers(String column, Method method, double threshold, Action action) implements CleaningStep {
    /** How outliers are detected. */
    public enum Method {
        /** Tukey's fences on the inter-quartile range. */
        IQR,
        /** Distance from the mean in standard deviations. */
        Z_SCORE
    }

    /** What happens to an outlier. */
    public enum Action {
        /** Replace by the nearest bound. */
        CLIP,
        /** Remove the row. */
        REMOVE
    }

    /** Validates the step. */
    public HandleOutliers {
        if (method == null || action == null) {
            throw new LocalizedArgumentException(Message.of("clean.handleOutliers.chooseAMethodAnd"));
        }
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new LocalizedArgumentException(Message.of("clean.handleOutliers.theThresholdMustBe"));
        }
    }

    @Override
    public StepOutcome apply(Table table) {
        NumericColumn<?> source = Columns.numeric(table, column);
        double[] v = Arrays.stream(source.asDoubleArray()).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return StepOutcome.of(table.copy(), "no values in \"" + column + "\"", 0);
        }
        double lo;
        double hi;
        if (method == Method.IQR) {
            double q1 = quantile(v, 0.25);
            double q3 = quantile(v, 0.75);
            double iqr = q3 - q1;
            lo = q1 - threshold * iqr;
            hi = q3 + threshold * iqr;
        } else {
            double mean = Arrays.stream(v).average().orElseThrow();
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0;
            lo = mean - threshold * sd;
            hi = mean + threshold * sd;
        }
        if (action == Action.REMOVE) {
            Selection keep = new BitmapBackedSelection();
            for (int r = 0; r < source.size(); r++) {
                double x = source.getDouble(r);
                if (Double.isNaN(x) || (x >= lo && x <= hi)) {
                    keep.add(r);
                }
            }
            Table out = table.where(keep);
            int removed = table.rowCount() - out.rowCount();
            return StepOutcome.of(out, removed + " outlier rows removed from \"" + column + "\"", removed);
        }
        Table out = table.copy();
        NumericColumn<?> c = (NumericColumn<?>) out.column(column);
        long clipped = 0;
        for (int r = 0; r < c.size(); r++) {
            double x = c.getDouble(r);
            if (!Double.isNaN(x) && (x < lo || x > hi)) {
                double bound = x < lo ? lo : hi;
                switch (c) {
                    case IntColumn i -> i.set(r, (int) (x < lo ? Math.ceil(bound) : Math.floor(bound)));
                    case LongColumn l -> l.set(r, (long) (x < lo ? Math.ceil(bound) : Math.floor(bound)));
                    case DoubleColumn d -> d.set(r, bound);
                    default -> throw new CleaningException(Message.of("clean.handleOutliers.column", column));
                }
                clipped++;
            }
        }
        return StepOutcome.of(out, clipped + " outliers in \"" + column + "\" clipped to [" + lo + ", " + hi + "]",
                clipped);
    }

    /** Linear-interpolation quantile (numpy's default) of sorted values. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(i + 1, sorted.length - 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    @Override
    public String describe() {
        return (action == Action.CLIP ? "Clip" : "Remove") + " outliers of " + column + " (" + method + " "
                + threshold + ")";
    }
}
