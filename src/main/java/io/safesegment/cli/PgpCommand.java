package io.safesegment.cli;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyNotFoundException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.pgp.PgpFiles;
import io.safesegment.core.crypto.pgp.PgpRecipient;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safesegment pgp ...}: exchange files with GnuPG users. */
@Command(name = "pgp", mixinStandardHelpOptions = true,
        description = "Exchange files with OpenPGP (GnuPG) users.",
        subcommands = {PgpCommand.Inspect.class, PgpCommand.Encrypt.class, PgpCommand.Decrypt.class,
            PgpCommand.ExportPublic.class})
final class PgpCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    record RecipientView(String file, String fingerprint, List<String> userIds, String encryptionKeyId) {
        static RecipientView of(PgpRecipient r) {
            // user ids come from the key file: escaped and capped before they reach a terminal
            return new RecipientView(r.source().toString(), r.fingerprint(),
                    r.userIds().stream().map(io.safesegment.core.PrintableText::of).toList(), r.encryptionKeyId());
        }
    }

    record PgpReport(String action, String input, String output, long bytes, String keyId, RecipientView recipient) {
    }

    static void print(CommandSpec spec, boolean json, PgpReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
            return;
        }
        if (report.recipient() != null) {
            out.println("Recipient: " + String.join(", ", report.recipient().userIds()));
            out.println("Fingerprint: " + report.recipient().fingerprint());
        }
        out.printf("%s %s -> %s (%,d bytes, key %s)%n", report.action(), report.input(), report.output(),
                report.bytes(), report.keyId());
        out.flush();
    }

    /** Picks the named OPENPGP key, or the newest one when no name is given. */
    static VaultKey workspaceKey(KeyVault vault, String name) {
        if (name != null) {
            return vault.current(name).requirePurpose(KeyPurpose.OPENPGP);
        }
        KeyInfo info = vault.newestOf(KeyPurpose.OPENPGP).orElseThrow(() -> new KeyNotFoundException(
                "The vault has no OpenPGP key; create one with: safesegment keys create --name pgp --purpose OPENPGP"));
        return vault.current(info.name());
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "Show a recipient key's fingerprint and user ids, and check it can be encrypted to.")
    static final class Inspect implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "KEY.asc", description = "ASCII-armoured public key.")
        Path key;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            RecipientView view = RecipientView.of(PgpRecipient.load(key, Instant.now()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, view);
            } else {
                out.println("Fingerprint: " + view.fingerprint());
                view.userIds().forEach(u -> out.println("User id:     " + u));
                out.println("Encrypts to: subkey " + view.encryptionKeyId());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "encrypt", mixinStandardHelpOptions = true,
            description = "Encrypt a file to a recipient's public key (gpg --decrypt reads it).")
    static final class Encrypt implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--recipient", required = true, paramLabel = "KEY.asc", description = "Recipient public key.")
        Path recipient;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "File to encrypt.")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "OpenPGP file to write.")
        Path out;

        @Option(names = "--armor", description = "Write ASCII armour instead of binary.")
        boolean armor;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            PgpRecipient r = PgpRecipient.load(recipient, Instant.now());
            PgpFiles.Result result = CryptoService.pgpEncrypt(in, out, r, armor, Progress.NONE);
            print(spec, json, new PgpReport("encrypted", in.toString(), out.toString(), result.bytes(),
                    result.keyId(), RecipientView.of(r)));
            return 0;
        }
    }

    @Command(name = "decrypt", mixinStandardHelpOptions = true,
            description = "Decrypt a file sent to the workspace OpenPGP key.")
    static final class Decrypt implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "OpenPGP file.")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Plaintext file to write.")
        Path out;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
        Path workspace = WorkspaceLocations.defaultWorkspace();

        @Option(names = "--key", paramLabel = "NAME", description = "OPENPGP key in the vault (default: newest).")
        String key;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        PasswordOption password;


        @Mixin

        AccountOption account;

        @Override
        public Integer call() throws IOException {
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
                VaultKey k = workspaceKey(vault, key);
                try {
                    PgpFiles.Result result = CryptoService.pgpDecrypt(in, out, k, Progress.NONE);
                    print(spec, json, new PgpReport("decrypted", in.toString(), out.toString(), result.bytes(),
                            result.keyId(), null));
                } finally {
                    k.wipe();
                }
            }
            return 0;
        }
    }

    @Command(name = "export-public", mixinStandardHelpOptions = true,
            description = "Write the workspace OpenPGP public key (ASCII armour) for 'gpg --import'.")
    static final class ExportPublic implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
        Path workspace = WorkspaceLocations.defaultWorkspace();

        @Option(names = "--key", paramLabel = "NAME", description = "OPENPGP key in the vault (default: newest).")
        String key;

        @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: print the key).")
        Path out;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        PasswordOption password;


        @Mixin

        AccountOption account;

        record Exported(String key, String fingerprint, String file, String armored) {
        }

        @Override
        public Integer call() throws IOException {
            String armored;
            String fingerprint;
            String name;
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
                VaultKey k = workspaceKey(vault, key);
                k.wipe();
                armored = CryptoService.armoredPublicKey(k);
                fingerprint = k.info().fingerprint();
                name = k.info().name();
            }
            if (out != null) {
                CryptoService.writePublicKey(out, armored);
            }
            PrintWriter o = spec.commandLine().getOut();
            if (json) {
                Json.print(o, new Exported(name, fingerprint, out == null ? null : out.toString(), armored));
            } else if (out != null) {
                o.println("Wrote public key " + fingerprint + " to " + out);
            } else {
                o.print(armored);
            }
            o.flush();
            return 0;
        }
    }
}
