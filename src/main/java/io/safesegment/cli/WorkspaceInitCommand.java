package io.safesegment.cli;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.access.AccessService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code safesegment workspace init DIR --admin NAME}: makes a workspace governed by creating its Administrator
 * (record 0025). A workspace that already has a key vault keeps it: the administrator's password must be the vault
 * password, which is checked by opening the vault before anything is written.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a governed workspace (or govern an existing one) with its first Administrator.")
final class WorkspaceInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Workspace directory (created when missing).")
    Path directory;

    @Option(names = "--admin", required = true, paramLabel = "NAME", description = "The Administrator's account name.")
    String admin;

    @Mixin
    NewPasswordOption newPassword;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        char[] pw = newPassword.read(spec.commandLine());
        boolean migrated = false;
        try {
            if (KeyVault.exists(directory) && !AccessService.isGoverned(directory)) {
                // the single vault password of before becomes the administrator's: prove it opens the vault
                try (KeyVault vault = CryptoService.openVault(directory, pw, false, null)) {
                    migrated = vault != null;
                } catch (io.safesegment.core.crypto.WrongPasswordException e) {
                    throw new ParameterException(spec.commandLine(), "workspace " + directory + " has a key vault: "
                            + "the administrator's password must be the current vault password (record 0025)");
                }
            }
            Actor actor = AccessService.initialise(directory, admin, pw);
            Report report = new Report(directory.toAbsolutePath().normalize().toString(), actor.user(),
                    actor.role().code(), migrated);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, report);
            } else {
                out.println("Workspace " + report.workspace() + " is governed; administrator '" + report.admin() + "'"
                        + (migrated ? " (the vault password is now the administrator's)" : ""));
                out.flush();
            }
            return 0;
        } finally {
            Secrets.wipe(pw);
        }
    }

    record Report(String workspace, String admin, String role, boolean vaultMigrated) {
    }
}
