package io.safesegment.cli;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code safesegment export --workspace W --dataset NAME|ID --out FILE}: writes a workspace dataset to a file,
 * atomically and formula-safe, never over an existing file (unless {@code --force}) or a dataset's own file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a workspace dataset to a .csv, .tsv, .xlsx or .json file.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path directory = WorkspaceLocations.defaultWorkspace();

    @Option(names = "--dataset", required = true, paramLabel = "NAME|ID", description = "The dataset to write.")
    String dataset;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, tsv, xlsx or json (default: from the "
            + "file name).")
    ExportFormat format;

    @Option(names = "--force", description = "Replace an existing output file (never a dataset's own file).")
    boolean force;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    PasswordOption password;

    @Mixin
    AccountOption account;

    @Override
    public Integer call() throws java.io.IOException {
        DatasetService.DatasetExported exported = DatasetService.exportDataset(directory, dataset, output, format,
                force, account.actor(directory, password, spec.commandLine()),
                new ConsoleProgress(spec.commandLine().getErr()));
        Dataset chosen = exported.dataset();
        ExportResult written = exported.written();
        Report report = new Report(chosen.id(), chosen.name(), written.file(), written.format().name(),
                written.rows(), written.columns(), written.neutralisedCells());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
        } else {
            out.printf("Wrote dataset '%s' (%,d rows x %d columns) to %s (%s)%n", chosen.name(), written.rows(),
                    written.columns(), written.file(), written.format());
            if (written.neutralisedCells() > 0) {
                out.printf("Neutralised %,d formula-like cells with a leading '%n", written.neutralisedCells());
            }
            out.flush();
        }
        return 0;
    }

    record Report(long datasetId, String dataset, String output, String format, int rows, int columns,
                  long neutralisedCells) {
    }
}
