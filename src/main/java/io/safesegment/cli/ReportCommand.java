package io.safesegment.cli;

import io.safesegment.core.crypto.sign.SignedManifest;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.release.ReleaseReport;
import io.safesegment.core.release.ReleaseService;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code safesegment report}: the release report of one export, as HTML or PDF, optionally signed with it. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the release report of an export (HTML or PDF); with --sign, a signed manifest beside the "
                + "export covers the export and the report and references the approval.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path workspace = WorkspaceLocations.defaultWorkspace();

    static final class Which {
        @Option(names = "--export", required = true, paramLabel = "ID|FILE", description = "Export id or exported "
                + "file name.")
        String export;

        @Option(names = "--manifest", required = true, paramLabel = "FILE", description = "A signed manifest of the "
                + "export.")
        Path manifest;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--format", paramLabel = "html|pdf", description = "Report format (default: from --out).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Report file to write.")
    Path out;

    @Option(names = "--sign", description = "Also write <export>.manifest.json signed with the vault's Ed25519 key "
            + "(the report must be in the export's folder; needs the vault password).")
    boolean sign;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    ActorOptions actor;

    @Mixin
    PasswordOption password;

    record ReportResult(long exportId, String report, String format, String manifest, Long approvalId) {
    }

    @Override
    public Integer call() throws IOException {
        ReleaseService.Format f = format(format != null ? format : out.getFileName().toString());
        Workspace ws = Workspace.open(workspace);
        Actor who = actor.actor(spec.commandLine(), workspace, password);
        String export = which.export != null ? which.export
                : SignedManifest.read(which.manifest).manifest().files().getFirst().name();
        ReleaseReport report = ReleaseService.build(ws, export, Progress.NONE);
        ReleaseService.write(ws, who, report, f, out);
        String manifest = null;
        if (sign) {
            try (KeyVault vault = VaultAccess.open(ws.directory(), password, spec.commandLine(), false)) {
                ReleaseService.sign(ws, who, report, out, vault);
            }
            manifest = ReleaseService.manifestFor(out.toAbsolutePath().resolveSibling(report.files().getFirst()
                    .name())).toString();
        }
        ReportResult result = new ReportResult(report.exportId(), out.toString(), f.name().toLowerCase(Locale.ROOT),
                manifest, report.approvalId());
        if (json) {
            Json.print(spec.commandLine().getOut(), result);
        } else {
            spec.commandLine().getOut().println("Wrote the release report of export " + report.exportId() + " to "
                    + out + (sign ? " and signed it with the export" : ""));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private ReleaseService.Format format(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("pdf") || t.endsWith(".pdf")) {
            return ReleaseService.Format.PDF;
        }
        if (t.equals("html") || t.endsWith(".html") || t.endsWith(".htm")) {
            return ReleaseService.Format.HTML;
        }
        throw new ParameterException(spec.commandLine(), "Give --format html or pdf (or an --out ending in .html or "
                + ".pdf)");
    }
}
