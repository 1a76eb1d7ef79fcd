package io.safesegment.core.data.clean;

import io.safesegment.core.data.io.CellText;
import io.safesegment.core.i18n.Message;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Replaces a category column by one 0/1 column per value, named {@code column=value} (sorted by value). Missing
 * cells give 0 everywhere.
 *
 * @param column        category column
 * @param maxCategories refuse columns with more distinct values (guards against encoding an identifier)
 * @param keepOriginal  keep the source column too
 */
public record OneHotEncode(String column, int maxCategories, boolean keepOriginal) implements CleaningStep {
    /** Validates the step. */
    public OneHotEncode {
        if (maxCategories < 1) {
            maxCategories = 100;
        }
    }

    @Override
    public StepOutcome apply(Table table) {
        Table out = table.copy();
        Column<?> c = Columns.require(out, column);
        TreeSet<String> values = new TreeSet<>();
        for (int r = 0; r < c.size(); r++) {
            if (!c.isMissing(r)) {
                values.add(CellText.of(c, r));
                if (values.size() > maxCategories) {
                    throw new CleaningException(Message.of("clean.oneHotEncode.column", column, maxCategories));
                }
            }
        }
        int index = out.columnIndex(column);
        int at = keepOriginal ? index + 1 : index;
        if (!keepOriginal) {
            out.removeColumns(column);
        }
        for (String value : values) {
            int[] bits = new int[c.size()];
            for (int r = 0; r < c.size(); r++) {
                bits[r] = !c.isMissing(r) && CellText.of(c, r).equals(value) ? 1 : 0;
            }
            String name = column + "=" + value;
            while (out.containsColumn(name)) {
                name = name + "_";
            }
            out.insertColumn(at++, IntColumn.create(name, bits));
        }
        return StepOutcome.of(out, "\"" + column + "\" encoded as " + values.size() + " indicator columns",
                values.size());
    }

    @Override
    public String describe() {
        return "One-hot encode " + column;
    }
}
