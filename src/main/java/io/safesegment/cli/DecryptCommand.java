package io.safesegment.cli;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.file.FileCryptoResult;
import io.safesegment.core.crypto.file.FileHeader;
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

/** {@code safesegment decrypt}: reverses {@code encrypt}; the file's header says whether a vault key is needed. */
@Command(name = "decrypt", mixinStandardHelpOptions = true,
        description = "Decrypt a file made by 'safesegment encrypt'. Nothing is written unless every chunk verifies.")
final class DecryptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Encrypted file.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Plaintext file to write.")
    Path out;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path workspace = WorkspaceLocations.defaultWorkspace();

    @Option(names = "--key", paramLabel = "NAME",
            description = "Ignored unless it differs from the key named in the file header (then an error).")
    String key;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    PasswordOption password;

    @Mixin
    AccountOption account;

    @Override
    public Integer call() throws IOException {
        FileHeader header = CryptoService.readHeader(in);
        FileCryptoResult result;
        if (header.passwordMode()) {
            char[] pw = password.read(spec.commandLine());
            try {
                result = CryptoService.decryptWithPassword(in, out, pw, Progress.NONE);
            } finally {
                Secrets.wipe(pw);
            }
        } else {
            if (key != null && !key.equals(header.keyName())) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), in.getFileName()
                        + " was encrypted with key '" + header.keyName() + "', not '" + key + "'");
            }
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
                result = CryptoService.decryptWithVault(in, out, vault,
                        account.actor(workspace, password, spec.commandLine()), Progress.NONE);
            }
        }
        FileCommands.report(spec, json, "Decrypted", result);
        return 0;
    }
}
