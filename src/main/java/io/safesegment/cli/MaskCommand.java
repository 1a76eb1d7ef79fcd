package io.safesegment.cli;

import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.BudgetStatus;
import io.safesegment.core.privacy.policy.ColumnOutcome;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PrivacyBudgetLedger;
import io.safesegment.core.privacy.policy.PrivacyCost;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        PrivacyService.MaskPlan plan = PrivacyService.plan(new PrivacyService.MaskOptions(input,
                importOptions.toOptions(), policyFile, output, datasetId, allowResidual, keys.workspace, epsilonTotal,
                deltaTotal));
        MaskingPolicy policy = plan.policy();
        List<String> warnings = plan.warnings();
        warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        String dataset = plan.options().datasetId();
        PrivacyCost cost = plan.cost();
        if (keys.workspace == null && plan.needsWorkspace()) {
            throw new ParameterException(spec.commandLine(), PrivacyService.NEEDS_WORKSPACE);
        }
        keys.requireKeySource(spec.commandLine(), plan.requiredKeys());
        // Fail on an exhausted budget before the vault password is asked for.
        PrivacyService.checkBudget(plan);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        PrivacyService.MaskOutcome outcome;
        try (MaskKeysMixin.OpenKeys open = keys.open(spec.commandLine(), plan.requiredKeys())) {
            KeyMaterial material = open.material();
            outcome = PrivacyService.mask(plan, material, progress);
        }
        LeakReport leaks = outcome.leaks();
        boolean written = outcome.written();
        ExportResult export = outcome.export();
        BudgetStatus budget = outcome.budget();
        if (written && leaks.blocked()) {
            spec.commandLine().getErr().println("warning: " + leaks.summary() + " — written anyway (--allow-residual)");
        }
        if (budget != null && !cost.isZero()) {
            spec.commandLine().getErr().printf(java.util.Locale.ROOT,
                    "privacy budget of '%s': spent ε = %.4g of %.4g (remaining %.4g), δ = %.3g of %.3g%n", dataset,
                    budget.spentEpsilon(), budget.totalEpsilon(), budget.remainingEpsilon(), budget.spentDelta(),
                    budget.totalDelta());
        }
        Report report = new Report(input.toString(), written ? export.file() : null, policy.id(), policy.revision(),
                outcome.rows(), outcome.result().outcomes(), leaks.blocked(), leaks.leaks(), written, dataset,
                warnings, new PolicyCommand.CostReport(cost.epsilon(), cost.delta()),
                PolicyCommand.BudgetReport.of(budget));
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else if (written) {
            spec.commandLine().getOut().printf("Masked %,d rows with policy %s (revision %d) into %s%n",
                    outcome.rows(), policy.id(), policy.revision(), export.file());
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
                  String datasetId, List<String> warnings, PolicyCommand.CostReport privacyCost,
                  PolicyCommand.BudgetReport privacyBudget) {
    }
}
