package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.ColumnSpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The column names and types of a distributed table, shipped to executors (the core's {@link ColumnSpec} is not
 * serialisable). Every Spark column holds the cell's text exactly as the desktop engine writes it
 * ({@code CellText}); executors rebuild typed Tablesaw chunks from it with these types.
 */
record ColumnsSchema(String[] names, ColumnType[] types, String[] patterns, java.util.Set<String> missing)
        implements Serializable {

    static ColumnsSchema of(List<ColumnSpec> specs) {
        return of(specs, io.safesegment.core.data.io.CsvImportOptions.DEFAULT_MISSING);
    }

    /** @param missing tokens read as missing in typed columns (the import options') */
    static ColumnsSchema of(List<ColumnSpec> specs, java.util.Set<String> missing) {
        int n = specs.size();
        String[] names = new String[n];
        ColumnType[] types = new ColumnType[n];
        String[] patterns = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = specs.get(i).name();
            types[i] = specs.get(i).type();
            patterns[i] = specs.get(i).pattern();
        }
        return new ColumnsSchema(names, types, patterns, java.util.Set.copyOf(missing));
    }

    /** The schema of a table built by the core (a masked chunk): types from the column classes. */
    static ColumnsSchema of(Table table) {
        List<ColumnSpec> specs = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            specs.add(new ColumnSpec(c.name(), typeOf(c), patternOf(c)));
        }
        return of(specs);
    }

    private static ColumnType typeOf(Column<?> c) {
        return switch (c) {
            case StringColumn s -> ColumnType.TEXT;
            case BooleanColumn b -> ColumnType.BOOLEAN;
            case DateColumn d -> ColumnType.DATE;
            case DateTimeColumn d -> ColumnType.DATE_TIME;
            case tech.tablesaw.api.IntColumn i -> ColumnType.INTEGER;
            case tech.tablesaw.api.LongColumn l -> ColumnType.INTEGER;
            case tech.tablesaw.api.ShortColumn s -> ColumnType.INTEGER;
            case NumericColumn<?> x -> ColumnType.DECIMAL;
            default -> ColumnType.TEXT;
        };
    }

    private static String patternOf(Column<?> c) {
        return switch (c) {
            case DateColumn d -> "yyyy-MM-dd";
            case DateTimeColumn d -> "ISO-8601";
            default -> null;
        };
    }

    List<ColumnSpec> specs() {
        List<ColumnSpec> specs = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            specs.add(new ColumnSpec(names[i], types[i], patterns[i]));
        }
        return specs;
    }

    int size() {
        return names.length;
    }

    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether cells of column {@code i} are free text (a spreadsheet formula in them is neutralised on export). */
    boolean isText(int i) {
        return types[i] == ColumnType.TEXT || types[i] == ColumnType.CATEGORY;
    }
}
