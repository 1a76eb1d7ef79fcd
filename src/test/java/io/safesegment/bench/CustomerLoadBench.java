package io.safesegment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Loads the 1M-row {@code customers.csv} into Tablesaw with inferred and with declared column types (identifiers
 * as STRING so {@code +86} phones and leading-zero ZIP codes survive), best of 3 after one warm-up, and the heap
 * the table holds; then the same with pandas, timed inside Python, and the Tablesaw/pandas ratio.
 */
public final class CustomerLoadBench {
    /** Declared types in file column order. */
    static final ColumnType[] DECLARED = {
        ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, // id..national_id
        ColumnType.LOCAL_DATE, ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, // birth_date..postcode
        ColumnType.INTEGER, ColumnType.LOCAL_DATE, ColumnType.STRING, ColumnType.BOOLEAN // income..opt_in
    };

    private CustomerLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path file = out.resolve("data-1m").resolve("customers.csv");
        BenchReport r = new BenchReport("customer-load");

        Callable<Table> inferredLoad = () -> Table.read().csv(CsvReadOptions.builder(file.toFile()).build());
        Callable<Table> declaredLoad = () -> Table.read().csv(CsvReadOptions.builder(file.toFile())
                .columnTypes(DECLARED).build());
        double inferredSeconds = bestOf3(inferredLoad);
        double declaredSeconds = bestOf3(declaredLoad);
        Map<String, String> inferredTypes = new LinkedHashMap<>();
        double inferredHeap = heapHeldBy(inferredLoad, inferredTypes);
        double declaredHeap = heapHeldBy(declaredLoad, new LinkedHashMap<>());
        int rows = rowCount;

        JsonNode pandas = pandas(root, file);
        r.put("rows", rows, "rows");
        r.put("tablesaw_inferred_seconds", inferredSeconds, "Tablesaw inferred types (s, best of 3)");
        r.put("tablesaw_declared_seconds", declaredSeconds, "Tablesaw declared types (s, best of 3)");
        r.put("tablesaw_inferred_heap_mb", round1(inferredHeap), "Tablesaw heap after load, inferred (MB)");
        r.put("tablesaw_declared_heap_mb", round1(declaredHeap), "Tablesaw heap after load, declared (MB)");
        r.put("pandas_inferred_seconds", pandas.get("inferred_seconds").asDouble(), "pandas inferred (s, best of 3)");
        r.put("pandas_declared_seconds", pandas.get("declared_seconds").asDouble(), "pandas declared (s, best of 3)");
        r.put("pandas_inferred_memory_mb", pandas.get("inferred_memory_mb").asDouble(), "pandas frame memory, inferred (MB)");
        r.put("pandas_declared_memory_mb", pandas.get("declared_memory_mb").asDouble(), "pandas frame memory, declared (MB)");
        r.put("ratio_inferred", round2(inferredSeconds / pandas.get("inferred_seconds").asDouble()),
                "ratio Tablesaw/pandas, inferred");
        r.put("ratio_declared", round2(declaredSeconds / pandas.get("declared_seconds").asDouble()),
                "ratio Tablesaw/pandas, declared");
        r.put("tablesaw_inferred_phone_type", inferredTypes.get("phone"), "Tablesaw inferred type of phone");
        r.put("tablesaw_inferred_postcode_type", inferredTypes.get("postcode"), "Tablesaw inferred type of postcode");
        r.put("pandas_version", pandas.get("pandas_version").asText(), "pandas version");
        r.putJson("tablesaw_inferred_types", inferredTypes);
        r.putJson("pandas_inferred_dtypes", pandas.get("inferred_dtypes"));
        r.finish(out);
    }

    private static int rowCount;

    /** Best wall time of 3 loads after one warm-up (JIT and page cache). */
    private static double bestOf3(Callable<Table> load) throws Exception {
        rowCount = load.call().rowCount();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Table table = load.call();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            Reference.reachabilityFence(table);
        }
        return Math.round(best * 1000) / 1000.0;
    }

    /** Heap the loaded table keeps reachable: used heap with the table minus used heap without it. */
    private static double heapHeldBy(Callable<Table> load, Map<String, String> typesOut) throws Exception {
        double before = BenchReport.usedHeapMb();
        Table table = load.call();
        double after = BenchReport.usedHeapMb();
        for (Column<?> c : table.columns()) {
            typesOut.put(c.name(), c.type().name());
        }
        Reference.reachabilityFence(table);
        return after - before;
    }

    private static JsonNode pandas(Path root, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/python3", root.resolve("bench/pandas_load.py").toString(),
                file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pandas benchmark failed; is python3-pandas installed?");
        }
        return new ObjectMapper().readTree(output);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
