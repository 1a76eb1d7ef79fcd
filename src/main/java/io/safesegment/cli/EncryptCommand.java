package io.safesegment.cli;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.file.FileCryptoResult;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code safesegment encrypt}: AES-256-GCM file encryption, with a FILE key from the vault ({@code --key}) or, for
 * one-off files, with a key derived from the password alone.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = "Encrypt a file (AES-256-GCM in authenticated 1 MiB chunks).%n"
                + "With --key, uses that FILE key of the workspace vault; without, the password alone (Argon2id).")
final class EncryptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "File to encrypt.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Encrypted file to write.")
    Path out;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path workspace = WorkspaceLocations.defaultWorkspace();

    @Option(names = "--key", paramLabel = "NAME", description = "FILE key in the workspace vault.")
    String key;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    PasswordOption password;


    @Mixin

    AccountOption account;

    @Override
    public Integer call() throws IOException {
        FileCryptoResult result;
        if (key != null) {
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
                result = CryptoService.encryptWithKey(in, out, vault, key, Progress.NONE);
            }
        } else {
            char[] pw = password.read(spec.commandLine());
            try {
                result = CryptoService.encryptWithPassword(in, out, pw, Progress.NONE);
            } finally {
                Secrets.wipe(pw);
            }
        }
        FileCommands.report(spec, json, "Encrypted", result);
        return 0;
    }
}
