package io.safesegment.cli;

import io.safesegment.core.governance.retention.RetentionService;
import io.safesegment.core.governance.retention.RetentionStatus;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment retention set|check}: retention periods per dataset and the reminder when one has passed. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "Set retention periods per dataset and list the datasets kept longer than theirs.",
        subcommands = {RetentionCommand.Set.class, RetentionCommand.Check.class})
final class RetentionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set (or with --days 0 remove) a dataset's "
            + "retention period (admin or officer).")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
        Path workspace = WorkspaceLocations.defaultWorkspace();

        @Option(names = "--dataset", required = true, paramLabel = "NAME|ID", description = "The dataset.")
        String dataset;

        @Option(names = "--days", required = true, paramLabel = "N", description = "Days from registration; 0 "
                + "removes the period.")
        int days;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Purpose or legal basis of the period.")
        String reason;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        ActorOptions actor;

        @Override
        public Integer call() throws java.io.IOException {
            RetentionStatus s = RetentionService.set(Workspace.open(workspace), actor.actor(spec.commandLine(), workspace),
                    dataset, days == 0 ? null : days, reason);
            if (json) {
                Json.print(spec.commandLine().getOut(), s);
            } else {
                spec.commandLine().getOut().println(s.dataset() + ": " + (s.days() == null ? "no retention period"
                        : "kept " + s.days() + " days, until " + s.expiresAt()));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "List every dataset's retention; those "
            + "past their period are marked EXCEEDED.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
        Path workspace = WorkspaceLocations.defaultWorkspace();

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        record RetentionReport(int exceeded, List<RetentionStatus> datasets) {
        }

        @Override
        public Integer call() throws java.io.IOException {
            List<RetentionStatus> all = RetentionService.check(Workspace.open(workspace), Instant.now());
            int exceeded = (int) all.stream().filter(RetentionStatus::exceeded).count();
            if (json) {
                Json.print(spec.commandLine().getOut(), new RetentionReport(exceeded, all));
            } else {
                for (RetentionStatus s : all) {
                    spec.commandLine().getOut().printf("%-30s %s%s%n", s.dataset(), s.days() == null ? "no period"
                            : s.days() + " days, until " + s.expiresAt(), s.exceeded() ? "  EXCEEDED" : "");
                }
                spec.commandLine().getOut().println(exceeded == 0 ? "No retention period exceeded"
                        : exceeded + " dataset(s) kept longer than their retention period: delete or anonymise them");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
