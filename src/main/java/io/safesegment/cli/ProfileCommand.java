package io.safesegment.cli;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.profile.ColumnProfile;
import io.safesegment.core.data.profile.DatasetProfile;
import io.safesegment.core.data.profile.ProfileOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safesegment profile FILE}: column statistics, duplicates and memory size of a data file. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Import a data file and summarise every column.")
final class ProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Data file (CSV, TSV, JSON, XLSX).")
    Path file;

    @Mixin
    ImportOptionsMixin importOptions;

    @Option(names = "--top", paramLabel = "N", description = "Most frequent values per column (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        DatasetService.Profiled profiled = DatasetService.profile(file, importOptions.toOptions(),
                new ProfileOptions(top, 20), progress);
        ImportResult imported = profiled.imported();
        DatasetProfile profile = profiled.profile();
        if (json) {
            Json.print(out, new Report(file.toString(), imported.skippedRows(), imported.warnings(), profile));
            return 0;
        }
        out.printf("%s: %,d rows, %d columns, %,d duplicate rows, ~%,d KB in memory%n", file, profile.rows(),
                profile.columns().size(), profile.duplicateRows(), profile.memoryBytes() / 1024);
        out.printf("%-24s %-12s %10s %10s %10s %14s %14s %14s%n", "column", "type", "count", "missing", "distinct",
                "min", "max", "mean");
        for (ColumnProfile c : profile.columns()) {
            out.printf("%-24s %-12s %10d %10d %10d %14s %14s %14s%n", c.name(), c.type(), c.count(), c.missing(),
                    c.distinct(), c.min() == null ? "" : c.min(), c.max() == null ? "" : c.max(),
                    c.mean() == null ? "" : String.format("%.4g", c.mean()));
        }
        imported.warnings().forEach(w -> out.println("Note: " + w));
        out.flush();
        return 0;
    }

    record Report(String file, long skippedRows, List<String> warnings, DatasetProfile profile) {
    }
}
