package io.safesegment.core.data.clean;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Fills missing cells of one column.
 *
 * @param column   column to fill
 * @param strategy constant, mean, median (numbers) or mode (any type)
 * @param constant the value for {@link Strategy#CONSTANT}, as text (ISO format for dates)
 */
public record FillMissing(String column, Strategy strategy, String constant) implements CleaningStep {
    /** How the fill value is chosen. */
    public enum Strategy {
        /** A given value. */
        CONSTANT,
        /** Arithmetic mean (rounded for integer columns). */
        MEAN,
        /** Median (rounded for integer columns). */
        MEDIAN,
        /** Most frequent value; ties go to the value seen first. */
        MODE
    }

    /** Validates the step. */
    public FillMissing {
        if (strategy == null) {
            throw new LocalizedArgumentException(Message.of("clean.fillMissing.chooseAFillStrategy"));
        }
        if (strategy == Strategy.CONSTANT && constant == null) {
            throw new LocalizedArgumentException(Message.of("clean.fillMissing.aConstantFillNeeds"));
        }
    }

    @Override
    public StepOutcome apply(Table table) {
        Table out = table.copy();
        Column<?> c = Columns.require(out, column);
        Object value = fillValue(c);
        long filled = 0;
        if (value != null) {
            for (int r = 0; r < c.size(); r++) {
                if (c.isMissing(r)) {
                    set(c, r, value);
                    filled++;
                }
            }
        }
        return StepOutcome.of(out, filled + " missing cells in \"" + column + "\" filled", filled);
    }

    private Object fillValue(Column<?> c) {
        return switch (strategy) {
            case CONSTANT -> parseConstant(c);
            case MODE -> mode(c);
            case MEAN, MEDIAN -> {
                if (!(c instanceof NumericColumn<?> n)) {
                    throw new CleaningException(Message.of("clean.fillMissing.column", column, c.type().name()));
                }
                double[] v = Arrays.stream(n.asDoubleArray()).filter(d -> !Double.isNaN(d)).toArray();
                if (v.length == 0) {
                    yield null;
                }
                double x;
                if (strategy == Strategy.MEAN) {
                    x = Arrays.stream(v).average().orElseThrow();
                } else {
                    Arrays.sort(v);
                    x = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
                }
                yield numberFor(c, x);
            }
        };
    }

    private static Object numberFor(Column<?> c, double x) {
        if (c instanceof IntColumn) {
            return (int) Math.round(x);
        }
        if (c instanceof LongColumn) {
            return Math.round(x);
        }
        return x;
    }

    private Object parseConstant(Column<?> c) {
        try {
            return switch (c) {
                case IntColumn i -> Integer.parseInt(constant.strip());
                case LongColumn l -> Long.parseLong(constant.strip());
                case DoubleColumn d -> Double.parseDouble(constant.strip());
                case BooleanColumn b -> Boolean.parseBoolean(constant.strip());
                case DateColumn d -> LocalDate.parse(constant.strip());
                case DateTimeColumn d -> LocalDateTime.parse(constant.strip());
                default -> constant;
            };
        } catch (RuntimeException e) {
            throw new CleaningException(Message.of("clean.fillMissing.theFillValueIs", c.type().name(), column));
        }
    }

    private static Object mode(Column<?> c) {
        Map<Object, Integer> counts = new java.util.LinkedHashMap<>();
        for (int r = 0; r < c.size(); r++) {
            if (!c.isMissing(r)) {
                counts.merge(c.get(r), 1, Integer::sum);
            }
        }
        Object best = null;
        int bestCount = 0;
        for (Map.Entry<Object, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(Column<T> c, int row, Object value) {
        c.set(row, (T) value);
    }

    @Override
    public String describe() {
        return "Fill missing " + column + " with " + (strategy == Strategy.CONSTANT ? "a constant"
                : "the " + strategy.name().toLowerCase());
    }
}
