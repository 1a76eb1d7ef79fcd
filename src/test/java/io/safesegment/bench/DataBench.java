package io.safesegment.bench;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CsvImport;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.profile.DataProfiler;
import io.safesegment.core.data.profile.ProfileOptions;
import io.safesegment.core.task.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Benchmark (not a test): load a 1M-row customers CSV with inferred and declared types, profile it and export it,
 * next to Tablesaw's own CSV reader and pandas in the same run. Usage:
 * {@code java -cp ... io.safesegment.bench.DataBench [rows] [dir]}.
 */
public final class DataBench {
    private static final String[] FIRST = {"Wei", "Fang", "Na", "Min", "Jing", "Li", "Anna", "James", "Maria", "Ahmed",
        "Sofia", "Lukas", "Chen", "Yan", "Olga", "Pierre", "Zoë", "José"};
    private static final String[] LAST = {"Wang", "Li", "Zhang", "Liu", "Chen", "Smith", "Müller", "García", "Rossi",
        "Nguyen", "Kim", "Dubois", "Novak", "Silva"};
    private static final String[] CITY = {"Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou",
        "New York", "Chicago", "Berlin", "Paris", "London", "São Paulo", "北京", "上海"};
    private static final String[] TIER = {"bronze", "silver", "gold", "platinum"};

