package io.safesegment.core.data.pg;

import io.safesegment.core.data.ColumnType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Appends one result-set column, row by row, to the Tablesaw column that matches its JDBC type. Primitive getters
 * are used with {@link ResultSet#wasNull()} so numbers are never boxed; SQL NULL becomes the column's missing value.
 *
 * @param type   the SafeSegment type reported for the column
 * @param column the column being filled
 * @param cell   reads the current row's value into {@code column}
 */
record JdbcColumnReader(ColumnType type, Column<?> column, CellReader cell) {

    /** Reads one cell of the current row and appends it. */
    @FunctionalInterface
    interface CellReader {
        void append(ResultSet rs, int index) throws SQLException;
    }

    /** Appends the value of result-set column {@code index} (1-based) of the current row. */
    void read(ResultSet rs, int index) throws SQLException {
        cell.append(rs, index);
    }

    /** Picks the column kind for a JDBC type; {@code timestamptz} is normalised to UTC local date-times. */
    static JdbcColumnReader of(String name, int sqlType, String typeName) {
        if ("timestamptz".equalsIgnoreCase(typeName) || sqlType == Types.TIMESTAMP_WITH_TIMEZONE) {
            return zonedDateTimes(name);
        }
        return switch (sqlType) {
            case Types.SMALLINT, Types.TINYINT, Types.INTEGER -> ints(name);
            case Types.BIGINT -> longs(name);
            case Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL -> doubles(name);
            case Types.BOOLEAN, Types.BIT -> booleans(name);
            case Types.DATE -> dates(name);
            case Types.TIMESTAMP -> dateTimes(name);
            default -> texts(name);
        };
    }

    private static JdbcColumnReader ints(String name) {
        IntColumn c = IntColumn.create(name);
        return new JdbcColumnReader(ColumnType.INTEGER, c, (rs, i) -> {
            int x = rs.getInt(i);
            if (rs.wasNull()) {
                c.appendMissing();
            } else {
                c.append(x);
            }
        });
    }

    private static JdbcColumnReader longs(String name) {
        LongColumn c = LongColumn.create(name);
        return new JdbcColumnReader(ColumnType.INTEGER, c, (rs, i) -> {
            long x = rs.getLong(i);
            if (rs.wasNull()) {
                c.appendMissing();
            } else {
                c.append(x);
            }
        });
    }

    private static JdbcColumnReader doubles(String name) {
        DoubleColumn c = DoubleColumn.create(name);
        return new JdbcColumnReader(ColumnType.DECIMAL, c, (rs, i) -> {
            double x = rs.getDouble(i);
            if (rs.wasNull()) {
                c.appendMissing();
            } else {
                c.append(x);
            }
        });
    }

    private static JdbcColumnReader booleans(String name) {
        BooleanColumn c = BooleanColumn.create(name);
        return new JdbcColumnReader(ColumnType.BOOLEAN, c, (rs, i) -> {
            boolean x = rs.getBoolean(i);
            if (rs.wasNull()) {
                c.appendMissing();
            } else {
                c.append(x);
            }
        });
    }

    private static JdbcColumnReader dates(String name) {
        DateColumn c = DateColumn.create(name);
        return new JdbcColumnReader(ColumnType.DATE, c, (rs, i) -> c.append(rs.getObject(i, LocalDate.class)));
    }

    private static JdbcColumnReader dateTimes(String name) {
        DateTimeColumn c = DateTimeColumn.create(name);
        return new JdbcColumnReader(ColumnType.DATE_TIME, c,
                (rs, i) -> c.append(rs.getObject(i, LocalDateTime.class)));
    }

    private static JdbcColumnReader zonedDateTimes(String name) {
        DateTimeColumn c = DateTimeColumn.create(name);
        return new JdbcColumnReader(ColumnType.DATE_TIME, c, (rs, i) -> {
            OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
            if (t == null) {
                c.appendMissing();
            } else {
                c.append(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            }
        });
    }

    private static JdbcColumnReader texts(String name) {
        StringColumn c = StringColumn.create(name);
        return new JdbcColumnReader(ColumnType.TEXT, c, (rs, i) -> {
            String x = rs.getString(i);
            c.append(x == null ? "" : x);
        });
    }
}
