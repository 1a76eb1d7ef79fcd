package io.safesegment.cli;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.BudgetStatus;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyFinding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safesegment policy …}: masking policies. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Create and check masking policies.",
        subcommands = {PolicyCommand.Suggest.class, PolicyCommand.Check.class})
final class PolicyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code policy suggest FILE --out POLICY.json}: the default policy from detection. */
    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Detect personal data in FILE and write the default masking policy as JSON.")
    static final class Suggest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "Dataset to scan.")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "POLICY.json", description = "Where to write the policy.")
        Path out;

        @Mixin
        ImportOptionsMixin importOptions;

        @Option(names = "--json", description = "Print one JSON document (the policy).")
        boolean json;

        @Override
        public Integer call() throws IOException {
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
            MaskingPolicy policy = PrivacyService.suggestPolicy(file, importOptions.toOptions(), out, progress);
            if (json) {
                Json.print(spec.commandLine().getOut(), policy);
            } else {
                spec.commandLine().getOut().printf("Wrote %s: %d rules for %d columns%n", out, policy.rules().size(),
                        policy.roles().size());
            }
            return 0;
        }
    }

    /** {@code policy check POLICY.json}: validates a policy. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a policy: every rule builds and every direct identifier has a rule.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "POLICY.json")
        Path policyFile;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Also report the dataset's privacy budget "
                + "kept in this workspace (no password needed).")
        Path workspace;

        @Option(names = "--dataset-id", paramLabel = "ID", description = "Dataset whose privacy budget to report "
                + "(with --workspace).")
        String datasetId;

        @Override
        public Integer call() {
            PrivacyService.PolicyCheck check = PrivacyService.checkPolicy(policyFile, workspace, datasetId);
            MaskingPolicy policy = check.policy();
            List<PolicyFinding> findings = check.problems();
            List<String> problems = findings.stream().map(PolicyFinding::message).toList();
            List<PolicyFinding> warningFindings = check.warnings();
            List<String> warnings = warningFindings.stream().map(PolicyFinding::message).toList();
            CostReport cost = check.cost() == null ? null : new CostReport(check.cost().epsilon(), check.cost().delta());
            BudgetReport budget = check.budget() == null ? null : BudgetReport.of(check.budget());
            if (check.budgetWarning() != null) {
                warnings = new java.util.ArrayList<>(warnings);
                warnings.add(check.budgetWarning());
            }
            var out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, new CheckReport(policy.id(), policy.revision(), problems.isEmpty(), problems, findings,
                        warnings, warningFindings, cost, budget));
            } else {
                if (problems.isEmpty()) {
                    out.println("Policy " + policyFile + " is valid");
                } else {
                    problems.forEach(p -> spec.commandLine().getErr().println("problem: " + p));
                }
                warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                if (cost != null && cost.epsilon() > 0) {
                    out.printf(java.util.Locale.ROOT, "Privacy cost per run: ε = %s, δ = %s%n", cost.epsilon(), cost.delta());
                }
                if (budget != null) {
                    out.printf(java.util.Locale.ROOT, "Privacy budget of '%s': spent ε = %s of %s (remaining %s), "
                                    + "δ = %s of %s (remaining %s)%n", budget.datasetId(), budget.spentEpsilon(),
                            budget.totalEpsilon(), budget.remainingEpsilon(), budget.spentDelta(), budget.totalDelta(),
                            budget.remainingDelta());
                }
            }
            return problems.isEmpty() ? 0 : CliErrors.USER_ERROR;
        }
    }

    record CheckReport(String policyId, int revision, boolean valid, List<String> problems,
                       List<PolicyFinding> problemDetails, List<String> warnings, List<PolicyFinding> warningDetails,
                       CostReport privacyCost, BudgetReport privacyBudget) {
    }

    /** ε and δ one run of a policy spends. */
    record CostReport(double epsilon, double delta) {
    }

    /** A dataset's privacy budget as reported in JSON. */
    record BudgetReport(String datasetId, double totalEpsilon, double spentEpsilon, double remainingEpsilon,
                        double totalDelta, double spentDelta, double remainingDelta) {
        static BudgetReport of(BudgetStatus s) {
            return s == null ? null : new BudgetReport(s.datasetId(), s.totalEpsilon(), s.spentEpsilon(),
                    s.remainingEpsilon(), s.totalDelta(), s.spentDelta(), s.remainingDelta());
        }
    }
}
