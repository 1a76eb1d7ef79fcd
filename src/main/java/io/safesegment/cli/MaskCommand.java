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
import io.safesegment.core.privacy.policy.BudgetStatus;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.policy.PolicyFinding;
import io.safesegment.core.privacy.policy.PrivacyBudgetLedger;
import io.safesegment.core.privacy.policy.PrivacyCost;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.PolicyValidator;
import io.safesegment.core.privacy.review.LeakOverride;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
 * export only when no original identifier survives (or when {@code --allow-residual --reason TEXT} is given: the
 * override is logged and recorded beside the export).
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

    @Option(names = "--in", paramLabel = "FILE", description = "The file to mask (or use --dataset with --workspace).")
    Path input;

    @Option(names = "--dataset", paramLabel = "NAME|ID", description = "Mask this dataset of --workspace instead of "
            + "an --in file.")
    String dataset;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Export file (.csv, .tsv, .xlsx, .json).")
    Path output;

    @Mixin
    MaskKeysMixin keys;

    @Option(names = "--allow-residual", description = "Write the export even if the leak scan finds personal data "
            + "(needs --reason; the override is logged and written beside the export as FILE"
            + LeakOverride.SUFFIX + ").")
    boolean allowResidual;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the export may leave despite the leak scan "
            + "(required with --allow-residual; kept with the export).")
    String reason;

    @Mixin
    ImportOptionsMixin importOptions;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--dataset-id", paramLabel = "ID", description = "Dataset id that keys the noise and names the "
            + "privacy budget (default: the input file name).")
    String datasetId;

    @Option(names = "--epsilon-total", paramLabel = "EPSILON", description = "Set the dataset's total privacy "
            + "budget ε in the workspace (default " + PrivacyBudgetLedger.DEFAULT_TOTAL_EPSILON + ").")
    Double epsilonTotal;

    @Option(names = "--delta-total", paramLabel = "DELTA", description = "Set the dataset's total privacy budget δ "
            + "in the workspace (default " + PrivacyBudgetLedger.DEFAULT_TOTAL_DELTA + ").")
    Double deltaTotal;

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
        if (input != null) {
            AtomicFiles.requireNotSameFile(input, output);
        }
        if (allowResidual) {
            if (reason == null || reason.isBlank()) {
                throw new ParameterException(spec.commandLine(),
                        "--allow-residual needs --reason TEXT: say why the export may leave despite the leak scan");
            }
            LeakOverride.requireReason(reason);
        } else if (reason != null) {
            throw new ParameterException(spec.commandLine(), "--reason only applies together with --allow-residual");
        }
        MaskingPolicy policy = PolicyJson.read(policyFile);
        PolicyValidator.requireValid(policy);
        List<String> warnings = PolicyValidator.warnings(policy).stream().map(PolicyFinding::message).toList();
        warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        // The key of the noise and of the privacy budget: --dataset-id, else the workspace dataset, else the file.
        String budgetKey = datasetId != null && !datasetId.isBlank() ? datasetId
                : dataset != null ? dataset : input.getFileName().toString();
        PrivacyCost cost = PrivacyCost.of(policy);
        PrivacyBudgetLedger ledger = keys.workspace == null ? null : PrivacyBudgetLedger.in(keys.workspace);
        if (ledger == null && (!cost.isZero() || epsilonTotal != null || deltaTotal != null)) {
            throw new ParameterException(spec.commandLine(), "noise rules and privacy budgets need --workspace: the "
                    + "noise is keyed from its vault and the budget of every dataset is kept there");
        }
        if (ledger != null && (epsilonTotal != null || deltaTotal != null)) {
            BudgetStatus now = ledger.status(budgetKey);
            ledger.setTotal(budgetKey, epsilonTotal != null ? epsilonTotal : now.totalEpsilon(),
                    deltaTotal != null ? deltaTotal : now.totalDelta());
        }
        keys.requireKeySource(spec.commandLine(), OperatorFactory.requiredKeys(policy));
        if (ledger != null) {
            ledger.requireAffordable(budgetKey, cost);
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        MaskSource source = MaskSource.open(keys.workspace, dataset, input, importOptions.toOptions(), progress);
        Path input = source.file();
        AtomicFiles.requireNotSameFile(input, output);
        Table table = source.table();
        MaskResult result;
        try (MaskKeysMixin.OpenKeys open = keys.open(spec.commandLine(), OperatorFactory.requiredKeys(policy))) {
            KeyMaterial material = open.material();
            result = MaskingEngine.apply(table, policy, material, budgetKey, progress);
        }
        LeakReport leaks = LeakScanner.scan(table, result.masked(), policy.roles(),
                LeakScanner.keyedColumns(result.outcomes()), progress);
        boolean written = false;
        ExportResult export = null;
        BudgetStatus budget = null;
        LeakOverride override = null;
        if (!leaks.blocked() || allowResidual) {
            if (leaks.blocked()) {
                override = LeakOverride.of(reason, policy, leaks);
                // Looked up on use, not held in a static field: that would start logback on every CLI start (--help too).
                LoggerFactory.getLogger(MaskCommand.class).warn(
                        "Export {} written with residual personal data by {} (--allow-residual): {}", output,
                        override.user(), leaks.summary());
                spec.commandLine().getErr().println("warning: " + leaks.summary() + " — written anyway (--allow-residual)");
            }
            // Charge before writing: if another run spent the budget meanwhile, nothing is released.
            if (ledger != null) {
                budget = ledger.charge(budgetKey, cost, policy.id(), policy.revision());
            }
            export = TableExport.write(result.masked(), output, ExportOptions.defaults().withInput(input), progress);
            if (override != null) {
                override.writeBeside(output);
            }
            written = true;
        }
        Dataset masked = written && source.lineage() != null ? MaskedDatasets.register(source.lineage(),
                output.getFileName().toString(), result.masked(), policy, output.getFileName().toString(), override,
                progress) : null;
        if (ledger != null && budget == null) {
            budget = ledger.status(budgetKey);
        }
        if (budget != null && !cost.isZero()) {
            spec.commandLine().getErr().printf(java.util.Locale.ROOT,
                    "privacy budget of '%s': spent ε = %.4g of %.4g (remaining %.4g), δ = %.3g of %.3g%n", budgetKey,
                    budget.spentEpsilon(), budget.totalEpsilon(), budget.remainingEpsilon(), budget.spentDelta(),
                    budget.totalDelta());
        }
        Report report = new Report(input.toString(), written ? export.file() : null, policy.id(), policy.revision(),
                table.rowCount(), result.outcomes(), leaks.blocked(), leaks.leaks(), written, budgetKey, warnings,
                new PolicyCommand.CostReport(cost.epsilon(), cost.delta()), PolicyCommand.BudgetReport.of(budget),
                leaks.summary(), leaks.messages(), override,
                override == null ? null : LeakOverride.fileBeside(output).toString(),
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
                    + ". Nothing was written. Fix the policy, or pass --allow-residual --reason TEXT to override.");
            return LEAK_BLOCKED;
        }
        return 0;
    }

    record Report(String input, String output, String policyId, int policyRevision, int rows,
                  List<ColumnOutcome> columns, boolean leakFound, List<LeakReport.ColumnLeak> leaks, boolean written,
                  String datasetId, List<String> warnings, PolicyCommand.CostReport privacyCost,
                  PolicyCommand.BudgetReport privacyBudget, String leakSummary, List<String> leakMessages,
                  LeakOverride override, String overrideFile, Long sourceDatasetId, Long maskedDatasetId,
                  String maskedDataset) {
    }
}
