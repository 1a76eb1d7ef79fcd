package io.safesegment.core.crypto.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encrypted-file format must not change when the chunk loop does: with the same nonces and salts, the output is
 * byte for byte what the sequential implementation wrote (its SHA-256 recorded below), across more chunks than the
 * parallel pipeline has slots; and a damaged chunk far behind the first ones is still named.
 */
class FileFormatStabilityTest {
    private static final int CHUNK = 4096;
    /** SHA-256 of the file the sequential (pre-pipeline) FileCipher wrote for {@link #encryptDeterministically}. */
    private static final String SEQUENTIAL_OUTPUT_SHA256 =
            "5703b32c9af425bb5e0da2573d1f0bac8fb282a7fd83f984f8a8e7583956d205";

    @TempDir
    Path dir;

    private Path encryptDeterministically(Path in) throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(11L); // seeded before first use: a fixed nonce prefix
        byte[] key = new byte[32];
        new Random(1).nextBytes(key);
        Path out = dir.resolve("out.enc");
        new FileCipher(CHUNK, random).encryptWithKey(in, out, "files", 3, key, Progress.NONE);
        return out;
    }

    private Path input() throws IOException {
        byte[] data = new byte[37 * CHUNK + 123];
        new Random(7).nextBytes(data);
        return Files.write(dir.resolve("in.bin"), data);
    }

    @Test
    void outputIsByteForByteTheSequentialFormat() throws Exception {
        Path enc = encryptDeterministically(input());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(enc)));
        assertEquals(SEQUENTIAL_OUTPUT_SHA256, sha);
    }

    @Test
    void manyChunksRoundTripAndALateDamagedChunkIsNamed() throws Exception {
        Path in = input();
        Path enc = encryptDeterministically(in);
        byte[] key = new byte[32];
        new Random(1).nextBytes(key);
        Path out = dir.resolve("out.bin");
        new FileCipher(CHUNK, new SecureRandom()).decrypt(enc, out, h -> key.clone(), Progress.NONE);
        assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));

        byte[] bytes = Files.readAllBytes(enc);
        int sealed = CHUNK + 16;
        bytes[bytes.length - 123 - 16 - 5 * sealed + 7] ^= 1; // inside chunk 33 of 38
        Files.write(enc, bytes);
        Files.delete(out);
        TamperedDataException e = assertThrows(TamperedDataException.class,
                () -> new FileCipher(CHUNK, new SecureRandom()).decrypt(enc, out, h -> key.clone(), Progress.NONE));
        assertEquals(true, e.getMessage().contains("chunk 33 of 38"), e.getMessage());
        assertEquals(false, Files.exists(out));
    }
}
