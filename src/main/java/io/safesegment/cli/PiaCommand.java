package io.safesegment.cli;

import io.safesegment.core.release.ReleaseService;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment pia}: a privacy impact assessment template pre-filled from the workspace. */
@Command(name = "pia", mixinStandardHelpOptions = true, description = "Write a privacy impact assessment template "
        + "(Markdown, or HTML for a .html file) pre-filled with the workspace's datasets, purposes, roles, retention "
        + "and recipients.")
final class PiaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path workspace = WorkspaceLocations.defaultWorkspace();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (.md or .html).")
    Path out;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    ActorOptions actor;

    record PiaResult(String file) {
    }

    @Override
    public Integer call() throws IOException {
        ReleaseService.writePia(Workspace.open(workspace), actor.actor(spec.commandLine(), workspace), out);
        if (json) {
            Json.print(spec.commandLine().getOut(), new PiaResult(out.toString()));
        } else {
            spec.commandLine().getOut().println("Wrote the privacy impact assessment template to " + out);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
