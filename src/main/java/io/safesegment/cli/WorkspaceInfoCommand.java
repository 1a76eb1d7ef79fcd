package io.safesegment.cli;

import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safesegment workspace}: opens (creating if needed) a workspace and reports where its files live. */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Open or create a workspace and show its database and datasets.",
        subcommands = WorkspaceInitCommand.class)
final class WorkspaceInfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path directory = WorkspaceLocations.defaultWorkspace();

    @Mixin
    PasswordOption password;

    @Mixin
    AccountOption account;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws java.io.IOException {
        account.session(directory, password, spec.commandLine()); // a governed workspace needs a signed-in account
        WorkspaceService.Summary ws = WorkspaceService.summary(directory);
        List<Dataset> datasets = ws.datasets().stream()
                .map(d -> new Dataset(d.name(), d.path().toString(), d.kind())).toList();
        Report report = new Report(ws.directory().toString(), ws.database().toString(), ws.demo(), datasets);
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else {
            var out = spec.commandLine().getOut();
            out.println("Workspace: " + report.directory());
            out.println("Database:  " + report.database());
            out.println("Demo mode: " + report.demo());
            datasets.forEach(d -> out.println("  " + d.name() + "  (" + d.kind() + ")  " + d.path()));
            out.flush();
        }
        return 0;
    }

    record Dataset(String name, String path, String kind) {
    }

    record Report(String directory, String database, boolean demo, List<Dataset> datasets) {
    }
}
