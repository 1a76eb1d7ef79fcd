package io.safesegment.cli;

import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.vault.KeyVault;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Opens (or, when asked, creates) the workspace key vault with the password from {@link PasswordOption}. */
final class VaultAccess {
    private VaultAccess() {
    }

    static KeyVault open(Path workspace, PasswordOption password, CommandLine cmd, boolean createIfMissing)
            throws IOException {
        char[] pw = password.read(cmd);
        try {
            return createIfMissing ? KeyVault.openOrCreate(workspace, pw) : KeyVault.open(workspace, pw);
        } finally {
            Secrets.wipe(pw);
        }
    }
}
