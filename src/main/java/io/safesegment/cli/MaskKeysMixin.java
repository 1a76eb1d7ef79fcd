package io.safesegment.cli;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.VaultKeyMaterial;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where {@code mask} gets the keys of keyed operators: the workspace key vault with {@code --workspace} (keys the
 * policy names but the vault lacks are created there, and said so), otherwise a throw-away demo key (said on stderr:
 * pseudonyms then differ on every run).
 */
final class MaskKeysMixin {
    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace whose key vault holds the masking keys "
            + "(password from --password-file or SAFESEGMENT_PASSWORD); mask also keeps its output there as a 'masked' "
            + "dataset, child of the source dataset.")
    Path workspace;

    @Mixin
    PasswordOption password;

    /** Keys in use; closing locks the vault again. */
    interface OpenKeys extends AutoCloseable {
        KeyMaterial material();

        @Override
        void close();
    }

    OpenKeys open(CommandLine cmd, Map<String, KeyPurpose> required) throws IOException {
        PrintWriter err = cmd.getErr();
        if (workspace == null) {
            byte[] seed = new byte[32];
            new SecureRandom().nextBytes(seed);
            KeyMaterial material = KeyMaterial.fromSeed(seed);
            Arrays.fill(seed, (byte) 0);
            if (!required.isEmpty()) {
                err.println("note: no --workspace given; using a throw-away demo workspace key, so pseudonyms differ on every run");
            }
            return new OpenKeys() {
                @Override
                public KeyMaterial material() {
                    return material;
                }

                @Override
                public void close() {
                    // the demo key lives only in this process
                }
            };
        }
        KeyVault vault = VaultAccess.open(workspace, password, cmd, true);
        for (var need : required.entrySet()) {
            boolean present = vault.list().stream().anyMatch(k -> k.name().equals(need.getKey()));
            if (!present) {
                vault.create(need.getKey(), need.getValue());
                err.println("note: created key '" + need.getKey() + "' (" + need.getValue() + ") in the workspace vault");
            }
        }
        KeyMaterial material = new VaultKeyMaterial(vault);
        return new OpenKeys() {
            @Override
            public KeyMaterial material() {
                return material;
            }

            @Override
            public void close() {
                vault.close();
            }
        };
    }

    /** Opens the workspace vault without creating anything: re-identification uses only keys that already exist. */
    OpenKeys openExisting(CommandLine cmd, Map<String, KeyPurpose> required) throws IOException {
        KeyVault vault = VaultAccess.open(workspace, password, cmd, false);
        KeyMaterial material = new VaultKeyMaterial(vault);
        return new OpenKeys() {
            @Override
            public KeyMaterial material() {
                return material;
            }

            @Override
            public void close() {
                vault.close();
            }
        };
    }
}