    private DataBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/safesegment-bench");
        Files.createDirectories(dir);
        Path csv = dir.resolve("customers-" + rows + ".csv");
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            generate(csv, rows, 42L);
            System.out.printf("generated %s (%,d bytes) in %.1f s%n", csv, Files.size(csv), secs(t));
        }
        System.out.printf("file %s: %,d bytes, %,d rows; JVM %s, %d cores, max heap %d MB%n", csv, Files.size(csv),
                rows, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        CsvImport.load(csv, CsvImportOptions.defaults(), Progress.NONE); // warm-up
        double inferred = best(3, () -> CsvImport.load(csv, CsvImportOptions.defaults(), Progress.NONE));
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (String c : List.of("full_name", "email", "phone", "national_id", "postcode")) {
            types.put(c, ColumnType.TEXT);
        }
        for (String c : List.of("gender", "city", "loyalty_tier")) {
            types.put(c, ColumnType.CATEGORY);
        }
        types.put("customer_id", ColumnType.INTEGER);
        types.put("annual_income", ColumnType.DECIMAL);
        types.put("birth_date", ColumnType.DATE);
        types.put("signup_date", ColumnType.DATE);
        types.put("marketing_opt_in", ColumnType.BOOLEAN);
        CsvImportOptions declared = CsvImportOptions.defaults().withColumnTypes(types);
        double declaredSecs = best(3, () -> CsvImport.load(csv, declared, Progress.NONE));

        ImportResult loaded = CsvImport.load(csv, CsvImportOptions.defaults(), Progress.NONE);
        System.out.println("inferred types: " + loaded.columns());
        long heap = usedHeapWith(loaded.table());
        double profile = best(2, () -> DataProfiler.profile(loaded.table(), ProfileOptions.defaults(), Progress.NONE));
        Path out = dir.resolve("export.csv");
        double export = best(2, () -> TableExport.write(loaded.table(), out, ExportOptions.defaults(), Progress.NONE));
        double tablesaw = best(1, () -> {
            try {
                return Table.read().usingOptions(CsvReadOptions.builder(csv.toFile()).build());
            } catch (RuntimeException e) {
                return e;
            }
        });

        double[] pandas = pandas(csv);
        System.out.println();
        System.out.printf("%-34s %8s%n", "step (best of runs)", "seconds");
        System.out.printf("%-34s %8.2f%n", "SafeSegment load, inferred types", inferred);
        System.out.printf("%-34s %8.2f%n", "SafeSegment load, declared types", declaredSecs);
        System.out.printf("%-34s %8.2f%n", "Tablesaw CsvReader (inferred)", tablesaw);
        System.out.printf("%-34s %8.2f%n", "SafeSegment profile", profile);
        System.out.printf("%-34s %8.2f%n", "SafeSegment export CSV", export);
        System.out.printf("%-34s %8d%n", "heap held by the table (MB)", heap >> 20);
        if (pandas != null) {
            System.out.printf("%-34s %8.2f%n", "pandas read_csv", pandas[0]);
            System.out.printf("%-34s %8.2f%n", "pandas describe(include='all')", pandas[1]);
            System.out.printf("%-34s %8.2f%n", "pandas to_csv", pandas[2]);
            System.out.printf("%-34s %8.0f%n", "pandas memory_usage(deep) (MB)", pandas[3]);
            System.out.printf("ratios (SafeSegment / pandas): load %.2f, load declared %.2f, profile %.2f, export %.2f;"
                            + " Tablesaw / SafeSegment load %.2f%n", inferred / pandas[0], declaredSecs / pandas[0],
                    profile / pandas[1], export / pandas[2], tablesaw / inferred);
        }
    }

    interface Step {
        Object run() throws Exception;
    }

    private static double best(int runs, Step step) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long t = System.nanoTime();
            Object result = step.run();
            best = Math.min(best, secs(t));
            if (result instanceof Exception e) {
                System.out.println("step failed: " + e);
            }
        }
        return best;
    }

    private static long usedHeapWith(Table keep) {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long withTable = rt.totalMemory() - rt.freeMemory();
        System.out.printf("heap in use with the table loaded: %d MB (%d rows)%n", withTable >> 20, keep.rowCount());
        return withTable;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double[] pandas(Path csv) throws IOException, InterruptedException {
        String script = String.join("\n",
                "import sys, time, pandas as pd",
                "t = time.time(); df = pd.read_csv(sys.argv[1]); a = time.time() - t",
                "t = time.time(); d = df.describe(include='all'); b = time.time() - t",
                "t = time.time(); df.to_csv(sys.argv[1] + '.pandas.out', index=False); c = time.time() - t",
                "m = df.memory_usage(deep=True).sum() / 2**20",
                "print(pd.__version__, a, b, c, m)");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, csv.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            System.out.println("pandas not available: " + out);
            return null;
        }
        String[] parts = out.lines().reduce((x, y) -> y).orElse("").split(" ");
        System.out.println("pandas " + parts[0]);
        Files.deleteIfExists(Path.of(csv + ".pandas.out"));
        return Arrays.stream(parts, 1, 5).mapToDouble(Double::parseDouble).toArray();
    }

    /** Writes a customers-like CSV with a fixed seed. */
    static void generate(Path file, int rows, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("customer_id,full_name,email,phone,national_id,birth_date,gender,city,postcode,annual_income,"
                    + "signup_date,loyalty_tier,marketing_opt_in\n");
            List<String> line = new ArrayList<>(13);
            for (int i = 0; i < rows; i++) {
                line.clear();
                String first = FIRST[r.nextInt(FIRST.length)];
                String last = LAST[r.nextInt(LAST.length)];
                boolean cn = r.nextInt(10) < 6;
                line.add(Integer.toString(100_000 + i));
                line.add(first + " " + last);
                line.add((first + "." + last + i).toLowerCase().replaceAll("[^a-z0-9.]", "") + "@example.com");
                line.add(cn ? "+86" + (130_0000_0000L + r.nextInt(999_999_999)) : "+1" + (200_000_0000L
                        + r.nextInt(799_999_999)));
                LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(365 * 65));
                line.add(String.format("%06d%s%03d%s", 110_000 + r.nextInt(600_000), birth.toString().replace("-", ""),
                        r.nextInt(1000), r.nextInt(11) == 10 ? "X" : Integer.toString(r.nextInt(10))));
                line.add(birth.toString());
                line.add(r.nextInt(100) < 2 ? "" : r.nextBoolean() ? "F" : "M");
                line.add(CITY[r.nextInt(CITY.length)]);
                line.add(String.format("%06d", r.nextInt(1_000_000)));
                line.add(r.nextInt(50) == 0 ? "" : String.format("%.2f", 15_000 + Math.abs(r.nextGaussian()) * 60_000));
                line.add(LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650)).toString());
                line.add(TIER[Math.min(3, (int) Math.abs(r.nextGaussian() * 1.2))]);
                line.add(r.nextBoolean() ? "true" : "false");
                w.write(String.join(",", line));
                w.write('\n');
            }
        }
    }
}
