package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Generalises dates to a month ({@code 2024-03}), quarter ({@code 2024-Q1}) or year ({@code 2024}). Accepts date,
 * date-time and ISO text columns; text that is not a date is a {@link MaskingException} naming the column and row.
 */
public final class DateGeneraliseOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "generalise-date";

    /** How coarse the output is. */
    public enum Level { MONTH, QUARTER, YEAR }

    private final Level level;

    /** @param level the granularity of the output */
    public DateGeneraliseOperator(Level level) {
        if (level == null) {
            throw new InvalidParameterException(ID, "level", Message.of("mask.dateGeneraliseOperator.mustBeOneOf", java.util.Arrays.toString(Level.values())));
        }
        this.level = level;
    }

    /** Parses the level parameter case-insensitively. */
    public static Level parseLevel(String text) {
        try {
            return Level.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidParameterException(ID, "level", Message.of("mask.dateGeneraliseOperator.mustBeOneOf2", java.util.Arrays.toString(Level.values()), InvalidParameterException.shown(text)));
        }
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
        return true; // a full date never equals its month, quarter or year
    }

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        if (column instanceof DateColumn dates) {
            return applyPerDistinctDate(dates);
        }
        String[] out = new String[column.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = column.isMissing(i) ? StringColumnValues.MISSING : label(dateAt(column, i));
        }
        return StringColumnValues.column(column.name(), out);
    }

    /**
     * Dates repeat (a million birth dates hold ~30,000 distinct days): each distinct day, found by Tablesaw's packed
     * int, is labelled once and the result column is built from per-row codes.
     */
    private Column<?> applyPerDistinctDate(DateColumn column) {
        int n = column.size();
        int[] codes = new int[n];
        Int2IntOpenHashMap dayToCode = new Int2IntOpenHashMap();
        dayToCode.defaultReturnValue(-1);
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (column.isMissing(r)) {
                codes[r] = -1;
                continue;
            }
            int day = column.getIntInternal(r);
            int code = dayToCode.get(day);
            if (code < 0) {
                code = labels.size();
                labels.add(label(column.get(r)));
                dayToCode.put(day, code);
            }
            codes[r] = code;
        }
        return StringColumnValues.fromCodes(column.name(), codes, labels.toArray(String[]::new));
    }

    /** The generalised label of one date. */
    public String label(LocalDate date) {
        return switch (level) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
        };
    }

    private static LocalDate dateAt(Column<?> column, int row) {
        if (column instanceof DateColumn dc) {
            return dc.get(row);
        }
        if (column instanceof DateTimeColumn dtc) {
            return dtc.get(row).toLocalDate();
        }
        String text = column.getString(row);
        try {
            return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MaskingException(Message.of("mask.dateGeneraliseOperator.generaliseDateColumn", column.name(), row + 1));
        }
    }
}
