package io.safesegment.bench;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.task.Progress;
import io.safesegment.core.value.Calibration;
import io.safesegment.core.value.ClvOptions;
import io.safesegment.core.value.ClvResult;
import io.safesegment.core.value.IntentModel;
import io.safesegment.core.value.IntentModelResult;
import io.safesegment.core.value.IntentOptions;
import io.safesegment.core.value.IntentResult;
import io.safesegment.core.value.IntentTarget;
import io.safesegment.core.value.ValueService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * {@code bench/run value}: CLV (BG/NBD + Gamma-Gamma fit and per-customer scoring) on the 1M-customer transactions of
 * {@code bench/out/data-1m}, and intent training time per model (3 folds, no importance) on the first
 * {@code -Dvalue.intentCustomers} customers (default 100,000). {@code -Dvalue.data=DIR} reads another folder with
 * customers.csv and transactions.csv (e.g. {@code sample-datasets} for a smoke run).
 */
public final class ValueBench {
    private ValueBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path data = Path.of(System.getProperty("value.data", out.resolve("data-1m").toString()));
        if (!data.isAbsolute()) {
            data = root.resolve(data);
        }
        if (!Files.exists(data.resolve("transactions.csv"))) {
            throw new IllegalStateException("No " + data.resolve("transactions.csv")
                    + "; run bench/run generate-samples first (or -Dvalue.data=sample-datasets)");
        }
        int intentCustomers = Integer.getInteger("value.intentCustomers", 100_000);
        BenchReport report = new BenchReport("value");
        long t0 = System.nanoTime();
        Table transactions = SegmentTables.read(data.resolve("transactions.csv"), RoleMapping.empty(), Progress.NONE);
        double read = seconds(t0);
        long t1 = System.nanoTime();
        ClvResult clv = ValueService.clv(transactions, RoleMapping.empty(), ClvOptions.defaults(), Progress.NONE);
        double fit = seconds(t1);
        report.put("transactionsRows", transactions.rowCount(), "transactions rows")
                .put("customers", clv.customers().size(), "customers scored")
                .put("readSeconds", read, "read transactions (s)")
                .put("clvSeconds", fit, "CLV fit + scoring (s)")
                .put("bgnbdR", clv.bgnbd().r(), "BG/NBD r")
                .put("bgnbdAlpha", clv.bgnbd().alpha(), "BG/NBD alpha")
                .put("bgnbdA", clv.bgnbd().a(), "BG/NBD a")
                .put("bgnbdB", clv.bgnbd().b(), "BG/NBD b")
                .put("spendModel", clv.spendModel().name(), "spend model")
                .put("heapMb", BenchReport.usedHeapMb(), "heap after CLV (MiB)");
        Table customers = SegmentTables.read(data.resolve("customers.csv"), RoleMapping.empty(), Progress.NONE);
        Table subset = customers.first(Math.min(intentCustomers, customers.rowCount()));
        report.put("intentCustomers", subset.rowCount(), "intent customers");
        for (IntentModel m : IntentModel.values()) {
            IntentResult r = ValueService.intent(subset, RoleMapping.empty(), transactions, RoleMapping.empty(), null,
                    IntentTarget.horizon(90), List.of(), new IntentOptions(List.of(m), 3, 42, Calibration.NONE,
                            false), Progress.NONE);
            IntentModelResult res = r.models().getFirst();
            report.put("intent." + m.cliName() + ".trainSeconds", res.trainMillis() / 1000.0,
                    m.cliName() + " training, 3 folds (s)")
                    .put("intent." + m.cliName() + ".auc", res.metrics().auc(), m.cliName() + " ROC-AUC");
        }
        report.finish(out);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
