package io.safesegment.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects a benchmark's figures, prints them as a table and writes {@code bench/out/results/NAME.json}. */
final class BenchReport {
    private final String name;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    BenchReport(String name) {
        this.name = name;
    }

    /** Adds a figure to the JSON and a row to the table. */
    BenchReport put(String key, Object value, String label) {
        values.put(key, value);
        rows.add(new String[] {label, value instanceof Double d ? String.format("%.3f", d) : String.valueOf(value)});
        return this;
    }

    /** Adds a value to the JSON only. */
    BenchReport putJson(String key, Object value) {
        values.put(key, value);
        return this;
    }

    void finish(Path outDir) throws IOException {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(10);
        System.out.println();
        System.out.println("== " + name + " ==");
        for (String[] r : rows) {
            System.out.printf("  %-" + width + "s  %s%n", r[0], r[1]);
        }
        System.out.flush();
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(values);
        AtomicFiles.writeString(outDir.resolve("results").resolve(name + ".json"), json + "\n", false);
    }

    /** Heap in use after a full collection, in MiB. */
    static double usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }
}
