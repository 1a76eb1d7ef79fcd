package io.safesegment.core.data.clean;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Arrays;
import java.util.PrimitiveIterator;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Rescales a numeric column in place (the result is a decimal column of the same name).
 *
 * @param column numeric column
 * @param method z-score ({@code (x - mean) / sd}) or min-max to {@code [0, 1]}
 */
public record ScaleColumn(String column, Method method) implements CleaningStep {
    /** Scaling methods. */
    public enum Method {
        /** Standardise to mean 0, sample standard deviation 1. */
        Z_SCORE,
        /** Map the minimum to 0 and the maximum to 1. */
        MIN_MAX
    }

    /** Validates the step. */
    public ScaleColumn {
        if (method == null) {
            throw new LocalizedArgumentException(Message.of("clean.scaleColumn.chooseAScalingMethod"));
        }
    }

    @Override
    public StepOutcome apply(Table table) {
        double[] v = Columns.numeric(table, column).asDoubleArray();
        double[] ab = statistics(() -> Arrays.stream(v));
        return applyScaled(table, ab[0], ab[1]);
    }

    /**
     * The shift {@code a} and divisor {@code b} of {@code (x - a) / b} from the column's values in file order
     * (missing ones as NaN or left out). The z-score's plain sums depend on that order, so an engine that cannot
     * hold the column streams it twice in file order; the minimum and maximum do not (decision 0037).
     */
    public double[] statistics(Supplier<DoubleStream> valuesInFileOrder) {
        double a;
        double b;
        if (method == Method.Z_SCORE) {
            double sum = 0;
            long k = 0;
            PrimitiveIterator.OfDouble it = valuesInFileOrder.get().iterator();
            while (it.hasNext()) {
                double x = it.nextDouble();
                if (!Double.isNaN(x)) {
                    sum += x;
                    k++;
                }
            }
            double mean = k == 0 ? 0 : sum / k;
            double ss = 0;
            it = valuesInFileOrder.get().iterator();
            while (it.hasNext()) {
                double x = it.nextDouble();
                if (!Double.isNaN(x)) {
                    ss += (x - mean) * (x - mean);
                }
            }
            double sd = k > 1 ? Math.sqrt(ss / (k - 1)) : 0;
            a = mean;
            b = sd == 0 ? 1 : sd;
        } else {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            PrimitiveIterator.OfDouble it = valuesInFileOrder.get().iterator();
            while (it.hasNext()) {
                double x = it.nextDouble();
                if (!Double.isNaN(x)) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
            a = Double.isInfinite(min) ? 0 : min;
            b = max > min ? max - min : 1;
        }
        return new double[] {a, b};
    }

    /**
     * This step with a fixed shift and divisor ({@link #statistics}) instead of the ones the column would give, so a
     * chunk of a larger table is scaled as the whole table would be.
     */
    public StepOutcome applyScaled(Table table, double a, double b) {
        Table out = table.copy();
        double[] v = Columns.numeric(out, column).asDoubleArray();
        double[] scaled = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            scaled[i] = Double.isNaN(v[i]) ? Double.NaN : (v[i] - a) / b;
        }
        Columns.replace(out, DoubleColumn.create(column, scaled));
        return StepOutcome.of(out, "\"" + column + "\" scaled (" + method + ")", v.length);
    }

    @Override
    public String describe() {
        return (method == Method.Z_SCORE ? "Standardise " : "Min-max scale ") + column;
    }
}
