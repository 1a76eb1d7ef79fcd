package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.columns.Column;

/**
 * Generalises numbers to intervals, either of a fixed width ({@code 37 → "[30, 40)"}) or between custom edges
 * ({@code edges 18, 25, 35, 50}: {@code 37 → "[35, 50)"}, below the first edge {@code "< 18"}, from the last
 * {@code ">= 50"}). Intervals are closed on the left, so generalisation is monotone: a ≤ b implies bin(a) ≤ bin(b).
 */
public final class NumberBinOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "generalise-number";
    /** Smallest width a rule may declare; narrower bins do not generalise personal data. */
    public static final double MIN_WIDTH = 1e-9;
    /** Most bins a column may span; more means the width is absurdly small relative to the data. */
    public static final double MAX_BINS = 1e12;

    private final double width;
    private final double origin;
    private final double[] edges;

    private NumberBinOperator(double width, double origin, double[] edges) {
        this.width = width;
        this.origin = origin;
        this.edges = edges;
    }

    /** Fixed-width bins starting at {@code origin}. */
    public static NumberBinOperator fixedWidth(double width, double origin) {
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new InvalidParameterException(ID, "width", Message.of("mask.numberBinOperator.mustBeAPositive", String.valueOf(width)));
        }
        if (width < MIN_WIDTH) {
            throw new InvalidParameterException(ID, "width", Message.of("mask.numberBinOperator.mustBeAtLeast", String.valueOf(MIN_WIDTH), String.valueOf(width)));
        }
        if (!Double.isFinite(origin)) {
            throw new InvalidParameterException(ID, "origin", Message.of("mask.numberBinOperator.mustBeAFinite", String.valueOf(origin)));
        }
        return new NumberBinOperator(width, origin, null);
    }

    /** Bins between the given strictly increasing edges. */
    public static NumberBinOperator customEdges(double... edges) {
        if (edges == null || edges.length < 1) {
            throw new InvalidParameterException(ID, "edges", Message.of("mask.numberBinOperator.needsAtLeastOne"));
        }
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i])) {
                throw new InvalidParameterException(ID, "edges", Message.of("mask.numberBinOperator.mustBeFiniteNumbers", i + 1, String.valueOf(edges[i])));
            }
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw new InvalidParameterException(ID, "edges", Message.of("mask.numberBinOperator.mustBeStrictlyIncreasing", i + 1));
            }
        }
        return new NumberBinOperator(0, 0, edges.clone());
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
        return true; // an interval label is never a plain number
    }

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        double[] values = NumericValues.read(column, ID);
        requireMeaningfulWidth(values, column.name());
        // A million incomes fall into a few hundred bins: label each bin once (a label depends only on the bin).
        int[] codes = new int[values.length];
        Long2IntOpenHashMap binToCode = new Long2IntOpenHashMap();
        binToCode.defaultReturnValue(-1);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                codes[i] = -1;
                continue;
            }
            long bin = binIndex(values[i]);
            int code = binToCode.get(bin);
            if (code < 0) {
                code = labels.size();
                labels.add(label(values[i]));
                binToCode.put(bin, code);
            }
            codes[i] = code;
        }
        return StringColumnValues.fromCodes(column.name(), codes, labels.toArray(String[]::new));
    }

    /**
     * Refuses a width that is absurdly small relative to the data (1e-300 on incomes): the bin index would overflow
     * or the bin bounds would round to the value itself. The message names the column, never a value.
     */
    private void requireMeaningfulWidth(double[] values, String columnName) {
        if (edges != null) {
            return;
        }
        double maxDistance = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                if (Double.isInfinite(v)) {
                    throw new MaskingException(Message.of("mask.numberBinOperator.column", ID, columnName));
                }
                maxDistance = Math.max(maxDistance, Math.abs(v - origin));
            }
        }
        if (maxDistance / width > MAX_BINS) {
            throw new InvalidParameterException(ID, "width", Message.of("mask.numberBinOperator.isTooSmallFor", columnName, (long) MAX_BINS));
        }
    }

    /** The index of the bin holding {@code v}; bins are ordered like the numbers they hold. */
    public long binIndex(double v) {
        if (edges == null) {
            return (long) Math.floor((v - origin) / width);
        }
        int pos = Arrays.binarySearch(edges, v);
        return pos >= 0 ? pos + 1 : -pos - 1;
    }

    /** The label of the bin holding {@code v}. */
    public String label(double v) {
        if (edges == null) {
            long bin = binIndex(v);
            double lo = origin + bin * width;
            return "[" + format(lo) + ", " + format(lo + width) + ")";
        }
        int bin = (int) binIndex(v);
        if (bin == 0) {
            return "< " + format(edges[0]);
        }
        if (bin == edges.length) {
            return ">= " + format(edges[edges.length - 1]);
        }
        return "[" + format(edges[bin - 1]) + ", " + format(edges[bin]) + ")";
    }

    private static String format(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
