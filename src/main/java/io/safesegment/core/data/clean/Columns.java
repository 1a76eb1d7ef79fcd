package io.safesegment.core.data.clean;

import io.safesegment.core.data.io.CellText;
import io.safesegment.core.i18n.Message;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Column lookups with user-readable errors, shared by the steps. */
final class Columns {
    private Columns() {
    }

    static Column<?> require(Table t, String name) {
        if (name == null || !t.containsColumn(name)) {
            throw new CleaningException(Message.of("clean.columns.thereIsNoColumn", CleaningStepsJson.echo(name, 64), CleaningStepsJson.echo(t.columnNames().toString(), 300)));
        }
        return t.column(name);
    }

    static NumericColumn<?> numeric(Table t, String name) {
        Column<?> c = require(t, name);
        if (!(c instanceof NumericColumn<?> n)) {
            throw new CleaningException(Message.of("clean.columns.column", name, c.type().name()));
        }
        return n;
    }

    static StringColumn text(Table t, String name) {
        Column<?> c = require(t, name);
        if (!(c instanceof StringColumn s)) {
            throw new CleaningException(Message.of("clean.columns.column2", name, c.type().name()));
        }
        return s;
    }

    static void requireAll(Table t, List<String> names) {
        names.forEach(n -> require(t, n));
    }

    /** A row key over the given columns (all columns when empty); missing cells are distinguished from "". */
    static String rowKey(List<Column<?>> columns, int row) {
        StringBuilder sb = new StringBuilder();
        for (Column<?> c : columns) {
            if (c.isMissing(row)) {
                sb.append('\u0000');
            } else {
                sb.append(CellText.of(c, row));
            }
            sb.append('\u001F');
        }
        return sb.toString();
    }

    /** Replaces the column named like {@code replacement} in place, keeping the column order. */
    static void replace(Table t, Column<?> replacement) {
        int index = t.columnIndex(replacement.name());
        t.removeColumns(replacement.name());
        t.insertColumn(index, replacement);
    }
}
