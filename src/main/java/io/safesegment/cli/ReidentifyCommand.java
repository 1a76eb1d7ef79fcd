package io.safesegment.cli;

import java.util.Map;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.Reidentifier;
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
 * {@code safesegment reidentify}: decrypts the encrypted columns of a masked export with the workspace vault's keys,
 * for the privacy officer's authorised re-identification. Needs {@code --workspace} and the vault password.
 */
@Command(name = "reidentify", mixinStandardHelpOptions = true,
        description = "Decrypt the encrypted columns of a masked export (authorised re-identification; needs the vault).")
final class ReidentifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", required = true, paramLabel = "POLICY.json", description = "The policy the export was masked with.")
    Path policyFile;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The masked export.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path output;

    @Mixin
    MaskKeysMixin keys;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the data subjects are re-identified; required "
            + "on a governed workspace and kept in the audit trail (no personal values, please).")
    String reason;

    @Override
    public Integer call() throws IOException {
        if (keys.workspace == null) {
            throw new ParameterException(spec.commandLine(), "reidentify needs --workspace: only the workspace vault holds the keys");
        }
        // Refused before the vault password is asked for.
        io.safesegment.core.workspace.WorkspaceService.requireNotSameFile(input, output);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        Reidentifier.Result result;
        try (MaskKeysMixin.OpenKeys open = keys.openExisting(spec.commandLine(), Map.of())) {
            result = PrivacyService.reidentify(input, policyFile, output, open.material(), keys.workspace,
                    keys.account.actor(keys.workspace, keys.password, spec.commandLine()), reason, progress);
        }
        Report report = new Report(input.toString(), output.toString(), result.decrypted());
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else {
            spec.commandLine().getOut().println("Decrypted " + result.decrypted() + " into " + output);
        }
        return 0;
    }

    record Report(String input, String output, List<String> decryptedColumns) {
    }
}
