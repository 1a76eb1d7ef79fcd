package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * What the search reads of a table (ARX's idea): the distinct combinations of the quasi-identifiers' values (and the
 * sensitive value, when l-diversity or t-closeness apply) with how many rows hold each, instead of the rows. An
 * engine that cannot hold the rows (Spark, record 0037) counts the combinations where the data lives and searches
 * on this table; {@link Anonymiser#search(FrequencyTable, AnonymiseOptions, io.safesegment.core.task.Progress)}
 * then finds what the search over the rows finds, to the bit, when the combinations come in the order of their
 * first row in the table (the order every floating-point sum of the checker adds its terms in).
 *
 * @param columns the column names (distinct)
 * @param values  {@code [column][combination]}: each value as the search reads it (the cell's text, missing as the
 *                empty string)
 * @param counts  {@code [combination]}: rows holding the combination (at least 1); the total fits an int, as the
 *                row count of a table does
 */
public record FrequencyTable(List<String> columns, String[][] values, int[] counts) {
    /** Validates the shape (the arrays are kept, not copied: the table may have millions of combinations). */
    public FrequencyTable {
        columns = List.copyOf(columns);
        if (columns.stream().distinct().count() != columns.size() || values.length != columns.size()) {
            throw new LocalizedArgumentException(Message.of("anonymise.frequencyTable.shape"));
        }
        long total = 0;
        for (int c : counts) {
            if (c < 1) {
                throw new LocalizedArgumentException(Message.of("anonymise.frequencyTable.count", c));
            }
            total += c;
        }
        if (total > Integer.MAX_VALUE) {
            throw new LocalizedArgumentException(Message.of("anonymise.frequencyTable.rows",
                    Integer.MAX_VALUE, total));
        }
        for (String[] v : values) {
            if (v.length != counts.length) {
                throw new LocalizedArgumentException(Message.of("anonymise.frequencyTable.shape"));
            }
        }
    }

    /** The frequency table of {@code columns} of {@code table}, combinations in the order of their first row. */
    public static FrequencyTable of(Table table, List<String> columns) {
        String[][] cells = new String[columns.size()][];
        for (int j = 0; j < cells.length; j++) {
            cells[j] = TransformationChecker.columnValues(table, columns.get(j));
        }
        Map<List<String>, Integer> index = new HashMap<>();
        List<Integer> firstRow = new ArrayList<>();
        List<Integer> count = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<String> key = new ArrayList<>(cells.length);
            for (String[] c : cells) {
                key.add(c[r]);
            }
            Integer i = index.putIfAbsent(key, firstRow.size());
            if (i == null) {
                firstRow.add(r);
                count.add(1);
            } else {
                count.set(i, count.get(i) + 1);
            }
        }
        String[][] values = new String[cells.length][firstRow.size()];
        for (int j = 0; j < cells.length; j++) {
            for (int i = 0; i < firstRow.size(); i++) {
                values[j][i] = cells[j][firstRow.get(i)];
            }
        }
        return new FrequencyTable(columns, values, count.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Number of combinations. */
    public int size() {
        return counts.length;
    }

    /** Number of rows (the sum of the counts). */
    public int rows() {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** The values of {@code column}, one per combination. */
    public String[] column(String column) {
        int j = columns.indexOf(column);
        if (j < 0) {
            throw new LocalizedArgumentException(Message.of("anonymise.transformationChecker.column", column, columns));
        }
        return values[j];
    }
}
