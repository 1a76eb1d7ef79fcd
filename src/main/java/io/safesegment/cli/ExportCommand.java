package io.safesegment.cli;

import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.privacy.PrivacyService;
import java.util.List;
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
 * atomically and formula-safe, never over an existing file (unless {@code --force}) or a dataset's own file. A
 * dataset that misses a risk target stored for it (its anonymisation's, its masking policy's or its saved policy's)
 * is not written — exit 3, like a blocked {@code mask} — unless {@code --override-risk-targets REASON}.
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

    @Option(names = "--override-risk-targets", paramLabel = "REASON", description = "Write the dataset even if it "
            + "misses a stored risk target (k, l, t, max risk, suppression of its anonymisation or policy); the "
            + "reason is kept in the audit trail. A privacy officer's decision.")
    String riskOverrideReason;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    PasswordOption password;

    @Mixin
    AccountOption account;

    @Override
    public Integer call() throws java.io.IOException {
        if (riskOverrideReason != null && riskOverrideReason.isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--override-risk-targets needs a reason: say why the dataset may leave despite the missed targets");
        }
        PrivacyService.DatasetExportOutcome exported = PrivacyService.exportDataset(directory, dataset, output, format,
                force, account.actor(directory, password, spec.commandLine()), riskOverrideReason,
                new ConsoleProgress(spec.commandLine().getErr()));
        Dataset chosen = exported.dataset();
        ExportResult written = exported.written();
        List<TargetReport> targets = exported.checks().stream().map(c -> new TargetReport(c.source(),
                MaskCommand.RiskReport.of(c.check()))).toList();
        Report report = new Report(chosen.id(), chosen.name(), written == null ? output.toString() : written.file(),
                written == null ? null : written.format().name(), written == null ? 0 : written.rows(),
                written == null ? 0 : written.columns(), written == null ? 0 : written.neutralisedCells(),
                written != null, targets, exported.riskOverrideReason());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
        } else if (written != null) {
            out.printf("Wrote dataset '%s' (%,d rows x %d columns) to %s (%s)%n", chosen.name(), written.rows(),
                    written.columns(), written.file(), written.format());
            if (written.neutralisedCells() > 0) {
                out.printf("Neutralised %,d formula-like cells with a leading '%n", written.neutralisedCells());
            }
            out.flush();
        }
        String missed = exported.missedTargets();
        if (!missed.isEmpty()) {
            spec.commandLine().getErr().println((written != null ? "warning: risk targets missed — written anyway "
                    + "(--override-risk-targets): " : "safesegment export: risk targets missed, nothing written: ")
                    + missed);
        }
        if (exported.blockedByRisk()) {
            spec.commandLine().getErr().println("Mask or anonymise the dataset until it meets the targets, or pass "
                    + "--override-risk-targets REASON to override.");
            return 3;
        }
        return 0;
    }

    /**
     * The JSON of {@code export --json}; {@code written}, {@code riskTargets} and {@code riskOverrideReason} were
     * added with the risk-target check (decision 0033), the other fields are unchanged.
     *
     * @param riskTargets every stored set of risk targets and what the dataset measured (empty when none is stored)
     */
    record Report(long datasetId, String dataset, String output, String format, int rows, int columns,
                  long neutralisedCells, boolean written, List<TargetReport> riskTargets, String riskOverrideReason) {
    }

    /**
     * One stored set of risk targets measured on the dataset.
     *
     * @param source   where the targets are stored ("policy customers@3", "anonymise step of 'x'")
     * @param measured the targets, whether they are met, the measures and one sentence per missed target
     */
    record TargetReport(String source, MaskCommand.RiskReport measured) {
    }
}
