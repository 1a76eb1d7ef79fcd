package io.safesegment.core.data.clean;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
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
        Table out = table.copy();
        NumericColumn<?> source = Columns.numeric(out, column);
        double[] v = source.asDoubleArray();
        double a;
        double b;
        if (method == Method.Z_SCORE) {
            double sum = 0;
            int k = 0;
            for (double x : v) {
                if (!Double.isNaN(x)) {
                    sum += x;
                    k++;
                }
            }
            double mean = k == 0 ? 0 : sum / k;
            double ss = 0;
            for (double x : v) {
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
            for (double x : v) {
                if (!Double.isNaN(x)) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
            a = Double.isInfinite(min) ? 0 : min;
            b = max > min ? max - min : 1;
        }
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
