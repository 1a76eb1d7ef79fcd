package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import java.util.Arrays;
import java.util.Comparator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * Univariate microaggregation: sort the values, cut them into consecutive groups of at least {@code k} (the last
 * group absorbs a remainder smaller than k) and replace every value by its group's mean. Each output value is then
 * shared by at least k records, while the column mean is preserved exactly.
 */
public final class MicroaggregationOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "microaggregate";

    private final int k;

    /** @param k minimum group size, at least 2 */
    public MicroaggregationOperator(int k) {
        if (k < 2) {
            throw new InvalidParameterException(ID, "k", Message.of("mask.microaggregationOperator.mustBeAtLeast", k));
        }
        this.k = k;
    }

    /** The minimum group size. */
    public int k() {
        return k;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.PERTURBED;
    }

    @Override
    public boolean neverReturnsInput() {
        return false; // a group whose values are all equal keeps them
    }

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        double[] values = NumericValues.read(column, ID);
        Integer[] order = new Integer[values.length];
        int present = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                order[present++] = i;
            }
        }
        Integer[] rows = Arrays.copyOf(order, present);
        Arrays.sort(rows, Comparator.comparingDouble(r -> values[r]));
        DoubleColumn out = DoubleColumn.create(column.name(), values.length);
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                out.setMissing(i);
            }
        }
        int groups = Math.max(1, present / k);
        for (int g = 0; g < groups && present > 0; g++) {
            int from = g * k;
            int to = g == groups - 1 ? present : from + k;
            double sum = 0;
            for (int j = from; j < to; j++) {
                sum += values[rows[j]];
            }
            double mean = sum / (to - from);
            for (int j = from; j < to; j++) {
                out.set(rows[j].intValue(), mean);
            }
        }
        return out;
    }
}
