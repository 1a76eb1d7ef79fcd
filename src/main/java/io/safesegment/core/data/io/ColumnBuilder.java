package io.safesegment.core.data.io;

import io.safesegment.core.data.ColumnType;
import java.util.Arrays;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.DateColumnType;
import tech.tablesaw.columns.datetimes.DateTimeColumnType;

/**
 * Collects one column's values into a primitive array and builds the Tablesaw column at the end, which is much
 * faster than appending cell by cell through Tablesaw's parsers. {@link #put} writes at a row index so that a
 * rejected row is simply overwritten by the next one.
 */
abstract class ColumnBuilder {
    final String name;
    private final Set<String> missing;
    private final int longestMissing;

    ColumnBuilder(String name, Set<String> missing) {
        this.name = name;
        this.missing = missing;
        this.longestMissing = missing.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Whether {@code value} is a missing-value token; the length check skips the set lookup for most values. */
    final boolean isMissing(String value) {
        return value.length() <= longestMissing && missing.contains(value);
    }

    /** Stores {@code value} at {@code row}; false when it is not a valid value of this type. */
    abstract boolean put(int row, String value);

    /**
     * Stores the field {@code b[from, from + length)} at {@code row} when it is a plain ASCII number this builder can
     * take without making a String; false (nothing decided, nothing to report) sends the field down the text path of
     * {@link #put}. Only numeric builders take the shortcut; a field as short as a missing-value token never does.
     */
    boolean putAscii(int row, byte[] b, int from, int length) {
        return false;
    }

    /** Whether a field of {@code length} ASCII bytes could be a missing-value token. */
    final boolean mayBeMissing(int length) {
        return length <= longestMissing;
    }

    /** Builds the column from rows {@code 0..rows-1}. */
    abstract Column<?> build(int rows);

    /**
     * Copies rows {@code 0..count-1} of {@code from} (a builder of the same kind, filled by a parallel chunk) to rows
     * {@code at..at+count-1} of this one.
     */
    abstract void copyRows(ColumnBuilder from, int count, int at);

    static ColumnBuilder of(ColumnSpec spec, Set<String> missing, char decimalSeparator) {
        return switch (spec.type()) {
            case INTEGER -> new IntegerBuilder(spec.name(), missing);
            case DECIMAL -> new DecimalBuilder(spec.name(), missing, decimalSeparator);
            case BOOLEAN -> new BooleanBuilder(spec.name(), missing);
            case DATE -> new DateBuilder(spec.name(), missing, ValueParsers.dateParser(spec.pattern()));
            case DATE_TIME -> new DateTimeBuilder(spec.name(), missing, ValueParsers.dateTimeParser(spec.pattern()));
            case TEXT, CATEGORY -> new TextBuilder(spec.name());
        };
    }

    static int grow(int length, int row) {
        return Math.max(row + 1, length + (length >> 1) + 16);
    }

    /** Which type a column whose value failed should be re-read as. */
    static ColumnType widen(ColumnType type, String failedValue, char decimalSeparator) {
        if (type == ColumnType.INTEGER && !Double.isNaN(ValueParsers.parseDecimal(failedValue, decimalSeparator))) {
            return ColumnType.DECIMAL;
        }
        return ColumnType.TEXT;
    }

    static final class IntegerBuilder extends ColumnBuilder {
        private long[] values = new long[1024];
        private boolean needsLong;

        IntegerBuilder(String name, Set<String> missing) {
            super(name, missing);
        }

        @Override
        boolean put(int row, String value) {
            if (row >= values.length) {
                values = Arrays.copyOf(values, grow(values.length, row));
            }
            if (isMissing(value)) {
                values[row] = Long.MIN_VALUE;
                return true;
            }
            long v = ValueParsers.parseInteger(value);
            if (v == ValueParsers.NOT_AN_INTEGER) {
                return false;
            }
            if (v <= Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                needsLong = true;
            }
            values[row] = v;
            return true;
        }

        @Override
        boolean putAscii(int row, byte[] b, int from, int length) {
            if (mayBeMissing(length)) {
                return false;
            }
            long v = ValueParsers.parseIntegerAscii(b, from, length);
            if (v == ValueParsers.NOT_AN_INTEGER) {
                return false;
            }
            if (row >= values.length) {
                values = Arrays.copyOf(values, grow(values.length, row));
            }
            if (v <= Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                needsLong = true;
            }
            values[row] = v;
            return true;
        }

        @Override
        void copyRows(ColumnBuilder from, int count, int at) {
            IntegerBuilder other = (IntegerBuilder) from;
            if (at + count > values.length) {
                values = Arrays.copyOf(values, at + count);
            }
            System.arraycopy(other.values, 0, values, at, count);
            needsLong |= other.needsLong;
        }

        @Override
        Column<?> build(int rows) {
            if (needsLong) {
                return LongColumn.create(name, Arrays.copyOf(values, rows));
            }
            int[] ints = new int[rows];
            for (int i = 0; i < rows; i++) {
                long v = values[i];
                ints[i] = v == Long.MIN_VALUE ? Integer.MIN_VALUE : (int) v;
            }
            return IntColumn.create(name, ints);
        }
    }

    static final class DecimalBuilder extends ColumnBuilder {
        private final char separator;
        private double[] values = new double[1024];

        DecimalBuilder(String name, Set<String> missing, char separator) {
            super(name, missing);
            this.separator = separator;
        }

        @Override
        boolean put(int row, String value) {
            if (row >= values.length) {
                values = Arrays.copyOf(values, grow(values.length, row));
            }
            if (isMissing(value)) {
                values[row] = Double.NaN;
                return true;
            }
            double v = ValueParsers.parseDecimal(value, separator);
            values[row] = v;
            return !Double.isNaN(v);
        }

        @Override
        boolean putAscii(int row, byte[] b, int from, int length) {
            if (mayBeMissing(length)) {
                return false;
            }
            double v = ValueParsers.parseDecimalAscii(b, from, length, separator);
            if (Double.isNaN(v)) {
                return false;
            }
            if (row >= values.length) {
                values = Arrays.copyOf(values, grow(values.length, row));
            }
            values[row] = v;
            return true;
        }

        @Override
        void copyRows(ColumnBuilder from, int count, int at) {
            DecimalBuilder other = (DecimalBuilder) from;
            if (at + count > values.length) {
                values = Arrays.copyOf(values, at + count);
            }
            System.arraycopy(other.values, 0, values, at, count);
        }

        @Override
        Column<?> build(int rows) {
            // Tablesaw copies the array anyway: no second copy when the merge sized it exactly
            return DoubleColumn.create(name, values.length == rows ? values : Arrays.copyOf(values, rows));
        }
    }

    static final class BooleanBuilder extends ColumnBuilder {
        private byte[] values = new byte[1024];

        BooleanBuilder(String name, Set<String> missing) {
            super(name, missing);
        }

        @Override
        boolean put(int row, String value) {
            if (row >= values.length) {
                values = Arrays.copyOf(values, grow(values.length, row));
            }
            if (isMissing(value)) {
                values[row] = -1;
                return true;
            }
            int v = ValueParsers.parseBoolean(value);
            values[row] = (byte) v;
            return v >= 0;
        }

        @Override
        void copyRows(ColumnBuilder from, int count, int at) {
            BooleanBuilder other = (BooleanBuilder) from;
            if (at + count > values.length) {
                values = Arrays.copyOf(values, at + count);
            }
            System.arraycopy(other.values, 0, values, at, count);
        }

        @Override
        Column<?> build(int rows) {
            BooleanColumn c = BooleanColumn.create(name);
            for (int i = 0; i < rows; i++) {
                if (values[i] < 0) {
                    c.appendMissing();
                } else {
                    c.append(values[i] == 1);
                }
            }
            return c;
        }
    }

    static final class DateBuilder extends ColumnBuilder {
        private final ValueParsers.DateParser parser;
        private int[] values = new int[1024];

        DateBuilder(String name, Set<String> missing, ValueParsers.DateParser parser) {
            super(name, missing);
            this.parser = parser;
        }

        @Override
        boolean put(int row, String value) {
            if (row >= values.length) {
                values = Arrays.copyOf(values, grow(values.length, row));
            }
            if (isMissing(value)) {
                values[row] = DateColumnType.missingValueIndicator();
                return true;
            }
            int v = parser.parse(value);
            values[row] = v;
            return v != ValueParsers.NOT_A_DATE;
        }

        @Override
        void copyRows(ColumnBuilder from, int count, int at) {
            DateBuilder other = (DateBuilder) from;
            if (at + count > values.length) {
                values = Arrays.copyOf(values, at + count);
            }
            System.arraycopy(other.values, 0, values, at, count);
        }

        @Override
        Column<?> build(int rows) {
            return DateColumn.createInternal(name, Arrays.copyOf(values, rows));
        }
    }

    static final class DateTimeBuilder extends ColumnBuilder {
        private final ValueParsers.DateTimeParser parser;
        private long[] values = new long[1024];

        DateTimeBuilder(String name, Set<String> missing, ValueParsers.DateTimeParser parser) {
            super(name, missing);
            this.parser = parser;
        }

        @Override
        boolean put(int row, String value) {
            if (row >= values.length) {
                values = Arrays.copyOf(values, grow(values.length, row));
            }
            if (isMissing(value)) {
                values[row] = DateTimeColumnType.missingValueIndicator();
                return true;
            }
            long v = parser.parse(value);
            values[row] = v;
            return v != ValueParsers.NOT_A_DATE_TIME;
        }

        @Override
        void copyRows(ColumnBuilder from, int count, int at) {
            DateTimeBuilder other = (DateTimeBuilder) from;
            if (at + count > values.length) {
                values = Arrays.copyOf(values, at + count);
            }
            System.arraycopy(other.values, 0, values, at, count);
        }

        @Override
        Column<?> build(int rows) {
            return DateTimeColumn.createInternal(name, Arrays.copyOf(values, rows));
        }
    }

    static final class TextBuilder extends ColumnBuilder {
        private String[] values = new String[1024];

        TextBuilder(String name) {
            super(name, Set.of(""));
        }

        @Override
        boolean put(int row, String value) {
            if (row >= values.length) {
                values = Arrays.copyOf(values, grow(values.length, row));
            }
            values[row] = value;
            return true;
        }

        @Override
        void copyRows(ColumnBuilder from, int count, int at) {
            TextBuilder other = (TextBuilder) from;
            if (at + count > values.length) {
                values = Arrays.copyOf(values, at + count);
            }
            System.arraycopy(other.values, 0, values, at, count);
        }

        @Override
        Column<?> build(int rows) {
            return TextColumns.create(name, values, rows);
        }
    }
}
