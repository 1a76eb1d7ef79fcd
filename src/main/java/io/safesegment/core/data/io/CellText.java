package io.safesegment.core.data.io;

import java.math.BigDecimal;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/** Turns cells into export text: ISO dates, plain (non-scientific) numbers, and formula neutralisation. */
public final class CellText {
    private CellText() {
    }

    /** The cell as text; missing cells are the empty string. */
    public static String of(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        return switch (column) {
            case IntColumn c -> Integer.toString(c.getInt(row));
            case LongColumn c -> Long.toString(c.getLong(row));
            case DoubleColumn c -> number(c.getDouble(row));
            case BooleanColumn c -> Boolean.toString(c.get(row));
            case DateColumn c -> c.get(row).toString();
            case DateTimeColumn c -> c.get(row).toString();
            case StringColumn c -> c.get(row);
            default -> column.getString(row);
        };
    }

    /** Shortest round-trip decimal text, without exponent notation. */
    public static String number(double v) {
        String s = Double.toString(v);
        if (s.indexOf('E') < 0) {
            return s;
        }
        return new BigDecimal(s).toPlainString();
    }

    /** Whether a spreadsheet would treat {@code text} as a formula (or a DDE/command injection vector). */
    public static boolean isFormulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Whether cells of this column are free text and so may need neutralising. */
    public static boolean isTextColumn(Column<?> column) {
        return column instanceof StringColumn;
    }
}
