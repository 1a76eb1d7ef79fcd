package io.safesegment.cli;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.privacy.mask.KeyMaterial;
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
 * policy names but the vault lacks are created there, and said so). Without a workspace a policy with keyed rules
 * is refused, unless {@code --ephemeral-keys} asks for a throw-away key — then a warning says that pseudonyms differ
 * on every run and that encrypted columns can never be decrypted.
 */
final class MaskKeysMixin {
    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace whose key vault holds the masking keys "
            + "(password from --password-file or SAFESEGMENT_PASSWORD); mask also keeps its output there as a 'masked' "
            + "dataset, child of the source dataset.")
    Path workspace;

    @Mixin
    PasswordOption password;

    @Mixin
    AccountOption account;

    @Option(names = "--ephemeral-keys", description = "Without --workspace, use a throw-away key for keyed rules: "
            + "pseudonyms differ on every run and encrypted columns can NEVER be decrypted.")
    boolean ephemeralKeys;

    /** Keys in use; closing locks the vault again. */
    interface OpenKeys extends AutoCloseable {
        KeyMaterial material();

        @Override
        void close();
    }

    /**
     * Refuses keyed rules without a key source, before any data is read: a throw-away key silently made exports
     * that could never be decrypted (issue #13).
     */
    void requireKeySource(CommandLine cmd, Map<String, KeyPurpose> required) {
        if (workspace == null && !required.isEmpty() && !ephemeralKeys) {
            throw new CommandLine.ParameterException(cmd, "the policy's keyed rules need a workspace key vault "
                    + "(keys " + String.join(", ", required.keySet()) + "): pass --workspace DIR, or "
                    + "--ephemeral-keys for a throw-away key whose output can never be decrypted or re-linked");
        }
    }

    OpenKeys open(CommandLine cmd, Map<String, KeyPurpose> required) throws IOException {
        PrintWriter err = cmd.getErr();
        requireKeySource(cmd, required);
        boolean governedWithoutKeys = workspace != null && required.isEmpty()
                && io.safesegment.core.governance.access.AccessService.isGoverned(workspace);
        if (governedWithoutKeys) {
            // sign in, but leave the vault closed: a policy without keyed rules needs no key (an Analyst may run it)
            account.session(workspace, password, cmd);
        }
        if (workspace == null || governedWithoutKeys) {
            byte[] seed = new byte[32];
            new SecureRandom().nextBytes(seed);
            KeyMaterial material = PrivacyService.keysFromSeed(seed);
            Arrays.fill(seed, (byte) 0);
            if (!required.isEmpty()) {
                err.println("warning: --ephemeral-keys: using a throw-away demo key, so pseudonyms differ on every run");
                if (required.values().stream().anyMatch(MaskKeysMixin::encrypts)) {
                    err.println("warning: the encrypted columns of this export can NEVER be decrypted: "
                            + "the throw-away key is discarded when this run ends");
                }
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
        required.keySet().forEach(KeyVault::requireValidName);
        KeyVault vault = VaultAccess.open(workspace, password, account, cmd, true);
        try {
            for (String created : PrivacyService.ensureKeys(vault, required)) {
                err.println("note: created key '" + created + "' (" + required.get(created)
                        + ") in the workspace vault");
            }
        } catch (IOException | RuntimeException e) {
            vault.close();
            throw e;
        }
        KeyMaterial material = PrivacyService.keysFrom(vault);
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

    private static boolean encrypts(KeyPurpose purpose) {
        return purpose == KeyPurpose.DETERMINISTIC_AEAD || purpose == KeyPurpose.FILE || purpose == KeyPurpose.FF1;
    }

    /** Opens the workspace vault without creating anything: re-identification uses only keys that already exist. */
    OpenKeys openExisting(CommandLine cmd, Map<String, KeyPurpose> required) throws IOException {
        KeyVault vault = VaultAccess.open(workspace, password, account, cmd, false);
        KeyMaterial material = PrivacyService.keysFrom(vault);
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
