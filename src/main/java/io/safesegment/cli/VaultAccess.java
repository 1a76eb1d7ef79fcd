package io.safesegment.cli;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.access.AccessService;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Opens (or, when asked, creates) the workspace key vault with the password from {@link PasswordOption}. On a
 * governed workspace the account signs in first and the vault opens with the vault password kept for it (record
 * 0025); an Analyst is refused by the service.
 */
final class VaultAccess {
    private VaultAccess() {
    }

    static KeyVault open(Path workspace, PasswordOption password, CommandLine cmd, boolean createIfMissing)
            throws IOException {
        return open(workspace, password, new AccountOption(), cmd, createIfMissing);
    }

    static KeyVault open(Path workspace, PasswordOption password, AccountOption account, CommandLine cmd,
                         boolean createIfMissing) throws IOException {
        AccessService.Session session = account.session(workspace, password, cmd);
        if (session != null && session.vaultPassword() != null && !createIfMissing) {
            return CryptoService.openVault(workspace, session); // also settles an interrupted password change
        }
        char[] pw = session != null && session.vaultPassword() != null ? session.vaultPassword().clone()
                : password.read(cmd);
        try {
            return CryptoService.openVault(workspace, pw, createIfMissing, session == null ? null : session.actor());
        } finally {
            Secrets.wipe(pw);
        }
    }
}
