package io.safesegment.cli;

import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.privacy.detect.DetectionReport;
import io.safesegment.core.privacy.detect.PiiDetector;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.PolicySuggester;
import io.safesegment.core.privacy.policy.PolicyValidator;
import io.safesegment.core.workspace.AtomicFiles;
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
            AtomicFiles.requireNotSameFile(file, out);
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
            DetectionReport report = PiiDetector.standard().scan(
                    TableImport.load(file, importOptions.toOptions(), progress).table(), progress);
            MaskingPolicy policy = PolicySuggester.suggest(report);
            PolicyJson.write(policy, out);
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

        @Override
        public Integer call() {
            MaskingPolicy policy = PolicyJson.read(policyFile);
            List<String> problems = PolicyValidator.problems(policy);
            if (json) {
                Json.print(spec.commandLine().getOut(), new CheckReport(policy.id(), policy.revision(), problems.isEmpty(), problems));
            } else if (problems.isEmpty()) {
                spec.commandLine().getOut().println("Policy " + policyFile + " is valid");
            } else {
                problems.forEach(p -> spec.commandLine().getErr().println("problem: " + p));
            }
            return problems.isEmpty() ? 0 : CliErrors.USER_ERROR;
        }
    }

    record CheckReport(String policyId, int revision, boolean valid, List<String> problems) {
    }
}
