package io.safesegment.cli;

import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.BudgetStatus;
import io.safesegment.core.privacy.policy.ColumnOutcome;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PrivacyBudgetLedger;
import io.safesegment.core.privacy.policy.PrivacyCost;
import io.safesegment.core.privacy.policy.RiskTargetCheck;
import io.safesegment.core.privacy.policy.RiskTargets;
import io.safesegment.core.privacy.review.LeakOverride;
import io.safesegment.core.privacy.review.RiskOverride;
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

    @Option(names = "--override-risk-targets", paramLabel = "REASON", description = "Write the export even if its "
            + "measured risk misses the policy's risk targets (k, l, t, max risk, suppression); the reason is kept "
            + "in the masked dataset's lineage and the audit trail. Without it such an export is blocked (exit 3).")
    String riskOverrideReason;

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
        if (riskOverrideReason != null && riskOverrideReason.isBlank()) {
            throw new ParameterException(spec.commandLine(),
                    "--override-risk-targets needs a reason: say why the export may leave despite the missed targets");
        }
        if (allowResidual) {
            if (reason == null || reason.isBlank()) {
                throw new ParameterException(spec.commandLine(),
                        "--allow-residual needs --reason TEXT: say why the export may leave despite the leak scan");
            }
        } else if (reason != null) {
            throw new ParameterException(spec.commandLine(), "--reason only applies together with --allow-residual");
        }
        PrivacyService.MaskPlan plan = PrivacyService.plan(new PrivacyService.MaskOptions(input,
                importOptions.toOptions(), policyFile, output, datasetId, allowResidual, keys.workspace, epsilonTotal,
                deltaTotal, dataset, allowResidual ? reason : null, keys.workspace != null, riskOverrideReason));
        MaskingPolicy policy = plan.policy();
        plan.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        String budgetKey = plan.options().datasetId();
        PrivacyCost cost = plan.cost();
        if (keys.workspace == null && plan.needsWorkspace()) {
            throw new ParameterException(spec.commandLine(), PrivacyService.NEEDS_WORKSPACE);
        }
        keys.requireKeySource(spec.commandLine(), plan.requiredKeys());
        // Budget before the vault password: an exhausted budget fails first.
        PrivacyService.checkBudget(plan);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        PrivacyService.MaskOutcome outcome;
        try (MaskKeysMixin.OpenKeys open = keys.open(spec.commandLine(), plan.requiredKeys())) {
            outcome = PrivacyService.mask(plan, open.material(),
                    keys.account.actor(keys.workspace, keys.password, spec.commandLine()), progress);
        }
        LeakReport leaks = outcome.leaks();
        boolean written = outcome.written();
        if (written && leaks.blocked()) {
            spec.commandLine().getErr().println("warning: " + leaks.summary() + " — written anyway (--allow-residual)");
        }
        BudgetStatus budget = outcome.budget();
        if (budget != null && !cost.isZero()) {
            spec.commandLine().getErr().printf(java.util.Locale.ROOT,
                    "privacy budget of '%s': spent ε = %.4g of %.4g (remaining %.4g), δ = %.3g of %.3g%n", budgetKey,
                    budget.spentEpsilon(), budget.totalEpsilon(), budget.remainingEpsilon(), budget.spentDelta(),
                    budget.totalDelta());
        }
        Dataset masked = outcome.maskedDataset();
        Dataset source = outcome.sourceDataset();
        LeakOverride override = outcome.override();
        Report report = new Report(outcome.input().toString(), written ? outcome.export().file() : null, policy.id(),
                policy.revision(), outcome.rows(), outcome.result().outcomes(), leaks.blocked(), leaks.leaks(),
                written, budgetKey, plan.warnings(), new PolicyCommand.CostReport(cost.epsilon(), cost.delta()),
                PolicyCommand.BudgetReport.of(budget), leaks.summary(), leaks.messages(), override,
                override == null ? null : outcome.overrideFile().toString(),
                source == null ? null : source.id(), masked == null ? null : masked.id(),
                masked == null ? null : masked.name(), RiskReport.of(outcome.risk()), outcome.riskOverride());
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else if (written) {
            spec.commandLine().getOut().printf("Masked %,d rows with policy %s (revision %d) into %s%n",
                    outcome.rows(), policy.id(), policy.revision(), outcome.export().file());
            if (masked != null) {
                spec.commandLine().getOut().printf("Kept as masked dataset %d '%s' (from dataset %d)%n", masked.id(),
                        masked.name(), source.id());
            }
        }
        if (outcome.risk() != null && !outcome.risk().met()) {
            spec.commandLine().getErr().println((written ? "warning: risk targets missed — written anyway "
                    + "(--override-risk-targets): " : "safesegment mask: risk targets missed: ")
                    + outcome.risk().summary().english());
        }
        if (outcome.blockedByRisk()) {
            spec.commandLine().getErr().println("safesegment mask: nothing was written. Change the policy so its "
                    + "output meets the targets, or pass --override-risk-targets REASON to override.");
            return LEAK_BLOCKED;
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
                  String maskedDataset, RiskReport riskTargets, RiskOverride riskOverride) {
    }

    /**
     * The policy's risk targets and what the masked output measured (null when the policy has none).
     *
     * @param met    whether every target is met
     * @param misses one sentence per missed target, naming it and the measured value
     */
    record RiskReport(RiskTargets targets, boolean met, int rows, int suppressedRows, int smallestClass,
                      double highestRisk, Double measuredL, Double measuredT, List<String> misses) {
        static RiskReport of(RiskTargetCheck check) {
            if (check == null) {
                return null;
            }
            return new RiskReport(check.targets(), check.met(), check.rows(), check.suppressedRows(),
                    check.smallestClass(), check.highestRisk(), Double.isNaN(check.measuredL()) ? null
                    : check.measuredL(), Double.isNaN(check.measuredT()) ? null : check.measuredT(),
                    check.misses().stream().map(m -> m.message().english()).toList());
        }
    }
}
