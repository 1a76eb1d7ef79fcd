package io.safesegment.cli;

import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.io.TableImport;
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
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", required = true, paramLabel = "POLICY.json")
    Path policyFile;

    @Option(names = "--in", required = true, paramLabel = "FILE")
    Path input;

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
        AtomicFiles.requireNotSameFile(input, output);
        MaskingPolicy policy = PolicyJson.read(policyFile);
        PolicyValidator.requireValid(policy);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        Table table = TableImport.load(input, importOptions.toOptions(), progress).table();
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
                // Looked up on use, not held in a static field: that would start logback on every CLI start (--help too).
                LoggerFactory.getLogger(MaskCommand.class).warn(
                        "Export {} written with residual personal data (--allow-residual): {}", output, leaks.summary());
                spec.commandLine().getErr().println("warning: " + leaks.summary() + " — written anyway (--allow-residual)");
            }
            export = TableExport.write(result.masked(), output, ExportOptions.defaults().withInput(input), progress);
            written = true;
        }
        Report report = new Report(input.toString(), written ? export.file() : null, policy.id(), policy.revision(),
                table.rowCount(), result.outcomes(), leaks.blocked(), leaks.leaks(), written);
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else if (written) {
            spec.commandLine().getOut().printf("Masked %,d rows with policy %s (revision %d) into %s%n",
                    table.rowCount(), policy.id(), policy.revision(), export.file());
        }
        if (!written) {
            spec.commandLine().getErr().println("safesegment mask: " + leaks.summary()
                    + ". Nothing was written. Fix the policy, or pass --allow-residual to override.");
            return LEAK_BLOCKED;
        }
        return 0;
    }

    record Report(String input, String output, String policyId, int policyRevision, int rows,
                  List<ColumnOutcome> columns, boolean leakFound, List<LeakReport.ColumnLeak> leaks, boolean written) {
    }
}
