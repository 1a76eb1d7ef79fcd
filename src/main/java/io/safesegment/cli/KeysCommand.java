package io.safesegment.cli;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment keys list|create|rotate|change-password}: manages the workspace key vault. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Manage the workspace key vault (keys.vault).",
        subcommands = {KeysCommand.ListKeys.class, KeysCommand.CreateKey.class, KeysCommand.RotateKey.class,
            KeysCommand.ChangePassword.class, KeysCommand.ExportPublic.class})
final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every keys subcommand shares. */
    static class Common {
        @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
        Path workspace = WorkspaceLocations.defaultWorkspace();

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        PasswordOption password;

        @Mixin
        AccountOption account;
    }

    record KeyView(String name, KeyPurpose purpose, int version, String created, boolean retired,
                   String fingerprint) {
        static KeyView of(KeyInfo i) {
            return new KeyView(i.name(), i.purpose(), i.version(), i.created().toString(), i.retired(),
                    i.fingerprint());
        }
    }

    record KeyList(String vault, List<KeyView> keys) {
    }

    record KeyChange(String vault, String action, KeyView key) {
    }

    static void printKey(PrintWriter out, String action, KeyView k) {
        out.printf("%s %s v%d (%s, fingerprint %s)%n", action, k.name(), k.version(), k.purpose(), k.fingerprint());
        out.flush();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys and their versions.")
    static final class ListKeys extends Common implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
                KeyList list = new KeyList(vault.file().toString(), vault.list().stream().map(KeyView::of).toList());
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Json.print(out, list);
                } else {
                    out.println("Vault: " + list.vault());
                    out.printf("%-24s %-20s %4s  %-8s %-20s %s%n", "NAME", "PURPOSE", "VER", "STATE", "CREATED",
                            "FINGERPRINT");
                    for (KeyView k : list.keys()) {
                        out.printf("%-24s %-20s %4d  %-8s %-20s %s%n", k.name(), k.purpose(), k.version(),
                                k.retired() ? "retired" : "active", k.created(), k.fingerprint());
                    }
                    out.flush();
                }
            }
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key; creates the vault with this password if the workspace has none.")
    static final class CreateKey extends Common implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, description = "Key name (letters, digits, . _ -).")
        String name;

        @Option(names = "--purpose", required = true,
                description = "One of: ${COMPLETION-CANDIDATES}.")
        KeyPurpose purpose;

        @Override
        public Integer call() throws IOException {
            KeyVault.requireValidName(name); // before anything is created: a refused name leaves no vault behind
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), true)) {
                KeyChange change = new KeyChange(vault.file().toString(), "created",
                        KeyView.of(vault.create(name, purpose)));
                if (json) {
                    Json.print(spec.commandLine().getOut(), change);
                } else {
                    printKey(spec.commandLine().getOut(), "Created", change.key());
                }
            }
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Add a new version of a key; older versions are retired but still decrypt.")
    static final class RotateKey extends Common implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, description = "Key to rotate.")
        String name;

        @Override
        public Integer call() throws IOException {
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
                KeyChange change = new KeyChange(vault.file().toString(), "rotated", KeyView.of(vault.rotate(name)));
                if (json) {
                    Json.print(spec.commandLine().getOut(), change);
                } else {
                    printKey(spec.commandLine().getOut(), "Rotated to", change.key());
                }
            }
            return 0;
        }
    }

    record PasswordChange(String vault, String action, int keys, List<String> notResealed) {
    }

    record PublicKeyExport(String key, int version, String fingerprint, String out, String publicKey) {
    }

    @Command(name = "export-public", mixinStandardHelpOptions = true,
            description = "Write the public half of a SIGNING_ED25519 key (base64 X.509), the file recipients give "
                    + "to 'safesegment verify --trusted-key'.")
    static final class ExportPublic extends Common implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", paramLabel = "NAME", description = "Signing key (default: newest).")
        String name;

        @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: print it).")
        Path out;

        @Override
        public Integer call() throws IOException {
            PublicKeyExport export;
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
                String key = name != null ? name : vault.newestOf(KeyPurpose.SIGNING_ED25519).map(KeyInfo::name)
                        .orElseThrow(() -> new io.safesegment.core.crypto.KeyNotFoundException("The vault has no "
                                + "signing key; create one with: safesegment keys create --name signing --purpose "
                                + "SIGNING_ED25519"));
                io.safesegment.core.crypto.VaultKey current = vault.current(key);
                current.wipe();
                if (current.info().purpose() != KeyPurpose.SIGNING_ED25519) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Key '" + key + "' is a "
                            + current.info().purpose() + " key; export-public needs a SIGNING_ED25519 key "
                            + "(OpenPGP keys: safesegment pgp export-public)");
                }
                export = new PublicKeyExport(key, current.info().version(), current.info().fingerprint(),
                        out == null ? null : out.toString(),
                        java.util.Base64.getEncoder().encodeToString(current.publicMaterial()));
            }
            if (out != null) {
                io.safesegment.core.crypto.CryptoService.writePublicKey(out, export.publicKey() + "\n");
            }
            PrintWriter printer = spec.commandLine().getOut();
            if (json) {
                Json.print(printer, export);
            } else if (out != null) {
                printer.printf("Wrote the public key of %s v%d (fingerprint %s) to %s%n", export.key(),
                        export.version(), export.fingerprint(), out);
                printer.flush();
            } else {
                printer.println(export.publicKey());
                printer.flush();
            }
            return 0;
        }
    }

    @Command(name = "change-password", mixinStandardHelpOptions = true,
            description = "Re-encrypt the vault under a new master password (fresh salt); the current password "
                    + "comes from --password-file or " + PasswordOption.ENV + ".")
    static final class ChangePassword extends Common implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--new-password-file", required = true, paramLabel = "FILE",
                description = "File whose first line is the new password.")
        Path newPasswordFile;

        @Override
        public Integer call() throws IOException {
            PasswordOption fresh = new PasswordOption();
            fresh.passwordFile = newPasswordFile;
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
                char[] next = fresh.read(spec.commandLine());
                CryptoService.VaultPasswordChange result;
                try {
                    // re-seals every account's copy of the vault password too (record 0034)
                    result = CryptoService.changeVaultPassword(vault, next,
                            account.actor(workspace, password, spec.commandLine()));
                } finally {
                    io.safesegment.core.crypto.Secrets.wipe(next);
                }
                PasswordChange change = new PasswordChange(vault.file().toString(), "password-changed",
                        result.keyVersions(), result.notResealed());
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Json.print(out, change);
                } else {
                    out.println("Changed the master password of " + change.vault() + " (" + change.keys()
                            + " key versions re-encrypted)");
                    if (!result.notResealed().isEmpty()) {
                        out.println("Not re-sealed (they have not signed in since the upgrade): "
                                + String.join(", ", result.notResealed()) + "; each signs in once, then an "
                                + "administrator runs 'safesegment users reseal --name NAME'");
                    }
                    out.flush();
                }
            }
            return 0;
        }
    }
}
