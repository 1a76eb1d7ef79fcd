package io.safesegment.core.segment.features;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads cell values whatever type the importer gave a column (number, text, date, date-time), so the feature code
 * does not depend on how a file was typed.
 */
public final class ColumnValues {

    private ColumnValues() {
    }

    /** The named column, or an error listing the columns there are. */
    public static Column<?> require(Table table, String name, String what) {
        if (!table.containsColumn(name)) {
            throw new FeatureException(what + " has no column '" + name + "'; columns are " + table.columnNames());
        }
        return table.column(name);
    }

    /** Trimmed text of a cell; {@code null} when missing or blank. */
    public static String text(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return null;
        }
        String s = column.getString(row).trim();
        return s.isEmpty() ? null : s;
    }

    /** Numeric value of a cell, parsing text; NaN when missing. */
    public static double number(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return Double.NaN;
        }
        if (column instanceof NumericColumn<?> nc) {
            return nc.getDouble(row);
        }
        String s = column.getString(row).trim();
        try {
            return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            // The cell itself is not quoted: a text column chosen by mistake may hold names, e-mails or ids.
            throw new FeatureException("Column '" + io.safesegment.core.text.Printable.of(column.name(), 64)
                    + "' row " + (row + 1) + ": the value (" + s.length() + " characters of text) is not a number;"
                    + " fix the value or leave the column out of the features");
        }
    }

    /** Date of a date, date-time or ISO text cell; {@code null} when missing. */
    public static LocalDate date(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return null;
        }
        Object v = column.get(row);
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        String s = column.getString(row).trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return s.length() > 10 ? LocalDateTime.parse(s).toLocalDate() : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new FeatureException("Column '" + io.safesegment.core.text.Printable.of(column.name(), 64)
                    + "' row " + (row + 1) + ": the value is not an ISO date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)");
        }
    }

    /** Whether the column holds numbers. */
    public static boolean isNumeric(Column<?> column) {
        return column instanceof NumericColumn<?>;
    }

    /** Whether the column holds dates or date-times. */
    public static boolean isDate(Column<?> column) {
        return column.type().name().startsWith("LOCAL_DATE");
    }
}
