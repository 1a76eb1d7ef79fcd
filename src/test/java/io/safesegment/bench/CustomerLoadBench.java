package io.safesegment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CsvImport;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.profile.DataProfiler;
import io.safesegment.core.data.profile.DatasetProfile;
import io.safesegment.core.data.profile.ProfileOptions;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Issue #4 item 8 on the 1M-row {@code customers.csv}: SafeSegment's {@link CsvImport} with inferred and with
 * declared column types, {@link DataProfiler} on the loaded table, {@link TableExport} to CSV, and the heap the table
 * holds; then pandas {@code read_csv}, {@code describe(include='all')} (and a profile computing what DataProfiler
 * computes), {@code to_csv} and frame memory in the same run ({@code bench/pandas_load.py}), and the ratios
 * SafeSegment / pandas (below 1 means SafeSegment is faster or smaller). Times are the best of 3 after one warm-up
 * (the two SafeSegment loads alternate).
 */
public final class CustomerLoadBench {
    /** Declared types: identifiers as text so {@code +86} phones and leading-zero postcodes survive. */
    static final Map<String, ColumnType> DECLARED = Map.ofEntries(
            Map.entry("customer_id", ColumnType.TEXT), Map.entry("full_name", ColumnType.TEXT),
            Map.entry("email", ColumnType.TEXT), Map.entry("phone", ColumnType.TEXT),
            Map.entry("national_id", ColumnType.TEXT), Map.entry("birth_date", ColumnType.DATE),
            Map.entry("gender", ColumnType.CATEGORY), Map.entry("city", ColumnType.CATEGORY),
            Map.entry("postcode", ColumnType.TEXT), Map.entry("annual_income", ColumnType.INTEGER),
            Map.entry("signup_date", ColumnType.DATE), Map.entry("loyalty_tier", ColumnType.CATEGORY),
            Map.entry("marketing_opt_in", ColumnType.BOOLEAN));

    private CustomerLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path file = out.resolve("data-1m").resolve("customers.csv");
        Path exportDir = Files.createDirectories(out.resolve("customer-load"));
        Path javaExport = exportDir.resolve("safesegment-export.csv");
        BenchReport r = new BenchReport("customer-load");
        r.put("cores", Runtime.getRuntime().availableProcessors(), "cores");
        r.put("load_average_before", loadAverage(), "load average (1 min) before");

        Callable<Table> inferredLoad = () -> CsvImport.load(file, CsvImportOptions.defaults(), Progress.NONE).table();
        Callable<Table> declaredLoad = () -> CsvImport.load(file,
                CsvImportOptions.defaults().withColumnTypes(DECLARED), Progress.NONE).table();
        // Interleaved, so that neither load profits alone from a JIT or a heap that the other one warmed up.
        double[] loads = bestOf3Interleaved(inferredLoad, declaredLoad);
        double inferred = loads[0];
        double declared = loads[1];
        Table table = inferredLoad.call();
        double profile = bestOf3(() -> DataProfiler.profile(table, ProfileOptions.defaults(), Progress.NONE));
        double export = bestOf3(() -> TableExport.write(table, javaExport, ExportOptions.defaults().withInput(file),
                Progress.NONE));
        Map<String, String> types = new LinkedHashMap<>();
        for (Column<?> c : table.columns()) {
            types.put(c.name(), c.type().name());
        }
        DatasetProfile profiled = DataProfiler.profile(table, ProfileOptions.defaults(), Progress.NONE);
        Reference.reachabilityFence(table);
        double inferredHeap = heapHeldBy(inferredLoad);
        double declaredHeap = heapHeldBy(declaredLoad);
        Files.deleteIfExists(javaExport);

