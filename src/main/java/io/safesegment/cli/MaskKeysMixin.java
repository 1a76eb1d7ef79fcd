package io.safesegment.cli;

import io.safesegment.core.privacy.mask.KeyMaterial;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * Where {@code mask} gets the keys of keyed operators: the workspace key vault with {@code --workspace}, otherwise
 * a throw-away demo key (said on stderr: pseudonyms then differ on every run).
 */
final class MaskKeysMixin {
    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace whose key vault holds the masking keys.")
    Path workspace;

    /** Keys in use; closing wipes what can be wiped. */
    interface OpenKeys extends AutoCloseable {
        KeyMaterial material();

        @Override
        void close();
    }

    OpenKeys open(PrintWriter err) {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        KeyMaterial material = KeyMaterial.fromSeed(seed);
        Arrays.fill(seed, (byte) 0);
        err.println("note: no --workspace given; using a throw-away demo workspace key, so pseudonyms differ on every run");
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
}
