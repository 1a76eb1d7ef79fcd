package io.safesegment.core.segment.features;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.CustomerIds;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads cell values whatever type the importer gave a column (number, text, date, date-time), so the feature code
 * does not depend on how a file was typed.
 */
public final class ColumnValues {

    /** Spellings of dates in common exports (e.g. the online-retail {@code 12/1/2010 8:26}), month first. */
    private static final List<DateTimeFormatter> OTHER_DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu[ H:mm[:ss]]"), DateTimeFormatter.ofPattern("uuuu/M/d[ H:mm[:ss]]"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd[ H:mm[:ss]]"), DateTimeFormatter.ofPattern("d.M.uuuu[ H:mm[:ss]]"));

    private ColumnValues() {
    }

    /** The named column, or an error listing the columns there are. */
    public static Column<?> require(Table table, String name, String what) {
        if (!table.containsColumn(name)) {
            throw new FeatureException(Message.of("features.columnValues.hasNoColumn", what, name, table.columnNames()));
        }
        return table.column(name);
    }

    /**
     * The column playing {@code role} in {@code table} according to {@code roles}, or an error saying how to map it.
     */
    public static Column<?> require(Table table, RoleMapping roles, SemanticRole role, Message what) {
        try {
            return table.column(roles.require(role, table, what));
        } catch (IllegalArgumentException e) {
            throw FeatureException.from(e);
        }
    }

    /** The column playing {@code role}, or null when the role is not mapped or its column is absent. */
    public static Column<?> optional(Table table, RoleMapping roles, SemanticRole role) {
        return roles.column(role).filter(table::containsColumn).map(table::column).orElse(null);
    }

    /** The customer id of a cell; null when missing or a missing-value token such as {@code NA}. */
    public static String customerId(Column<?> column, int row) {
        return CustomerIds.orNull(text(column, row));
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
            throw new FeatureException(Message.of("features.error.notNumber",
                    io.safesegment.core.PrintableText.of(column.name(), 64), row + 1, s.length()));
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
            for (DateTimeFormatter f : OTHER_DATE_FORMATS) {
                try {
                    return LocalDate.from(f.parse(s));
                } catch (DateTimeParseException notThis) {
                    // try the next spelling
                }
            }
            throw new FeatureException(Message.of("features.error.notDate",
                    io.safesegment.core.PrintableText.of(column.name(), 64), row + 1));
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
