package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * Top and bottom coding: values above {@code upper} become {@code upper}, values below {@code lower} become
 * {@code lower}, so the rare extremes that single people out (the one customer earning 2 million) disappear while
 * the bulk of the distribution is untouched. Output is numeric.
 */
public final class TopBottomCodingOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "top-bottom-code";

    private final double lower;
    private final double upper;

    /** @param lower lower bound (use {@code -Infinity} for none) @param upper upper bound (≥ lower) */
    public TopBottomCodingOperator(double lower, double upper) {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new InvalidParameterException(ID, Double.isNaN(lower) ? "lower" : "upper", Message.of("mask.topBottomCodingOperator.mustBeANumber"));
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.GENERALISED;
    }

    @Override
    public boolean neverReturnsInput() {
        return false; // values inside the bounds are kept
    }

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        double[] values = NumericValues.read(column, ID);
        DoubleColumn out = DoubleColumn.create(column.name(), values.length);
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                out.setMissing(i);
            } else {
                out.set(i, Math.min(upper, Math.max(lower, v)));
            }
        }
        return out;
    }
}
