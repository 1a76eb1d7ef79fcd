package io.safesegment.cli;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.data.samples.SampleDataResult;
import io.safesegment.core.task.CancellationToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment generate-samples}: writes the fictitious sample datasets with planted structure. */
@Command(name = "generate-samples", mixinStandardHelpOptions = true,
        description = {"Write fictitious customers, transactions and products with planted segments and bundles.",
                "The same seed gives byte-identical files."})
final class GenerateSamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files to.")
    Path out;

    @Option(names = "--customers", paramLabel = "N", description = "Number of customers (default: ${DEFAULT-VALUE}).")
    int customers = SampleDataOptions.DEFAULT_CUSTOMERS;

    @Option(names = "--products", paramLabel = "N", description = "Number of products (default: ${DEFAULT-VALUE}).")
    int products = SampleDataOptions.DEFAULT_PRODUCTS;

    @Option(names = "--transactions-per-customer", paramLabel = "N",
            description = "Average transactions per customer (default: ${DEFAULT-VALUE}).")
    int transactionsPerCustomer = SampleDataOptions.DEFAULT_TRANSACTIONS_PER_CUSTOMER;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = SampleDataOptions.DEFAULT_SEED;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SampleDataOptions options = new SampleDataOptions(out, customers, products, transactionsPerCustomer, seed);
        PrintWriter err = spec.commandLine().getErr();
        int[] lastPercent = {-1};
        CancellationToken progress = new CancellationToken((fraction, message) -> {
            int percent = (int) Math.floor(fraction * 10) * 10;
            if (!json && percent > lastPercent[0]) {
                lastPercent[0] = percent;
                err.println(percent + "%  " + message);
            }
        });
        SampleDataResult result = DatasetService.generateSamples(options, progress);
        List<FileReport> files = result.files().stream()
                .map(f -> new FileReport(f.name(), out.resolve(f.name()).toString(), f.rows(), f.bytes())).toList();
        Report report = new Report(out.toString(), seed, customers, products, transactionsPerCustomer, files,
                result.duration().toMillis() / 1000.0);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            Json.print(stdout, report);
        } else {
            files.forEach(f -> stdout.printf("%-22s %,12d rows %,14d bytes%n", f.name(), f.rows(), f.bytes()));
            stdout.printf("Seed %d, %.1f s, written to %s%n", seed, report.durationSeconds(), report.outDir());
            stdout.flush();
        }
        return 0;
    }

    record FileReport(String name, String path, long rows, long bytes) {
    }

    record Report(String outDir, long seed, int customers, int products, int transactionsPerCustomer,
            List<FileReport> files, double durationSeconds) {
    }
}