        JsonNode pandas = pandas(root, file, exportDir.resolve("pandas-export.csv"));
        r.put("rows", table.rowCount(), "rows");
        r.put("safesegment_inferred_seconds", inferred, "SafeSegment load, inferred types (s)");
        r.put("safesegment_declared_seconds", declared, "SafeSegment load, declared types (s)");
        r.put("safesegment_profile_seconds", profile, "SafeSegment DataProfiler (s)");
        r.put("safesegment_export_seconds", export, "SafeSegment TableExport CSV (s)");
        r.put("safesegment_inferred_heap_mb", round1(inferredHeap), "SafeSegment heap after load, inferred (MB)");
        r.put("safesegment_declared_heap_mb", round1(declaredHeap), "SafeSegment heap after load, declared (MB)");
        r.put("safesegment_duplicate_rows", profiled.duplicateRows(), "SafeSegment duplicate rows found");
        double pInferred = pandas.get("inferred_seconds").asDouble();
        double pDeclared = pandas.get("declared_seconds").asDouble();
        double pDescribe = pandas.get("describe_seconds").asDouble();
        double pProfile = pandas.get("profile_seconds").asDouble();
        double pExport = pandas.get("to_csv_seconds").asDouble();
        double pMemory = pandas.get("inferred_memory_mb").asDouble();
        r.put("pandas_inferred_seconds", pInferred, "pandas read_csv, inferred (s)");
        r.put("pandas_declared_seconds", pDeclared, "pandas read_csv, declared (s)");
        r.put("pandas_describe_seconds", pDescribe, "pandas describe(include='all') (s)");
        r.put("pandas_profile_seconds", pProfile, "pandas same-content profile (s)");
        r.put("pandas_to_csv_seconds", pExport, "pandas to_csv (s)");
        r.put("pandas_inferred_memory_mb", pMemory, "pandas frame memory deep, inferred (MB)");
        r.put("pandas_declared_memory_mb", pandas.get("declared_memory_mb").asDouble(),
                "pandas frame memory deep, declared (MB)");
        r.put("pandas_duplicate_rows", pandas.get("duplicate_rows").asLong(), "pandas duplicate rows found");
        r.put("ratio_load_inferred", round2(inferred / pInferred), "ratio load inferred (SafeSegment/pandas)");
        r.put("ratio_load_declared", round2(declared / pDeclared), "ratio load declared");
        r.put("ratio_profile_vs_describe", round2(profile / pDescribe), "ratio profile / describe");
        r.put("ratio_profile_vs_profile", round2(profile / pProfile), "ratio profile / pandas same-content profile");
        r.put("ratio_export", round2(export / pExport), "ratio export / to_csv");
        r.put("ratio_memory", round2(inferredHeap / pMemory), "ratio heap / pandas memory (inferred)");
        r.put("load_average_after", loadAverage(), "load average (1 min) after");
        r.put("pandas_version", pandas.get("pandas_version").asText(), "pandas version");
        r.putJson("safesegment_inferred_types", types);
        r.putJson("pandas_inferred_dtypes", pandas.get("inferred_dtypes"));
        r.finish(out);
    }

    /** Best wall time of 3 runs after one warm-up (JIT and page cache), in seconds. */
    private static double bestOf3(Callable<?> work) throws Exception {
        Reference.reachabilityFence(work.call());
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Object result = work.call();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            Reference.reachabilityFence(result);
        }
        return Math.round(best * 1000) / 1000.0;
    }

    /** Best wall times of 3 alternating runs of {@code a} and {@code b}, after one warm-up run of each. */
    private static double[] bestOf3Interleaved(Callable<?> a, Callable<?> b) throws Exception {
        Reference.reachabilityFence(a.call());
        Reference.reachabilityFence(b.call());
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 2; k++) {
                long start = System.nanoTime();
                Object result = (k == 0 ? a : b).call();
                best[k] = Math.min(best[k], (System.nanoTime() - start) / 1e9);
                Reference.reachabilityFence(result);
            }
        }
        return new double[] {Math.round(best[0] * 1000) / 1000.0, Math.round(best[1] * 1000) / 1000.0};
    }

    /** Heap the loaded table keeps reachable: used heap with the table minus used heap without it. */
    private static double heapHeldBy(Callable<Table> load) throws Exception {
        double before = BenchReport.usedHeapMb();
        Table table = load.call();
        double after = BenchReport.usedHeapMb();
        Reference.reachabilityFence(table);
        return after - before;
    }

    private static double loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? Double.parseDouble(Files.readString(proc).split(" ")[0]) : -1;
    }

    private static JsonNode pandas(Path root, Path file, Path export) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/python3", root.resolve("bench/pandas_load.py").toString(),
                file.toString(), export.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
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
