package io.safesegment.core.data.clean;

import io.safesegment.core.data.io.CellText;
import io.safesegment.core.i18n.Message;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
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
        Column<?> c = Columns.require(table, column);
        // lazily, so that an identifier column is refused at its (maxCategories + 1)-th value
        Iterable<String> texts = () -> IntStream.range(0, c.size()).filter(r -> !c.isMissing(r))
                .mapToObj(r -> CellText.of(c, r)).iterator();
        return applyCategories(table, categories(texts));
    }

    /**
     * The indicator columns' values, sorted: the distinct texts among the column's non-missing cells (any order,
     * repeats allowed, so an engine may gather them per partition).
     *
     * @throws CleaningException when there are more than {@code maxCategories}
     */
    public SortedSet<String> categories(Iterable<String> cellTexts) {
        TreeSet<String> values = new TreeSet<>();
        for (String text : cellTexts) {
            values.add(text);
            if (values.size() > maxCategories) {
                throw new CleaningException(Message.of("clean.oneHotEncode.column", column, maxCategories));
            }
        }
        return Collections.unmodifiableSortedSet(values);
    }

    /**
     * This step with a fixed list of categories ({@link #categories}) instead of the column's own, so every chunk of
     * a larger table gets the same indicator columns as the whole table (a value outside the list gives 0s).
     */
    public StepOutcome applyCategories(Table table, SortedSet<String> values) {
        Table out = table.copy();
        Column<?> c = Columns.require(out, column);
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
