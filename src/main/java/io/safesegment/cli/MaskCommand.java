package io.safesegment.cli;

import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.privacy.review.MaskedDatasets;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.ColumnOutcome;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.MaskResult;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.PolicyValidator;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tech.tablesaw.api.Table;

/**
 * {@code safesegment mask --policy P --in F --out F}: applies a masking policy, runs the leak scan and writes the
 * export only when no original identifier survives (or when {@code --allow-residual} is given, which is logged).
 */
@Command(name = "mask", mixinStandardHelpOptions = true,
        description = "Mask a dataset with a policy, leak-scan the result and write the export.")
final class MaskCommand implements Callable<Integer> {
    /** Exit code when the leak scan blocks the export. */
    static final int LEAK_BLOCKED = 3;
    private static final Logger LOG = LoggerFactory.getLogger(MaskCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", required = true, paramLabel = "POLICY.json")
    Path policyFile;

    @Option(names = "--in", paramLabel = "FILE", description = "The file to mask (or use --dataset with --workspace).")
    Path input;

    @Option(names = "--dataset", paramLabel = "NAME|ID", description = "Mask this dataset of --workspace instead of "
            + "an --in file.")
    String dataset;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Export file (.csv, .tsv, .xlsx, .json).")
    Path output;

    @Mixin
    MaskKeysMixin keys;

    @Option(names = "--allow-residual", description = "Write the export even if the leak scan finds personal data (logged).")
    boolean allowResidual;

    @Mixin
    ImportOptionsMixin importOptions;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if ((input == null) == (dataset == null)) {
            throw new ParameterException(spec.commandLine(), "Give exactly one of --in FILE or --dataset NAME|ID");
        }
        // --workspace (of the key mixin) also keeps the masked output as a 'masked' dataset, child of the source
        // dataset; an --in file that is not a dataset of the workspace yet is imported first.
        if (dataset != null && keys.workspace == null) {
            throw new ParameterException(spec.commandLine(), "--dataset needs --workspace DIR");
        }
        MaskingPolicy policy = PolicyJson.read(policyFile);
        PolicyValidator.requireValid(policy);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        MaskSource source = MaskSource.open(keys.workspace, dataset, input, importOptions.toOptions(), progress);
        Path input = source.file();
        AtomicFiles.requireNotSameFile(input, output);
        Table table = source.table();
        MaskResult result;
        try (MaskKeysMixin.OpenKeys open = keys.open(spec.commandLine(), OperatorFactory.requiredKeys(policy))) {
            KeyMaterial material = open.material();
            result = MaskingEngine.apply(table, policy, material, progress);
        }
        LeakReport leaks = LeakScanner.scan(table, result.masked(), policy.roles(), progress);
        boolean written = false;
        ExportResult export = null;
        if (!leaks.blocked() || allowResidual) {
            if (leaks.blocked()) {
                LOG.warn("Export {} written with residual personal data (--allow-residual): {}", output, leaks.summary());
                spec.commandLine().getErr().println("warning: " + leaks.summary() + " — written anyway (--allow-residual)");
            }
            export = TableExport.write(result.masked(), output, ExportOptions.defaults().withInput(input), progress);
            written = true;
        }
        Dataset masked = written && source.lineage() != null ? MaskedDatasets.register(source.lineage(),
                output.getFileName().toString(), result.masked(), policy, output.getFileName().toString(), progress)
                : null;
        Report report = new Report(input.toString(), written ? export.file() : null, policy.id(), policy.revision(),
                table.rowCount(), result.outcomes(), leaks.blocked(), leaks.leaks(), written,
                source.dataset() == null ? null : source.dataset().id(), masked == null ? null : masked.id(),
                masked == null ? null : masked.name());
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else if (written) {
            spec.commandLine().getOut().printf("Masked %,d rows with policy %s (revision %d) into %s%n",
                    table.rowCount(), policy.id(), policy.revision(), export.file());
            if (masked != null) {
                spec.commandLine().getOut().printf("Kept as masked dataset %d '%s' (from dataset %d)%n", masked.id(),
                        masked.name(), source.dataset().id());
            }
        }
        if (!written) {
            spec.commandLine().getErr().println("safesegment mask: " + leaks.summary()
                    + ". Nothing was written. Fix the policy, or pass --allow-residual to override.");
            return LEAK_BLOCKED;
        }
        return 0;
    }

    record Report(String input, String output, String policyId, int policyRevision, int rows,
                  List<ColumnOutcome> columns, boolean leakFound, List<LeakReport.ColumnLeak> leaks, boolean written,
                  Long sourceDatasetId, Long maskedDatasetId, String maskedDataset) {
    }
}
