package io.safesegment.cli;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.detect.ColumnDetection;
import io.safesegment.core.privacy.detect.DetectionReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safesegment detect FILE}: finds personal data per column and suggests a privacy role. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Find personal data in a dataset: entity types per column with confidence and a suggested role.")
final class DetectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Dataset to scan (CSV/TSV/JSON/XLSX).")
    Path file;

    @Mixin
    ImportOptionsMixin importOptions;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "1000",
            description = "Values examined per column (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        DetectionReport report = PrivacyService.detect(file, importOptions.toOptions(), sample,
                new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
            return 0;
        }
        out.printf("%s: %,d rows, %d columns%n", file, report.rows(), report.columns().size());
        for (ColumnDetection c : report.columns()) {
            String entities = c.matches().stream()
                    .map(m -> m.entity() + " " + Math.round(m.confidence() * 100) + "%")
                    .collect(Collectors.joining(", "));
            out.printf("  %-22s %-18s %s%n", c.column(), c.suggestedRole(), entities.isEmpty() ? "-" : entities);
        }
        out.flush();
        return 0;
    }
}
