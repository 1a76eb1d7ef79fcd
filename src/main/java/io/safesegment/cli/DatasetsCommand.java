package io.safesegment.cli;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safesegment datasets --workspace W}: lists the workspace's datasets with roles and lineage. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the datasets of a workspace with their kind, roles and lineage.")
final class DatasetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path directory = WorkspaceLocations.defaultWorkspace();

    @Mixin
    PasswordOption password;

    @Mixin
    AccountOption account;

    @Option(names = "--json", description = "Print one JSON document: {\"datasets\": [...]}.")
    boolean json;

    @Override
    public Integer call() throws java.io.IOException {
        account.session(directory, password, spec.commandLine()); // a governed workspace needs a signed-in account
        List<Dataset> datasets = DatasetService.datasets(directory);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, new Report(datasets.stream().map(DatasetJson::of).toList()));
            return 0;
        }
        if (datasets.isEmpty()) {
            out.println("No datasets yet; add one with: safesegment import FILE --workspace " + directory);
        }
        for (Dataset d : datasets) {
            out.printf("%4d  %-30s %-10s %10s rows  %s%s%n", d.id(), d.name(), d.kind().cliName(),
                    d.rows() < 0 ? "?" : String.format("%,d", d.rows()),
                    d.parents().isEmpty() ? "" : "from " + d.parents() + "  ",
                    d.roles().asMap().isEmpty() ? "" : "roles " + d.roles().format());
        }
        out.flush();
        return 0;
    }

    record Report(List<DatasetJson> datasets) {
    }
}
