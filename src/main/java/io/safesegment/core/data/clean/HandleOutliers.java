package io.safesegment.core.data.clean;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Arrays;
import java.util.PrimitiveIterator;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
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
        double[] bounds;
        if (method == Method.IQR) {
            bounds = iqrBounds(quantile(v, 0.25), quantile(v, 0.75));
        } else {
            bounds = zScoreBounds(() -> Arrays.stream(v));
        }
        return applyWithin(table, bounds[0], bounds[1]);
    }

    /**
     * Tukey's fences {@code [q1 - k*IQR, q3 + k*IQR]} from the column's quartiles (the same arithmetic for every
     * engine: the Spark engine finds the quartiles with a distributed sort, decision 0037).
     */
    public double[] iqrBounds(double q1, double q3) {
        double iqr = q3 - q1;
        return new double[] {q1 - threshold * iqr, q3 + threshold * iqr};
    }

    /**
     * {@code mean -/+ k*sd} of the column's non-missing values given twice in ascending order (the mean's
     * compensated sum and the plain sum of squares both depend on that order, so an engine that cannot hold the
     * column streams it twice).
     */
    public double[] zScoreBounds(Supplier<DoubleStream> sortedValues) {
        double mean = sortedValues.get().average().orElseThrow();
        double ss = 0;
        long n = 0;
        PrimitiveIterator.OfDouble it = sortedValues.get().iterator();
        while (it.hasNext()) {
            double x = it.nextDouble();
            ss += (x - mean) * (x - mean);
            n++;
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        return new double[] {mean - threshold * sd, mean + threshold * sd};
    }

    /**
     * This step with fixed bounds instead of the ones the column would give: clips or removes the values outside
     * {@code [lo, hi]} row by row, so a chunk of a larger table is cleaned as the whole table would be.
     */
    public StepOutcome applyWithin(Table table, double lo, double hi) {
        NumericColumn<?> source = Columns.numeric(table, column);
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
        long[] at = quantilePositions(sorted.length, q);
        return quantile(sorted.length, q, sorted[(int) at[0]], sorted[(int) at[1]]);
    }

    /** The two positions (0-based, ascending order) of {@code n} sorted values that the quantile {@code q} reads. */
    public static long[] quantilePositions(long n, double q) {
        double pos = q * (n - 1);
        long i = (long) Math.floor(pos);
        return new long[] {i, Math.min(i + 1, n - 1)};
    }

    /** The quantile {@code q} of {@code n} sorted values from the two values at {@link #quantilePositions}. */
    public static double quantile(long n, double q, double atLower, double atUpper) {
        double pos = q * (n - 1);
        long i = (long) Math.floor(pos);
        return atLower + (pos - i) * (atUpper - atLower);
    }

    @Override
    public String describe() {
        return (action == Action.CLIP ? "Clip" : "Remove") + " outliers of " + column + " (" + method + " "
                + threshold + ")";
    }
}
