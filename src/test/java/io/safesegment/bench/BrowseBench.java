package io.safesegment.bench;

import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.task.Progress;
import io.safesegment.ui.data.RowOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * Benchmark (not a test): the Data section's browser over the 1M-row {@code customers.csv} — sorting on columns of
 * each kind and quick-filtering, as {@link RowOrder} does off the JavaFX thread. Best of 3 after one warm-up.
 * Usage: {@code BrowseBench <repo root> <bench/out>}.
 */
public final class BrowseBench {
    private BrowseBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Path file = out.resolve("data-1m").resolve("customers.csv");
        BenchReport r = new BenchReport("browse");
        long t0 = System.nanoTime();
        Table table = TableImport.load(file, CsvImportOptions.defaults(), Progress.NONE).table();
        r.put("load_s", secs(t0), "load customers.csv (s)");
        r.put("rows", table.rowCount(), "rows");
        r.putJson("columns", table.columnNames());
        r.putJson("cores", Runtime.getRuntime().availableProcessors());
        for (String column : List.of("customer_id", "annual_income", "city", "email", "signup_date")) {
            if (!table.containsColumn(column)) {
                continue;
            }
            String key = "sort_" + column.toLowerCase(Locale.ROOT) + "_s";
            r.put(key, best(() -> RowOrder.compute(table, column, false, "", Progress.NONE)),
                    "sort by " + column + " (" + table.column(column).type() + ", s)");
        }
        r.put("filter_text_s", best(() -> RowOrder.compute(table, null, true, "shanghai", Progress.NONE)),
                "filter 'shanghai' (s)");
        r.put("filter_digits_s", best(() -> RowOrder.compute(table, null, true, "1990", Progress.NONE)),
                "filter '1990' (digits: numbers and dates too, s)");
        r.put("filter_sort_s", best(() -> RowOrder.compute(table, "annual_income", true, "gold", Progress.NONE)),
                "filter 'gold' + sort by annual_income (s)");
        r.put("filter_text_matches", RowOrder.compute(table, null, true, "shanghai", Progress.NONE).length,
                "rows matching 'shanghai'");
        r.finish(out);
    }

    private static double best(Runnable action) {
        action.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            action.run();
            best = Math.min(best, secs(t));
        }
        return best;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
